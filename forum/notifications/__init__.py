"""In-app notifications and the email that tells people about them."""
