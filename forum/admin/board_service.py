"""Creating, editing, ordering and archiving boards."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from forum.data import boards as board_data
from forum.data.audit import record_event
from forum.data.errors import DuplicateValueError
from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Board

SLUG_TAKEN = "Another board already uses that web address. Choose a different one."


def save_board(*, board: Board, actor: User, name: str, slug: str, description: str) -> Board:
    creating = board.id is None
    board.name, board.slug, board.description = name, slug, description
    if creating:
        board.position = len(board_data.list_boards(include_archived=True))
    try:
        with db.session.begin_nested():
            db.session.add(board)
            db.session.flush()
    except IntegrityError as exc:
        raise DuplicateValueError("slug", SLUG_TAKEN) from exc
    record_event(
        actor=actor,
        action="board.created" if creating else "board.edited",
        subject=board,
        summary=f"Board ‘{name}’ {'created' if creating else 'edited'}",
    )
    return board


def move_board(*, board: Board, direction: int) -> None:
    """Swap the board with its neighbour above (-1) or below (+1)."""
    boards = list(board_data.list_boards(include_archived=True))
    index = boards.index(board)
    other = index + direction
    if not 0 <= other < len(boards):
        return
    boards[index], boards[other] = boards[other], boards[index]
    for position, each in enumerate(boards):
        each.position = position


def set_archived(*, board: Board, actor: User, archived: bool) -> None:
    board.archived = archived
    record_event(
        actor=actor,
        action="board.archived" if archived else "board.restored",
        subject=board,
        summary=f"Board ‘{board.name}’ {'archived' if archived else 'restored'}",
    )
