"""Factories with defaults plus keyword overrides (CTFd's `gen_*` idea)."""

from __future__ import annotations

import itertools
from functools import cache
from typing import Any

from forum.accounts.passwords import hash_password
from forum.extensions import db
from forum.models import Area, Organisation, Region, Topic, User

PASSWORD = "harbour lantern pebble 42"
_sequence = itertools.count(1)


@cache
def _password_hash() -> str:
    # scrypt is deliberately slow; hash the shared test password once per run.
    return hash_password(PASSWORD)


def make_user(**overrides: Any) -> User:
    n = next(_sequence)
    values: dict[str, Any] = {
        "email": f"person{n}@example.org",
        "display_name": f"Person {n}",
        "password_hash": _password_hash(),
        "role": "member",
        "status": "active",
        "bio": "",
        "session_version": 1,
    }
    values.update(overrides)
    user = User(**values)
    db.session.add(user)
    db.session.commit()
    return user


def make_region(**overrides: Any) -> Region:
    n = next(_sequence)
    region = Region(**{"slug": f"region-{n}", "name": f"Region {n}", **overrides})
    db.session.add(region)
    db.session.commit()
    return region


def make_organisation(**overrides: Any) -> Organisation:
    n = next(_sequence)
    values = {"slug": f"org-{n}", "name": f"Organisation {n}", "kind": "council", **overrides}
    organisation = Organisation(**values)
    db.session.add(organisation)
    db.session.commit()
    return organisation


def make_topic(**overrides: Any) -> Topic:
    n = next(_sequence)
    topic = Topic(**{"slug": f"topic-{n}", "name": f"Topic {n}", "description": "", **overrides})
    db.session.add(topic)
    db.session.commit()
    return topic


def make_area(**overrides: Any) -> Area:
    n = next(_sequence)
    values = {
        "slug": f"area-{n}",
        "name": f"Area {n}",
        "programme": "pilot",
        "contract_stage": "developing",
        **overrides,
    }
    area = Area(**values)
    db.session.add(area)
    db.session.commit()
    return area
