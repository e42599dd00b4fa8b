"""`flask --app forum import-guidance DIR`: files become published pages; re-import updates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from flask import Flask
from sqlalchemy import func, select

from forum.data import guidance as guidance_data
from forum.extensions import db
from forum.models.guidance import GuidancePage, GuidanceRevision, guidance_topic
from tests.support.factories import make_guidance_page, make_topic
from tests.support.pages import CheckedClient


def run_import(app: Flask, folder: Path) -> Result:
    result = app.test_cli_runner().invoke(args=["import-guidance", str(folder)])
    db.session.expire_all()  # the command used its own session
    return result


def write(folder: Path, name: str, *, title: str, body: str, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: {title}\nsummary: About {title.lower()}.\n{extra}---\n\n{body}")
    return path


def pages() -> dict[str, GuidancePage]:
    return {p.slug: p for p in db.session.scalars(select(GuidancePage))}


def revision_count() -> int:
    return db.session.scalar(select(func.count()).select_from(GuidanceRevision))


def test_files_become_published_pages_with_sections_and_topics(
    app: Flask, tmp_path: Path, client: CheckedClient
) -> None:
    graffiti = make_topic(slug="graffiti", name="Graffiti")
    parks = make_topic(slug="parks", name="Parks and green spaces")
    folder = tmp_path / "guidance"
    write(
        folder,
        "graffiti-response.md",
        title="Graffiti response times",
        body="Intro.\n\n## Offensive graffiti\n\nSame day.\n\n## Other graffiti\n\nA week.\n",
        extra="topics: [graffiti, Parks and Green Spaces]\n",
    )
    write(
        folder,
        "Parks Notes.md",
        title="Parks notes",
        body="Text.\n",
        extra="topics: parks\nslug: looking-after-parks\n",
    )

    result = run_import(app, folder)

    assert result.exit_code == 0, result.output
    assert "2 created, 0 updated, 0 unchanged, 0 skipped" in result.output
    found = pages()
    assert set(found) == {"graffiti-response", "looking-after-parks"}
    page = found["graffiti-response"]
    assert page.status == "published"
    assert page.title == "Graffiti response times"
    assert page.summary == "About graffiti response times."
    assert {t.id for t in page.topics} == {graffiti.id, parks.id}
    assert [s["anchor"] for s in page.sections] == ["", "offensive-graffiti", "other-graffiti"]
    assert (page.revision_count, page.change_note) == (1, "First published")
    shown = client.page("/guidance/graffiti-response")
    assert shown.h1 == "Graffiti response times"
    assert shown.by_id("offensive-graffiti") is not None


def test_importing_twice_changes_nothing(app: Flask, tmp_path: Path) -> None:
    folder = tmp_path / "guidance"
    write(folder, "a.md", title="Page A", body="## One\n\nText.\n")
    write(folder, "b.md", title="Page B", body="Text.\n")
    assert run_import(app, folder).exit_code == 0
    before = {slug: (p.revision_count, p.updated_at) for slug, p in pages().items()}

    result = run_import(app, folder)

    assert result.exit_code == 0, result.output
    assert "0 created, 0 updated, 2 unchanged, 0 skipped" in result.output
    assert len(pages()) == 2
    assert revision_count() == 2
    assert {slug: (p.revision_count, p.updated_at) for slug, p in pages().items()} == before


def test_a_changed_file_makes_a_new_revision(app: Flask, tmp_path: Path) -> None:
    folder = tmp_path / "guidance"
    path = write(folder, "x.md", title="Page X", body="## Targets\n\nTwo days.\n")
    run_import(app, folder)
    path.write_text(path.read_text().replace("Two days.", "One working day."))

    result = run_import(app, folder)

    assert result.exit_code == 0, result.output
    assert "0 created, 1 updated" in result.output
    page = pages()["x"]
    assert page.revision_count == 2
    assert page.change_note == "Updated from x.md"
    assert "One working day." in page.html
    revisions = db.session.scalars(select(GuidanceRevision).order_by(GuidanceRevision.number)).all()
    assert [(r.number, r.change_note) for r in revisions] == [
        (1, "First published"),
        (2, "Updated from x.md"),
    ]
    assert "Two days." in revisions[0].markdown
    assert "One working day." in revisions[1].markdown


def test_a_changed_topic_list_alone_is_a_change(app: Flask, tmp_path: Path) -> None:
    topic = make_topic(slug="graffiti", name="Graffiti")
    folder = tmp_path / "guidance"
    write(folder, "x.md", title="Page X", body="Text.\n")
    run_import(app, folder)
    write(folder, "x.md", title="Page X", body="Text.\n", extra="topics: [Graffiti]\n")

    assert "1 updated" in run_import(app, folder).output
    page = pages()["x"]
    assert [t.id for t in page.topics] == [topic.id]
    assert page.revision_count == 2


def test_reimport_updates_a_page_first_written_in_the_editor(app: Flask, tmp_path: Path) -> None:
    make_guidance_page(slug="existing", title="Old title", markdown="Old text.\n")
    folder = tmp_path / "guidance"
    write(folder, "existing.md", title="New title", body="New text.\n")

    result = run_import(app, folder)

    assert "0 created, 1 updated" in result.output
    [page] = pages().values()
    assert (page.title, page.revision_count) == ("New title", 2)


def test_bad_files_are_reported_by_name_and_line_and_the_good_ones_imported(
    app: Flask, tmp_path: Path
) -> None:
    folder = tmp_path / "guidance"
    write(folder, "good.md", title="Good page", body="Text.\n")
    (folder / "no-front-matter.md").write_text("# Just Markdown\n\nText.\n")
    (folder / "bad-yaml.md").write_text('---\ntitle: T\nsummary: "unclosed\n---\nText.\n')
    (folder / "no-title.md").write_text("---\nsummary: S\n---\nText.\n")
    (folder / "bad-slug.md").write_text("---\ntitle: T\n\nslug: Not A Slug\n---\nText.\n")
    (folder / "empty.md").write_text("---\ntitle: T\n---\n\n")
    (folder / "latin1.md").write_bytes("---\ntitle: Caf\u00e9\n---\nText.\n".encode("latin-1"))
    (folder / "notes.txt").write_text("not a guidance file")

    result = run_import(app, folder)

    assert result.exit_code == 1
    assert "1 created, 0 updated, 0 unchanged, 6 skipped" in result.output
    output = result.output
    assert "Skipped no-front-matter.md, line 1: the file must start with front matter" in output
    assert "Skipped bad-yaml.md, line 3: the front matter cannot be read" in output
    assert "Skipped no-title.md, line 1: the front matter has no title" in output
    assert "Skipped bad-slug.md, line 4: the slug 'Not A Slug'" in output
    assert "Skipped empty.md, line 4: the page has no text after its front matter" in output
    assert "Skipped latin1.md, line 2: the file is not UTF-8 text" in output
    assert "notes.txt" not in output
    assert set(pages()) == {"good"}
    assert revision_count() == 1


def test_unknown_topics_are_warnings_and_the_page_is_imported(app: Flask, tmp_path: Path) -> None:
    graffiti = make_topic(slug="graffiti", name="Graffiti")
    folder = tmp_path / "guidance"
    write(
        folder,
        "x.md",
        title="Page X",
        body="Text.\n",
        extra="topics:\n  - GRAFFITI\n  - Unicorns\n  - Dragons\n",
    )

    result = run_import(app, folder)

    assert result.exit_code == 0, result.output
    assert "Warning: x.md, line 4: no topic called 'Unicorns', 'Dragons' (ignored)" in (
        result.output
    )
    assert [t.id for t in pages()["x"].topics] == [graffiti.id]


def test_two_files_with_the_same_slug_import_only_the_first(app: Flask, tmp_path: Path) -> None:
    folder = tmp_path / "guidance"
    write(folder, "a-first.md", title="First", body="Text.\n", extra="slug: shared\n")
    write(folder, "b-second.md", title="Second", body="Text.\n", extra="slug: shared\n")

    result = run_import(app, folder)

    assert result.exit_code == 1
    assert (
        "Skipped b-second.md, line 1: the slug 'shared' is already used by a-first.md"
        in result.output
    )
    [page] = pages().values()
    assert (page.slug, page.title, page.revision_count) == ("shared", "First", 1)


def test_nothing_is_half_imported(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose save fails part-way (row written, revision not) leaves nothing behind,
    and the pages before and after it are still imported."""
    make_topic(slug="graffiti", name="Graffiti")
    folder = tmp_path / "guidance"
    for name in ("a", "b", "c"):
        write(
            folder, f"{name}.md", title=f"Page {name}", body="Text.\n", extra="topics: graffiti\n"
        )
    real_add_revision = guidance_data.add_revision

    def failing_add_revision(page: GuidancePage, **kwargs: Any) -> GuidanceRevision:
        if page.slug == "b":
            raise RuntimeError("disk full")
        return real_add_revision(page, **kwargs)

    monkeypatch.setattr(guidance_data, "add_revision", failing_add_revision)

    result = run_import(app, folder)

    assert result.exit_code == 1
    assert "Skipped b.md, line 1: could not be saved (RuntimeError)" in result.output
    assert set(pages()) == {"a", "c"}
    assert revision_count() == 2
    links = db.session.scalar(select(func.count()).select_from(guidance_topic))
    assert links == 2


def test_a_folder_that_does_not_exist(app: Flask, tmp_path: Path) -> None:
    result = run_import(app, tmp_path / "missing")

    assert result.exit_code == 2
    assert "does not exist" in result.output
