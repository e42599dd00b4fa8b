"""forum.guidance.sections: a page's `##` headings become sections with stable anchors."""

from __future__ import annotations

import html5lib
import pytest

from forum.guidance.sections import (
    RESERVED_ANCHORS,
    anchor_for,
    html_to_text,
    render_page,
    split_sections,
)
from tests.unit.xss_payloads import PAYLOADS

PAGE = """Who this page is for.

## Setting response times

Most pilots agreed **48 hours** for graffiti.

### Offensive graffiti

Same day.

## Monitoring

Publish the figures every quarter.
"""


def anchors(markdown: str) -> list[str]:
    return [section.anchor for section in split_sections(markdown)]


def test_each_level_two_heading_starts_a_section_after_the_introduction() -> None:
    sections = split_sections(PAGE)

    assert [(s.anchor, s.heading) for s in sections] == [
        ("", ""),
        ("setting-response-times", "Setting response times"),
        ("monitoring", "Monitoring"),
    ]
    assert sections[0].markdown == "Who this page is for."
    assert "### Offensive graffiti" in sections[1].markdown
    assert sections[2].markdown == "Publish the figures every quarter."


def test_anchors_come_from_the_heading_alone_so_editing_the_text_keeps_them() -> None:
    edited = PAGE.replace("48 hours", "two working days").replace("quarter", "month")

    assert anchors(edited) == anchors(PAGE)
    assert anchors(PAGE.replace("## Monitoring", "## Monitoring and reporting"))[-1] == (
        "monitoring-and-reporting"
    )


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Bins & recycling", "bins-recycling"),
        ("  What's a ‘community contract’?  ", "what-s-a-community-contract"),
        ("Step 2: agree 5 standards", "step-2-agree-5-standards"),
        ("Café naïve", "caf-na-ve"),
        ("x" * 80, "x" * 60),
        ("a " * 40, ("a-" * 30).strip("-")),
    ],
)
def test_anchor_for(heading: str, anchor: str) -> None:
    assert anchor_for(heading) == anchor


def test_repeated_headings_get_numbered_anchors() -> None:
    markdown = "## Costs\n\na\n\n## Costs\n\nb\n\n## Costs\n\nc\n"

    assert anchors(markdown) == ["", "costs", "costs-2", "costs-3"]


def test_anchors_the_page_itself_uses_are_never_given_to_a_section() -> None:
    markdown = "".join(f"## {anchor.replace('-', ' ')}\n\nText.\n\n" for anchor in RESERVED_ANCHORS)

    assert set(anchors(markdown)[1:]) == {f"{anchor}-2" for anchor in RESERVED_ANCHORS}


def test_the_site_navigation_id_is_reserved() -> None:
    """base.html gives the menu id="navigation": a section must not repeat it."""
    assert anchors("## Navigation\n\nHow to find your way.\n") == ["", "navigation-2"]


def test_a_heading_with_no_letters_or_numbers_gets_a_numbered_anchor() -> None:
    assert anchors("Intro\n\n## ???\n\nx\n\n## !!!\n\ny\n") == ["", "section-1", "section-2"]


def test_headings_inside_fenced_code_are_not_sections() -> None:
    markdown = (
        "## Example\n\n"
        "```markdown\n## Not a section\n```\n\n"
        "~~~\n## Nor this\n```\n## Nor this either\n~~~\n\n"
        "## Real\n\nText.\n"
    )

    assert [s.heading for s in split_sections(markdown)] == ["", "Example", "Real"]
    html = render_page(markdown).html
    assert "## Not a section" in html  # shown as code


def test_a_shorter_fence_does_not_close_a_longer_one() -> None:
    """CommonMark: a closing fence is at least as long as the opening and has no info string."""
    markdown = "````\n```\n## Still code\n```python\n## Still code too\n````\n\n## After\n\nx\n"

    assert [s.heading for s in split_sections(markdown)] == ["", "After"]


def test_other_heading_levels_and_lookalikes_are_not_sections() -> None:
    markdown = "# One\n\n### Three\n\n##No space\n\n    ## indented code\n\n## Two ##\n\nx\n"

    assert [s.heading for s in split_sections(markdown)] == ["", "Two"]


def test_rendered_page_has_a_section_per_heading_and_subheadings_below_it() -> None:
    rendered = render_page(PAGE)
    root = html5lib.parse(rendered.html, namespaceHTMLElements=False)

    h2s = list(root.iter("h2"))
    assert [(h.get("id"), h.text) for h in h2s] == [
        ("setting-response-times", "Setting response times"),
        ("monitoring", "Monitoring"),
    ]
    sections = list(root.iter("section"))
    assert [s.get("aria-labelledby") for s in sections] == ["setting-response-times", "monitoring"]
    [h3] = list(sections[0].iter("h3"))
    assert h3.text == "Offensive graffiti"
    assert "<strong>48 hours</strong>" in rendered.html
    assert 'class="guidance-intro"' in rendered.html


def test_contents_data_lists_every_section_with_its_text() -> None:
    rendered = render_page(PAGE)

    assert [(s["anchor"], s["heading"]) for s in rendered.sections] == [
        ("", ""),
        ("setting-response-times", "Setting response times"),
        ("monitoring", "Monitoring"),
    ]
    assert rendered.sections[1]["text"] == (
        "Most pilots agreed 48 hours for graffiti. Offensive graffiti Same day."
    )
    assert rendered.sections[0]["text"] == "Who this page is for."


def test_a_page_with_no_introduction_has_no_empty_introduction_section() -> None:
    rendered = render_page("## Only\n\nText.\n")

    assert [s["anchor"] for s in rendered.sections] == ["only"]
    assert "guidance-intro" not in rendered.html


def test_an_empty_section_keeps_its_heading() -> None:
    rendered = render_page("## Empty\n\n## Full\n\nText.\n")

    assert [s["heading"] for s in rendered.sections] == ["Empty", "Full"]
    assert rendered.sections[0]["text"] == ""


def test_heading_text_is_escaped() -> None:
    rendered = render_page('## <img src=x onerror=alert(1)> & "quotes"\n\nText.\n')

    assert "<img" not in rendered.html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp;" in rendered.html
    assert rendered.sections[0]["heading"] == '<img src=x onerror=alert(1)> & "quotes"'


@pytest.mark.parametrize("payload", PAYLOADS[::7])
def test_raw_html_in_the_body_or_a_heading_never_survives(payload: str) -> None:
    rendered = render_page(f"Intro {payload}\n\n## Section {payload}\n\n{payload}\n")
    root = html5lib.parse(rendered.html, namespaceHTMLElements=False)

    for element in root.iter():
        assert element.tag not in {"script", "img", "iframe", "svg", "style", "object"}
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (payload, name)
            assert "javascript:" not in value.lower().replace(" ", ""), payload


def test_html_to_text() -> None:
    html = (
        '<p class="govuk-body">First&nbsp;para with <strong>bold</strong> &amp; more.</p>'
        "<ul><li>one</li><li>two</li></ul><h3>Head</h3><p>x<br>y</p>"
        "<table><tr><td>a</td><td>b</td></tr></table>"
    )

    assert html_to_text(html) == "First para with bold & more. one two Head x y a b"
    assert html_to_text("") == ""
    assert html_to_text("<p>&lt;script&gt;</p>") == "<script>"
