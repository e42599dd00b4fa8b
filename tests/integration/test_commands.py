"""The operator's commands: init-db, create-user, seed-demo, backup, send-mail."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.demo import data, mentors_data
from forum.extensions import db
from forum.models import Area, AuditEvent, Organisation, Region, Topic, User


def run(app: Flask, *args: str, input: str | None = None):
    return app.test_cli_runner().invoke(args=list(args), input=input)


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_init_db_is_idempotent(app: Flask) -> None:
    first = run(app, "init-db")
    second = run(app, "init-db")
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    assert "up to date" in second.output


def test_create_user_reads_the_password_from_stdin(app: Flask) -> None:
    result = run(
        app,
        "create-user",
        "--email",
        "Lead@Example.org",
        "--name",
        "Programme Lead",
        "--role",
        "admin",
        input="harbour lantern pebble 42\n",
    )

    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.email == "lead@example.org"))
    assert user.role == "admin"
    assert db.session.scalar(select(AuditEvent.action)) == "user.created"


def test_create_user_refuses_a_weak_password(app: Flask) -> None:
    result = run(app, "create-user", "--email", "a@example.org", "--name", "A B", input="abc\n")
    assert result.exit_code != 0
    assert "at least 10 characters" in result.output
    assert count(User) == 0


def test_create_user_refuses_a_duplicate(app: Flask) -> None:
    args = ("create-user", "--email", "a@example.org", "--name")
    assert run(app, *args, "A B", input="harbour lantern pebble 42\n").exit_code == 0
    again = run(app, *args, "Another", input="harbour lantern pebble 42\n")
    assert again.exit_code != 0
    assert "already exists" in again.output


def test_create_user_refuses_an_unknown_role(app: Flask) -> None:
    result = run(
        app, "create-user", "--email", "a@example.org", "--name", "A", "--role", "king", input="x"
    )
    assert result.exit_code == 2


def test_seed_demo_loads_and_is_idempotent(app: Flask) -> None:
    first = run(app, "seed-demo")
    assert first.exit_code == 0, first.output
    counts = {m: count(m) for m in (Region, Topic, Organisation, Area, User)}
    assert counts == {
        Region: len(data.REGIONS),
        Topic: len(data.TOPICS),
        Organisation: len(data.ORGANISATIONS),
        Area: len(data.AREAS),
        User: len(data.USERS) + len(mentors_data.NEW_MENTORS),
    }

    second = run(app, "seed-demo")
    assert second.exit_code == 0, second.output
    assert "Nothing to change" in second.output
    assert {m: count(m) for m in counts} == counts


def test_seed_demo_links_areas_to_their_topics_and_councils(app: Flask) -> None:
    run(app, "seed-demo")
    area = db.session.scalar(select(Area).where(Area.slug == data.AREAS[0]["slug"]))
    assert {t.slug for t in area.priority_topics} == set(data.AREAS[0]["priority_topics"])
    assert area.council.slug == data.AREAS[0]["council"]


def test_seed_demo_refuses_production(app: Flask) -> None:
    app.config["FORUM_ENV"] = "production"
    result = run(app, "seed-demo")
    assert result.exit_code != 0
    assert "production" in result.output


def test_send_mail_reports_what_it_did(app: Flask) -> None:
    result = run(app, "send-mail")
    assert result.exit_code == 0
    assert "Sent 0" in result.output


@pytest.mark.usefixtures("app")
class TestBackup:
    def test_backup_copies_a_consistent_sqlite_database(self, app: Flask, tmp_path: Path) -> None:
        if db.engine.dialect.name != "sqlite":
            result = run(app, "backup", str(tmp_path / "copy.sqlite3"))
            assert result.exit_code != 0
            assert "pg_dump" in result.output
            return
        run(app, "seed-demo")
        target = tmp_path / "backups" / "copy.sqlite3"

        result = run(app, "backup", str(target))

        assert result.exit_code == 0, result.output
        # A sqlite3 connection's `with` only commits; Python 3.13 warns when one is left open.
        with closing(sqlite3.connect(target)) as copy:
            (users,) = copy.execute("SELECT count(*) FROM user_account").fetchone()
        assert users == len(data.USERS) + len(mentors_data.NEW_MENTORS)

    def test_a_restored_backup_serves_the_attachments(self, app: Flask, tmp_path: Path) -> None:
        """Attachments are in the database, so the backup holds them: a site restored from
        it (a new host with none of the old one's files) serves every one."""
        from forum import create_app
        from tests.support.databases import base_overrides
        from tests.support.factories import make_attachment, make_guidance_page

        if db.engine.dialect.name != "sqlite":
            pytest.skip("backup copies SQLite; PostgreSQL sites use pg_dump")
        page = make_guidance_page(slug="bins")
        attachment = make_attachment(page=page, data=b"Collection rota", filename="rota.txt")
        target = tmp_path / "restored" / "forum.sqlite3"
        assert run(app, "backup", str(target)).exit_code == 0

        elsewhere = tmp_path / "another-host"
        restored = create_app(base_overrides(f"sqlite:///{target}", elsewhere))
        download = restored.test_client().get(f"/guidance/bins/attachments/{attachment.id}")
        with restored.app_context():
            db.engine.dispose()

        assert (download.status_code, download.data) == (200, b"Collection rota")

    def test_backup_never_overwrites(self, app: Flask, tmp_path: Path) -> None:
        target = tmp_path / "exists.sqlite3"
        target.write_text("keep me")
        result = run(app, "backup", str(target))
        assert result.exit_code != 0
        assert target.read_text() == "keep me"
