"""A background thread per process that sends the outbox soon after each commit."""

from __future__ import annotations

from flask import Flask

from forum.background import BackgroundWorker
from forum.database import writing

POLL_SECONDS = 30.0


class MailDispatcher(BackgroundWorker):
    """Sends due mail when woken (after a commit that queued some) and every POLL_SECONDS.

    Several processes may each run one: the outbox's claim step makes sure a message is
    sent once.
    """

    name = "mail-dispatcher"
    interval = POLL_SECONDS

    def __init__(self, app: Flask) -> None:
        super().__init__()
        self.app = app
        self.enabled = (
            app.config.get("MAIL_DISPATCH", "thread") == "thread"
            and app.config.get("BACKGROUND_WORK", "threads") == "threads"
        )
        app.extensions["mail_dispatcher"] = self

    def wake(self) -> None:
        if not self.enabled:
            return
        self.ensure_started()
        super().wake()

    def work(self) -> None:
        from forum.mail.outbox import deliver_due

        with self.app.app_context(), writing():
            deliver_due()
