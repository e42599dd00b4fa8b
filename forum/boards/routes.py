"""Forum pages: boards, threads, replies and permalinks."""

from __future__ import annotations

from collections.abc import Callable

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_limiter import RequestLimit
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.boards import posting
from forum.boards.forms import NewThreadForm, ReplyForm
from forum.boards.lookups import board_or_404, thread_or_404
from forum.content import render_markdown
from forum.data import boards as board_data
from forum.data import engagement, places
from forum.data import guidance as guidance_data
from forum.extensions import limiter
from forum.forms import id_arg, page_number
from forum.models.boards import Thread, ThreadKind
from forum.models.guidance import GuidancePage
from forum.permissions import can_reply, can_start_thread, can_view_thread, require
from forum.search.results import Hit
from forum.search.service import similar_threads

bp = Blueprint("boards", __name__)


def _posting_limit() -> str:
    return current_app.config["RATELIMIT_POSTING"]


def _new_member_posting_limit() -> str:
    return current_app.config["RATELIMIT_POSTING_NEW_MEMBER"]


def _poster() -> str:
    """Posting limits count per person (signed in), not per address."""
    return f"user:{current_user.id}" if current_user.is_authenticated else get_remote_address()


TOO_FAST = "You are posting too quickly. Wait a minute, then post again: your text is kept below"


def _posting_too_fast(_limit: RequestLimit) -> Response:
    """A posting limit was hit: show the form again with what was typed, not a bare 429."""
    args = request.view_args or {}
    if request.endpoint == "boards.reply":
        form: ReplyForm | NewThreadForm = ReplyForm()
        form.body.errors = [TOO_FAST]
        page = render_template(
            "boards/reply.html", thread=thread_or_404(args["thread_id"]), form=form, preview=None
        )
    else:
        form = NewThreadForm()
        _thread_form_choices(form)
        form.body.errors = [TOO_FAST]
        page = render_template(
            "boards/new_thread.html", board=board_or_404(args["slug"]), form=form, preview=None
        )
    return make_response(page, 429)


def _established_poster() -> bool:
    return not (
        current_user.is_authenticated
        and posting.is_new_member(author=current_user, settings=current_app.config)
    )


@bp.route("/boards/")
def index() -> ResponseReturnValue:
    return render_template("boards/index.html", boards=board_data.list_boards())


@bp.route("/boards/<slug>")
def board(slug: str) -> ResponseReturnValue:
    board = board_or_404(slug)
    threads = board_data.board_threads(board=board, page=page_number())
    if threads.page > threads.pages:
        abort(404)
    following = current_user.is_authenticated and engagement.is_subscribed(
        user_id=current_user.id, board_id=board.id
    )
    return render_template("boards/board.html", board=board, threads=threads, following=following)


def posting_limited(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
    """Both posting limits, on POST only: a flood limit for everyone, a tight one shared by
    new threads and replies for new members; either one shows the form again on breach."""
    flood = limiter.limit(
        _posting_limit, methods=["POST"], key_func=_poster, on_breach=_posting_too_fast
    )
    newcomer = limiter.limit(
        _new_member_posting_limit,
        methods=["POST"],
        key_func=_poster,
        exempt_when=_established_poster,
        scope="new-member-posting",
        on_breach=_posting_too_fast,
    )
    return flood(newcomer(view))


def _thread_form_choices(form: NewThreadForm) -> None:
    form.topics.choices = [SelectChoice(t.id, t.name) for t in places.list_topics()]
    form.area.choices = [SelectChoice("", "Not about one area")] + [
        SelectChoice(a.id, a.name) for a in places.list_areas()
    ]
    form.guidance.choices = [SelectChoice("", "Not about a guidance page")] + [
        SelectChoice(page_id, title) for page_id, title in guidance_data.published_choices()
    ]
    if request.method == "GET" and form.guidance.data is None:
        form.guidance.data = id_arg("guidance")


@bp.route("/boards/<slug>/new", methods=["GET", "POST"])
@login_required
@posting_limited
def new_thread(slug: str) -> ResponseReturnValue:
    board = board_or_404(slug)
    require(can_start_thread(current_user, board))
    form = NewThreadForm()
    _thread_form_choices(form)
    preview = None
    similar: list[Hit] = []
    if form.validate_on_submit() and _links_allowed(form):
        if form.preview.data:
            preview = render_markdown(form.body.data)
            similar = similar_threads(form.title.data)
        else:
            chosen = set(form.topics.data or [])
            thread = posting.start_thread(
                board=board,
                author=current_user._get_current_object(),
                title=form.title.data,
                body=form.body.data,
                kind=ThreadKind(form.kind.data or ThreadKind.DISCUSSION),
                topics=[t for t in places.list_topics() if t.id in chosen],
                area_id=form.area.data,
                guidance_page_id=form.guidance.data,
                hold=_hold(),
            )
            flash(HELD_MESSAGE if thread.hidden else "Your thread has been posted.", "success")
            return redirect(url_for("boards.thread", thread_id=thread.id))
    status = 400 if form.errors else 200
    return render_template(
        "boards/new_thread.html", board=board, form=form, preview=preview, similar=similar
    ), status


@bp.route("/threads/<int:thread_id>")
def thread(thread_id: int) -> ResponseReturnValue:
    thread = thread_or_404(thread_id)
    posts = board_data.thread_posts(thread=thread, page=page_number())
    if posts.page > posts.pages:
        abort(404)
    accepted = None
    if thread.accepted_post_id and posts.page == 1:
        accepted = board_data.get_post_with_author(post_id=thread.accepted_post_id)
    form = ReplyForm() if can_reply(current_user, thread) else None
    if current_user.is_authenticated and posts.items:
        current_app.extensions["read_tracker"].seen(
            user_id=current_user.id, thread_id=thread.id, position=posts.items[-1].position
        )
    following = current_user.is_authenticated and engagement.is_subscribed(
        user_id=current_user.id, thread_id=thread.id
    )
    return render_template(
        "boards/thread.html",
        thread=thread,
        posts=posts,
        accepted=accepted,
        reply_form=form,
        following=following,
        guidance=[] if thread.board.private else _related_guidance(thread),
    )


def _related_guidance(thread: Thread) -> list[GuidancePage]:
    """The page the thread discusses, then pages sharing its topics: one query either way."""
    return guidance_data.guidance_for_thread(
        page_id=thread.guidance_page_id, topic_ids=[t.id for t in thread.topics]
    )


@bp.route("/threads/<int:thread_id>/reply", methods=["GET", "POST"])
@login_required
@posting_limited
def reply(thread_id: int) -> ResponseReturnValue:
    thread = thread_or_404(thread_id)
    require(can_reply(current_user, thread))
    form = ReplyForm()
    preview = None
    quote_id = id_arg("quote") if request.method == "GET" else None
    if quote_id is not None:
        quoted = board_data.get_post_with_author(post_id=quote_id)
        if quoted is not None and quoted.thread_id == thread.id and not quoted.is_deleted:
            form.body.data = posting.quote_markdown(quoted)
    if form.validate_on_submit() and _links_allowed(form):
        if form.preview.data:
            preview = render_markdown(form.body.data)
        else:
            post = posting.reply(
                thread=thread,
                author=current_user._get_current_object(),
                body=form.body.data,
                hold=_hold(),
            )
            flash(HELD_MESSAGE if post.is_held else "Your reply has been posted.", "success")
            return redirect(_post_url(post.thread_id, post.id, post.position))
    status = 400 if form.errors else 200
    return render_template("boards/reply.html", thread=thread, form=form, preview=preview), status


HELD_MESSAGE = (
    "Thank you. New members' first posts are checked by a moderator before others see "
    "them; this usually takes less than a day."
)


def _hold() -> bool:
    return posting.should_hold(
        author=current_user._get_current_object(), settings=current_app.config
    )


def _links_allowed(form: NewThreadForm | ReplyForm) -> bool:
    problem = posting.link_problem(
        author=current_user._get_current_object(),
        html=render_markdown(form.body.data),
        settings=current_app.config,
    )
    if problem:
        form.body.errors.append(problem)
    return problem is None


def _post_url(thread_id: int, post_id: int, position: int) -> str:
    page = board_data.page_for_position(position)
    return url_for(
        "boards.thread",
        thread_id=thread_id,
        page=page if page > 1 else None,
        _anchor=f"post-{post_id}",
    )


@bp.route("/posts/<int:post_id>")
def post(post_id: int) -> ResponseReturnValue:
    """A permalink that survives paging: it finds the post's page and jumps to it."""
    found = board_data.get_post(post_id=post_id)
    if found is None or not can_view_thread(current_user, found.thread):
        abort(404)
    return redirect(_post_url(found.thread_id, found.id, found.position))


@bp.route("/threads/<int:thread_id>/unread")
@login_required
def first_unread(thread_id: int) -> ResponseReturnValue:
    """Jump to the first post after the furthest one this person has seen."""
    thread = thread_or_404(thread_id)
    tracker = current_app.extensions["read_tracker"]
    seen = max(
        board_data.read_position(user_id=current_user.id, thread_id=thread.id),
        tracker.pending_position(user_id=current_user.id, thread_id=thread.id),
    )
    target = board_data.post_at_position(
        thread_id=thread.id, position=min(seen + 1, thread.post_count)
    )
    if target is None:
        return redirect(url_for("boards.thread", thread_id=thread.id))
    return redirect(_post_url(thread.id, target.id, target.position))
