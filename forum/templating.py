"""Jinja set-up: our templates first, then GOV.UK Frontend's macros by prefix."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Flask, request, url_for
from flask_login import current_user
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader

from forum import permissions
from forum.data import engagement
from forum.security import csp_nonce

SERVICE_NAME = "Community Contracts Forum"

# (label, endpoint): sections appear in the navigation once their blueprint is registered.
NAVIGATION = [
    ("Home", "site.home"),
    ("Forum", "boards.index"),
    ("Areas", "areas.index"),
    ("Guidance", "guidance.index"),
    ("Search", "search.page"),
    ("Mentoring", "mentoring.index"),
]


def navigation_items(app: Flask) -> list[dict[str, Any]]:
    items = []
    for label, endpoint in NAVIGATION:
        if endpoint not in app.view_functions:
            continue
        href = url_for(endpoint)
        current = request.endpoint == endpoint
        active = current or (
            href != "/" and request.path.startswith(href) and request.endpoint is not None
        )
        items.append({"text": label, "href": href, "current": current, "active": active})
    return items


def _unread_notifications() -> int:
    if not current_user.is_authenticated:
        return 0
    return engagement.unread_count(user_id=current_user.id)


def when(moment: datetime | None) -> str:
    """A date people read at a glance: "27 Nov 2026 at 14:05" (UTC)."""
    if moment is None:
        return ""
    return f"{moment.day} {moment:%b %Y} at {moment:%H:%M}"


def configure(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(app.template_folder or "templates"),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    WTFormsHelpers(app)
    app.jinja_env.filters["when"] = when
    app.jinja_env.filters["iso"] = lambda moment: moment.isoformat(timespec="seconds")
    app.jinja_env.globals["permissions"] = permissions.TEMPLATE_RULES

    @app.context_processor
    def layout_context() -> dict[str, Any]:
        return {
            "unread_notifications": _unread_notifications(),
            "cspNonce": csp_nonce(),
            "service_name": SERVICE_NAME,
            "navigation": navigation_items(app),
        }
