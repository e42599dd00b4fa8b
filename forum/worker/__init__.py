"""The background worker: `flask --app forum worker`.

One long-running process (any number of them, on any number of hosts) that applies the
search outbox, delivers mail and runs the scheduled jobs. Everything it shares with other
workers lives in the database, so each effect happens once whoever runs it.
"""
