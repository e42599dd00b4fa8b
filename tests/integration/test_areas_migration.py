"""Migration 0005 moves the old contract stages to the issue's six, and back again."""

from __future__ import annotations

from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from forum.extensions import db

OLD_TO_NEW = {
    "exploring": "exploring",
    "getting_started": "exploring",
    "developing": "drafting",
    "signed": "signed",
    "monitoring": "monitoring",
    "reviewing": "reviewing",
    "lapsed": "reviewing",
}


def _stages() -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT slug, contract_stage FROM area"))
        return {slug: stage for slug, stage in rows}


def test_old_stages_move_to_their_nearest_new_stage(app: Flask) -> None:
    directory = app.extensions["migrate"].directory
    db.session.remove()
    downgrade(directory=directory, revision="0004_guidance")
    try:
        with db.engine.begin() as conn:
            for old in OLD_TO_NEW:
                conn.execute(
                    text(
                        "INSERT INTO area (slug, name, location, programme, contract_stage, "
                        "description) VALUES (:slug, :slug, '', 'pilot', :stage, '')"
                    ),
                    {"slug": f"area-{old}", "stage": old},
                )
    finally:
        upgrade(directory=directory)
    assert _stages() == {f"area-{old}": new for old, new in OLD_TO_NEW.items()}

    downgrade(directory=directory, revision="0004_guidance")
    try:
        back = _stages()
    finally:
        upgrade(directory=directory)
    assert back["area-developing"] == "developing"
    assert back["area-lapsed"] == "reviewing"
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM area"))
