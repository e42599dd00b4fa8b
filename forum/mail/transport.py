"""How a message leaves the building: SMTP when configured, else files for the demo."""

from __future__ import annotations

import smtplib
import ssl
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from flask import Flask


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class SMTPTransport:
    """SMTP, optionally over TLS (STARTTLS or implicit) and with a login.

    The server's certificate is always checked against the system's CA store (or the bundle
    named by ``SSL_CERT_FILE``). With STARTTLS on, a server that does not offer it is an
    error, never a silent fall-back to plain text.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        use_tls: bool = False,
        use_ssl: bool = False,
        username: str | None = None,
        password: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        if use_tls and use_ssl:
            raise ValueError(
                "Set MAIL_USE_TLS (STARTTLS, usually port 587) or MAIL_USE_SSL (implicit TLS,"
                " usually port 465), not both."
            )
        if username and not (use_tls or use_ssl):
            raise ValueError(
                "MAIL_USERNAME needs MAIL_USE_TLS or MAIL_USE_SSL: the password would be sent"
                " to the mail server in clear text."
            )
        self.host = host
        self.port = port
        self.use_tls = use_tls
        self.use_ssl = use_ssl
        self.username = username
        self.password = password
        self.timeout = timeout
        self.tls_context = ssl.create_default_context() if use_tls or use_ssl else None

    def _connect(self) -> smtplib.SMTP:
        if self.use_ssl:
            return smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self.tls_context
            )
        return smtplib.SMTP(self.host, self.port, timeout=self.timeout)

    def send(self, message: EmailMessage) -> None:
        with self._connect() as smtp:
            if self.use_tls:
                smtp.starttls(context=self.tls_context)
            if self.username:
                smtp.login(self.username, self.password or "")
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
    config = app.config
    if config.get("MAIL_SERVER"):
        return SMTPTransport(
            config["MAIL_SERVER"],
            int(config["MAIL_PORT"]),
            use_tls=bool(config["MAIL_USE_TLS"]),
            use_ssl=bool(config["MAIL_USE_SSL"]),
            username=config["MAIL_USERNAME"] or None,
            password=config["MAIL_PASSWORD"] or None,
            timeout=float(config["MAIL_TIMEOUT"]),
        )
    return DirectoryTransport(Path(app.config["MAIL_DIR"]))
