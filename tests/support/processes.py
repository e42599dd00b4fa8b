"""Real processes for the service tests: workers and gunicorn hosts on the test's database,
configured only through the environment, as an operator would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from flask import Flask

ROOT = Path(__file__).resolve().parents[2]


def wait_until(check: Callable[[], Any], *, timeout: float = 20.0, every: float = 0.05) -> Any:
    """Poll `check` until it returns something truthy; fail the test after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout} s waiting for {check}")
        time.sleep(every)


def service_env(app: Flask, workdir: Path, **settings: object) -> dict[str, str]:
    """The environment that gives a process the same database, key and index as `app`."""
    config = app.config
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_", "WERKZEUG_"))}
    env.update(
        {
            "DATABASE_URL": config["SQLALCHEMY_DATABASE_URI"],
            "SECRET_KEY": config["SECRET_KEY"],
            "SEARCH_BACKEND": config["SEARCH_BACKEND"],
            "SEARCH_INDEX_DIR": config["SEARCH_INDEX_DIR"],
            "MAIL_DIR": str(workdir / "mail"),
            "BACKGROUND_WORK": "worker",
            "WORKER_POLL_SECONDS": "0.1",
            "WORKER_HEARTBEAT_SECONDS": "0.5",
            "WORKER_JOBS_SECONDS": "0.5",
            "LOG_FORMAT": "json",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update({name: str(value) for name, value in settings.items()})
    return env


class Process:
    """A child process whose output goes to a file the test can read."""

    def __init__(self, args: list[str], env: Mapping[str, str], log: Path) -> None:
        self.args, self.log = args, log
        self._out = log.open("ab")
        self.popen = subprocess.Popen(
            args,
            cwd=ROOT,
            env=dict(env),
            stdout=self._out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a kill takes its children too
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def log_records(self) -> list[dict[str, Any]]:
        records = []
        for line in self.output().splitlines():
            if line.startswith("{"):
                try:
                    records.append(json.loads(line))
                except ValueError:
                    continue
        return records

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when a host dies."""
        if self.popen.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(10)
        self._out.close()

    def wait(self, timeout: float = 60.0) -> int:
        """Wait for a command to finish by itself; its exit code."""
        try:
            return self.popen.wait(timeout)
        finally:
            self._out.close()

    def terminate(self, timeout: float = 20.0) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired as error:
                self.kill()
                raise AssertionError(
                    f"{self.args} did not stop on SIGTERM:\n{self.output()}"
                ) from error
        self._out.close()
        return self.popen.returncode


def flask_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "flask", "--app", "forum", *args]


@contextmanager
def running(args: list[str], env: Mapping[str, str], log: Path) -> Iterator[Process]:
    process = Process(args, env, log)
    try:
        yield process
    finally:
        process.kill()


def gunicorn_command(port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        "python:forum.gunicorn_conf",  # what the README's production command uses
        "--workers",
        "2",
        "--threads",
        "4",
        "--bind",
        f"127.0.0.1:{port}",
        "--graceful-timeout",
        "5",
        "forum:create_app()",
    ]


def http(
    url: str, *, data: bytes | None = None, headers: Mapping[str, str] | None = None
) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers=dict(headers or {}))  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_for_http(url: str, timeout: float = 30.0) -> None:
    def answers() -> bool:
        try:
            return http(url)[0] == 200
        except OSError:
            return False

    wait_until(answers, timeout=timeout, every=0.2)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """A Redis of the test's own, on a free port, that the test may kill and start again."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: Process | None = None

    def start(self) -> None:
        import shutil

        binary = shutil.which("redis-server")
        if binary is None:
            raise AssertionError("redis-server is needed for this test (Debian: redis-server)")
        args = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        args += ["--appendonly", "no", "--dir", str(self.workdir)]
        self.process = Process(args, os.environ, self.workdir / f"redis-{self.port}.log")
        wait_until(self.answers, timeout=10)

    def answers(self) -> bool:
        import redis

        try:
            return bool(redis.Redis.from_url(self.url, socket_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()


class Browser:
    """A person at a browser, over real HTTP: cookies kept, redirects not followed (a 302
    after a form is the site's acknowledgement), CSRF tokens read from the page."""

    def __init__(self, base: str) -> None:
        import http.cookiejar

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: Any, **kwargs: Any) -> None:
                return None

        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect()
        )

    def request(
        self, path: str, *, data: bytes | None = None, headers: Mapping[str, str] | None = None
    ) -> tuple[int, bytes, Mapping[str, str]]:
        request = urllib.request.Request(  # noqa: S310 - loopback test hosts
            self.base + path, data=data, headers=dict(headers or {})
        )
        try:
            with self.opener.open(request, timeout=15) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers

    def get(self, path: str) -> tuple[int, bytes]:
        status, body, _headers = self.request(path)
        return status, body

    def csrf_token(self, path: str) -> str:
        import re

        status, body = self.get(path)
        found = re.search(rb'name="csrf_token" value="([^"]+)"', body)
        if found is None:
            raise AssertionError(f"no CSRF token on {path} ({status})")
        return found.group(1).decode()

    def post_form(self, path: str, fields: Mapping[str, str], *, form_page: str) -> int:
        from urllib.parse import urlencode

        data = urlencode({"csrf_token": self.csrf_token(form_page), **fields}).encode()
        status, _body, _headers = self.request(
            path, data=data, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        return status

    def upload(self, path: str, *, filename: str, data: bytes) -> int:
        boundary = "----forum-test-boundary"
        token = self.csrf_token(path)
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
                f"{token}\r\n--{boundary}\r\nContent-Disposition: form-data; "
                f'name="file"; filename="{filename}"\r\nContent-Type: text/plain\r\n\r\n'
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        status, _body, _headers = self.request(
            path, data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        return status

    def sign_in(self, email: str, password: str) -> None:
        status = self.post_form(
            "/login", {"email": email, "password": password}, form_page="/login"
        )
        if status != 302:
            raise AssertionError(f"sign in as {email} answered {status}")
