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
from contextlib import contextmanager
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
        self.popen = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            args, cwd=ROOT, env=dict(env), stdout=self._out, stderr=subprocess.STDOUT
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
            self.popen.send_signal(signal.SIGKILL)
            self.popen.wait(10)
        self._out.close()

    def terminate(self, timeout: float = 20.0) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise AssertionError(f"{self.args} did not stop on SIGTERM:\n{self.output()}")
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
