"""`flask --app forum <command>`: the operator's commands (seams in DESIGN.md)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask_migrate import upgrade

from forum.bench_data import bench_data
from forum.extensions import db
from forum.models.accounts import Role
from forum.search import commands as search_commands
from forum.worker import commands as worker_commands


def register_commands(app: Flask) -> None:
    for command in (init_db, create_user, seed_demo, backup, send_mail, bench_data):
        app.cli.add_command(command)
    search_commands.register(app)
    worker_commands.register(app)


@click.command("init-db")
def init_db() -> None:
    """Create the database schema, or upgrade it to the latest version."""
    upgrade(directory=current_app.extensions["migrate"].directory)
    click.echo("Database schema is up to date.")


def _read_password(email: str) -> str:
    if sys.stdin.isatty():
        return click.prompt(f"Password for {email}", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@click.command("create-user")
@click.option("--email", required=True, help="Email address to sign in with.")
@click.option("--name", "display_name", required=True, help="Display name shown on posts.")
@click.option(
    "--role",
    type=click.Choice([role.value for role in Role]),
    default=Role.MEMBER.value,
    show_default=True,
)
def create_user(email: str, display_name: str, role: str) -> None:
    """Create an account; the password is read from standard input."""
    from forum.accounts import service
    from forum.accounts.passwords import password_problem
    from forum.data.audit import record_event
    from forum.data.errors import DuplicateValueError

    password = _read_password(email)
    problem = password_problem(password, email=email, display_name=display_name)
    if problem:
        raise click.ClickException(problem)
    try:
        user = service.register(
            email=email, display_name=display_name, password=password, role=Role(role)
        )
    except DuplicateValueError as error:
        raise click.ClickException(error.message) from error
    record_event(
        actor=None,
        action="user.created",
        subject=user,
        summary=f"Account created from the command line with role {role}",
        details={"role": role},
    )
    db.session.commit()
    click.echo(f"Created {role} {user.email} (id {user.id}).")


@click.command("seed-demo")
@click.option("--force", is_flag=True, help="Allow seeding when FORUM_ENV=production.")
def seed_demo(force: bool) -> None:
    """Load the demo data set (safe to run again: it updates, never duplicates)."""
    from forum.demo.seed import DEMO_PASSWORD
    from forum.demo.seed import seed_demo as run_seed

    if current_app.config["FORUM_ENV"] == "production" and not force:
        raise click.ClickException(
            "Refusing to add demo accounts with a published password to a production site. "
            "Use --force if you really mean it."
        )
    from forum.search.writer import apply_all

    report = run_seed()
    db.session.commit()
    for line in report.lines() or ["Nothing to change: the demo data is already loaded."]:
        click.echo(line)
    indexed = apply_all(current_app._get_current_object())  # type: ignore[attr-defined]
    if indexed:
        click.echo(f"Search index updated ({indexed} changes).")
    click.echo(f"Demo accounts (e.g. admin@example.org) use the password {DEMO_PASSWORD!r}.")


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def backup(file: Path) -> None:
    """Copy the SQLite database to FILE while the site keeps running."""
    url = db.engine.url
    if url.get_backend_name() != "sqlite":
        raise click.ClickException(
            "backup copies the embedded SQLite database. For PostgreSQL use pg_dump, e.g. "
            'pg_dump --format=custom --file=forum.dump "$DATABASE_URL".'
        )
    if file.exists():
        raise click.ClickException(f"{file} already exists; choose a new file name.")
    file.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(url.database or "")
    target = sqlite3.connect(file)
    try:
        with target:
            source.backup(target)  # SQLite's online backup API: consistent while in use
    finally:
        target.close()
        source.close()
    click.echo(f"Backed up the database to {file}.")


@click.command("send-mail")
def send_mail() -> None:
    """Send queued email that is due (for cron, or when the dispatcher thread is off)."""
    from forum.database import writing
    from forum.mail import deliver_due

    with writing():  # beside a worker on SQLite: take the write lock up front, then wait
        report = deliver_due()
    click.echo(f"Sent {report.sent}; will retry {report.retrying}; gave up on {report.failed}.")
