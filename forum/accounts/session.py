"""Flask-Login wiring: who the current user is, and when a session stops being valid."""

from __future__ import annotations

from flask import Flask

from forum.data.users import get_user
from forum.extensions import login_manager
from forum.models.accounts import User


def load_user(user_id: str) -> User | None:
    """Sessions carry "id:version"; a password change or suspension ends older sessions."""
    raw_id, _, raw_version = user_id.partition(":")
    if not raw_id.isdigit() or not raw_version.isdigit():
        return None
    user = get_user(user_id=int(raw_id))
    if user is None or not user.is_active or user.session_version != int(raw_version):
        return None
    return user


def configure_login(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.user_loader(load_user)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = "Sign in to continue."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
