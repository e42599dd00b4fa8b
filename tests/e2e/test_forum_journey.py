"""The forum in a real browser: read, start a thread with a preview, reply, quote, edit,
flag, moderate and follow notifications, with axe on every page."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from e2e_support import (
    MEMBER_EMAIL,
    MENTOR_EMAIL,
    MODERATOR_EMAIL,
    Auditor,
    LiveServer,
    banner,
    h1,
    sign_in,
)
from playwright.sync_api import Page, expect


def test_reading_the_forum_signed_out(page: Page, audit: Auditor) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", name="Latest discussions")).to_be_visible()
    audit(page, "home with activity")

    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Forum").click()
    expect(h1(page)).to_have_text("Forum")
    audit(page, "boards")

    page.get_by_role("link", name="Service standards").click()
    expect(h1(page)).to_have_text("Service standards")
    audit(page, "board")

    page.locator(".ccf-thread-list__item a").first.click()
    expect(page.locator("article").first).to_be_visible()
    expect(page.get_by_role("link", name="Sign in to reply")).to_be_visible()
    audit(page, "thread signed out")


def test_start_thread_preview_reply_quote_edit(
    new_page: Callable[..., Page], audit: Auditor, live_server: LiveServer
) -> None:
    title = f"Who checks the street reps' forms? {uuid.uuid4().hex[:6]}"
    page = new_page()
    sign_in(page, MEMBER_EMAIL, audit, "member")

    page.goto("/boards/monitoring-and-review")
    page.get_by_role("link", name="Start a thread").click()
    expect(h1(page)).to_have_text("Start a thread in Monitoring and review")
    audit(page, "new thread form")

    page.get_by_role("button", name="Post thread").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter a title")
    audit(page, "new thread errors")

    page.get_by_label("Title").fill(title)
    page.get_by_label("A question: you want an answer you can mark as accepted").check()
    page.get_by_label("Your message").fill(
        "We grade **A to D** each month.\n\n- litter\n- graffiti"
    )
    page.get_by_label("Graffiti and fly-posting").check()
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".ccf-preview strong")).to_have_text("A to D")
    expect(page.get_by_label("Title")).to_have_value(title)
    audit(page, "new thread preview")

    page.get_by_role("button", name="Post thread").click()
    expect(h1(page)).to_have_text(title)
    expect(banner(page)).to_contain_text("Your thread has been posted.")
    audit(page, "thread posted")

    page.get_by_label("Your reply").fill("Adding: we also photograph each site.")
    page.get_by_role("button", name="Post reply").click()
    expect(banner(page)).to_contain_text("Your reply has been posted.")
    expect(page.get_by_text("we also photograph each site")).to_be_visible()

    page.get_by_role("link", name="Quote post by").last.click()
    expect(h1(page)).to_contain_text("Reply to")
    audit(page, "reply with quote")
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator("blockquote").last).to_contain_text("we also photograph each site")

    page.get_by_role("link", name="Edit post by").last.click()
    expect(h1(page)).to_have_text("Edit a post")
    audit(page, "edit post")
    page.get_by_label("Your message").fill("Edited: we photograph every site.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Edited: we photograph every site.")).to_be_visible()
    page.get_by_role("link", name="Changes to post by").last.click()
    expect(h1(page)).to_have_text("Changes to a post")
    audit(page, "revisions")


def test_flag_moderate_and_notify(new_page: Callable[..., Page], audit: Auditor) -> None:
    title = f"Dog fouling fines {uuid.uuid4().hex[:6]}"
    mentor = new_page()
    sign_in(mentor, MENTOR_EMAIL, audit, "mentor")
    mentor.goto("/boards/redress/new")
    mentor.get_by_label("Title").fill(title)
    mentor.get_by_label("Your message").fill("Has anyone offered fines as redress?")
    mentor.get_by_role("button", name="Post thread").click()
    thread_url = mentor.url

    member = new_page()
    sign_in(member, MEMBER_EMAIL, audit, "member")
    member.goto(thread_url)
    member.get_by_label("Your reply").fill("Buy cheap watches at example dot com")
    member.get_by_role("button", name="Post reply").click()

    mentor.goto("/notifications")
    expect(mentor.get_by_role("button", name=f"replied to “{title}”")).to_be_visible()
    audit(mentor, "notifications")
    mentor.goto(thread_url)
    mentor.get_by_role("link", name="Flag post by").last.click()
    expect(h1(mentor)).to_have_text("Flag a post")
    audit(mentor, "flag form")
    mentor.get_by_label("It is spam or advertising").check()
    mentor.get_by_role("button", name="Send to moderators").click()
    expect(banner(mentor)).to_contain_text("A moderator will look at the post.")

    moderator = new_page()
    sign_in(moderator, MODERATOR_EMAIL, audit, "moderator")
    moderator.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Moderation"
    ).click()
    expect(h1(moderator)).to_have_text("Moderation")
    audit(moderator, "queue")
    moderator.get_by_role("link", name="Resolve").first.click()
    expect(h1(moderator)).to_have_text("Resolve a flag")
    audit(moderator, "resolve form")
    moderator.get_by_label("Hide the post").check()
    moderator.get_by_label("Note").fill("Advert")
    moderator.get_by_role("button", name="Resolve").click()
    expect(banner(moderator)).to_contain_text("The flag is resolved.")

    member.goto(thread_url)
    expect(member.get_by_text("This post was deleted.")).to_be_visible()
    audit(member, "thread with deleted post")


def test_posting_works_without_javascript(new_page: Callable[..., Page], audit: Auditor) -> None:
    page = new_page(java_script_enabled=False)
    sign_in(page, MEMBER_EMAIL, audit, "no-js member")
    page.goto("/boards/getting-started/new")
    page.get_by_label("Title").fill(f"No script needed {uuid.uuid4().hex[:6]}")
    page.get_by_label("Your message").fill("Plain *HTML* forms.")
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".ccf-preview em")).to_have_text("HTML")
    page.get_by_role("button", name="Post thread").click()
    expect(banner(page)).to_contain_text("Your thread has been posted.")
    page.get_by_role("button", name="Follow this thread").or_(
        page.get_by_role("button", name="Stop following")
    ).click()
    expect(banner(page)).to_be_visible()
    audit(page, "no-js thread")
