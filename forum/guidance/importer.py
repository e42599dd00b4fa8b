"""`flask --app forum import-guidance DIR`: a folder of Markdown files becomes guidance pages.

Each `*.md` file is one page: front matter between `---` lines (`title`, `summary`,
`topics`, optional `slug`, default the file name's stem), then Markdown whose `##`
headings are its sections. Importing again updates pages in place (a new revision only when
the text changed). A bad file is reported with its name and line and skipped; each file is
imported whole or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from forum.data import guidance as guidance_data
from forum.extensions import db
from forum.guidance.pages import PageText, create_page, update_page
from forum.models.guidance import GuidanceStatus

# /guidance/new and /guidance/manage are the editor's pages, not guidance.
RESERVED_SLUGS = frozenset({"new", "manage"})
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_MAX = 100
TITLE_MAX = 150
SUMMARY_MAX = 400
FRONT_MATTER_FENCE = "---"


class GuidanceFileError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class GuidanceFile:
    slug: str
    title: str
    summary: str
    topics: list[str]
    markdown: str
    topics_line: int


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file.md, line 3: what is wrong"
    warnings: list[str] = field(default_factory=list)


def slug_from_stem(stem: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:SLUG_MAX].strip("-")


def decode_guidance_file(data: bytes) -> str:
    """The file's text; a file that is not UTF-8 is reported at the line of its first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise GuidanceFileError(
            line, "the file is not UTF-8 text (save it as UTF-8 and import it again)"
        ) from None


def parse_guidance_file(text: str, *, stem: str) -> GuidanceFile:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise GuidanceFileError(1, "the file must start with front matter: a line of three dashes")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE)
    except StopIteration:
        raise GuidanceFileError(
            1, "the front matter is not closed by a line of three dashes"
        ) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(error, "problem", None) or "it is not valid YAML"
        hint = " (put a value that contains ': ' in quotes)" if "mapping values" in problem else ""
        raise GuidanceFileError(line, f"the front matter cannot be read: {problem}{hint}") from None
    if not isinstance(meta, dict):
        raise GuidanceFileError(2, "the front matter must be 'name: value' lines")

    def line_of(key: str) -> int:
        for i in range(1, end):
            if re.match(rf"^\s*{re.escape(key)}\s*:", lines[i]):
                return i + 1
        return 1

    title = _text_field(meta, "title", line_of("title"), required=True, limit=TITLE_MAX)
    summary = _text_field(meta, "summary", line_of("summary"), required=False, limit=SUMMARY_MAX)
    topics = _topics(meta.get("topics"), line_of("topics"))
    slug_value = meta.get("slug")
    slug = slug_from_stem(stem) if slug_value in (None, "") else str(slug_value).strip()
    if not SLUG.match(slug):
        raise GuidanceFileError(
            line_of("slug"),
            f"the slug '{slug}' must be lower-case letters, numbers and single hyphens",
        )
    if len(slug) > SLUG_MAX:
        raise GuidanceFileError(line_of("slug"), f"the slug must be {SLUG_MAX} characters or fewer")
    if slug in RESERVED_SLUGS:
        raise GuidanceFileError(
            line_of("slug"), f"the slug '{slug}' is a page of the site itself: choose another"
        )
    # Stripped as the editor strips its text box, so an unchanged page saves no new version.
    markdown = "\n".join(lines[end + 1 :]).strip()
    if not markdown:
        raise GuidanceFileError(end + 2, "the page has no text after its front matter")
    return GuidanceFile(slug, title, summary, topics, markdown + "\n", line_of("topics"))


def _text_field(meta: dict[str, Any], key: str, line: int, *, required: bool, limit: int) -> str:
    value = meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise GuidanceFileError(line, f"the front matter has no {key}")
        return ""
    if not isinstance(value, str | int | float):
        raise GuidanceFileError(line, f"the {key} must be text")
    value = " ".join(str(value).split())
    if len(value) > limit:
        raise GuidanceFileError(line, f"the {key} must be {limit} characters or fewer")
    return value


def _topics(value: Any, line: int) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    raise GuidanceFileError(line, "topics must be a list of topic names or slugs")


def import_folder(folder: Path) -> ImportReport:
    """Import every *.md file in `folder` (not recursive), in name order. The caller commits."""
    report = ImportReport()
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.md")):
        try:
            parsed = parse_guidance_file(decode_guidance_file(path.read_bytes()), stem=path.stem)
        except GuidanceFileError as problem:
            report.problems.append(f"{path.name}, line {problem.line}: {problem.message}")
            continue
        if parsed.slug in seen:
            report.problems.append(
                f"{path.name}, line 1: the slug '{parsed.slug}' is already used by "
                f"{seen[parsed.slug]} in this folder"
            )
            continue
        seen[parsed.slug] = path.name
        _import_one(path.name, parsed, report)
    return report


def _import_one(name: str, parsed: GuidanceFile, report: ImportReport) -> None:
    topics, unknown = guidance_data.topics_by_slug_or_name(parsed.topics)
    if unknown:
        report.warnings.append(
            f"{name}, line {parsed.topics_line}: no topic called "
            + ", ".join(f"'{u}'" for u in unknown)
            + " (ignored)"
        )
    text = PageText(parsed.title, parsed.summary, parsed.markdown, topics)
    savepoint = db.session.begin_nested()
    try:
        page = guidance_data.get_page(slug=parsed.slug)
        if page is None:
            create_page(
                slug=parsed.slug,
                text=text,
                author=None,
                status=GuidanceStatus.PUBLISHED,
                change_note="First published",
            )
            report.created.append(parsed.slug)
        elif update_page(page=page, text=text, author=None, change_note=f"Updated from {name}"):
            report.updated.append(parsed.slug)
        else:
            report.unchanged.append(parsed.slug)
        savepoint.commit()
    except Exception as error:  # one bad page must not stop, or half-write, the import
        savepoint.rollback()
        report.problems.append(f"{name}, line 1: could not be saved ({error.__class__.__name__})")
