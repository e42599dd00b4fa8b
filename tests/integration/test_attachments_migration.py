"""Migration 0010: attachments that were files on one host's disk move into the database
(and back on a downgrade), so every host can serve them and every backup holds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from forum.extensions import db
from tests.support.factories import make_attachment, make_guidance_page
from tests.support.pages import CheckedClient


def _rows(sql: str) -> list[tuple]:  # type: ignore[type-arg]
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def test_files_move_into_the_database_and_back(
    app: Flask, member_client: CheckedClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_guidance_page(slug="p")
    kept = make_attachment(page=page, data=b"Litter pick rota", filename="rota.txt")
    lost = make_attachment(page=page, data=b"Deleted by hand", filename="lost.txt")
    kept_id, lost_id = kept.id, lost.id
    directory = app.extensions["migrate"].directory
    folder = Path(app.config["GUIDANCE_FILES_DIR"])
    db.session.remove()

    downgrade(directory=directory, revision="0009_search_term_trigrams")
    names = dict(_rows("SELECT id, stored_name FROM guidance_attachment"))
    assert (folder / names[kept_id]).read_bytes() == b"Litter pick rota"
    (folder / names[lost_id]).unlink()  # an operator tidied the folder: that file is gone

    with pytest.raises(SystemExit):  # Flask-Migrate logs the error, then exits
        upgrade(directory=directory)  # nothing is removed unless the operator says so
    assert len(_rows("SELECT id FROM guidance_attachment")) == 2
    monkeypatch.setenv("DROP_MISSING_ATTACHMENTS", "true")
    upgrade(directory=directory)

    assert _rows("SELECT attachment_id FROM attachment_content") == [(kept_id,)]
    assert [row[0] for row in _rows("SELECT id FROM guidance_attachment")] == [kept_id]
    download = member_client.get(f"/guidance/p/attachments/{kept_id}")
    assert download.status_code == 200
    assert download.data == b"Litter pick rota"
    assert member_client.get(f"/guidance/p/attachments/{lost_id}").status_code == 404
