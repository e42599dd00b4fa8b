"""gunicorn settings for serving the forum in production:

    gunicorn -c python:forum.gunicorn_conf --workers 2 --bind 0.0.0.0:8000 "forum:create_app()"

Its error and access logs are written to standard output in the app's format (LOG_FORMAT,
JSON by default), so one collector reads every line. Options given on the command line
(or in GUNICORN_CMD_ARGS) win over these.
"""

from __future__ import annotations

import os

from forum.logs import gunicorn_logconfig

# gunicorn starts before the app, so it reads the setting itself; empty means the default,
# as for every other setting.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip() or "json"

accesslog = "-"
errorlog = "-"
# The text message of an access line; in JSON its parts are fields of their own.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" %({x-request-id}o)s'
logconfig_dict = gunicorn_logconfig(LOG_FORMAT)
# gunicorn's runtime control socket sits at one path per user: two sites, or two test hosts,
# on one machine would contend for it, and nothing here manages gunicorn through it.
control_socket_disable = True
