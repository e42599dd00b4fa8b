"""Error pages in the site's layout: a clear message and what to do next, never a trace."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from flask import Flask, Response, jsonify, make_response, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException, InternalServerError

from forum.extensions import db


@dataclass(frozen=True)
class ErrorPage:
    title: str
    message: str


ERROR_PAGES: dict[int, ErrorPage] = {
    400: ErrorPage(
        "Sorry, there is a problem with that request",
        "The request could not be understood. Go back, check what you entered and try again.",
    ),
    403: ErrorPage(
        "You do not have permission to do that",
        "Your account cannot see this page or take this action. If you think it should, "
        "contact the programme team.",
    ),
    404: ErrorPage(
        "Page not found",
        "If you typed the web address, check it is correct. If you pasted it, check you "
        "copied the entire address.",
    ),
    405: ErrorPage(
        "That action is not available here",
        "This page cannot be used that way. Go back and use the buttons on the page.",
    ),
    413: ErrorPage(
        "What you sent is too large",
        "Make the text or file smaller and try again.",
    ),
    429: ErrorPage(
        "Too many attempts",
        "You have tried this too many times in a short while. Wait a few minutes, then try again.",
    ),
    500: ErrorPage(
        "Sorry, there is a problem with the service",
        "Try again later. Nothing you had already saved has been lost.",
    ),
}

CSRF_PAGE = ErrorPage(
    "Your form expired",
    "For your security, forms stop working after a while or when you sign in or out. Go "
    "back, refresh the page and submit the form again.",
)


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def render_error(status: int, page: ErrorPage | None = None) -> Response:
    page = page or ERROR_PAGES.get(status, ERROR_PAGES[500])
    if _wants_json():
        body = jsonify(error=page.title, message=page.message, status=status)
    else:
        body = render_template("errors/error.html", page=page, status=status)
    return make_response(body, status)


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(_error: CSRFError) -> ResponseReturnValue:
        return render_error(400, CSRF_PAGE)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> ResponseReturnValue:
        if error.code is None or error.code < 400:
            return error
        if error.code not in ERROR_PAGES:
            return error
        if error.response is not None:  # a page made for this case, e.g. a form kept on 429
            return error.response
        response = render_error(error.code)
        # Keep what the exception says about itself: Allow on 405, Retry-After on 429.
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(InternalServerError)
    def server_error(_error: InternalServerError) -> ResponseReturnValue:
        # The request may have failed inside the database: on PostgreSQL its transaction is
        # then aborted and refuses every query, including the layout's (unread count), so
        # the error page would fail too. Nothing of a failed request is kept anyway.
        with suppress(SQLAlchemyError):  # unreachable: the page may render without it
            db.session.rollback()
        return render_error(500)
