"""Reading one guidance file for `import-guidance`: front matter, body, and where it is wrong."""

from __future__ import annotations

import pytest

from forum.guidance.importer import (
    GuidanceFileError,
    decode_guidance_file,
    parse_guidance_file,
    slug_from_stem,
)

GOOD = """---
title: Graffiti response times
summary: >
  What pilots agreed for removing graffiti,
  and how they measured it.
topics:
  - Graffiti
  - street-cleansing
slug: graffiti-times
---

Most pilots agreed a target.

## Offensive graffiti

Same day.
"""


def problem(text: str, stem: str = "page") -> GuidanceFileError:
    with pytest.raises(GuidanceFileError) as raised:
        parse_guidance_file(text, stem=stem)
    return raised.value


def test_front_matter_and_body() -> None:
    parsed = parse_guidance_file(GOOD, stem="ignored-because-slug-is-set")

    assert parsed.title == "Graffiti response times"
    assert parsed.summary == "What pilots agreed for removing graffiti, and how they measured it."
    assert parsed.topics == ["Graffiti", "street-cleansing"]
    assert parsed.slug == "graffiti-times"
    assert parsed.markdown == "Most pilots agreed a target.\n\n## Offensive graffiti\n\nSame day.\n"
    assert parsed.topics_line == 6


def test_topics_may_be_a_comma_separated_string() -> None:
    parsed = parse_guidance_file(
        "---\ntitle: T\ntopics: Graffiti, fly-tipping ,, Parks\n---\nBody\n", stem="x"
    )

    assert parsed.topics == ["Graffiti", "fly-tipping", "Parks"]


def test_topics_and_summary_are_optional() -> None:
    parsed = parse_guidance_file("---\ntitle: Just a title\n---\nBody\n", stem="x")

    assert (parsed.summary, parsed.topics) == ("", [])


@pytest.mark.parametrize(
    ("stem", "slug"),
    [
        ("bulky-waste", "bulky-waste"),
        ("Bulky Waste Collection", "bulky-waste-collection"),
        ("03_Graffiti & Fly-tipping!", "03-graffiti-fly-tipping"),
        ("--x--", "x"),
    ],
)
def test_slug_defaults_to_the_file_name(stem: str, slug: str) -> None:
    assert slug_from_stem(stem) == slug
    assert parse_guidance_file("---\ntitle: T\n---\nBody\n", stem=stem).slug == slug


def test_windows_line_endings_and_a_byte_order_mark_are_accepted() -> None:
    text = "\ufeff" + GOOD.replace("\n", "\r\n")

    parsed = parse_guidance_file(text, stem="x")

    assert parsed == parse_guidance_file(GOOD, stem="x")
    assert "\r" not in parsed.markdown


def test_title_is_normalised_and_numbers_are_text() -> None:
    parsed = parse_guidance_file("---\ntitle: '  Two   spaces '\n---\nBody\n", stem="x")
    assert parsed.title == "Two spaces"
    assert parse_guidance_file("---\ntitle: 2027\n---\nBody\n", stem="x").title == "2027"


def test_missing_opening_dashes_is_line_1() -> None:
    error = problem("title: No front matter\n\nBody\n")

    assert error.line == 1
    assert "must start with front matter" in error.message


def test_front_matter_that_is_never_closed() -> None:
    error = problem("---\ntitle: T\nsummary: S\n\n## Body\n")

    assert error.line == 1
    assert "not closed" in error.message


@pytest.mark.parametrize(
    ("front_matter", "line", "words"),
    [
        ("title: T\nsummary: S\ntopics: [a, b\n", 4, "expected ',' or ']'"),
        ('title: T\nsummary: "never closed\n', 3, "unexpected end"),
        ("title: T\n\tsummary: tab\n", 3, "'\\t'"),
        ("title: T\nsummary: S\n  indented: wrongly\n", 4, "mapping values"),
        ("title: Graffiti: response times\n", 2, "in quotes"),
    ],
)
def test_invalid_yaml_is_reported_at_the_line_of_the_problem(
    front_matter: str, line: int, words: str
) -> None:
    error = problem(f"---\n{front_matter}---\nBody\n")

    assert error.line == line
    assert error.message.startswith("the front matter cannot be read")
    assert words in error.message


def test_front_matter_that_is_not_a_mapping() -> None:
    error = problem("---\n- a list\n- of things\n---\nBody\n")

    assert (error.line, error.message) == (2, "the front matter must be 'name: value' lines")


def test_missing_title() -> None:
    assert problem("---\nsummary: S\n---\nBody\n").message == "the front matter has no title"
    error = problem("---\nsummary: S\ntopics: []\ntitle:   \n---\nBody\n")
    assert (error.line, error.message) == (4, "the front matter has no title")


def test_title_that_is_not_text_or_too_long() -> None:
    error = problem("---\nsummary: S\ntitle:\n  - a\n  - b\n---\nBody\n")
    assert (error.line, error.message) == (3, "the title must be text")

    error = problem(f"---\ntitle: {'x' * 151}\n---\nBody\n")
    assert (error.line, error.message) == (2, "the title must be 150 characters or fewer")

    error = problem(f"---\ntitle: T\nsummary: {'y' * 401}\n---\nBody\n")
    assert (error.line, error.message) == (3, "the summary must be 400 characters or fewer")


@pytest.mark.parametrize("slug", ["Has Capitals", "double--hyphen", "-leading", "under_score"])
def test_a_bad_slug_is_reported_at_its_line(slug: str) -> None:
    error = problem(f"---\ntitle: T\nsummary: S\nslug: {slug}\n---\nBody\n")

    assert error.line == 4
    assert f"the slug '{slug}'" in error.message


def test_a_file_name_with_no_letters_needs_a_slug() -> None:
    error = problem("---\ntitle: T\n---\nBody\n", stem="___")

    assert "the slug ''" in error.message


def test_topics_must_be_names() -> None:
    error = problem("---\ntitle: T\ntopics:\n  graffiti: yes\n---\nBody\n")

    assert (error.line, error.message) == (3, "topics must be a list of topic names or slugs")


def test_empty_body_is_reported_on_the_line_after_the_front_matter() -> None:
    error = problem("---\ntitle: T\nsummary: S\n---\n\n   \n")

    assert (error.line, error.message) == (5, "the page has no text after its front matter")


def test_non_utf8_file_is_reported_at_the_line_of_the_first_bad_byte() -> None:
    data = "---\ntitle: Caf\u00e9\n---\n\nLine five\n".encode() + "Line six £5\n".encode("cp1252")

    with pytest.raises(GuidanceFileError) as raised:
        decode_guidance_file(data)

    assert raised.value.line == 6
    assert "not UTF-8" in raised.value.message
    assert decode_guidance_file("---\ntitle: Café\n".encode()) == "---\ntitle: Café\n"


def test_a_slug_longer_than_the_database_allows_is_refused() -> None:
    error = problem(f"---\ntitle: T\nslug: {'a' * 101}\n---\nBody\n")

    assert (error.line, error.message) == (3, "the slug must be 100 characters or fewer")
    long_stem = "a" * 99 + " b"
    assert parse_guidance_file("---\ntitle: T\n---\nBody\n", stem=long_stem).slug == "a" * 99
