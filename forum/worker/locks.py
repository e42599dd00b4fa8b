"""One lock per job, held for the job's transaction.

PostgreSQL: a transaction-level advisory lock keyed by the job's name, released by commit,
rollback or a dead connection (a killed worker never leaves it held). SQLite: the
database's own write lock, which a `writing()` transaction takes at BEGIN IMMEDIATE.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from forum.extensions import db


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for the job's name (advisory locks take a bigint)."""
    digest = hashlib.blake2b(f"forum-job:{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def take_job_lock(name: str, *, wait: bool) -> bool:
    """Take the job's lock in the current transaction; False if another holds it."""
    if db.engine.dialect.name == "postgresql":
        if wait:
            db.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
            return True
        return bool(
            db.session.scalar(
                text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": lock_key(name)}
            )
        )
    try:
        # The first statement of a writing() transaction is what takes SQLite's write lock
        # (BEGIN IMMEDIATE); it waits up to the busy timeout for another writer.
        db.session.execute(text("SELECT 1"))
    except OperationalError:
        db.session.rollback()
        if wait:
            raise
        return False
    return True
