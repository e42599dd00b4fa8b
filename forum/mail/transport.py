"""How a message leaves the building: SMTP when configured, else files for the demo."""

from __future__ import annotations

import smtplib
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from flask import Flask

SMTP_TIMEOUT_SECONDS = 10


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class SMTPTransport:
    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port

    def send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
            smtp.send_message(message)


class DirectoryTransport:
    """Writes each message as an .eml file: the embedded demo has no mail server."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def send(self, message: EmailMessage) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}.eml"
        (self.directory / name).write_bytes(bytes(message))


def transport_for(app: Flask) -> Transport:
    if app.config.get("MAIL_SERVER"):
        return SMTPTransport(app.config["MAIL_SERVER"], int(app.config["MAIL_PORT"]))
    return DirectoryTransport(Path(app.config["MAIL_DIR"]))
