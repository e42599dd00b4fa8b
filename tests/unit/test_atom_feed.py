"""The Atom builder on plain values: no app, no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from forum.feeds.atom import EMPTY_FEED_UPDATED, FeedEntry, render_atom

NS = "{http://www.w3.org/2005/Atom}"
NOON = datetime(2010, 1, 20, 12, 0, tzinfo=UTC)


def entry(number: int, *, at: datetime, **overrides: str) -> FeedEntry:
    values = {
        "path": f"/posts/{number}",
        "title": f"Post {number}",
        "author": "Priya Patel",
        "html": f'<p class="govuk-body">Post <em>{number}</em></p>',
        "published": at,
        "updated": at,
    }
    values.update(overrides)
    return FeedEntry(**values)  # type: ignore[arg-type]


def render(entries: list[FeedEntry], base_url: str = "https://forum.example/") -> Element:
    document = render_atom(
        base_url=base_url,
        title="Latest posts",
        self_path="/feeds/latest.atom",
        page_path="/",
        entries=entries,
        generator="Community Contracts Forum",
    )
    assert isinstance(document, bytes)
    assert document.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    return ElementTree.fromstring(document)  # noqa: S314 - our own output


def test_feed_has_the_required_elements_and_absolute_links() -> None:
    root = render([entry(2, at=NOON), entry(1, at=NOON - timedelta(hours=1))])

    assert root.tag == f"{NS}feed"
    assert root.findtext(f"{NS}id") == "https://forum.example/feeds/latest.atom"
    assert root.findtext(f"{NS}title") == "Latest posts"
    assert datetime.fromisoformat(root.findtext(f"{NS}updated")) == NOON
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{NS}link")}
    assert links == {
        "alternate": "https://forum.example/",
        "self": "https://forum.example/feeds/latest.atom",
    }
    first = root.find(f"{NS}entry")
    assert first.findtext(f"{NS}id") == "https://forum.example/posts/2"
    link = first.find(f"{NS}link")
    assert link.get("href") == "https://forum.example/posts/2"
    # feedgen 1.0 drops an entry link's rel (python-feedgen#135); Atom's default is alternate.
    assert link.get("rel", "alternate") == "alternate"
    assert first.findtext(f"{NS}author/{NS}name") == "Priya Patel"
    assert datetime.fromisoformat(first.findtext(f"{NS}published")) == NOON


def test_entries_keep_the_order_given() -> None:
    root = render([entry(n, at=NOON - timedelta(minutes=n)) for n in (3, 1, 2)])

    ids = [e.findtext(f"{NS}id") for e in root.findall(f"{NS}entry")]
    assert ids == [f"https://forum.example/posts/{n}" for n in (3, 1, 2)]


def test_feed_updated_is_the_newest_entry_update() -> None:
    edited = NOON + timedelta(days=1)
    root = render([entry(2, at=NOON), entry(1, at=NOON - timedelta(hours=1), updated=edited)])

    assert datetime.fromisoformat(root.findtext(f"{NS}updated")) == edited


def test_content_is_the_html_as_given_escaped_as_text() -> None:
    html = '<p class="govuk-body">A &amp; B <a href="https://x.example" rel="nofollow">x</a></p>'
    root = render([entry(1, at=NOON, html=html)])

    content = root.find(f"{NS}entry/{NS}content")
    assert content.get("type") == "html"
    assert content.text == html
    assert list(content) == [], "HTML is carried as escaped text, not as XML children"


def test_empty_feed_is_valid_with_a_fixed_updated() -> None:
    root = render([])

    assert root.findall(f"{NS}entry") == []
    assert datetime.fromisoformat(root.findtext(f"{NS}updated")) == EMPTY_FEED_UPDATED


def test_characters_xml_cannot_carry_are_dropped() -> None:
    root = render([entry(1, at=NOON, title="Bins\x0b day", author="Al\x00ex")])

    first = root.find(f"{NS}entry")
    assert first.findtext(f"{NS}title") == "Bins day"
    assert first.findtext(f"{NS}author/{NS}name") == "Alex"


def test_paths_join_a_base_url_served_under_a_prefix() -> None:
    root = render([entry(1, at=NOON, path="/forum/posts/1")], base_url="https://example.org/")

    assert root.findtext(f"{NS}entry/{NS}id") == "https://example.org/forum/posts/1"
