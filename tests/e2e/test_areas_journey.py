"""Areas in a real browser: find a contract, compare standards, and as an area member add a
standard, log a missed entry and open a redress thread, with axe on every page."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from e2e_support import MEMBER_EMAIL, Auditor, banner, h1, sign_in
from playwright.sync_api import Page, expect

from forum.models.types import utcnow


def test_finding_and_comparing_contracts_signed_out(page: Page, audit: Auditor) -> None:
    page.goto("/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Areas").click()
    expect(h1(page)).to_have_text("Areas and their community contracts")
    audit(page, "area list")

    page.get_by_label("Programme").select_option("connecting_communities")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("table")).to_contain_text("Aspley")
    expect(page.locator("table")).not_to_contain_text("Plains Farm")
    audit(page, "area list filtered")

    page.goto("/areas/?topic=unicorns")
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select a topic from the list")
    audit(page, "area list bad filter")

    page.goto("/areas/")
    page.get_by_role("link", name="Plains Farm").click()
    expect(h1(page)).to_have_text("Plains Farm")
    expect(page.get_by_role("heading", name="Service standards")).to_be_visible()
    audit(page, "area page")

    page.locator("#standards + table a").first.click()
    expect(h1(page)).to_contain_text("Standard 1:")
    expect(page.get_by_role("heading", name="Performance ledger")).to_be_visible()
    csv_link = page.get_by_role("link", name="Download the ledger as CSV")
    expect(csv_link).to_have_attribute("href", "/areas/plains-farm/standards/1.csv")
    audit(page, "standard page")

    page.goto("/areas/plains-farm/history")
    expect(h1(page)).to_have_text("History of changes: Plains Farm")
    audit(page, "area history")

    page.goto("/standards/")
    page.get_by_label("Topic").select_option("fly-tipping-bulky-waste")
    page.get_by_label("Contract stage").select_option("in_force")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("table")).to_contain_text("Athersley and New Lodge")
    expect(page.get_by_role("link", name="Download these standards as CSV")).to_have_attribute(
        "href", "/standards.csv?topic=fly-tipping-bulky-waste&stage=in_force"
    )
    audit(page, "standards comparison")


def test_member_adds_a_standard_logs_a_miss_and_opens_redress(
    new_page: Callable[..., Page], audit: Auditor
) -> None:
    what = f"Clear needles and drug litter from stairwells {uuid.uuid4().hex[:6]}"
    page = new_page()
    sign_in(page, MEMBER_EMAIL)

    page.goto("/areas/plains-farm")
    page.get_by_role("link", name="Add a standard").click()
    expect(h1(page)).to_have_text("Add a standard to the Plains Farm contract")
    page.get_by_role("button", name="Save standard").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the provider")
    audit(page, "new standard errors")

    page.get_by_label("Topic").select_option(label="Housing repairs and estate management")
    page.get_by_label("Provider").fill("Home Group")
    page.get_by_label("What will be done").fill(what)
    page.get_by_label("Target").fill("within 4 working hours")
    page.get_by_role("button", name="Save standard").click()
    expect(h1(page)).to_contain_text(what)
    audit(page, "new standard page")

    page.get_by_role("link", name="Record performance").click()
    today = utcnow().date()
    page.get_by_label("Day").fill(str(today.day))
    page.get_by_label("Month").fill(str(today.month))
    page.get_by_label("Year").fill(str(today.year))
    page.get_by_label("Missed").check()
    page.get_by_label("Evidence").fill("Street rep found needles on the stairs for two days.")
    audit(page, "ledger entry form")
    page.get_by_role("button", name="Add to the ledger").click()
    expect(banner(page)).to_contain_text("should respond by")
    expect(page.locator(".govuk-inset-text").last).to_contain_text("should respond by")
    audit(page, "standard with a missed entry")

    page.get_by_role("link", name="Open a redress thread").first.click()
    expect(h1(page)).to_contain_text("Open a redress thread about standard")
    expect(page.get_by_label("Your message")).to_contain_text("recorded as missed")
    audit(page, "redress thread form")
    page.get_by_label("Board").select_option(label="Service standards")
    page.get_by_role("button", name="Post thread").click()
    expect(h1(page)).to_contain_text("Redress: standard")
    audit(page, "redress thread")

    page.goto("/areas/plains-farm")
    page.get_by_role("link", name=what).click()
    expect(page.locator("#threads + ul")).to_contain_text("Redress: standard")
    expect(page.get_by_role("link", name="Download the ledger as CSV")).to_be_visible()

    page.goto("/areas/plains-farm/edit")
    expect(h1(page)).to_have_text("Edit the Plains Farm contract")
    audit(page, "edit contract")
