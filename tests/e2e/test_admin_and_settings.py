"""Pages the journeys do not reach: board admin, email settings, unsubscribe, moderation."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from e2e_support import ADMIN_EMAIL, DEMO_PASSWORD, MEMBER_EMAIL, Auditor
from playwright.sync_api import Locator, Page, expect


def h1(page: Page) -> Locator:
    return page.get_by_role("heading", level=1)


def sign_in(page: Page, email: str) -> None:
    page.goto("/login")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("You are signed in.")


def test_admin_manages_boards(new_page: Callable[..., Page], audit: Auditor) -> None:
    name = f"Street lighting {uuid.uuid4().hex[:6]}"
    slug = name.lower().replace(" ", "-")
    page = new_page()
    sign_in(page, ADMIN_EMAIL)
    page.goto("/admin/boards/")
    expect(h1(page)).to_have_text("Boards")
    audit(page, "boards admin")

    page.get_by_role("link", name="Add a board").click()
    page.get_by_role("button", name="Save board").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the board's name")
    audit(page, "board form errors")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Web address").fill(slug)
    page.get_by_label("Description").fill("Faults, repairs and who owns the cable.")
    page.get_by_role("button", name="Save board").click()
    expect(page.get_by_role("link", name=name, exact=True)).to_be_visible()

    page.get_by_role("button", name=f"Archive {name}").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("archived")
    audit(page, "board archived")
    page.goto("/admin/audit")
    expect(page.get_by_text(f"Board ‘{name}’ archived")).to_be_visible()
    audit(page, "audit log")


def test_email_settings_and_unsubscribe_page(new_page: Callable[..., Page], audit: Auditor) -> None:
    page = new_page()
    sign_in(page, MEMBER_EMAIL)
    page.goto("/notifications/settings")
    expect(h1(page)).to_have_text("Email settings")
    audit(page, "email settings")
    page.get_by_label("Once a day, in a summary").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Once a day, in a summary")).to_be_checked()

    page.goto("/email/unsubscribe/not-a-real-token")
    expect(h1(page)).to_have_text("This link does not work")
    audit(page, "unsubscribe link broken")

    page.goto("/moderation/")
    expect(h1(page)).to_have_text("You do not have permission to do that")
    audit(page, "forbidden")
