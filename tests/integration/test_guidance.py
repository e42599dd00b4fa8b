"""The guidance library: reading pages, editing them with history, and their attachments."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import delete, func, select
from werkzeug.test import TestResponse

from forum.extensions import db
from forum.models import AuditEvent, Thread, User
from forum.models.guidance import GuidanceAttachment, GuidancePage, GuidanceRevision
from forum.models.service import AttachmentContent
from tests.support.factories import (
    make_attachment,
    make_board,
    make_docx_bytes,
    make_guidance_page,
    make_pdf_bytes,
    make_thread,
    make_topic,
)
from tests.support.pages import CheckedClient, Page, check_page, text_of

PAGE_TEXT = """Who this is for.

## Setting response times

Most pilots agreed **48 hours**.

### Offensive graffiti

Same day.

## Monitoring

Publish the figures.
"""


def page_row(slug: str) -> GuidancePage:
    return db.session.scalar(select(GuidancePage).where(GuidancePage.slug == slug))


def revisions_of(page: GuidancePage) -> list[GuidanceRevision]:
    return list(
        db.session.scalars(
            select(GuidanceRevision)
            .where(GuidanceRevision.page_id == page.id)
            .order_by(GuidanceRevision.number)
        )
    )


def follow(client: CheckedClient, response: TestResponse) -> Page:
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return client.page(response.headers["Location"])


def link_texts(element) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(a) for a in element.iter("a")]


def section(page: Page, heading_id: str):  # type: ignore[no-untyped-def]
    """The list that follows the heading with this id (a page's 'Related' lists)."""
    found = False
    for element in page.root.iter():
        if element.get("id") == heading_id or element.text == heading_id:
            found = True
        elif found and element.tag in {"ul", "p"}:
            return element
    raise AssertionError(f"no list after {heading_id}")


def editor_form(**values: object) -> dict[str, object]:
    form: dict[str, object] = {
        "title": "Graffiti response times",
        "summary": "What pilots agreed for removing graffiti.",
        "body": PAGE_TEXT,
        "change_note": "",
        "review_by": "",
    }
    form.update(values)
    return form


# --- Reading --------------------------------------------------------------------------------


def test_index_groups_published_pages_by_topic(
    member_client: CheckedClient, client: CheckedClient
) -> None:
    graffiti = make_topic(slug="graffiti", name="Graffiti")
    parks = make_topic(slug="parks", name="Parks")
    make_guidance_page(title="Graffiti targets", topics=[graffiti])
    make_guidance_page(title="Shared page", topics=[graffiti, parks])
    make_guidance_page(title="No topic page")
    make_guidance_page(title="Secret draft", topics=[graffiti], status="draft")
    make_guidance_page(title="Old archived", topics=[parks], status="archived")

    for reader in (member_client, client):
        page = reader.page("/guidance/")

        assert page.h1 == "Guidance"
        headings = [text_of(h) for h in page.all("h2") if h.get("id", "").startswith("topic")]
        assert headings == ["Topics", "Graffiti", "Parks", "Other guidance"]
        graffiti_list = section(page, "topic-graffiti")
        assert link_texts(graffiti_list) == ["Graffiti targets", "Shared page"]
        assert link_texts(section(page, "topic-parks")) == ["Shared page"]
        assert link_texts(section(page, "topic-other")) == ["No topic page"]
        assert "Secret draft" not in page.text
        assert "Old archived" not in page.text
        assert "3 pages" in page.text
        assert "Write a new page" not in page.text


def test_index_for_editors_links_to_writing_and_pages_due_for_review(
    moderator_client: CheckedClient,
) -> None:
    make_guidance_page(title="Overdue", review_by=date.today() - timedelta(days=1))
    make_guidance_page(title="Fine", review_by=date.today() + timedelta(days=30))

    page = moderator_client.page("/guidance/")

    assert "Write a new page" in page.text
    assert "All pages, drafts and reviews (1 due for review)" in page.text


def test_an_empty_library(client: CheckedClient) -> None:
    assert "No guidance has been published yet." in client.page("/guidance/").text


def test_a_page_shows_its_contents_sections_and_last_update(
    member_client: CheckedClient, moderator: User
) -> None:
    topic = make_topic(slug="graffiti", name="Graffiti")
    make_guidance_page(
        slug="graffiti-response",
        title="Graffiti response times",
        summary="What pilots agreed.",
        markdown=PAGE_TEXT,
        topics=[topic],
        change_note="Added the graffiti targets",
        author=moderator,
    )

    page = member_client.page("/guidance/graffiti-response")

    assert page.h1 == "Graffiti response times"
    assert page.title.startswith("Graffiti response times")
    contents = page.with_class("ccf-contents")[0]
    assert [(a.get("href"), text_of(a)) for a in contents.iter("a")] == [
        ("#setting-response-times", "Setting response times"),
        ("#monitoring", "Monitoring"),
    ]
    assert page.by_id("setting-response-times").tag == "h2"
    assert page.by_id("monitoring").tag == "h2"
    assert "Offensive graffiti" in [text_of(h) for h in page.all("h3")]
    assert "What pilots agreed." in page.text
    assert "Last updated" in page.text
    assert ": Added the graffiti targets." in page.text
    assert "Topics: Graffiti." in page.text
    assert "Edit this page" not in page.text
    assert not page.with_class("govuk-warning-text")
    assert "Start a discussion about this page" in page.text


def test_a_page_past_its_review_date_warns_readers(member_client: CheckedClient) -> None:
    due = date.today() - timedelta(days=3)
    make_guidance_page(slug="old", review_by=due)
    make_guidance_page(slug="fresh", review_by=date.today() + timedelta(days=3))
    make_guidance_page(slug="today", review_by=date.today())

    warning = member_client.page("/guidance/old").with_class("govuk-warning-text")
    assert warning
    assert f"This page was due for review on {due.day} {due:%B %Y}" in text_of(warning[0])
    assert not member_client.page("/guidance/fresh").with_class("govuk-warning-text")
    assert not member_client.page("/guidance/today").with_class("govuk-warning-text")


@pytest.mark.parametrize("status", ["draft", "archived"])
def test_unpublished_pages_are_only_for_editors(
    status: str,
    client: CheckedClient,
    member_client: CheckedClient,
    mentor_client: CheckedClient,
    moderator_client: CheckedClient,
    admin_client: CheckedClient,
    app: Flask,
) -> None:
    page = make_guidance_page(slug="hidden", title="Hidden page", status=status)
    attachment = make_attachment(page=page)

    for reader in (client, member_client, mentor_client):
        reader.page("/guidance/hidden", expected_status=404)
        assert reader.get(f"/guidance/hidden/attachments/{attachment.id}").status_code == 404
        assert reader.get("/guidance/hidden/discuss").status_code == 404
    for editor in (moderator_client, admin_client):
        shown = editor.page("/guidance/hidden")
        assert shown.h1 == "Hidden page"
        assert status.capitalize() in [text_of(t) for t in shown.with_class("govuk-tag")]
        assert "Start a discussion about this page" not in shown.text
        assert editor.get(f"/guidance/hidden/attachments/{attachment.id}").status_code == 200
        assert editor.get("/guidance/hidden/discuss").status_code == 404


def test_a_page_that_does_not_exist(client: CheckedClient) -> None:
    client.page("/guidance/no-such-page", expected_status=404)


def test_related_guidance_and_the_threads_about_a_page(
    member_client: CheckedClient, member: User
) -> None:
    graffiti = make_topic(slug="graffiti", name="Graffiti")
    parks = make_topic(slug="parks", name="Parks")
    waste = make_topic(slug="waste", name="Waste")
    page = make_guidance_page(slug="main", title="Main page", topics=[graffiti, parks])
    make_guidance_page(title="Shares both", topics=[graffiti, parks])
    make_guidance_page(title="Shares one", topics=[parks])
    make_guidance_page(title="Shares none", topics=[waste])
    make_guidance_page(title="A draft sharing both", topics=[graffiti, parks], status="draft")
    board = make_board(name="Street scene")
    private = make_board(name="Staff room", private=True)
    linked = make_thread(
        board=board, author=member, title="We used this page", guidance_page_id=page.id
    )
    hidden_link = make_thread(
        board=board, author=member, title="Hidden thread", guidance_page_id=page.id, hidden=True
    )
    on_topic = make_thread(board=board, author=member, title="Graffiti in parks")
    private_topic = make_thread(board=private, author=member, title="Private graffiti talk")
    off_topic = make_thread(board=board, author=member, title="About waste")
    for thread, topics in [
        (linked, [graffiti]),
        (hidden_link, [graffiti]),
        (on_topic, [graffiti]),
        (private_topic, [graffiti]),
        (off_topic, [waste]),
    ]:
        thread.topics = topics
    db.session.commit()

    shown = member_client.page("/guidance/main")

    aside = shown.root.find(".//aside")
    related, discussing, suggested = [link_texts(ul) for ul in aside.iter("ul")]
    assert related == ["Shares both", "Shares one"]
    assert discussing == ["We used this page"]
    assert suggested == ["Graffiti in parks"]
    assert "in Street scene" in text_of(aside)
    assert "Hidden thread" not in shown.text
    assert "Private graffiti talk" not in shown.text


def test_a_page_nobody_discusses_yet(member_client: CheckedClient) -> None:
    make_guidance_page(slug="quiet")

    shown = member_client.page("/guidance/quiet")

    assert "Nobody has started one yet." in shown.text
    assert "Discussions on the same topics" not in shown.text


def test_discuss_opens_a_new_thread_form_with_the_page_chosen(
    member_client: CheckedClient, member: User
) -> None:
    make_board(slug="archived-board", name="Old", archived=True, position=0)
    board = make_board(slug="general", name="General", position=1)
    page = make_guidance_page(slug="graffiti", title="Graffiti response times")
    make_guidance_page(title="Another page")

    response = member_client.get("/guidance/graffiti/discuss")

    assert response.status_code == 302
    assert response.headers["Location"] == f"/boards/general/new?guidance={page.id}"
    form = member_client.page(response.headers["Location"])
    assert form.field_value("guidance") == str(page.id)

    posted = member_client.submit(
        f"/boards/{board.slug}/new",
        {
            "title": "How fast should graffiti go?",
            "body": "We are drafting ours.",
            "kind": "discussion",
            "guidance": str(page.id),
        },
        from_page=f"/boards/general/new?guidance={page.id}",
    )
    thread_page = follow(member_client, posted)
    thread = db.session.scalar(select(Thread).where(Thread.title == "How fast should graffiti go?"))
    assert thread.guidance_page_id == page.id
    related = thread_page.by_id("related-guidance")
    assert related is not None
    assert "Graffiti response times (this thread discusses it)" in thread_page.text

    discussing = member_client.page("/guidance/graffiti")
    assert "How fast should graffiti go?" in discussing.text


def test_a_thread_cannot_link_a_draft_page(member_client: CheckedClient) -> None:
    board = make_board(slug="general")
    draft = make_guidance_page(status="draft")

    response = member_client.submit(
        "/boards/general/new",
        {"title": "About the draft", "body": "Text.", "guidance": str(draft.id)},
        from_page="/boards/general/new",
    )

    assert response.status_code == 400
    assert check_page(response).error_summary == ["Select a guidance page from the list"]
    assert db.session.scalar(select(func.count()).select_from(Thread)) == 0
    assert board.thread_count == 0


def test_a_thread_on_shared_topics_suggests_guidance(
    member_client: CheckedClient, member: User
) -> None:
    topic = make_topic(slug="graffiti", name="Graffiti")
    make_guidance_page(title="Graffiti guide", topics=[topic])
    make_guidance_page(title="Unrelated guide")
    thread = make_thread(board=make_board(), author=member, title="Graffiti question")
    thread.topics = [topic]
    db.session.commit()

    shown = member_client.page(f"/threads/{thread.id}")

    related = shown.root.find(".//aside")
    assert text_of(related.find(".//h2")) == "Related guidance"
    assert link_texts(related) == ["Graffiti guide"]


def test_discuss_with_no_open_board(member_client: CheckedClient) -> None:
    make_guidance_page(slug="lonely")

    assert member_client.get("/guidance/lonely/discuss").status_code == 404


# --- Editing ------------------------------------------------------------------------------


def test_an_editor_writes_a_page_with_a_slug_made_from_its_title(
    moderator_client: CheckedClient, moderator: User, member_client: CheckedClient
) -> None:
    topic = make_topic(slug="graffiti", name="Graffiti")
    form = moderator_client.page("/guidance/new")
    assert form.h1 == "Write a guidance page"
    assert form.field_value("owner") == str(moderator.id)

    response = moderator_client.submit(
        "/guidance/new",
        editor_form(title="Graffiti: response times!", topics=[str(topic.id)]),
        from_page="/guidance/new",
    )

    assert response.headers["Location"] == "/guidance/graffiti-response-times"
    shown = follow(moderator_client, response)
    assert "The page has been saved as a draft" in shown.text
    page = page_row("graffiti-response-times")
    assert page.status == "draft"
    assert page.owner_id == moderator.id
    assert [t.slug for t in page.topics] == ["graffiti"]
    assert [s["anchor"] for s in page.sections] == ["", "setting-response-times", "monitoring"]
    [revision] = revisions_of(page)
    assert (revision.number, revision.change_note, revision.author_id) == (
        1,
        "First version",
        moderator.id,
    )
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "guidance.create"))
    assert (event.actor_id, event.subject_id) == (moderator.id, page.id)
    member_client.page("/guidance/graffiti-response-times", expected_status=404)


def test_a_slug_already_used_is_refused_beside_the_field_keeping_what_was_typed(
    moderator_client: CheckedClient,
) -> None:
    make_guidance_page(slug="graffiti", title="Graffiti")

    for values in (
        {"slug": "graffiti", "title": "A different title"},
        {"slug": "", "title": "Graffiti"},
    ):
        response = moderator_client.submit(
            "/guidance/new", editor_form(**values), from_page="/guidance/new"
        )

        assert response.status_code == 400
        page = check_page(response)
        assert page.error_summary == ["Enter a web address no other page uses"]
        assert "Enter a web address no other page uses" in text_of(page.by_id("slug-error"))
        assert page.field_value("title") == values["title"]
        assert page.field_value("summary") == "What pilots agreed for removing graffiti."
        assert "## Monitoring" in page.field_value("body")
    assert db.session.scalar(select(func.count()).select_from(GuidancePage)) == 1


@pytest.mark.parametrize(
    ("values", "errors"),
    [
        (
            {"title": "", "summary": "", "body": ""},
            ["Enter a title", "Enter a summary", "Enter the page text"],
        ),
        (
            {"slug": "Not A Slug"},
            ["Enter a web address of lower-case letters, numbers and single hyphens"],
        ),
        ({"title": "x" * 151}, ["Enter a title of 150 characters or fewer"]),
        ({"owner": "99999"}, ["Select an owner from the list"]),
        ({"topics": ["99999"]}, ["Select topics from the list"]),
        ({"review_by": "next week"}, ["Enter the review date as day/month/year, like 27/3/2027"]),
        ({"review_by": "31/2/2027"}, ["Enter the review date as day/month/year, like 27/3/2027"]),
    ],
)
def test_the_editor_explains_what_to_fix(
    moderator_client: CheckedClient, values: dict[str, object], errors: list[str]
) -> None:
    response = moderator_client.submit(
        "/guidance/new", editor_form(**values), from_page="/guidance/new"
    )

    assert response.status_code == 400
    assert check_page(response).error_summary == errors
    assert db.session.scalar(select(func.count()).select_from(GuidancePage)) == 0


@pytest.mark.parametrize("typed", ["27/3/2027", "27/03/2027", "2027-03-27", "27-3-2027"])
def test_review_dates_are_read_in_the_usual_ways(
    moderator_client: CheckedClient, typed: str
) -> None:
    response = moderator_client.submit(
        "/guidance/new", editor_form(slug="dated", review_by=typed), from_page="/guidance/new"
    )

    assert response.status_code == 302
    assert page_row("dated").review_by == date(2027, 3, 27)


def test_preview_shows_the_page_without_saving_it(moderator_client: CheckedClient) -> None:
    body = (
        "Intro with **bold**.\n\n## Summary\n\nText.\n\n## Title\n\nMore.\n\n"
        "<script>alert(1)</script>"
    )
    response = moderator_client.submit(
        "/guidance/new", editor_form(body=body, preview="Preview"), from_page="/guidance/new"
    )

    assert response.status_code == 200
    page = check_page(response)  # section ids must not repeat the form's field ids
    preview = page.with_class("ccf-preview")[0]
    assert "<strong>bold</strong>" in response.get_data(as_text=True)
    assert [text_of(h) for h in preview.iter("h2")] == ["Preview", "Summary", "Title"]
    assert not list(preview.iter("script"))
    assert page.field_value("body") == body
    assert db.session.scalar(select(func.count()).select_from(GuidancePage)) == 0


def test_editing_saves_a_new_version_with_its_change_note(
    moderator_client: CheckedClient, moderator: User, admin: User
) -> None:
    topic = make_topic(slug="graffiti", name="Graffiti")
    page = make_guidance_page(slug="times", title="Times", markdown=PAGE_TEXT, topics=[topic])
    url = "/guidance/times/edit"
    form = moderator_client.page(url)
    assert form.h1 == "Edit ‘Times’"
    assert form.field_value("body") == PAGE_TEXT.rstrip("\n")
    assert form.field_value("slug") is None  # the address does not change once published

    response = moderator_client.submit(
        url,
        editor_form(
            title="Times",
            summary="What pilots agreed.",
            body=PAGE_TEXT.replace("48 hours", "two working days"),
            topics=[str(topic.id)],
            owner=str(admin.id),
            change_note="Changed the target",
        ),
        from_page=url,
    )

    shown = follow(moderator_client, response)
    assert "Saved as version 2." in shown.text
    assert "Last updated" in shown.text
    assert ": Changed the target." in shown.text
    db.session.refresh(page)
    assert "two working days" in page.html
    assert (page.revision_count, page.change_note, page.owner_id) == (
        2,
        "Changed the target",
        admin.id,
    )
    assert [(r.number, r.change_note) for r in revisions_of(page)] == [
        (1, "First version"),
        (2, "Changed the target"),
    ]
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "guidance.edit"))

    moderator_client.submit(
        url, editor_form(title="Times", summary="Changed again."), from_page=url
    )
    assert revisions_of(page)[-1].change_note == "Minor changes"


def test_saving_without_changes_says_so_and_keeps_no_new_version(
    moderator_client: CheckedClient, moderator: User
) -> None:
    topic = make_topic(slug="graffiti", name="Graffiti")
    page = make_guidance_page(
        slug="same",
        title="Same",
        summary="S.",
        markdown=PAGE_TEXT,
        topics=[topic],
        owner=moderator,
        review_by=date(2030, 1, 31),
    )
    url = "/guidance/same/edit"
    shown = moderator_client.page(url)
    assert shown.field_value("review_by") == "31/01/2030"

    # A browser sends a text box's lines with "\r\n" endings.
    body = PAGE_TEXT.rstrip("\n").replace("\n", "\r\n")
    response = moderator_client.submit(
        url,
        editor_form(
            title="Same",
            summary="S.",
            body=body,
            topics=[str(topic.id)],
            owner=str(moderator.id),
            review_by="31/01/2030",
        ),
        from_page=url,
    )

    assert "Nothing had changed." in follow(moderator_client, response).text
    db.session.refresh(page)
    assert page.revision_count == 1
    assert len(revisions_of(page)) == 1


def test_unticking_every_topic_removes_them(moderator_client: CheckedClient) -> None:
    topics = [make_topic(), make_topic()]
    page = make_guidance_page(
        slug="tagged", title="Tagged", summary="S.", markdown="Text.\n", topics=topics
    )
    url = "/guidance/tagged/edit"
    form = moderator_client.page(url)
    ticked = [
        i.get("value")
        for i in form.all("input")
        if i.get("name") == "topics" and i.get("checked") is not None
    ]
    assert sorted(ticked) == sorted(str(t.id) for t in topics)

    moderator_client.submit(
        url, editor_form(title="Tagged", summary="S.", body="Text."), from_page=url
    )

    db.session.refresh(page)
    assert page.topics == []
    assert revisions_of(page)[-1].topic_slugs == []


def test_changing_only_the_review_date_is_saved(moderator_client: CheckedClient) -> None:
    page = make_guidance_page(slug="review", title="Review", summary="S.", markdown="Text.\n")
    url = "/guidance/review/edit"

    response = moderator_client.submit(
        url,
        editor_form(title="Review", summary="S.", body="Text.", review_by="1/12/2030"),
        from_page=url,
    )

    shown = follow(moderator_client, response)
    assert "The owner and review date are saved. The text had not changed." in shown.text
    db.session.refresh(page)
    assert page.review_by == date(2030, 12, 1)
    assert page.revision_count == 1  # the text is unchanged: no new version
    form = moderator_client.page(url)
    assert form.field_value("review_by") == "01/12/2030"


def test_a_bad_edit_keeps_what_was_typed(moderator_client: CheckedClient) -> None:
    make_guidance_page(slug="keep", title="Keep")
    url = "/guidance/keep/edit"

    response = moderator_client.submit(
        url, editor_form(title="", body="My new words", review_by="soon"), from_page=url
    )

    assert response.status_code == 400
    page = check_page(response)
    assert page.error_summary == [
        "Enter a title",
        "Enter the review date as day/month/year, like 27/3/2027",
    ]
    assert page.field_value("body") == "My new words"
    assert page.field_value("review_by") == "soon"
    assert page_row("keep").title == "Keep"


@pytest.mark.parametrize(
    ("start", "action", "status", "event"),
    [
        ("draft", "publish", "published", "guidance.published"),
        ("published", "unpublish", "draft", "guidance.draft"),
        ("published", "archive", "archived", "guidance.archived"),
        ("archived", "publish", "published", "guidance.published"),
    ],
)
def test_publishing_and_archiving(
    moderator_client: CheckedClient,
    member_client: CheckedClient,
    moderator: User,
    start: str,
    action: str,
    status: str,
    event: str,
) -> None:
    page = make_guidance_page(slug="p", status=start)

    response = moderator_client.submit(f"/guidance/p/{action}", from_page="/guidance/p")

    follow(moderator_client, response)
    db.session.refresh(page)
    assert page.status == status
    recorded = db.session.scalar(select(AuditEvent).where(AuditEvent.action == event))
    assert (recorded.actor_id, recorded.subject_id) == (moderator.id, page.id)
    member_client.page("/guidance/p", expected_status=200 if status == "published" else 404)
    if status == "published":
        assert page.published_at is not None


def test_status_buttons_need_the_csrf_token(moderator_client: CheckedClient) -> None:
    page = make_guidance_page(slug="p", status="draft")

    assert moderator_client.post("/guidance/p/publish").status_code == 400
    db.session.refresh(page)
    assert page.status == "draft"


def test_history_diff_and_restore(moderator_client: CheckedClient, moderator: User) -> None:
    first_topic = make_topic(slug="graffiti", name="Graffiti")
    page = make_guidance_page(
        slug="h",
        title="First title",
        summary="S.",
        markdown="Line one.\nLine two.\n",
        topics=[first_topic],
    )
    url = "/guidance/h/edit"
    moderator_client.submit(
        url,
        editor_form(
            title="Second title", summary="S.", body="Line one.\nLine 2.", change_note="Numbers"
        ),
        from_page=url,
    )

    history = moderator_client.page("/guidance/h/history")
    rows = [[text_of(td) for td in tr.iter("td")] for tr in history.root.iter("tr")][1:]
    assert [row[:3] for row in rows] == [
        ["Version 2 (current)", "Numbers", "Mo Moderator"],
        ["Version 1", "First version", "Imported"],
    ]
    assert text_of(history.with_class("govuk-button")[0]) == "Restore version 1"

    diff = moderator_client.page("/guidance/h/history/2")
    assert diff.h1 == "Version 2 of ‘Second title’"
    assert "Changes from version 1" in diff.text
    assert [text_of(e) for e in diff.all("ins")] == ["+ Line 2."]
    assert [text_of(e) for e in diff.all("del")] == ["− Line two."]
    first = moderator_client.page("/guidance/h/history/1")
    assert "Changes from an empty page" in first.text
    assert "Its title was ‘First title’" in first.text
    moderator_client.page("/guidance/h/history/9", expected_status=404)

    response = moderator_client.submit(
        "/guidance/h/history/1/restore", from_page="/guidance/h/history"
    )

    assert "Version 1 is restored as version 3." in follow(moderator_client, response).text
    db.session.refresh(page)
    restored = revisions_of(page)[-1]
    original = revisions_of(page)[0]
    assert (restored.number, restored.change_note) == (3, "Restored version 1")
    assert (restored.title, restored.markdown, restored.topic_slugs) == (
        original.title,
        original.markdown,
        original.topic_slugs,
    )
    assert (page.title, page.markdown) == ("First title", "Line one.\nLine two.\n")
    assert [t.id for t in page.topics] == [first_topic.id]

    again = moderator_client.submit(
        "/guidance/h/history/3/restore", from_page="/guidance/h/history"
    )
    assert "The page already matches version 3." in follow(moderator_client, again).text
    assert (
        moderator_client.submit(
            "/guidance/h/history/9/restore", from_page="/guidance/h/history"
        ).status_code
        == 404
    )


def test_manage_lists_every_page_and_those_due_for_review(moderator_client: CheckedClient) -> None:
    make_guidance_page(title="Published one")
    make_guidance_page(title="A draft", status="draft")
    make_guidance_page(title="Overdue one", review_by=date.today() - timedelta(days=10))
    make_guidance_page(title="Archived overdue", status="archived", review_by=date(2020, 1, 1))

    page = moderator_client.page("/guidance/manage")

    due = page.with_class("govuk-list")
    assert link_texts(due[0]) == ["Overdue one"]
    table = [text_of(a) for a in page.one("table").iter("a")]
    assert table == ["A draft", "Archived overdue", "Overdue one", "Published one"]
    assert "Overdue" in [text_of(t) for t in page.with_class("govuk-tag")]


EDITOR_ROUTES = [
    ("GET", "/guidance/manage"),
    ("GET", "/guidance/new"),
    ("POST", "/guidance/new"),
    ("GET", "/guidance/p/edit"),
    ("POST", "/guidance/p/edit"),
    ("POST", "/guidance/p/publish"),
    ("POST", "/guidance/p/unpublish"),
    ("POST", "/guidance/p/archive"),
    ("GET", "/guidance/p/history"),
    ("GET", "/guidance/p/history/1"),
    ("POST", "/guidance/p/history/1/restore"),
    ("GET", "/guidance/p/attachments"),
    ("POST", "/guidance/p/attachments"),
    ("POST", "/guidance/p/attachments/{attachment}/delete"),
]


def test_members_cannot_use_any_editor_route(
    app: Flask, member_client: CheckedClient, mentor_client: CheckedClient, client: CheckedClient
) -> None:
    page = make_guidance_page(slug="p", title="Untouched")
    attachment = make_attachment(page=page)

    for method, pattern in EDITOR_ROUTES:
        url = pattern.format(attachment=attachment.id)
        for reader in (member_client, mentor_client):
            if method == "GET":
                assert reader.get(url).status_code == 403, url
            else:
                response = reader.submit(url, editor_form(), from_page="/guidance/")
                assert response.status_code == 403, url
        anonymous = client.get(url) if method == "GET" else client.post(url, data=editor_form())
        assert anonymous.status_code in {302, 400}, url
        if anonymous.status_code == 302:
            assert anonymous.headers["Location"].startswith("/login")
    db.session.refresh(page)
    assert (page.title, page.status, page.revision_count) == ("Untouched", "published", 1)
    assert db.session.get(GuidanceAttachment, attachment.id) is not None


# --- Attachments --------------------------------------------------------------------------


def upload(client: CheckedClient, slug: str, data: bytes, filename: str) -> TestResponse:
    url = f"/guidance/{slug}/attachments"
    token = client.csrf_token(url)
    return client.post(
        url,
        data={"csrf_token": token, "file": (io.BytesIO(data), filename)},
        content_type="multipart/form-data",
    )


def stored_files() -> dict[int, bytes]:
    """Attachment bytes in the database, by attachment id."""
    return dict(
        db.session.execute(select(AttachmentContent.attachment_id, AttachmentContent.data)).all()
    )


@pytest.mark.parametrize(
    ("filename", "data", "content_type", "text"),
    [
        (
            "Bulky waste form.pdf",
            make_pdf_bytes("Bulky waste collection form"),
            "application/pdf",
            "Bulky waste collection form",
        ),
        (
            "Enforcement policy.docx",
            make_docx_bytes("Fly-tipping enforcement policy", "Fixed penalty of 400 pounds"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Fly-tipping enforcement policy Fixed penalty of 400 pounds",
        ),
        (
            "notes.txt",
            "Graffiti notes – caf\u00e9\n".encode(),
            "text/plain; charset=utf-8",
            "Graffiti notes – café",
        ),
    ],
    ids=["pdf", "docx", "txt"],
)
def test_uploading_a_file_keeps_it_under_a_random_name_with_its_text(
    app: Flask,
    moderator_client: CheckedClient,
    member_client: CheckedClient,
    moderator: User,
    filename: str,
    data: bytes,
    content_type: str,
    text: str,
) -> None:
    make_guidance_page(slug="p", title="Page")

    response = upload(moderator_client, "p", data, filename)

    shown = follow(moderator_client, response)
    assert f"‘{filename}’ is attached." in shown.text
    row = db.session.scalar(select(GuidanceAttachment))
    assert (row.filename, row.content_type, row.size, row.text) == (
        filename,
        content_type,
        len(data),
        text,
    )
    assert row.uploaded_by_id == moderator.id
    assert stored_files() == {row.id: data}
    assert not Path(app.config["GUIDANCE_FILES_DIR"]).exists()  # nothing on this host's disk

    page = member_client.page("/guidance/p")
    assert page.by_id("attachments") is not None
    [link] = [a for a in page.all("a") if text_of(a) == filename]
    download = member_client.get(link.get("href"))
    assert download.status_code == 200
    assert download.data == data
    assert download.headers["Content-Type"] == content_type
    disposition = download.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename={filename.replace(' ', '_')}" in disposition
    assert download.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("form.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200),
        ("policy.docx", make_docx_bytes().replace(b"word/document.xml", b"word/other__s.xml")),
        ("archive.pdf", b"PK\x03\x04" + b"\x00" * 100),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
    ],
    ids=["exe-as-pdf", "zip-as-docx", "broken-zip", "png-as-txt"],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(
    app: Flask, moderator_client: CheckedClient, filename: str, data: bytes
) -> None:
    make_guidance_page(slug="p")

    response = upload(moderator_client, "p", data, filename)

    assert response.status_code == 400
    page = check_page(response)
    assert page.error_summary == ["The file must be a PDF, a Word document (.docx) or plain text"]
    assert db.session.scalar(select(func.count()).select_from(GuidanceAttachment)) == 0
    assert stored_files() == {}


def test_no_file_or_an_empty_file_is_refused(moderator_client: CheckedClient) -> None:
    make_guidance_page(slug="p")

    nothing = moderator_client.submit(
        "/guidance/p/attachments", from_page="/guidance/p/attachments"
    )
    empty = upload(moderator_client, "p", b"", "empty.txt")

    assert nothing.status_code == 400
    assert check_page(nothing).error_summary == ["Select a file to attach"]
    assert empty.status_code == 400
    assert check_page(empty).error_summary == ["The selected file is empty"]
    assert db.session.scalar(select(func.count()).select_from(GuidanceAttachment)) == 0


def test_a_file_over_the_size_limit_is_refused_with_413(
    app: Flask, moderator_client: CheckedClient
) -> None:
    make_guidance_page(slug="p")
    app.config["GUIDANCE_ATTACHMENT_MAX_BYTES"] = 1000

    too_big = upload(moderator_client, "p", b"a" * 1001, "big.txt")
    just_fits = upload(moderator_client, "p", b"a" * 1000, "fits.txt")

    assert too_big.status_code == 413
    assert just_fits.status_code == 302
    assert [a.filename for a in db.session.scalars(select(GuidanceAttachment))] == ["fits.txt"]
    assert len(stored_files()) == 1


def test_removing_an_attachment_deletes_the_row_and_the_file(
    app: Flask, moderator_client: CheckedClient, member_client: CheckedClient
) -> None:
    page = make_guidance_page(slug="p")
    kept = make_attachment(page=page, filename="keep.txt")
    gone = make_attachment(page=page, filename="gone.txt")
    gone_id = gone.id

    listing = moderator_client.page("/guidance/p/attachments")
    assert "Remove gone.txt" in listing.text
    response = moderator_client.submit(
        f"/guidance/p/attachments/{gone_id}/delete", from_page="/guidance/p/attachments"
    )

    assert "‘gone.txt’ is no longer attached." in follow(moderator_client, response).text
    assert db.session.get(GuidanceAttachment, gone_id) is None
    assert list(stored_files()) == [kept.id]
    assert member_client.get(f"/guidance/p/attachments/{gone_id}").status_code == 404
    assert (
        moderator_client.submit(
            f"/guidance/p/attachments/{gone_id}/delete", from_page="/guidance/p/attachments"
        ).status_code
        == 404
    )


def test_an_attachment_is_only_reached_through_its_own_page(
    app: Flask, member_client: CheckedClient
) -> None:
    one = make_guidance_page(slug="one")
    make_guidance_page(slug="two")
    attachment = make_attachment(page=one)

    assert member_client.get(f"/guidance/one/attachments/{attachment.id}").status_code == 200
    assert member_client.get(f"/guidance/two/attachments/{attachment.id}").status_code == 404
    db.session.execute(delete(AttachmentContent))  # bytes lost (a damaged restore): not a 500
    db.session.commit()
    assert member_client.get(f"/guidance/one/attachments/{attachment.id}").status_code == 404


def test_text_people_wrote_is_shown_as_text(member_client: CheckedClient) -> None:
    make_guidance_page(
        slug="xss",
        title="<script>alert(1)</script> title",
        summary='<img src=x onerror="alert(2)">',
        markdown="## Navigation\n\n<script>alert(3)</script>\n\n## <b>Contents</b>\n\nx\n",
        change_note="<i>note</i>",
    )

    response = member_client.get("/guidance/xss")

    page = check_page(response)  # also: no section repeats an id the page already uses
    html = response.get_data(as_text=True)
    assert page.h1 == "<script>alert(1)</script> title"
    assert not [s for s in page.all("script") if "alert" in (s.text or "")]
    assert not page.all("img")
    assert "&lt;i&gt;note&lt;/i&gt;" in html
    assert page.by_id("navigation-2") is not None
    assert page.by_id("b-contents-b") is not None
