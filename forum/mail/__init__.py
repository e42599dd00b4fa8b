"""Email: an outbox table written inside the request's transaction, sent after commit.

A failing mail server never breaks a request: the message waits in the outbox and is
retried with back-off by the dispatcher thread or `flask --app forum send-mail`.
"""

from forum.mail.outbox import deliver_due, queue_email

__all__ = ["deliver_due", "queue_email"]
