"""The site's own pages: home and the health check."""
