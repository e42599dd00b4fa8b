"""Read positions recorded by several processes at once: none lost, the furthest kept."""

from __future__ import annotations

import threading

import pytest
from flask import Flask
from sqlalchemy import select

from forum.data import boards as board_data
from forum.database import writing
from forum.extensions import db
from forum.models import ReadPosition, User
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient


def test_two_writers_recording_the_same_new_positions_lose_none(app: Flask) -> None:
    """Two web processes flushing positions for the same person and threads for the first
    time used to lose a whole batch on PostgreSQL (a duplicate key aborted it)."""
    board = make_board()
    readers = [make_user() for _ in range(4)]
    threads = [make_thread(board=board, author=readers[0]) for _ in range(10)]
    keys = [(user.id, thread.id) for user in readers for thread in threads]
    db.session.remove()
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def flush(position_for: dict[tuple[int, int], int]) -> None:
        try:
            with app.app_context(), writing():
                start.wait()
                board_data.advance_read_positions(positions=position_for)
                db.session.remove()
        except BaseException as error:  # reported below, with the thread's own traceback
            failures.append(error)

    first = {key: 3 + index % 2 for index, key in enumerate(keys)}
    second = {key: 4 - index % 2 for index, key in enumerate(keys)}
    workers = [threading.Thread(target=flush, args=(batch,)) for batch in (first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)

    assert not failures, failures
    stored = dict(
        ((row.user_id, row.thread_id), row.position)
        for row in db.session.scalars(select(ReadPosition))
    )
    assert stored == {key: 4 for key in keys}


def test_a_position_never_moves_back(app: Flask) -> None:
    user = make_user()
    thread = make_thread(board=make_board(), author=user)
    with writing():
        board_data.advance_read_positions(positions={(user.id, thread.id): 9})
        board_data.advance_read_positions(positions={(user.id, thread.id): 4})
    assert board_data.read_position(user_id=user.id, thread_id=thread.id) == 9


@pytest.mark.parametrize("app_overrides", [{"BACKGROUND_WORK": "worker"}])
def test_without_threads_positions_are_written_after_the_response(
    app: Flask, member_client: CheckedClient, member: User
) -> None:
    """With a worker doing background work the web process runs no threads: the read
    position is written once the response has gone, when the last write is old enough."""
    thread = make_thread(board=make_board(), author=member, posts=30)
    tracker = app.extensions["read_tracker"]
    assert not tracker.threaded
    tracker.interval = 0  # every response may write (normally a few seconds apart)

    member_client.get(f"/threads/{thread.id}").close()

    assert tracker._thread is None  # no thread was started
    assert board_data.read_position(user_id=member.id, thread_id=thread.id) == 20
