"""The search service and its two backends: one conformance suite.

Every test runs on Whoosh; with `--db=postgres` each also runs on PostgreSQL full-text
search (and on Whoosh beside the PostgreSQL database). Content reaches the index the way it
does in production: rows are written, the outbox is applied by the writer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select, text

from forum.boards import posting
from forum.boards.editing import delete_post, set_hidden
from forum.extensions import db
from forum.models import Board, Post, Thread, User
from forum.models.guidance import GuidanceStatus
from forum.search.results import SearchResults
from forum.search.service import SearchRequest, backend_for, search
from forum.search.writer import apply_all, reconcile
from tests.support.factories import (
    make_attachment,
    make_board,
    make_guidance_page,
    make_topic,
    make_user,
)
from tests.support.pages import CheckedClient


@pytest.fixture
def app_overrides(search_backend: str) -> dict[str, Any]:
    return {"SEARCH_BACKEND": search_backend}


Find = Callable[..., SearchResults]


@pytest.fixture
def find(app: Flask) -> Find:
    """Apply what is waiting in the outbox, then search as a signed-out reader would."""

    def run(q: str = "", *, editor: bool = False, **options: Any) -> SearchResults:
        apply_all(app)
        with app.test_request_context():
            return search(SearchRequest(q=q, **options), include_unpublished=editor)

    return run


@pytest.fixture
def author(app: Flask) -> User:
    return make_user(display_name="Jane Smith")


@pytest.fixture
def board(app: Flask) -> Board:
    return make_board(slug="general", name="General discussion")


def start(board: Board, author: User, title: str, body: str, **options: Any) -> Thread:
    thread = posting.start_thread(
        board=board, author=author, title=title, body=body, notify_by_email=False, **options
    )
    db.session.commit()
    return thread


def reply(thread: Thread, author: User, body: str) -> Post:
    post = posting.reply(thread=thread, author=author, body=body, notify_by_email=False)
    db.session.commit()
    return post


def urls(results: SearchResults) -> list[str]:
    return [hit.url for hit in results.hits]


GRAFFITI_PAGE = """Offensive graffiti comes off fast; the rest within a week.

## Response times

Remove offensive or racist graffiti within 24 hours of a report.

## Monitoring removals

Photograph each site before and after, and publish the times each quarter.
"""


# -- guidance --------------------------------------------------------------------------------


def test_a_section_hit_links_to_its_anchor_with_highlighted_words(find: Find) -> None:
    make_guidance_page(slug="graffiti", title="Graffiti standards", markdown=GRAFFITI_PAGE)
    results = find("racist graffiti")
    assert results.hits[0].url == "/guidance/graffiti#response-times"
    assert results.hits[0].kind == "guidance"
    assert "<mark>" in results.hits[0].snippet


def test_a_page_appears_once_however_many_of_its_sections_match(find: Find) -> None:
    make_guidance_page(slug="graffiti", title="Graffiti standards", markdown=GRAFFITI_PAGE)
    results = find("graffiti")
    assert results.total == 1
    assert len(results.hits) == 1


def test_title_words_outrank_a_passing_mention(find: Find) -> None:
    make_guidance_page(
        slug="mention",
        title="Working with partners",
        markdown="Partners help with many things, street lighting among them.\n",
    )
    make_guidance_page(
        slug="lighting",
        title="Street lighting standards",
        markdown="Repairs to lamps within seven days.\n",
    )
    assert urls(find("street lighting"))[0] == "/guidance/lighting"


def test_english_stemming_finds_other_forms_of_a_word(find: Find) -> None:
    make_guidance_page(slug="lights", title="Lamps", markdown="Broken lights are reported.\n")
    assert urls(find("lighting")) == ["/guidance/lights"]


def test_everyday_words_find_guidance_wording(find: Find) -> None:
    make_guidance_page(slug="tipping", title="Fly-tipping", markdown="Clear fly-tipping fast.\n")
    assert urls(find("rubbish dumping")) == ["/guidance/tipping"]


def test_drafts_and_archived_pages_are_found_only_by_editors(find: Find) -> None:
    make_guidance_page(slug="draft", title="Noise draft", status=GuidanceStatus.DRAFT)
    make_guidance_page(slug="old", title="Noise archive", status=GuidanceStatus.ARCHIVED)
    assert find("noise").hits == []
    assert sorted(urls(find("noise", editor=True))) == ["/guidance/draft", "/guidance/old"]


def test_publishing_and_archiving_are_followed_by_the_index(find: Find) -> None:
    page = make_guidance_page(slug="noise", title="Noise nuisance", status=GuidanceStatus.DRAFT)
    assert find("noise").hits == []
    page.status = GuidanceStatus.PUBLISHED.value
    db.session.commit()
    assert urls(find("noise")) == ["/guidance/noise"]
    page.status = GuidanceStatus.ARCHIVED.value
    db.session.commit()
    assert find("noise").hits == []


def test_words_in_an_attachment_are_found_and_the_hit_says_so(app: Flask, find: Find) -> None:
    page = make_guidance_page(slug="forms", title="Forms", markdown="Templates you can use.\n")
    make_attachment(
        page=page,
        data=b"Householder survey: how safe do you feel after dark?",
        filename="survey.txt",
    )
    hit = find("householder survey").hits[0]
    assert hit.url.startswith("/guidance/forms/attachments/")
    assert "survey.txt" in hit.context


# -- threads and posts -----------------------------------------------------------------------


def test_threads_and_replies_are_found_and_grouped_by_thread(
    find: Find, board: Board, author: User
) -> None:
    thread = start(board, author, "Lamp posts out on Eastern Road", "Three lamps dark.")
    reply(thread, author, "The county repaired the lamps in five days.")
    results = find("lamps")
    assert results.total == 1
    assert results.hits[0].url in {f"/threads/{thread.id}", f"/posts/{thread.post_count}"} or (
        results.hits[0].url.startswith("/posts/")
    )
    replies_only = find("county repaired", kind="post")
    assert replies_only.hits[0].url.startswith("/posts/")
    assert replies_only.hits[0].kind == "post"


def test_deleted_posts_hidden_threads_and_private_boards_are_never_found(
    find: Find, board: Board, author: User
) -> None:
    thread = start(board, author, "Skip hire permits", "Who issues skip permits?")
    gone = reply(thread, author, "Ask highways about the skip licence.")
    assert find("licence").total == 1
    delete_post(post=gone, actor=author)
    db.session.commit()
    assert find("licence").total == 0
    set_hidden(thread=thread, actor=author, hidden=True)
    db.session.commit()
    assert find("skip permits").total == 0
    private = make_board(slug="mentoring-questions", name="Mentoring", private=True)
    start(private, author, "Our steering group is stuck", "Confidential question.")
    assert find("steering group confidential").total == 0


def test_held_posts_wait_for_a_moderator_before_anyone_finds_them(
    find: Find, board: Board, author: User
) -> None:
    thread = start(board, author, "Dog bins", "Where do dog bins go?")
    held = posting.reply(
        thread=thread,
        author=author,
        body="Buy cheap bins at spam-shop",
        hold=True,
        notify_by_email=False,
    )
    db.session.commit()
    assert find("spam-shop").total == 0
    held.held_at = None
    db.session.commit()
    assert find("spam shop").total == 1


def test_editing_a_post_changes_what_finds_it(find: Find, board: Board, author: User) -> None:
    thread = start(board, author, "Estate walkabout", "Monthly walkabout with the caretaker.")
    assert find("caretaker").total == 1
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    from forum.boards.editing import edit_post

    edit_post(post=opening, editor=author, body="Monthly walkabout with the housing officer.")
    db.session.commit()
    assert find("caretaker").total == 0
    assert find("housing officer").total == 1


# -- query syntax ----------------------------------------------------------------------------


@pytest.fixture
def library(app: Flask, board: Board, author: User) -> dict[str, Any]:
    graffiti = make_topic(slug="graffiti-fly-posting", name="Graffiti and fly-posting")
    waste = make_topic(slug="fly-tipping-bulky-waste", name="Fly-tipping")
    make_guidance_page(
        slug="bulky",
        title="Collections",
        topics=[waste],
        markdown="Book a bulky waste collection online.\n",
    )
    make_guidance_page(
        slug="apart",
        title="Other waste",
        topics=[waste],
        markdown="Bulky items and garden waste are collected separately.\n",
    )
    make_guidance_page(
        slug="police",
        title="Graffiti and the police",
        topics=[graffiti],
        markdown="The police record racist graffiti as a hate incident.\n",
    )
    make_guidance_page(
        slug="council",
        title="Graffiti and the council",
        topics=[graffiti],
        markdown="The council removes graffiti from public buildings.\n",
    )
    other = make_board(slug="estates", name="Estates")
    bob = make_user(display_name="Bob Jones")
    start(other, bob, "Graffiti on the garages", "Who removes graffiti from garages?")
    return {"graffiti": graffiti, "waste": waste, "bob": bob}


def test_quoted_phrases_match_only_words_side_by_side(find: Find, library: Any) -> None:
    assert urls(find('"bulky waste"')) == ["/guidance/bulky"]


def test_a_minus_sign_leaves_out_a_word(find: Find, library: Any) -> None:
    found = urls(find("graffiti -police", kind="guidance"))
    assert "/guidance/council" in found
    assert "/guidance/police" not in found


def test_field_filters_narrow_by_topic_board_author_and_kind(find: Find, library: Any) -> None:
    assert urls(find("waste topic:fly-tipping-bulky-waste")) == [
        "/guidance/bulky",
        "/guidance/apart",
    ] or sorted(urls(find("waste topic:fly-tipping-bulky-waste"))) == [
        "/guidance/apart",
        "/guidance/bulky",
    ]
    assert [h.kind for h in find("graffiti board:estates").hits] == ["thread"]
    assert [h.kind for h in find("graffiti author:jones").hits] == ["thread"]
    assert {h.kind for h in find("graffiti kind:guidance").hits} == {"guidance"}
    assert find("graffiti", topic="graffiti-fly-posting").total == 2
    make_topic(slug="parks-open-spaces", name="Parks")  # a topic nothing has yet
    assert find("graffiti topic:parks-open-spaces").hits == []


def test_a_filter_alone_lists_what_it_allows_newest_first(
    find: Find, board: Board, author: User
) -> None:
    threads = [start(board, author, f"Notice {n}", f"Board notice number {n}.") for n in range(3)]
    for n, thread in enumerate(threads):  # made in order, dated out of order
        thread.created_at -= timedelta(days=[5, 1, 9][n])
    db.session.commit()
    for thread in threads:
        db.session.execute(
            Post.__table__.update()
            .where(Post.thread_id == thread.id)
            .values(created_at=thread.created_at)
        )
    db.session.commit()
    listed = urls(find("board:general"))
    assert listed == [f"/threads/{threads[n].id}" for n in (1, 0, 2)]


def test_facets_count_results_and_mark_the_chosen_filter(find: Find, library: Any) -> None:
    results = find("graffiti")
    kinds = {f.value: f.count for f in results.facets["kind"]}
    assert kinds == {"guidance": 2, "thread": 1}
    topics = {f.value: (f.label, f.count) for f in results.facets["topic"]}
    assert topics["graffiti-fly-posting"] == ("Graffiti and fly-posting", 2)
    boards = {f.value: f.label for f in results.facets["board"]}
    assert boards == {"estates": "Estates"}
    narrowed = find("graffiti", kind="guidance")
    assert [f.selected for f in narrowed.facets["kind"]] == [True]


def test_results_can_be_sorted_newest_first(find: Find, board: Board, author: User) -> None:
    older = start(board, author, "Recycling bins old", "Recycling bins story one.")
    older.created_at -= timedelta(days=30)
    db.session.commit()
    db.session.execute(
        Post.__table__.update()
        .where(Post.thread_id == older.id)
        .values(created_at=older.created_at)
    )
    db.session.commit()
    from forum.data.search import Changes  # noqa: F401 - the outbox records the thread change

    newer = start(board, author, "Recycling bins new", "Recycling bins story two.")
    assert urls(find("recycling bins", sort="date"))[0] == f"/threads/{newer.id}"


def test_results_come_twenty_a_page(find: Find, board: Board, author: User) -> None:
    for n in range(25):
        start(board, author, f"Allotment waiting list {n}", f"Allotments question {n}.")
    first, second = find("allotment"), find("allotment", page=2)
    assert (first.total, len(first.hits), first.pages) == (25, 20, 2)
    assert len(second.hits) == 5
    assert not set(urls(first)) & set(urls(second))


@pytest.fixture
def few_candidates(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make 'very common word' and 'enough candidates' small, so a test can reach them."""
    from forum.search import postgres_backend, whoosh_backend

    monkeypatch.setattr(whoosh_backend, "COMMON_MIN_DOCS", 3)
    monkeypatch.setattr(whoosh_backend, "COMMON_SHARE", 0.0)
    monkeypatch.setattr(whoosh_backend, "NEWEST_MATCHES", 4)
    monkeypatch.setattr(postgres_backend, "REPLY_CANDIDATES", 4)
    monkeypatch.setattr(postgres_backend, "GUIDANCE_CANDIDATES", 4)


@pytest.mark.usefixtures("few_candidates")
def test_a_word_in_very_many_posts_finds_the_newest_of_them_and_guidance(
    find: Find, board: Board, author: User
) -> None:
    make_guidance_page(
        slug="waste", title="Household waste", markdown="Wheelie bins go back in by 8pm.\n"
    )
    threads = [
        start(board, author, f"Estate walkabout {n}", f"Wheelie bins left out on day {n}.")
        for n in range(12)
    ]
    found = urls(find("wheelie bins"))
    assert "/guidance/waste" in found  # guidance is always looked through, however old
    assert f"/threads/{threads[-1].id}" in found
    assert f"/threads/{threads[0].id}" not in found  # older than the newest few
    newest_first = urls(find('"wheelie bins"', sort="date"))
    assert newest_first[0] == f"/threads/{threads[-1].id}"
    make_topic(slug="parks-open-spaces", name="Parks")  # a topic nothing has yet
    assert find("wheelie bins topic:parks-open-spaces").hits == []


def test_a_misspelt_word_is_corrected_and_the_correction_offered(find: Find) -> None:
    make_guidance_page(slug="graffiti", title="Graffiti standards", markdown=GRAFFITI_PAGE)
    results = find("grafiti removal")
    assert results.suggestion == "graffiti removal"
    assert results.corrected
    assert urls(results) == ["/guidance/graffiti#response-times"] or urls(results)[0].startswith(
        "/guidance/graffiti"
    )
    exact = find("grafiti removal", exact=True)
    assert not exact.corrected


def test_snippets_escape_what_people_wrote(find: Find, board: Board, author: User) -> None:
    start(board, author, "Script kiddies", "Someone typed <script>alert(1)</script> here.")
    snippet = find("script kiddies").hits[0].snippet
    assert "<script>" not in snippet
    assert "alert(1)" in snippet
    assert "&lt;script&gt;" in snippet or "&lt;<mark>script</mark>&gt;" in snippet


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced quote',
        "x" * 10_000,
        "the and of",
        "*",
        "nosuchfield:value graffiti",
        "topic:",
        "kind:nonsense",
        "-only -excluded",
        "(((",
        "a:b:c:d",
        "\x00\x01",
        "Ünïcödé straße",
    ],
)
def test_awkward_queries_get_results_or_a_message_never_an_error(
    find: Find, library: Any, query: str
) -> None:
    results = find(query)
    assert results.hits or results.notices or results.total == 0


# -- consistency -----------------------------------------------------------------------------


def test_reconcile_repairs_drift_between_database_and_index(
    app: Flask, find: Find, board: Board, author: User
) -> None:
    thread = start(board, author, "Street parties", "Closing the road for a street party.")
    find("party")
    backend = backend_for(app)
    backend.remove(f"thread:{thread.id}")  # as if the writer died before writing it
    backend.index(_stray_document())  # and something that should not be there
    drift = reconcile(app)
    assert (drift.missing, drift.extra) == (1, 1)
    assert find("street party").total == 1
    assert reconcile(app).total == 0


def _stray_document() -> Any:
    from forum.models.types import utcnow
    from forum.search.documents import Document

    return Document(
        id="thread:999999",
        group="thread:999999",
        kind="thread",
        source="thread",
        title="Stray",
        url="/threads/999999",
        created_at=utcnow(),
        body="stray words",
    )


def test_a_writer_that_dies_mid_batch_loses_nothing(
    app: Flask, find: Find, board: Board, author: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        start(board, author, f"Hedge cutting {n}", f"Overgrown hedges on street {n}.")
    backend = backend_for(app)
    original = backend.writing

    def crash_after_writing(*args: Any, **kwargs: Any) -> Any:
        class Crashing:
            def __enter__(self) -> Any:
                self.context = original(*args, **kwargs)
                sink = self.context.__enter__()
                real_update = sink.update

                def update(**changes: Any) -> None:
                    real_update(**changes)
                    raise RuntimeError("killed mid-batch")

                sink.update = update
                return sink

            def __exit__(self, *exc: Any) -> Any:
                return self.context.__exit__(*exc)

        return Crashing()

    monkeypatch.setattr(backend, "writing", crash_after_writing)
    with pytest.raises(RuntimeError):
        apply_all(app)
    monkeypatch.setattr(backend, "writing", original)
    assert find("hedges").total == 5


def test_writers_wait_for_the_lock_rather_than_fail(
    app: Flask, find: Find, board: Board, author: User
) -> None:
    import threading
    import time

    backend = backend_for(app)
    if backend.name != "whoosh":
        pytest.skip("PostgreSQL writers queue on an advisory lock inside the database")
    start(board, author, "Bus shelter glass", "The bus shelter glass is smashed again.")
    held = threading.Event()

    def hold_the_lock() -> None:
        with backend.writing():
            held.set()
            time.sleep(0.5)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    held.wait(5)
    assert apply_all(app) >= 1  # waited for the other writer instead of raising LockError
    holder.join()
    assert find("bus shelter").total == 1


def test_whoosh_keeps_segments_as_separate_files(
    app: Flask, find: Find, board: Board, author: User
) -> None:
    """Whoosh copies every part of a compound segment file into each process's memory when
    it opens it; separate files are read through the OS's shared cache instead."""
    backend = backend_for(app)
    if backend.name != "whoosh":
        pytest.skip("only the Whoosh index is made of files")
    for n in range(3):  # several commits, so segments are written and merged
        start(board, author, f"Skip hire number {n}", "Where can residents hire a skip?")
        assert find("skip hire").total == n + 1
    index_files = list(Path(app.config["SEARCH_INDEX_DIR"]).iterdir())
    assert any(f.suffix == ".pst" for f in index_files)  # postings, on their own
    assert not [f for f in index_files if f.suffix == ".seg"]


def test_a_thread_that_searched_and_ended_leaves_no_file_open(
    app: Flask, find: Find, board: Board, author: User
) -> None:
    """Each thread has its own Whoosh searcher (they are not thread-safe); a server that
    starts a thread per request must not leave the files of ended threads' searchers open."""
    import gc
    import threading

    start(board, author, "Skip hire", "Where can residents hire a skip?")
    find("skip")

    def search_in_a_thread() -> None:
        with app.test_request_context():
            search(SearchRequest(q="skip"))

    for _ in range(3):
        worker = threading.Thread(target=search_in_a_thread)
        worker.start()
        worker.join()
    gc.collect()  # (pytest fails the test on any "unclosed file" warning)
    assert find("skip").total == 1


# -- the web -------------------------------------------------------------------------------


def test_the_api_returns_exactly_the_documented_shape(
    app: Flask, client: CheckedClient, library: Any
) -> None:
    apply_all(app)
    data = client.get("/api/search?q=graffiti&kind=guidance").get_json()
    assert {"query", "total", "page", "suggestion", "facets", "hits"} <= set(data)
    assert set(data) - {"query", "total", "page", "suggestion", "facets", "hits"} == {
        "total_is_estimate",
        "links",
    }  # (keys are only ever added: test_search_api.py checks the rest against the schema)
    assert (data["query"], data["page"], data["total"]) == ("graffiti", 1, 2)
    assert {h["kind"] for h in data["hits"]} == {"guidance"}
    assert set(data["hits"][0]) == {"kind", "title", "url", "snippet"}
    assert client.get("/api/search?q=graffiti&page=nonsense").status_code == 400
    assert client.get("/search?q=graffiti&page=nonsense").status_code == 200


def test_the_api_shows_public_content_even_to_editors(
    app: Flask, admin_client: CheckedClient
) -> None:
    make_guidance_page(slug="secret", title="Unpublished plans", status=GuidanceStatus.DRAFT)
    apply_all(app)
    assert admin_client.get("/api/search?q=unpublished").get_json()["total"] == 0
    page = admin_client.get("/search?q=unpublished")
    assert "/guidance/secret" in page.get_data(as_text=True)


def test_the_search_page_shows_results_facets_and_pages(
    app: Flask, client: CheckedClient, board: Board, author: User
) -> None:
    for n in range(21):
        start(board, author, f"Community garden {n}", f"Raised beds for the garden {n}.")
    apply_all(app)
    html = client.get("/search?q=garden").get_data(as_text=True)
    assert "21 results, page 1 of 2" in html
    assert 'aria-label="Pagination"' in html
    assert "General discussion" in html  # the board facet
    assert client.get("/search?q=garden&page=2").status_code == 200


def test_a_reply_is_searchable_soon_after_it_is_posted(
    app: Flask, board: Board, author: User
) -> None:
    """With the background writer on, as in production: no one applies the outbox by hand."""
    import time

    app.config["SEARCH_WRITER"] = "thread"
    from forum.search.writer import SearchWriter

    writer = SearchWriter(app)
    writer.ensure_started()
    try:
        thread = start(board, author, "Wheelie bin thefts", "Bins stolen overnight.")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with app.test_request_context():
                if search(SearchRequest(q="wheelie bin thefts")).total:
                    break
            time.sleep(0.05)
        with app.test_request_context():
            assert urls(search(SearchRequest(q="wheelie"))) == [f"/threads/{thread.id}"]
    finally:
        writer.stop()


@pytest.mark.parametrize("query", ["bins", '"wheelie bins" -recycling', "bins estate"])
def test_walking_the_newest_finds_what_the_index_finds(
    app: Flask, find: Find, board: Board, author: User, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """PostgreSQL answers a search that most documents match by walking the newest rather
    than through the GIN index: the same documents either way."""
    if backend_for(app).name != "postgres":
        pytest.skip("a PostgreSQL plan choice")
    from forum.search import postgres_backend

    for n in range(6):
        start(board, author, f"Round {n}", f"Wheelie bins on the estate, week {n}.")
    start(board, author, "Recycling", "Wheelie bins for recycling only.")
    start(board, author, "Parking", "Cars on the verge again.")
    monkeypatch.setattr(postgres_backend, "DENSE_SHARE", 1.0)  # never dense: the index
    through_index = find(query)
    monkeypatch.setattr(postgres_backend, "DENSE_SHARE", 0.0)  # always dense: the walk
    walking = find(query)
    assert urls(walking) == urls(through_index)
    assert walking.total == through_index.total > 0


def test_vocabulary_look_ups_use_its_primary_key(app: Flask) -> None:
    """A trigram index on the word itself also answers `=`, and the planner took it: 3-5 ms
    a search instead of 0.1 ms (migration 0009 indexes lower(word) instead)."""
    if backend_for(app).name != "postgres":
        pytest.skip("the vocabulary table is PostgreSQL's")
    db.session.execute(  # a vocabulary the size of a busy forum's
        text(
            "INSERT INTO search_term (word, doc_count)"
            " SELECT 'word' || n, n FROM generate_series(1, 3000) AS n"
        )
    )
    db.session.execute(text("ANALYZE search_term"))
    plan = "\n".join(
        db.session.scalars(
            text("EXPLAIN SELECT word FROM search_term WHERE word = ANY(:words)"),
            {"words": ["graffiti", "removal", "racist"]},
        )
    )
    assert "search_term_pkey" in plan
    db.session.rollback()


# -- commands --------------------------------------------------------------------------------


def test_reindex_rebuilds_with_a_progress_bar_and_reports_its_speed(
    app: Flask, find: Find, board: Board, author: User
) -> None:
    start(board, author, "Community skip day", "A free skip every spring.")
    make_guidance_page(slug="skips", title="Skips", markdown="Skip days bring people out.\n")
    apply_all(app)
    backend_for(app).update(remove_groups=["guidance:1", "thread:1"])
    result = app.test_cli_runner().invoke(args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexing pages and threads" in result.output
    assert "documents/s" in result.output
    assert find("skip").total == 2
    repaired = app.test_cli_runner().invoke(args=["reindex", "--reconcile"])
    assert "0 missing, 0 out of date and 0 unexpected" in repaired.output


def test_the_search_worker_command_applies_what_is_waiting(
    app: Flask, board: Board, author: User
) -> None:
    start(board, author, "Pigeon netting", "Netting under the railway bridge.")
    result = app.test_cli_runner().invoke(args=["search-worker", "--once"])
    assert result.exit_code == 0, result.output
    with app.test_request_context():
        assert search(SearchRequest(q="pigeon netting")).total == 1


def test_a_worker_process_killed_mid_run_leaves_nothing_missing(
    app: Flask, board: Board, author: User, search_backend: str
) -> None:
    """A real process, really killed (SIGKILL): the outbox still holds what it had not
    committed to the index, so the next writer completes the job."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from forum.data.search import pending_count
    from tests.support.factories import make_thread

    if search_backend != "whoosh" or db.engine.dialect.name != "sqlite":
        pytest.skip("one run is enough: the embedded set-up")
    for n in range(1200):
        make_thread(board=board, author=author, title=f"Verge parking report {n}")
    waiting = pending_count()
    db.session.remove()
    environment = os.environ | {
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "SEARCH_INDEX_DIR": app.config["SEARCH_INDEX_DIR"],
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "forum", "search-worker", "--once"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and worker.poll() is None:
        left = pending_count()
        db.session.remove()
        if 0 < left < waiting:  # at least one batch landed, more to come: kill it now
            break
        time.sleep(0.02)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    assert pending_count() > 0, "the worker finished before it could be killed"
    apply_all(app)
    with app.test_request_context():
        assert search(SearchRequest(q="verge parking")).total == 1200


def test_suggestions_never_reveal_words_only_unpublished_or_deleted_text_has(
    app: Flask, find: Find, board: Board, author: User
) -> None:
    make_guidance_page(
        slug="plan",
        title="Plan",
        status=GuidanceStatus.DRAFT,
        markdown="We will close the Wolverhampton helpdesk.\n",
    )
    thread = start(board, author, "Dinosaurs", "Nothing special here.")
    gone = reply(thread, author, "A Quetzalcoatlus flew over the estate.")
    find("anything")
    delete_post(post=gone, actor=author)
    db.session.commit()
    assert find("wolverhamptn helpdesk").suggestion is None
    assert find("quetzalcoatls").suggestion is None
    assert find("wolverhamptn helpdesk", editor=True).suggestion == "wolverhampton helpdesk"


def test_search_links_carry_only_search_settings(
    client: CheckedClient, app: Flask, library: Any
) -> None:
    apply_all(app)
    assert client.get("/search?q=graffiti&_method=POST&_external=1").status_code == 200
    html = client.get("/search?q=graffiti+kind:guidance").get_data(as_text=True)
    assert 'href="/search?q=graffiti"' in html  # removing the typed filter removes it from q
    assert client.get("/search?q=graffiti&page=9").status_code == 404


def test_renaming_a_person_updates_what_author_finds(
    app: Flask, find: Find, board: Board, author: User
) -> None:
    start(board, author, "Bollards", "New bollards by the school.")
    assert find("author:smith").total == 1
    author.display_name = "Zebedee Quux"
    db.session.commit()
    assert find("author:zebedee").total == 1
    assert find("author:smith").total == 0
