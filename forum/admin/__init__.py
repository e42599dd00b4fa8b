"""Administration: people's accounts and the audit log."""
