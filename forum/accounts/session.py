"""Flask-Login wiring: who the current user is, and when a session stops being valid."""

from __future__ import annotations

from flask import Flask, current_app, request, session
from flask_login import login_user
from flask_login.config import COOKIE_NAME
from flask_login.utils import decode_cookie

from forum.data.users import get_user
from forum.extensions import login_manager
from forum.models.accounts import User
from forum.signing import old_keys


def load_user(user_id: str) -> User | None:
    """Sessions carry "id:version"; a password change or suspension ends older sessions."""
    raw_id, _, raw_version = user_id.partition(":")
    if not raw_id.isdigit() or not raw_version.isdigit():
        return None
    user = get_user(user_id=int(raw_id))
    if user is None or not user.is_active or user.session_version != int(raw_version):
        return None
    return user


def accept_remember_cookie_from_an_old_key() -> None:
    """Keep "remember me" working across a key rotation.

    Flask-Login checks its remember cookie with SECRET_KEY alone. When the session has no
    user and the cookie was signed with a key in SECRET_KEY_FALLBACKS, sign the person in
    from it (not fresh, as Flask-Login does from its cookie) and issue the cookie again
    under the current key, so the old key can be retired once people have come back.
    """
    fallbacks = old_keys()
    cookie_name = current_app.config.get("REMEMBER_COOKIE_NAME", COOKIE_NAME)
    cookie = request.cookies.get(cookie_name)
    if not fallbacks or not cookie or "_user_id" in session:
        return
    if session.get("_remember") == "clear" or decode_cookie(cookie) is not None:
        return  # signed out here, or signed with the current key: Flask-Login's own case
    for key in fallbacks:
        user_id = decode_cookie(cookie, key=key)
        if user_id is not None:
            user = load_user(user_id)
            if user is not None:
                login_user(user, remember=True, fresh=False)
            return


def configure_login(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.user_loader(load_user)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = "Sign in to continue."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
    # Before anything else asks who the current user is.
    app.before_request(accept_remember_cookie_from_an_old_key)
