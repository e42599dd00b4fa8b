"""The guidance library and site search in a real browser: read guidance signed out, search
with facets, sorting, paging and typos, survive bad queries, write and publish a page and
find it moments later, and see similar threads while starting one (with and without
JavaScript). axe runs on every page."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from urllib.parse import parse_qs, urlencode, urlsplit

from e2e_support import MEMBER_EMAIL, MODERATOR_EMAIL, Auditor, banner, h1, sign_in
from playwright.sync_api import Locator, Page, expect

GRAFFITI_PAGE = "/guidance/graffiti-and-fly-posting-standards"
# A demo thread the similar-threads list should offer to someone asking the same thing.
DEMO_THREAD = "Offensive graffiti in 24 hours, everything else in how long?"


def results(page: Page) -> Locator:
    return page.locator(".ccf-result")


def facet_list(page: Page, title: str) -> Locator:
    """The list of links under a facet heading ("Type", "Topic", "Board")."""
    heading = page.get_by_role("heading", level=3, name=title, exact=True)
    return heading.locator("xpath=following-sibling::ul[1]")


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def search_for(page: Page, words: str) -> None:
    page.get_by_label("Search guidance and discussions").fill(words)
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(h1(page)).to_have_text(f"Search results for ‘{words}’")


# --- 1. Reading guidance ----------------------------------------------------------------


def test_reading_guidance_signed_out(page: Page, audit: Auditor) -> None:
    page.goto("/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Guidance").click()
    expect(h1(page)).to_have_text("Guidance")
    expect(page.locator(".ccf-guidance-list li").first).to_be_visible()
    audit(page, "guidance index")

    topics = page.get_by_role("navigation", name="Topics")
    topics.get_by_role("link", name="Graffiti and fly-posting").click()
    assert urlsplit(page.url).fragment == "topic-graffiti-fly-posting"
    topic_heading = page.locator("#topic-graffiti-fly-posting")
    expect(topic_heading).to_have_text("Graffiti and fly-posting")
    expect(topic_heading).to_be_in_viewport()
    topic_pages = topic_heading.locator("xpath=following-sibling::ul[1]")
    topic_pages.get_by_role("link", name="Setting response times for graffiti removal").click()

    expect(h1(page)).to_have_text("Setting response times for graffiti removal and fly-posting")
    assert urlsplit(page.url).path == GRAFFITI_PAGE
    expect(page.locator(".ccf-meta")).to_contain_text("Last updated")

    contents = page.get_by_role("navigation", name="Contents")
    links = contents.get_by_role("link")
    expect(links).to_have_count(6)
    for link in links.all():
        anchor = link.get_attribute("href") or ""
        assert anchor.startswith("#"), anchor
        target = page.locator(f"[id='{anchor[1:]}']")
        expect(target).to_have_count(1)
        expect(target).to_have_text(link.inner_text())
    audit(page, "guidance page")

    contents.get_by_role("link", name="Graffiti on private property").click()
    assert urlsplit(page.url).fragment == "graffiti-on-private-property"
    expect(page.locator("#graffiti-on-private-property")).to_be_in_viewport()

    related = page.get_by_role("complementary", name="Related")
    expect(related.get_by_role("heading", name="Guidance", exact=True)).to_be_visible()
    expect(related.get_by_role("heading", name="Discussions about this page")).to_be_visible()
    expect(related.get_by_role("heading", name="Discussions on the same topics")).to_be_visible()
    suggested = related.get_by_role("heading", name="Discussions on the same topics").locator(
        "xpath=following-sibling::ul[1]"
    )
    expect(suggested.get_by_role("link").first).to_be_visible()
    discussion = suggested.get_by_role("link").first.inner_text()

    related.get_by_role("list").first.get_by_role("link").first.click()
    expect(page.get_by_role("navigation", name="Contents")).to_be_visible()
    expect(page.get_by_role("complementary", name="Related")).to_be_visible()
    audit(page, "related guidance page")

    page.goto(GRAFFITI_PAGE)
    page.get_by_role("complementary", name="Related").get_by_role(
        "link", name=discussion, exact=True
    ).click()
    expect(h1(page)).to_have_text(discussion)
    audit(page, "discussion from guidance")


# --- 2. Searching -----------------------------------------------------------------------


def test_search_with_facets_sorting_and_pages(page: Page, audit: Auditor) -> None:
    page.goto("/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Search").click()
    expect(h1(page)).to_have_text("Search")
    audit(page, "empty search")

    search_for(page, "graffiti removal times")
    expect(results(page).first).to_be_visible()
    first = results(page).first.get_by_role("link")
    expect(first).to_have_text("Setting response times for graffiti removal and fly-posting")
    assert (first.get_attribute("href") or "").startswith(GRAFFITI_PAGE)
    marks = page.locator(".ccf-result__snippet mark")
    expect(marks.first).to_be_visible()
    highlighted = {text.lower() for text in marks.all_inner_texts()}
    assert highlighted & {"graffiti", "removal", "removed", "times", "time"}, highlighted
    status = page.get_by_role("status")
    expect(status).to_contain_text("Best match first.")
    total = int(status.inner_text().split(" result")[0].replace(",", ""))
    assert total >= 5
    for title in ("Type", "Topic", "Board"):
        expect(facet_list(page, title).get_by_role("listitem").first).to_contain_text("(")
    audit(page, "results")

    # Filter by type, then by topic; counts shrink and the filter can be removed again.
    kinds = facet_list(page, "Type")
    guidance_count = int(
        kinds.get_by_role("listitem").filter(has_text="Guidance").inner_text().split("(")[1][:-1]
    )
    kinds.get_by_role("link", name="Guidance").click()
    assert query_of(page)["kind"] == ["guidance"]
    expect(page.get_by_role("status")).to_contain_text(
        f"{guidance_count} result{'' if guidance_count == 1 else 's'}"
    )
    for hit in results(page).locator("h2 a").all():
        assert (hit.get_attribute("href") or "").startswith("/guidance/")
    expect(facet_list(page, "Type").locator("strong")).to_have_text("Guidance")
    audit(page, "filtered by type")

    facet_list(page, "Type").get_by_role("link", name="remove the type filter").click()
    assert not query_of(page).get("kind")
    expect(page.get_by_role("status")).to_contain_text(f"{total} results")

    facet_list(page, "Topic").get_by_role("link", name="Graffiti and fly-posting").click()
    assert query_of(page)["topic"] == ["graffiti-fly-posting"]
    expect(facet_list(page, "Topic").locator("strong")).to_have_text("Graffiti and fly-posting")
    audit(page, "filtered by topic")
    facet_list(page, "Topic").get_by_role("link", name="remove the topic filter").click()
    assert not query_of(page).get("topic")

    page.get_by_role("link", name="Sort by newest").click()
    expect(page.get_by_role("status")).to_contain_text("Newest first.")
    assert query_of(page)["sort"] == ["date"]
    expect(page.get_by_role("link", name="Sort by relevance")).to_be_visible()
    audit(page, "sorted by newest")

    # A broad query has several pages.
    search_for(page, "contract")
    expect(page.get_by_role("status")).to_contain_text("page 1 of")
    first_page = _hrefs(page)
    pagination = page.get_by_role("navigation", name="Pagination")
    pagination.get_by_role("link", name="Next page").click()
    expect(page.get_by_role("status")).to_contain_text("page 2 of")
    assert query_of(page)["page"] == ["2"]
    second_page = _hrefs(page)
    assert second_page
    assert not set(first_page) & set(second_page)
    expect(page.locator(".ccf-results")).to_have_attribute("start", str(len(first_page) + 1))
    audit(page, "page 2")

    # A hit on one section lands on that section.
    search_for(page, "graffiti on private property")
    hit = results(page).first.get_by_role("link")
    expect(hit).to_have_attribute("href", f"{GRAFFITI_PAGE}#graffiti-on-private-property")
    hit.click()
    assert urlsplit(page.url).fragment == "graffiti-on-private-property"
    section = page.locator("#graffiti-on-private-property")
    expect(section).to_have_text("Graffiti on private property")
    expect(section).to_be_in_viewport()
    audit(page, "guidance hit on its section")


def _hrefs(page: Page) -> list[str]:
    return [link.get_attribute("href") or "" for link in results(page).locator("h2 a").all()]


def test_misspelt_query_is_corrected(page: Page, audit: Auditor) -> None:
    page.goto("/search?q=grafitti")
    expect(h1(page)).to_have_text("Search results for ‘grafitti’")
    expect(page.get_by_text("Showing results for")).to_contain_text("graffiti")
    expect(results(page).first).to_be_visible()
    first_mark = page.locator(".ccf-result__snippet mark").first
    expect(first_mark).to_have_text("graffiti", ignore_case=True)
    audit(page, "corrected")

    page.get_by_role("link", name="grafitti").click()
    assert query_of(page)["exact"] == ["1"]
    expect(page.get_by_text("Showing results for")).to_have_count(0)
    audit(page, "searched as typed")


# --- 3. Bad queries ---------------------------------------------------------------------


def test_bad_queries_get_a_page_not_an_error(page: Page, audit: Auditor) -> None:
    bad = {
        "unbalanced quote": 'unbalanced "quote',
        "very long": ("graffiti removal " * 200)[:2000],
        "stop words": "the and of",
        "star": "*",
        "unknown field": "nosuch:field",
    }
    for step, words in bad.items():
        response = page.goto("/search?" + _encode(q=words))
        assert response is not None, step
        assert response.status == 200, step
        expect(h1(page)).to_contain_text("Search results for")
        assert len(h1(page).inner_text()) < 120, "a long query is shortened in the heading"
        expect(page.get_by_label("Search guidance and discussions")).to_have_value(words)
        message = page.locator(".govuk-inset-text").or_(page.get_by_role("status")).first
        expect(message).to_be_visible()
        expect(page.get_by_text("Sorry, there is a problem")).to_have_count(0)
        audit(page, step)

    response = page.request.get("/api/search?q=graffiti")
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) >= {"query", "total", "page", "suggestion", "facets", "hits"}
    assert body["query"] == "graffiti"
    assert body["total"] > 0
    assert body["page"] == 1
    assert {"kind", "title", "url", "snippet"} <= set(body["hits"][0])
    for words in bad.values():
        assert page.request.get("/api/search?" + _encode(q=words)).status == 200


def _encode(**params: str) -> str:
    return urlencode(params)


# --- 4. Editing guidance ----------------------------------------------------------------


def _api_hits(page: Page, words: str) -> list[dict[str, str]]:
    response = page.request.get("/api/search?" + _encode(q=words))
    assert response.status == 200
    return list(response.json()["hits"])


def _wait_for_hit(page: Page, words: str, wanted: str, timeout: float = 5.0) -> float:
    """Seconds until a hit whose URL starts with `wanted` appears for `words`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if any(hit["url"].startswith(wanted) for hit in _api_hits(page, words)):
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"{wanted} not found for {words!r} within {timeout} s")


def test_editor_writes_publishes_finds_and_restores(
    new_page: Callable[..., Page], audit: Auditor
) -> None:
    marker = f"zarquon{uuid.uuid4().hex[:6]}"
    title = f"Bus shelter cleaning {marker[-6:]}"
    slug = f"bus-shelter-cleaning-{marker[-6:]}"
    page = new_page()
    sign_in(page, MODERATOR_EMAIL, audit, "moderator")

    page.goto("/guidance/")
    page.get_by_role("link", name="Write a new page").click()
    expect(h1(page)).to_have_text("Write a guidance page")
    audit(page, "new page form")

    page.get_by_label("Title").fill(title)
    page.get_by_label("Web address").fill(slug)
    page.get_by_label("Summary").fill("How often shelters are washed, and who reports damage.")
    page.get_by_label("Page text").fill(
        "Shelters are part of the street scene.\n\n"
        "## Cleaning cycle\n\n"
        f"Wash every shelter monthly; the {marker} rota names each one.\n\n"
        "## Reporting damage\n\n"
        "Report broken glass to the highways team within a day."
    )
    page.get_by_label("Graffiti and fly-posting").check()
    page.get_by_role("button", name="Preview").click()
    preview = page.get_by_role("region", name="Preview")
    expect(preview.get_by_role("heading", name="Cleaning cycle")).to_be_visible()
    expect(preview.get_by_role("heading", name="Reporting damage")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value(title)
    audit(page, "new page preview")

    page.get_by_role("button", name="Save").click()
    expect(banner(page)).to_contain_text("saved as a draft")
    expect(h1(page)).to_have_text(title)
    expect(page.locator("main .govuk-tag")).to_have_text("Draft")
    assert not any(hit["url"].startswith(f"/guidance/{slug}") for hit in _api_hits(page, marker))
    audit(page, "draft page")

    page.get_by_role("button", name="Publish").click()
    expect(banner(page)).to_contain_text("The page is published.")
    contents = page.get_by_role("navigation", name="Contents")
    expect(contents.get_by_role("link")).to_have_text(["Cleaning cycle", "Reporting damage"])
    audit(page, "published page")

    lag = _wait_for_hit(page, marker, f"/guidance/{slug}#cleaning-cycle")
    assert lag < 5

    page.goto("/search?" + _encode(q=marker))
    hit = results(page).first.get_by_role("link")
    expect(hit).to_have_attribute("href", f"/guidance/{slug}#cleaning-cycle")
    audit(page, "new page found")
    hit.click()
    expect(page.locator("#cleaning-cycle")).to_be_in_viewport()

    page.get_by_role("link", name="Edit this page").click()
    expect(h1(page)).to_have_text(f"Edit ‘{title}’")
    audit(page, "edit form")
    body = page.get_by_label("Page text")
    body.fill(body.input_value().replace("monthly", "fortnightly"))
    page.get_by_label("What changed (optional)").fill("Shelters washed fortnightly")
    page.get_by_role("button", name="Save").click()
    expect(banner(page)).to_contain_text("Saved as version 2.")
    expect(page.locator(".ccf-meta")).to_contain_text("Shelters washed fortnightly")
    expect(page.locator("#cleaning-cycle + p")).to_contain_text("fortnightly")

    page.get_by_role("link", name="History").click()
    expect(h1(page)).to_have_text(f"History of ‘{title}’")
    expect(page.get_by_role("cell", name="Shelters washed fortnightly")).to_be_visible()
    audit(page, "history")

    page.get_by_role("link", name="Version 2").click()
    expect(h1(page)).to_have_text(f"Version 2 of ‘{title}’")
    expect(page.locator(".ccf-diff ins")).to_contain_text("fortnightly")
    expect(page.locator(".ccf-diff del")).to_contain_text("monthly")
    audit(page, "revision diff")

    page.get_by_role("link", name="All versions").click()
    page.get_by_role("button", name="Restore version 1").click()
    expect(banner(page)).to_contain_text("Version 1 is restored as version 3.")
    audit(page, "restored")
    page.goto(f"/guidance/{slug}")
    expect(page.locator("#cleaning-cycle + p")).to_contain_text("monthly")


# --- 5. Similar threads while composing -------------------------------------------------


def test_similar_threads_with_and_without_javascript(
    new_page: Callable[..., Page], audit: Auditor
) -> None:
    asking = "How long for offensive graffiti removal?"

    plain = new_page(java_script_enabled=False)
    sign_in(plain, MEMBER_EMAIL, audit, "no-js member")
    plain.goto("/boards/service-standards")
    plain.get_by_role("link", name="Start a thread").click()
    expect(h1(plain)).to_have_text("Start a thread in Service standards")
    expect(plain.get_by_role("heading", name="Similar threads already here")).to_have_count(0)
    plain.get_by_label("Title").fill(asking)
    plain.get_by_label("Your message").fill("What removal times have other councils agreed?")
    plain.get_by_role("button", name="Preview").click()
    similar = plain.locator("#similar-threads")
    expect(similar.get_by_role("heading", name="Similar threads already here")).to_be_visible()
    expect(similar.get_by_role("link", name=DEMO_THREAD)).to_be_visible()
    expect(plain.get_by_label("Title")).to_have_value(asking)
    audit(plain, "similar threads on preview")

    live = new_page()
    sign_in(live, MEMBER_EMAIL, audit, "member")
    live.goto("/boards/service-standards")
    live.get_by_role("link", name="Start a thread").click()
    expect(h1(live)).to_have_text("Start a thread in Service standards")
    audit(live, "new thread form")
    live.get_by_label("Title").press_sequentially(asking, delay=20)
    similar = live.locator("#similar-threads")
    expect(similar.get_by_role("heading", name="Similar threads already here")).to_be_visible()
    expect(similar.get_by_role("link", name=DEMO_THREAD)).to_be_visible()
    audit(live, "similar threads while typing")
