"""Mentoring in a real browser, on the demo data: programme staff run a matching round and
send offers, a mentor accepts, an area member asks a private question, the mentor answers
and the member accepts the answer. axe on every page."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from e2e_support import (
    ADMIN_EMAIL,
    MEMBER_EMAIL,
    MENTOR_EMAIL,
    Auditor,
    Mailbox,
    banner,
    h1,
    sign_in,
)
from playwright.sync_api import Page, expect

MENTOR_NAME = "Margaret O'Donnell"
AREA = "Plains Farm"  # the member's area: it has no mentor in the demo


def wait_for_subject(mailbox: Mailbox, to: str, subject: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(subject in str(m["Subject"]) for m in mailbox.sent_to(to)):
            return
        time.sleep(0.05)
    seen = [str(m["Subject"]) for m in mailbox.sent_to(to)]
    raise AssertionError(f"No email to {to} about {subject!r} within {timeout} s: {seen}")


def test_mentoring_pages_signed_out(page: Page, audit: Auditor) -> None:
    page.goto("/mentoring/")
    expect(h1(page)).to_have_text("Mentoring")
    audit(page, "landing signed out")

    page.get_by_role("link", name="Browse the 25 mentors").click()
    expect(h1(page)).to_have_text("Mentors")
    audit(page, "directory")
    page.get_by_label("Topic").select_option(label="Trading standards and licensing")
    page.get_by_role("button", name="Show mentors").click()
    expect(page.get_by_role("link", name="Catherine Hughes")).to_be_visible()
    expect(page.get_by_role("link", name="Tunde Adeyemi")).to_have_count(0)

    page.get_by_role("link", name="Catherine Hughes").click()
    expect(h1(page)).to_have_text("Catherine Hughes, mentor")
    expect(page.get_by_text("Licensing and trading standards")).to_be_visible()
    audit(page, "mentor page")


def _run_round_and_send_offers(page: Page, audit: Auditor) -> None:
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Mentoring").click()
    page.get_by_role("link", name="Matching round").click()
    expect(h1(page)).to_have_text("Matching round")
    audit(page, "round page")

    page.get_by_role("button", name="Propose a new round").click()
    expect(banner(page)).to_contain_text("A new round is proposed below.")
    expect(page.get_by_text("areas matched; total score")).to_be_visible()
    expect(page.get_by_text("works in the same region").first).to_be_visible()
    audit(page, "round proposed")

    # Staff pick the mentor for the member's area by hand, freeing her other proposals.
    chooser = page.get_by_label(f"Mentor for {AREA}")
    mentor_id = chooser.locator("option", has_text=MENTOR_NAME).get_attribute("value")
    assert mentor_id
    for select in page.locator("select[name^='area-']").all():
        if select.input_value() == mentor_id:
            select.select_option("")
    chooser.select_option(mentor_id)
    page.get_by_role("button", name="Save changes to the pairs").click()
    expect(banner(page)).to_contain_text("Your changes to the proposal are saved.")
    expect(page.get_by_label(f"Mentor for {AREA}")).to_have_value(mentor_id)
    expect(page.get_by_text("Chosen by hand").first).to_be_visible()
    audit(page, "round adjusted")

    page.get_by_role("button", name="Send offers").click()
    expect(banner(page)).to_contain_text("offers sent.")
    expect(page.get_by_text("offers sent", exact=False).first).to_be_visible()
    audit(page, "offers sent")


def test_round_offer_question_answer(
    new_page: Callable[..., Page], audit: Auditor, mailbox: Mailbox
) -> None:
    staff = new_page()
    sign_in(staff, ADMIN_EMAIL, audit, "staff")
    _run_round_and_send_offers(staff, audit)
    wait_for_subject(mailbox, MENTOR_EMAIL, f"You are offered the chance to mentor {AREA}")

    mentor = new_page()
    sign_in(mentor, MENTOR_EMAIL, audit, "mentor")
    mentor.goto("/mentoring/")
    expect(h1(mentor)).to_have_text("Mentoring")
    audit(mentor, "mentor landing with offer")
    mentor.get_by_role("link", name=AREA).click()
    expect(h1(mentor)).to_have_text(f"Mentoring {AREA}: {MENTOR_NAME}")
    audit(mentor, "offer")
    mentor.get_by_role("button", name="Accept the offer").click()
    expect(banner(mentor)).to_contain_text(f"you are now {AREA}'s mentor")
    expect(mentor.locator(".govuk-tag", has_text="Active")).to_be_visible()
    audit(mentor, "offer accepted")

    title = f"Who should sign for the residents? {uuid.uuid4().hex[:6]}"
    member = new_page()
    sign_in(member, MEMBER_EMAIL, audit, "member")
    member.goto("/mentoring/")
    expect(member.get_by_role("heading", name=AREA)).to_be_visible()
    expect(member.get_by_role("link", name=MENTOR_NAME)).to_be_visible()
    audit(member, "member landing")
    member.get_by_role("link", name=f"Ask a question for {AREA}").click()
    expect(h1(member)).to_have_text(f"Ask a mentor: {AREA}")
    audit(member, "ask form")
    member.get_by_role("button", name="Ask the question").click()
    expect(member.locator(".govuk-error-summary")).to_be_visible()
    audit(member, "ask form errors")
    member.get_by_label("Your question in one line").fill(title)
    member.get_by_label("Details").fill(
        "Our residents' association has no constitution yet. Can its chair still sign?"
    )
    expect(member.get_by_label(f"{MENTOR_NAME}, your mentor")).to_be_checked()
    member.get_by_role("button", name="Ask the question").click()
    expect(h1(member)).to_have_text(title)
    expect(banner(member)).to_contain_text("Your question is posted.")
    expect(member.get_by_text(f"A private mentoring question from {AREA}")).to_be_visible()
    audit(member, "question posted")
    question_url = member.url

    outsider = new_page()
    response = outsider.goto(question_url)
    assert response is not None
    assert response.status == 404

    mentor.goto("/mentoring/")
    mentor.get_by_role("link", name=title).click()
    expect(h1(mentor)).to_have_text(title)
    audit(mentor, "question to answer")
    mentor.get_by_label("Your reply").fill(
        "Yes: record the decision in the association's minutes, and agree a simple "
        "constitution before the first review."
    )
    mentor.get_by_role("button", name="Post reply").click()
    expect(banner(mentor)).to_contain_text("Your reply has been posted.")
    audit(mentor, "answered")

    member.goto(question_url)
    member.get_by_role("button", name="Accept as answer").click()
    expect(member.get_by_role("heading", name="Accepted answer")).to_be_visible()
    expect(member.locator("#accepted-answer")).to_contain_text("record the decision")
    audit(member, "answer accepted")


def test_profile_area_page_and_publishing(new_page: Callable[..., Page], audit: Auditor) -> None:
    mentor = new_page()
    sign_in(mentor, "colin.pearson@example.com", audit, "mentor")
    mentor.goto("/mentoring/")
    mentor.get_by_role("link", name="Edit your mentor profile").click()
    expect(h1(mentor)).to_have_text("Mentor profile: Colin Pearson")
    audit(mentor, "profile form")
    mentor.get_by_label("How many areas can you mentor at once?").fill("0")
    mentor.get_by_role("button", name="Save mentor profile").click()
    expect(mentor.locator(".govuk-error-summary")).to_be_visible()
    audit(mentor, "profile form errors")
    mentor.get_by_label("How many areas can you mentor at once?").fill("3")
    mentor.get_by_role("button", name="Save mentor profile").click()
    expect(banner(mentor)).to_contain_text("The mentor profile is saved.")
    expect(h1(mentor)).to_have_text("Colin Pearson, mentor")
    audit(mentor, "own mentor page")

    mentor.goto("/mentoring/areas/east-maltby")
    expect(h1(mentor)).to_contain_text("East Maltby")
    audit(mentor, "area mentoring page")

    staff = new_page()
    sign_in(staff, ADMIN_EMAIL, audit, "staff")
    staff.goto("/mentoring/")
    title = "What should a community champion's first month look like?"
    staff.get_by_role("link", name=title).click()
    expect(h1(staff)).to_have_text(f"Publish ‘{title}’")
    audit(staff, "publish form")
    staff.get_by_label("Publish to board").select_option(label="Getting started")
    staff.get_by_role("button", name="Publish the question").click()
    expect(banner(staff)).to_contain_text("The question is published in Getting started.")
    expect(h1(staff)).to_have_text(title)
    audit(staff, "published question")

    reader = new_page()
    reader.goto(staff.url)
    expect(h1(reader)).to_have_text(title)
    audit(reader, "published question signed out")
