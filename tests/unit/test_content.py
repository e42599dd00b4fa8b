"""forum.content.render_markdown: what users' Markdown becomes, and that it is always safe."""

from __future__ import annotations

import logging
import random
import re
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import html5lib
import pytest

from forum import content
from forum.content import render_markdown
from tests.unit.xss_payloads import PAYLOADS

LINK = 'rel="nofollow ugc noopener" class="govuk-link"'

# What the renderer may put out, and nothing else.
OUTPUT_TAGS = {"p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li"}
OUTPUT_TAGS |= {"a", "h2", "h3", "h4", "h5", "h6", "hr"}
OUTPUT_TAGS |= {"table", "thead", "tbody", "tr", "th", "td"}
OUTPUT_ATTRIBUTES = {
    "a": {"href", "title", "rel", "class"},
    "ol": {"start", "class"},
    "pre": {"tabindex", "class"},
    "th": {"scope", "class"},
}
CLASSES = {
    "p": {"govuk-body"},
    "a": {"govuk-link"},
    "ul": {"govuk-list govuk-list--bullet"},
    "ol": {"govuk-list govuk-list--number"},
    "h2": {"govuk-heading-m"},
    "blockquote": {"govuk-inset-text"},
    "hr": {"govuk-section-break govuk-section-break--visible"},
    "pre": {"ccf-code-block"},
    "table": {"govuk-table"},
    "thead": {"govuk-table__head"},
    "tbody": {"govuk-table__body"},
    "tr": {"govuk-table__row"},
    "th": {"govuk-table__header", "govuk-table__header govuk-table__header--numeric"},
    "td": {"govuk-table__cell", "govuk-table__cell govuk-table__cell--numeric"},
} | {heading: {"govuk-heading-s"} for heading in ("h3", "h4", "h5", "h6")}
# What a browser's URL parser ignores: leading/trailing C0 controls and spaces; tabs and
# newlines anywhere.
URL_NOISE = re.compile(r"[\t\n\r]")


def problems_in(rendered: str) -> list[str]:
    """Everything in ``rendered`` that the allow-list does not allow, as a browser parses it."""
    found = []
    fragment = html5lib.parseFragment(rendered, treebuilder="etree", namespaceHTMLElements=False)
    for element in fragment.iter():
        tag = element.tag
        if tag == "DOCUMENT_FRAGMENT":
            continue
        if not isinstance(tag, str):
            found.append(f"comment or other node {tag!r}")
            continue
        if tag not in OUTPUT_TAGS:
            found.append(f"element <{tag}>")
        for name, value in element.attrib.items():
            if name not in OUTPUT_ATTRIBUTES.get(tag, {"class"}):
                found.append(f"attribute {name}={value!r} on <{tag}>")
            elif name == "class" and value not in CLASSES.get(tag, set()):
                found.append(f"class {value!r} on <{tag}>")
        if tag == "a":
            href = URL_NOISE.sub("", element.get("href", "")).strip("\x00-\x20")
            if urlsplit(href).scheme.lower() not in {"", "http", "https", "mailto"}:
                found.append(f"href {element.get('href')!r}")
            if element.get("rel") != "nofollow ugc noopener":
                found.append(f"rel {element.get('rel')!r}")
    return found


def assert_safe(rendered: str) -> None:
    problems = problems_in(rendered)
    assert not problems, f"{problems} in {rendered!r}"


# --- Text, headings, lists, quotes -------------------------------------------------------


def test_paragraphs_and_emphasis() -> None:
    assert render_markdown("Litter *picks* on **Tuesday**.\n\nSecond.") == (
        '<p class="govuk-body">Litter <em>picks</em> on <strong>Tuesday</strong>.</p>\n'
        '<p class="govuk-body">Second.</p>'
    )


def test_single_newlines_stay_in_the_paragraph() -> None:
    assert render_markdown("one\ntwo") == '<p class="govuk-body">one\ntwo</p>'


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("# Our contract", '<h2 class="govuk-heading-m">Our contract</h2>'),
        ("## Priorities", '<h3 class="govuk-heading-s">Priorities</h3>'),
        ("### Litter", '<h4 class="govuk-heading-s">Litter</h4>'),
        ("#### Graffiti", '<h5 class="govuk-heading-s">Graffiti</h5>'),
        ("##### Lighting", '<h6 class="govuk-heading-s">Lighting</h6>'),
        ("###### Deepest", '<h6 class="govuk-heading-s">Deepest</h6>'),
        ("Setext\n======", '<h2 class="govuk-heading-m">Setext</h2>'),
        ("Setext\n------", '<h3 class="govuk-heading-s">Setext</h3>'),
    ],
)
def test_headings_are_demoted_one_level(markdown: str, html: str) -> None:
    assert render_markdown(markdown) == html


def test_raw_html_headings_never_become_h1() -> None:
    rendered = render_markdown("<h1>Take over the page</h1>")
    assert "<h1" not in rendered
    assert rendered == '<p class="govuk-body">&lt;h1&gt;Take over the page&lt;/h1&gt;</p>'


def test_raw_html_is_shown_as_typed() -> None:
    assert render_markdown("Use <b>bold</b> & <br> tags") == (
        '<p class="govuk-body">Use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;br&gt; tags</p>'
    )


def test_lists() -> None:
    assert render_markdown("- litter\n- graffiti\n\n1. agree\n2. sign") == (
        '<ul class="govuk-list govuk-list--bullet">\n<li>litter</li>\n<li>graffiti</li>\n</ul>\n'
        '<ol class="govuk-list govuk-list--number">\n<li>agree</li>\n<li>sign</li>\n</ol>'
    )


def test_an_ordered_list_keeps_its_first_number() -> None:
    assert render_markdown("3. review\n4. renew").startswith(
        '<ol start="3" class="govuk-list govuk-list--number">'
    )


def test_sane_lists_do_not_merge_bullets_into_numbers() -> None:
    assert render_markdown("1. one\n\n* two") == (
        '<ol class="govuk-list govuk-list--number">\n<li>one</li>\n</ol>\n'
        '<ul class="govuk-list govuk-list--bullet">\n<li>two</li>\n</ul>'
    )


def test_nested_list() -> None:
    rendered = render_markdown("- outer\n    - inner")
    assert rendered.count('<ul class="govuk-list govuk-list--bullet">') == 2


def test_blockquote_and_rule() -> None:
    assert render_markdown("> Residents said so.\n\n---") == (
        '<blockquote class="govuk-inset-text">\n'
        '<p class="govuk-body">Residents said so.</p>\n</blockquote>\n'
        '<hr class="govuk-section-break govuk-section-break--visible">'
    )


# --- Code ----------------------------------------------------------------------------------


def test_fenced_code_is_escaped_and_not_linkified() -> None:
    rendered = render_markdown("```python\nif a < b:  # see https://example.com\n```")
    assert rendered == (
        '<pre tabindex="0" class="ccf-code-block"><code>'
        "if a &lt; b:  # see https://example.com\n</code></pre>"
    )


def test_inline_code() -> None:
    assert render_markdown("Run `flask <cmd>` now") == (
        '<p class="govuk-body">Run <code>flask &lt;cmd&gt;</code> now</p>'
    )


# --- Tables ----------------------------------------------------------------------------------


def test_tables_get_govuk_classes_header_scope_and_numeric_columns() -> None:
    rendered = render_markdown("| Standard | Days |\n|:--|--:|\n| Graffiti | 2 |")
    assert rendered == (
        '<table class="govuk-table">\n'
        '<thead class="govuk-table__head">\n'
        '<tr class="govuk-table__row">\n'
        '<th scope="col" class="govuk-table__header">Standard</th>\n'
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Days</th>\n'
        "</tr>\n</thead>\n"
        '<tbody class="govuk-table__body">\n'
        '<tr class="govuk-table__row">\n'
        '<td class="govuk-table__cell">Graffiti</td>\n'
        '<td class="govuk-table__cell govuk-table__cell--numeric">2</td>\n'
        "</tr>\n</tbody>\n</table>"
    )
    assert "align" not in rendered
    assert "style" not in rendered


# --- Links -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("[guidance](/guidance/monitoring)", f'<a href="/guidance/monitoring" {LINK}>guidance</a>'),
        ("[below](#priorities)", f'<a href="#priorities" {LINK}>below</a>'),
        ("[next](page-2)", f'<a href="page-2" {LINK}>next</a>'),
        ("[mail](mailto:jo@example.org)", f'<a href="mailto:jo@example.org" {LINK}>mail</a>'),
        (
            "[site](https://example.org/?a=1&b=2)",
            f'<a href="https://example.org/?a=1&amp;b=2" {LINK}>site</a>',
        ),
        ("[other](//example.org/x)", f'<a href="//example.org/x" {LINK}>other</a>'),
        ('[t](http://x.example "Title")', f'<a href="http://x.example" title="Title" {LINK}>t</a>'),
        ("<https://example.org>", f'<a href="https://example.org" {LINK}>https://example.org</a>'),
    ],
)
def test_links(markdown: str, html: str) -> None:
    assert render_markdown(markdown) == f'<p class="govuk-body">{html}</p>'


def test_reference_links() -> None:
    rendered = render_markdown("See [the pilot][1].\n\n[1]: https://example.org/pilot")
    link = f'<a href="https://example.org/pilot" {LINK}>the pilot</a>'
    assert rendered == f'<p class="govuk-body">See {link}.</p>'


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("https://www.gov.uk/guidance", "https://www.gov.uk/guidance"),
        ("http://example.org/a_b?c=1", "http://example.org/a_b?c=1"),
        ("www.example.org.uk/path", "http://www.example.org.uk/path"),
        ("jo.bloggs@example.org", "mailto:jo.bloggs@example.org"),
    ],
)
def test_bare_urls_and_email_addresses_are_linked(text: str, href: str) -> None:
    assert render_markdown(f"See {text} today") == (
        f'<p class="govuk-body">See <a href="{href}" {LINK}>{text}</a> today</p>'
    )


def test_trailing_punctuation_is_not_part_of_a_linked_url() -> None:
    assert f'<a href="https://example.org/x" {LINK}>https://example.org/x</a>).' in render_markdown(
        "(see https://example.org/x)."
    )


@pytest.mark.parametrize("text", ["content.py", "README.md", "forum.io", "ftp://example.org/file"])
def test_names_that_merely_look_like_domains_are_not_linked(text: str) -> None:
    assert render_markdown(f"Edit {text} now") == f'<p class="govuk-body">Edit {text} now</p>'


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;&#x61;vascript:alert(1)",
        "java\tscript:alert(1)",
        "java\x00script:alert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "<javascript:alert(1)>",
    ],
)
def test_unsafe_link_targets_leave_only_the_text(href: str) -> None:
    assert render_markdown(f"[click me]({href})") == '<p class="govuk-body">click me</p>'


@pytest.mark.parametrize(
    "markdown",
    ["<javascript:alert(1)>", "<javascript://%0Aalert(1)>", "[x][r]\n\n[r]: javascript:alert(1)"],
)
def test_unsafe_autolinks_and_references_make_no_link(markdown: str) -> None:
    rendered = render_markdown(markdown)
    assert "<a " not in rendered
    assert_safe(rendered)


def test_an_entity_in_a_link_target_stays_literal_text_so_the_url_is_relative() -> None:
    # Python-Markdown escapes the "&": the browser sees "javascript&colon;...", a path.
    assert render_markdown("[x](javascript&colon;alert(1))") == (
        f'<p class="govuk-body"><a href="javascript&amp;colon;alert(1)" {LINK}>x</a></p>'
    )


def test_a_quote_in_a_link_title_cannot_break_out() -> None:
    rendered = render_markdown('[a](http://x.example "\\" onmouseover=alert(1)")')
    assert rendered == (
        '<p class="govuk-body"><a href="http://x.example" title="\\&quot; onmouseover=alert(1)" '
        f"{LINK}>a</a></p>"
    )


def test_images_become_their_alt_text() -> None:
    assert render_markdown("Map: ![the ward map](https://example.org/map.png) here.") == (
        '<p class="govuk-body">Map: the ward map here.</p>'
    )
    assert render_markdown("![x](javascript:alert(1))") == '<p class="govuk-body">x</p>'


# --- Users cannot set attributes -------------------------------------------------------------


@pytest.mark.parametrize(
    "markdown",
    [
        '<p class="govuk-button" style="color:red" onclick="alert(1)">x</p>',
        '<a href="/x" class="x" target="_blank" rel="opener">x</a>',
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
    ],
)
def test_user_attributes_never_survive(markdown: str) -> None:
    fragment = html5lib.parseFragment(
        render_markdown(markdown), treebuilder="etree", namespaceHTMLElements=False
    )
    assert [element.tag for element in fragment.iter()] == ["DOCUMENT_FRAGMENT", "p"]
    assert fragment[0].attrib == {"class": "govuk-body"}


@pytest.mark.parametrize(
    "tag", ["script", "iframe", "svg", "img", "math", "form", "input", "style", "base", "meta"]
)
def test_dangerous_tags_never_appear_as_tags(tag: str) -> None:
    markdown = f"<{tag} src=x onload=alert(1) onerror=alert(1)>inner</{tag}>"
    rendered = render_markdown(markdown)
    fragment = html5lib.parseFragment(rendered, treebuilder="etree", namespaceHTMLElements=False)
    assert {element.tag for element in fragment.iter()} == {"DOCUMENT_FRAGMENT", "p"}
    assert f"&lt;{tag} src=x" in rendered


# --- The XSS corpus --------------------------------------------------------------------------


def test_the_corpus_is_big_and_has_no_duplicates() -> None:
    assert len(PAYLOADS) >= 100
    assert len(set(PAYLOADS)) == len(PAYLOADS)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xss_payload_renders_only_allowed_markup(payload: str) -> None:
    rendered = render_markdown(payload)
    assert_safe(rendered)
    assert_safe(render_markdown(rendered))  # rendering the output again adds nothing unsafe


def test_the_checker_itself_finds_unsafe_markup() -> None:
    assert problems_in('<img src=x onerror="alert(1)">') == [
        "element <img>",
        "attribute src='x' on <img>",
        "attribute onerror='alert(1)' on <img>",
    ]
    assert problems_in('<a href=" java\tscript:x" rel="nofollow ugc noopener">x</a>') == [
        "href ' java\\tscript:x'"
    ]
    class_problem, comment_problem = problems_in('<p class="govuk-button">x</p><!-- c -->')
    assert class_problem == "class 'govuk-button' on <p>"
    assert comment_problem.startswith("comment or other node")


def test_random_markdown_and_html_soup_is_always_safe() -> None:
    pieces = ["[", "]", "(", ")", "<", ">", "*", "_", "`", "#", "\n", "\n\n", " ", "!", "&", ";"]
    pieces += ['"', "'", "=", "|", "-", ":", "javascript:", "alert(1)", "<img", " src=x", "<a"]
    pieces += [" href=", " onerror=", "http://x.example", "a@b.example", "> ", "    ", "1. "]
    chooser = random.Random(20100125)
    for _ in range(400):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 80)))
        assert_safe(render_markdown(text))


# --- Any str, any size -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t"])
def test_empty_and_blank_text_renders_nothing(text: str) -> None:
    assert render_markdown(text) == ""


def test_nul_bytes_and_control_characters_are_dropped() -> None:
    assert render_markdown("a\x00b\x01c\x7fd\x1b") == '<p class="govuk-body">abcd</p>'


def test_lone_surrogates_are_replaced_so_the_html_can_be_stored() -> None:
    rendered = render_markdown("broken \ud83d pair \udfff end")
    rendered.encode("utf-8")
    assert rendered == '<p class="govuk-body">broken \ufffd pair \ufffd end</p>'


def test_a_megabyte_of_text_renders() -> None:
    paragraph = "Residents and the council agreed to *five* standards. " * 9 + "\n\n"
    text = (paragraph * 2_100)[:1_000_000]
    rendered = render_markdown(text)
    assert rendered.count('<p class="govuk-body">') == 1_000_000 // len(paragraph) + 1


@pytest.mark.parametrize(
    "text",
    [
        "> " * 5_000 + "deep",
        ">" * 20_000,
        "".join("    " * depth + "- item\n" for depth in range(150)),
        "".join("  " * depth + "1. item\n" for depth in range(300)),
        "[" * 100_000,
        "[a](" * 25_000,
        '[]("x)' * 16_000,
        "a\n=\n" * 25_000,
        "***\n" * 25_000,
        "*a" * 50_000,
        "_a" * 50_000,
        "(" * 100_000,
        "www." * 25_000,
        "|a|\n|-|\n" + "|a|\n" * 5_000,
    ],
    ids=lambda text: repr(text[:12]),
)
def test_pathological_input_renders_without_error(text: str) -> None:
    # No timing here (performance is measured by bench/); these took from 1 s to minutes
    # before the work budget and the linkify and tree-walker fixes in forum.content.
    assert_safe(render_markdown(text))


def test_documents_too_costly_to_parse_are_kept_as_plain_text() -> None:
    rendered = render_markdown("[" * 100_000 + "\n\n[x](javascript:alert(1))")
    brackets, link = "[" * 100_000, "[x](javascript:alert(1))"
    assert rendered == f'<p class="govuk-body">{brackets}</p><p class="govuk-body">{link}</p>'


def test_a_large_untidy_real_document_stays_within_the_work_budget() -> None:
    section = (
        "## Street lighting\nReports go to [the council](https://example.org/report) "
        "or lighting@example.org; see *Annex B* [1] and (notes).\n"
        "| Standard | Days |\n|---|--:|\n| Repair | 5 |\n"
        "- fix within [five days](/standards#lighting)\n- tell [the residents][r]\n"
    )
    text = section * 200 + "\n[r]: https://example.org/residents\n"
    rendered = render_markdown(text)
    assert rendered.count('<h3 class="govuk-heading-s">Street lighting</h3>') == 200
    assert rendered.count(f'<a href="https://example.org/residents" {LINK}>') == 200


def test_a_markdown_failure_keeps_the_text_and_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def fail(text: str) -> str:
        raise ValueError("a bug in Python-Markdown")

    monkeypatch.setattr(content._renderers.markdown, "convert", fail)
    with caplog.at_level(logging.WARNING, logger="forum.content"):
        rendered = render_markdown("first <script>\n\nsecond https://example.org")
    assert rendered == (
        '<p class="govuk-body">first &lt;script&gt;</p><p class="govuk-body">second '
        f'<a href="https://example.org" {LINK}>https://example.org</a></p>'
    )
    assert "Markdown failed" in caplog.text


def test_threads_render_the_same_as_one_thread() -> None:
    texts = [f"# Post {n}\n\n[link {n}](/p/{n}) *e* | a |\n|---|\n| {n} |" for n in range(200)]
    texts += PAYLOADS
    expected = [render_markdown(text) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(render_markdown, texts)) == expected
