"""Community Contracts Forum: the application factory.

Nothing runs at import: `create_app` builds and configures an app, so tests, the CLI
(`flask --app forum ...`) and gunicorn (`gunicorn "forum:create_app()"`) each get their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from forum.config import build_config
from forum.site_folders import require_built_assets, site_folder


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    static_folder = site_folder("static")
    require_built_assets(static_folder)  # rather than serve unstyled pages
    app = Flask(
        __name__,
        template_folder=str(site_folder("templates")),
        static_folder=str(static_folder),
        instance_relative_config=True,
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(build_config(Path(app.instance_path), overrides))
    from forum.logs import configure_logging

    configure_logging(app)  # before anything else, so everything logs in one format

    if app.config["PROXY_FIX_HOPS"]:
        hops = app.config["PROXY_FIX_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]

    _bind_extensions(app)
    _register_web_layer(app)
    _register_blueprints(app)

    from forum.cli import register_commands

    register_commands(app)
    return app


def _bind_extensions(app: Flask) -> None:
    from forum import database
    from forum.accounts.session import configure_login
    from forum.boards.reading import ReadTracker
    from forum.extensions import csrf, db, limiter, migrate
    from forum.mail.dispatcher import MailDispatcher
    from forum.search import outbox  # noqa: F401 - its session hooks record changes to index
    from forum.search.writer import SearchWriter

    db.init_app(app)
    database.configure(app)
    migrate.init_app(app, db, directory=str(Path(__file__).parent / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    configure_login(app)
    MailDispatcher(app)
    ReadTracker(app)
    SearchWriter(app)


def _register_web_layer(app: Flask) -> None:
    from forum import errors, ids, security, templating

    ids.register_converter(app)
    templating.configure(app)
    security.configure(app)
    errors.register(app)


def _register_blueprints(app: Flask) -> None:
    from forum.accounts.routes import bp as accounts_bp
    from forum.admin.board_routes import bp as board_admin_bp
    from forum.admin.routes import bp as admin_bp
    from forum.areas.routes import bp as areas_bp
    from forum.areas.standard_routes import bp as standards_bp
    from forum.boards.post_routes import bp as posts_bp
    from forum.boards.routes import bp as boards_bp
    from forum.boards.thread_routes import bp as threads_bp
    from forum.feeds.routes import bp as feeds_bp
    from forum.guidance.editor_routes import bp as guidance_editor_bp
    from forum.guidance.routes import bp as guidance_bp
    from forum.mentoring.offer_routes import bp as mentoring_offers_bp
    from forum.mentoring.question_routes import bp as mentoring_questions_bp
    from forum.mentoring.routes import bp as mentoring_bp
    from forum.moderation.routes import bp as moderation_bp
    from forum.notifications.routes import bp as notifications_bp
    from forum.search.routes import bp as search_bp
    from forum.site.routes import bp as site_bp

    app.register_blueprint(site_bp)
    app.register_blueprint(guidance_editor_bp)  # first: /guidance/new and /manage are not slugs
    app.register_blueprint(guidance_bp)
    app.register_blueprint(search_bp)
    app.register_blueprint(accounts_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(board_admin_bp)
    app.register_blueprint(boards_bp)
    app.register_blueprint(areas_bp)
    app.register_blueprint(standards_bp)
    app.register_blueprint(feeds_bp)
    app.register_blueprint(posts_bp)
    app.register_blueprint(threads_bp)
    app.register_blueprint(moderation_bp)
    app.register_blueprint(notifications_bp)
    app.register_blueprint(mentoring_bp)
    app.register_blueprint(mentoring_offers_bp)
    app.register_blueprint(mentoring_questions_bp)
