"""Accounts in a real browser: register, sign in and out, reset a password by email, admin."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from email.message import EmailMessage

from e2e_support import (
    ADMIN_EMAIL,
    DEMO_PASSWORD,
    MEMBER_EMAIL,
    MEMBER_NAME,
    STRONG_PASSWORD,
    Auditor,
    LiveServer,
)
from playwright.sync_api import Locator, Page, expect

NEW_PASSWORD = "meadow copper violin 77"
WEAK_PASSWORD = "password123"
SIGN_IN_ERROR = "Enter the email address and password for your account"
RESET_LINK = re.compile(r"https?://\S+/password/reset/\S+")


def unique_email(who: str) -> str:
    return f"{who}-{uuid.uuid4().hex[:10]}@example.net"


def nav(page: Page) -> Locator:
    return page.get_by_role("navigation", name="Main menu")


def h1(page: Page) -> Locator:
    return page.get_by_role("heading", level=1)


def banner(page: Page) -> Locator:
    return page.locator(".govuk-notification-banner")


def error_summary(page: Page) -> Locator:
    return page.locator(".govuk-error-summary")


def summary_links(page: Page) -> list[tuple[str, str]]:
    links = error_summary(page).get_by_role("link")
    return [
        (links.nth(i).inner_text().strip(), links.nth(i).get_attribute("href") or "")
        for i in range(links.count())
    ]


def fill_sign_in(page: Page, email: str, password: str) -> None:
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_in(page: Page, email: str, password: str, audit: Auditor, step: str) -> None:
    """Sign in from wherever the page is, through the link in the navigation."""
    nav(page).get_by_role("link", name="Sign in").click()
    expect(h1(page)).to_have_text("Sign in")
    audit(page, f"{step} sign-in form")
    fill_sign_in(page, email, password)
    expect(banner(page)).to_contain_text("You are signed in.")
    audit(page, f"{step} signed in")


def sign_out(page: Page, audit: Auditor, step: str) -> None:
    nav(page).get_by_role("button", name="Sign out").click()
    expect(banner(page)).to_contain_text("You are signed out.")
    expect(nav(page).get_by_role("link", name="Sign in")).to_be_visible()
    expect(nav(page).get_by_role("button", name="Sign out")).to_have_count(0)
    audit(page, f"{step} signed out")


def test_register_sign_out_sign_in_and_reset_password_by_email(
    page: Page,
    audit: Auditor,
    live_server: LiveServer,
    wait_for_mail: Callable[..., EmailMessage],
) -> None:
    email = unique_email("robin")
    name = f"Robin Ashdown {uuid.uuid4().hex[:6]}"

    page.goto("/")
    expect(h1(page)).to_have_text("Share what works in community contracts")
    audit(page, "home signed out")

    nav(page).get_by_role("link", name="Create an account").click()
    expect(h1(page)).to_have_text("Create an account")
    audit(page, "register form")

    # Nothing filled in: the error summary lists every field, each linked to its input.
    page.get_by_role("button", name="Create account").click()
    expect(error_summary(page)).to_be_visible()
    expect(error_summary(page)).to_contain_text("There is a problem")
    expect(page).to_have_title(re.compile(r"^Create an account – Error – "))
    assert summary_links(page) == [
        ("Enter your email address", "#email"),
        ("Enter a display name", "#display_name"),
        ("Enter a password", "#password"),
    ]
    audit(page, "register empty")

    # A guessable password: only that field is wrong, and what was typed is kept.
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Display name").fill(name)
    page.get_by_label("Create a password").fill(WEAK_PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(error_summary(page)).to_be_visible()
    links = summary_links(page)
    assert [href for _, href in links] == ["#password"], links
    assert links[0][0].startswith("Enter a password that is harder to guess")
    expect(page.get_by_label("Email address")).to_have_value(email)
    expect(page.get_by_label("Display name")).to_have_value(name)
    expect(page.get_by_label("Create a password")).to_have_value("")
    audit(page, "register weak password")

    page.get_by_label("Create a password").fill(STRONG_PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(banner(page)).to_contain_text("Your account is ready.")
    expect(h1(page)).to_have_text("Your profile")
    expect(nav(page).get_by_role("link", name=name)).to_be_visible()
    audit(page, "registered")

    sign_out(page, audit, "after registering")

    # A wrong password says nothing about whether the account exists, and keeps the email.
    nav(page).get_by_role("link", name="Sign in").click()
    expect(h1(page)).to_have_text("Sign in")
    fill_sign_in(page, email, "not the right password at all")
    expect(error_summary(page)).to_contain_text(SIGN_IN_ERROR)
    expect(page.get_by_label("Email address")).to_have_value(email)
    audit(page, "sign in wrong password")
    fill_sign_in(page, email, STRONG_PASSWORD)
    expect(banner(page)).to_contain_text("You are signed in.")
    expect(nav(page).get_by_role("link", name=name)).to_be_visible()
    audit(page, "signed in")

    sign_out(page, audit, "before forgetting")

    nav(page).get_by_role("link", name="Sign in").click()
    page.get_by_role("link", name="I have forgotten my password").click()
    expect(h1(page)).to_have_text("Reset your password")
    audit(page, "forgot form")
    page.get_by_role("button", name="Send reset link").click()
    expect(error_summary(page)).to_contain_text("Enter your email address")
    audit(page, "forgot empty")
    page.get_by_label("Email address").fill(email)
    page.get_by_role("button", name="Send reset link").click()
    expect(h1(page)).to_have_text("Check your email")
    expect(page.get_by_text(f"If {email} belongs to an account")).to_be_visible()
    audit(page, "reset sent")

    message = wait_for_mail(email)
    assert message["Subject"] == "Reset your Community Contracts Forum password"
    body = message.get_content()
    assert f"Hello {name}," in body
    match = RESET_LINK.search(body)
    assert match, body
    link = match.group(0)
    assert link.startswith(f"{live_server.url}/password/reset/"), link

    page.goto(link)
    expect(h1(page)).to_have_text("Choose a new password")
    expect(page.get_by_text(f"For the account {email}.")).to_be_visible()
    audit(page, "reset form")
    page.get_by_label("New password").fill("short")
    page.get_by_role("button", name="Save new password").click()
    expect(error_summary(page)).to_contain_text("Enter a password that is at least 10 characters")
    audit(page, "reset too short")
    page.get_by_label("New password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Save new password").click()
    expect(banner(page)).to_contain_text("Your password has been changed and you are signed in.")
    expect(nav(page).get_by_role("link", name=name)).to_be_visible()
    audit(page, "password reset")

    # The link worked once: the password it was made for has gone.
    response = page.goto(link)
    assert response is not None
    assert response.status == 400
    expect(h1(page)).to_have_text("This reset link does not work")
    audit(page, "reset link used")

    sign_out(page, audit, "after reset")
    nav(page).get_by_role("link", name="Sign in").click()
    fill_sign_in(page, email, STRONG_PASSWORD)
    expect(error_summary(page)).to_contain_text(SIGN_IN_ERROR)
    audit(page, "old password refused")
    fill_sign_in(page, email, NEW_PASSWORD)
    expect(banner(page)).to_contain_text("You are signed in.")
    expect(nav(page).get_by_role("link", name=name)).to_be_visible()
    audit(page, "signed in with new password")


def test_signing_in_and_out_works_without_javascript(
    new_page: Callable[..., Page], audit: Auditor
) -> None:
    page = new_page(java_script_enabled=False)
    page.goto("/")
    expect(h1(page)).to_have_text("Share what works in community contracts")
    audit(page, "home without js")

    nav(page).get_by_role("link", name="Sign in").click()
    expect(h1(page)).to_have_text("Sign in")
    # The "Show" toggle needs JavaScript, so without it the button stays hidden.
    expect(page.get_by_role("button", name="Show password")).to_be_hidden()
    audit(page, "sign in form without js")

    page.get_by_role("button", name="Sign in").click()
    expect(error_summary(page)).to_contain_text("Enter your email address")
    expect(error_summary(page)).to_contain_text("Enter your password")
    audit(page, "sign in empty without js")

    fill_sign_in(page, MEMBER_EMAIL, DEMO_PASSWORD)
    expect(banner(page)).to_contain_text("You are signed in.")
    expect(nav(page).get_by_role("link", name=MEMBER_NAME)).to_be_visible()
    audit(page, "signed in without js")

    sign_out(page, audit, "without js")


def test_admin_suspends_a_member_who_then_cannot_sign_in_until_reinstated(
    new_page: Callable[..., Page], audit: Auditor, live_server: LiveServer
) -> None:
    member_email = unique_email("morgan")
    member_name = f"Morgan Ellis {uuid.uuid4().hex[:6]}"
    reason = f"Posted the same advert in every board ({uuid.uuid4().hex[:6]})"
    live_server.create_account(email=member_email, display_name=member_name)

    member = new_page()
    member.goto("/")
    sign_in(member, member_email, STRONG_PASSWORD, audit, "member")
    expect(nav(member).get_by_role("link", name=member_name)).to_be_visible()
    expect(nav(member).get_by_role("link", name="Admin")).to_have_count(0)

    admin = new_page()
    admin.goto("/")
    sign_in(admin, ADMIN_EMAIL, DEMO_PASSWORD, audit, "admin")
    nav(admin).get_by_role("link", name="Admin").click()
    expect(h1(admin)).to_have_text("People")
    audit(admin, "people")

    admin.get_by_label("Name or email address contains").fill(member_email)
    admin.get_by_role("button", name="Filter").click()
    expect(admin.get_by_text("1 person", exact=True)).to_be_visible()
    audit(admin, "people filtered")
    admin.get_by_role("link", name=member_name).click()
    expect(h1(admin)).to_have_text(f"{member_name}’s account")
    audit(admin, "member account")

    admin.get_by_role("button", name="Suspend account").click()
    expect(error_summary(admin)).to_contain_text("Enter the reason for suspending this account")
    audit(admin, "suspend without reason")
    admin.get_by_label("Reason for suspending").fill(reason)
    admin.get_by_role("button", name="Suspend account").click()
    expect(banner(admin)).to_contain_text(f"{member_name}'s account is suspended.")
    expect(admin.locator(".govuk-summary-list")).to_contain_text("Suspended")
    expect(admin.get_by_text(f"Reason: {reason}")).to_be_visible()
    audit(admin, "member suspended")

    # Suspension ends the member's existing session too.
    member.reload()
    expect(nav(member).get_by_role("link", name="Sign in")).to_be_visible()
    expect(nav(member).get_by_role("link", name=member_name)).to_have_count(0)
    audit(member, "member signed out by suspension")
    nav(member).get_by_role("link", name="Sign in").click()
    fill_sign_in(member, member_email, STRONG_PASSWORD)
    expect(error_summary(member)).to_contain_text("Your account is suspended.")
    expect(nav(member).get_by_role("link", name="Sign in")).to_be_visible()
    audit(member, "suspended member refused")

    admin.get_by_role("button", name="Reinstate account").click()
    expect(banner(admin)).to_contain_text(f"{member_name}'s account is reinstated.")
    expect(admin.locator(".govuk-summary-list")).to_contain_text("Active")
    audit(admin, "member reinstated")

    admin.get_by_role("link", name="People").click()
    admin.get_by_role("link", name="Audit log").click()
    expect(h1(admin)).to_have_text("Audit log")
    expect(admin.get_by_text(f"Reason: {reason}")).to_be_visible()
    audit(admin, "audit log")

    fill_sign_in(member, member_email, STRONG_PASSWORD)
    expect(banner(member)).to_contain_text("You are signed in.")
    expect(nav(member).get_by_role("link", name=member_name)).to_be_visible()
    audit(member, "reinstated member signed in")


def test_missing_page_is_a_helpful_404(page: Page, audit: Auditor) -> None:
    response = page.goto("/no-such-page")
    assert response is not None
    assert response.status == 404
    expect(h1(page)).to_have_text("Page not found")
    expect(page).to_have_title(re.compile(r"^Page not found – "))
    expect(page.get_by_role("link", name="Go to the home page")).to_be_visible()
    audit(page, "not found")
