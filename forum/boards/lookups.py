"""Finding the board, thread or post a URL names, or a 404 for those who may not see it.

A thread someone may not see answers 404, not 403: its existence is not theirs to know.
"""

from __future__ import annotations

from flask import abort
from flask_login import current_user

from forum.data import boards as board_data
from forum.models.boards import Board, Post, Thread
from forum.permissions import can_moderate, can_view_thread


def board_or_404(slug: str) -> Board:
    """A private board's page (every mentoring question at once) is for staff only."""
    board = board_data.get_board(slug=slug)
    if board is None or (board.private and not can_moderate(current_user)):
        abort(404)
    return board


def thread_or_404(thread_id: int) -> Thread:
    thread = board_data.get_thread(thread_id=thread_id)
    if thread is None or not can_view_thread(current_user, thread):
        abort(404)
    return thread


def post_or_404(post_id: int) -> Post:
    post = board_data.get_post(post_id=post_id)
    if post is None or not can_view_thread(current_user, post.thread):
        abort(404)
    return post
