"""SMTP with STARTTLS or implicit TLS and a login, against a real aiosmtpd server with a
certificate made for the test (and trusted through SSL_CERT_FILE, as an operator would
trust a private CA)."""

from __future__ import annotations

import ssl
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from flask import Flask
from sqlalchemy import select

from forum.config import defaults, from_environment
from forum.extensions import db
from forum.mail import deliver_due, queue_email
from forum.mail.transport import SMTPTransport, transport_for
from forum.models import OutboundEmail
from tests.conftest import free_port

LOGIN = "forum-mailer"
PASSWORD = "correct horse battery staple"


@dataclass
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost, made with openssl."""
    folder = tmp_path_factory.mktemp("tls")
    made = Certificate(cert=folder / "cert.pem", key=folder / "key.pem")
    subprocess.run(
        [
            *["openssl", "req", "-x509", "-nodes", "-days", "2", "-subj", "/CN=localhost"],
            *["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"],
            *["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
            *["-keyout", str(made.key), "-out", str(made.cert)],
        ],
        check=True,
        capture_output=True,
    )
    return made


def encrypted(server: Any) -> bool:
    """Whether this SMTP session runs over TLS (after STARTTLS, or from the start)."""
    return server.transport.get_extra_info("ssl_object") is not None


@dataclass
class SecureMailServer:
    """What the server saw: each message, whether its session was encrypted, who logged in."""

    port: int = 0
    messages: list[EmailMessage] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)

    def authenticate(
        self, server: Any, _session: Any, _envelope: Any, _mechanism: str, auth_data: Any
    ) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        ok = (auth_data.login.decode(), auth_data.password.decode()) == (LOGIN, PASSWORD)
        self.logins.append((auth_data.login.decode(), encrypted(server)))
        return AuthResult(success=ok, handled=False)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        self.sessions.append({"encrypted": encrypted(server), "login": session.authenticated})
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def wait_for_message(self, timeout: float = 10.0) -> EmailMessage:
        deadline = time.monotonic() + timeout
        while not self.messages:
            if time.monotonic() > deadline:
                raise AssertionError(f"no message within {timeout} s")
            time.sleep(0.05)
        return self.messages[0]


def start(server: SecureMailServer, **smtp_options: Any) -> Controller:
    server.port = free_port()
    controller = Controller(
        server,
        hostname="127.0.0.1",
        port=server.port,
        authenticator=server.authenticate,
        auth_required=True,
        **smtp_options,
    )
    controller.start()
    return controller


@pytest.fixture
def starttls_server(certificate: Certificate) -> Iterator[SecureMailServer]:
    """Like a submission server on port 587: STARTTLS first, then a login, then mail."""
    server = SecureMailServer()
    controller = start(
        server,
        tls_context=certificate.server_context(),
        require_starttls=True,
        auth_require_tls=True,
    )
    yield server
    controller.stop()


@pytest.fixture
def implicit_tls_server(certificate: Certificate) -> Iterator[SecureMailServer]:
    """Like port 465: TLS from the first byte."""
    server = SecureMailServer()
    # aiosmtpd counts only STARTTLS as TLS for offering AUTH; here the whole connection is.
    controller = start(server, ssl_context=certificate.server_context(), auth_require_tls=False)
    yield server
    controller.stop()


@pytest.fixture
def trusted(certificate: Certificate, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))


def settings(server: SecureMailServer, **more: object) -> dict[str, object]:
    return {
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": server.port,
        "MAIL_USERNAME": LOGIN,
        "MAIL_PASSWORD": PASSWORD,
        **more,
    }


def queue_one() -> OutboundEmail:
    message = queue_email(to="officer@example.org", subject="Hello", body="Over TLS.")
    db.session.commit()
    return message


def last_error() -> str:
    db.session.expire_all()
    return db.session.scalar(select(OutboundEmail.last_error)) or ""


@pytest.mark.usefixtures("trusted")
def test_starttls_and_login(app: Flask, starttls_server: SecureMailServer) -> None:
    app.config.update(settings(starttls_server, MAIL_USE_TLS=True))
    queue_one()

    assert deliver_due().sent == 1

    message = starttls_server.wait_for_message()
    assert message["Subject"] == "Hello"
    assert message["Auto-Submitted"] == "auto-generated"
    assert starttls_server.sessions == [{"encrypted": True, "login": True}]
    assert starttls_server.logins == [(LOGIN, True)]  # the password went over TLS only


# aiosmtpd warns, for each connection, that it offers AUTH without STARTTLS: it does not
# count implicit TLS.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
@pytest.mark.usefixtures("trusted")
def test_implicit_tls_and_login(app: Flask, implicit_tls_server: SecureMailServer) -> None:
    app.config.update(settings(implicit_tls_server, MAIL_USE_SSL=True))
    queue_one()

    assert deliver_due().sent == 1, last_error()

    assert implicit_tls_server.wait_for_message()["Subject"] == "Hello"
    assert implicit_tls_server.sessions[0]["encrypted"] is True
    assert implicit_tls_server.logins == [(LOGIN, True)]


@pytest.mark.usefixtures("trusted")
def test_a_wrong_password_is_retried_not_lost(
    app: Flask, starttls_server: SecureMailServer
) -> None:
    app.config.update(settings(starttls_server, MAIL_USE_TLS=True, MAIL_PASSWORD="guess"))
    queue_one()

    report = deliver_due()

    assert (report.sent, report.retrying) == (0, 1)
    assert "SMTPAuthenticationError" in last_error()
    assert starttls_server.messages == []


@pytest.mark.usefixtures("trusted")
def test_a_login_without_tls_is_refused_before_anything_is_sent(
    app: Flask, starttls_server: SecureMailServer, tmp_path: Path
) -> None:
    """A password is only ever sent over TLS: the settings are refused at start-up, and a
    transport given them anyway refuses to connect (the mail stays queued)."""
    from forum import create_app
    from forum.config import ConfigurationError
    from tests.support.databases import base_overrides

    overrides = base_overrides(app.config["SQLALCHEMY_DATABASE_URI"], tmp_path)
    with pytest.raises(ConfigurationError, match="clear text"):
        create_app({**overrides, **settings(starttls_server)})  # MAIL_USE_TLS left off

    app.config.update(settings(starttls_server))
    queue = queue_one()
    with pytest.raises(ValueError, match="clear text"):
        deliver_due()

    assert starttls_server.logins == []
    assert starttls_server.messages == []
    db.session.rollback()
    assert db.session.get(OutboundEmail, queue.id).status == "pending"


def test_an_untrusted_certificate_is_refused(
    app: Flask, starttls_server: SecureMailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # only the system's CAs
    app.config.update(settings(starttls_server, MAIL_USE_TLS=True))
    queue_one()

    assert deliver_due().retrying == 1

    assert "SSLCertVerificationError" in last_error()
    assert starttls_server.logins == []
    assert starttls_server.messages == []


def test_the_settings_come_from_the_environment(tmp_path: Path) -> None:
    environ = {
        "MAIL_USE_TLS": "true",
        "MAIL_USE_SSL": "no",
        "MAIL_USERNAME": LOGIN,
        "MAIL_PASSWORD": PASSWORD,
        "MAIL_TIMEOUT": "2.5",
    }
    assert from_environment(defaults(tmp_path), environ) == {
        "MAIL_USE_TLS": True,
        "MAIL_USE_SSL": False,
        "MAIL_USERNAME": LOGIN,
        "MAIL_PASSWORD": PASSWORD,
        "MAIL_TIMEOUT": 2.5,
    }


def test_the_settings_reach_the_transport(app: Flask) -> None:
    app.config.update(
        MAIL_SERVER="smtp.example.org",
        MAIL_PORT=587,
        MAIL_USE_TLS=True,
        MAIL_USERNAME=LOGIN,
        MAIL_PASSWORD=PASSWORD,
        MAIL_TIMEOUT=2.5,
    )
    transport = transport_for(app)
    assert isinstance(transport, SMTPTransport)
    assert (transport.host, transport.port, transport.timeout) == ("smtp.example.org", 587, 2.5)
    assert (transport.use_tls, transport.use_ssl) == (True, False)
    assert (transport.username, transport.password) == (LOGIN, PASSWORD)


def test_starttls_and_implicit_tls_together_is_a_mistake() -> None:
    with pytest.raises(ValueError, match="not both"):
        SMTPTransport("smtp.example.org", 587, use_tls=True, use_ssl=True)
