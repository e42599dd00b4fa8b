"""Commands for guidance and search: import-guidance, reindex, search-worker."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from flask import Flask, current_app

from forum.extensions import db


def register(app: Flask) -> None:
    for command in (import_guidance, reindex, search_worker):
        app.cli.add_command(command)


@click.command("import-guidance")
@click.argument(
    "folder", type=click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path)
)
def import_guidance(folder: Path) -> None:
    """Import every *.md file in FOLDER as a published guidance page (re-import updates)."""
    from forum.guidance.importer import import_folder
    from forum.search.writer import apply_all

    report = import_folder(folder)
    db.session.commit()
    for line in report.warnings:
        click.echo(f"Warning: {line}", err=True)
    for line in report.problems:
        click.echo(f"Skipped {line}", err=True)
    click.echo(
        f"Guidance imported from {folder}: {len(report.created)} created, "
        f"{len(report.updated)} updated, {len(report.unchanged)} unchanged, "
        f"{len(report.problems)} skipped."
    )
    apply_all(current_app._get_current_object())  # type: ignore[attr-defined]
    if report.problems:
        sys.exit(1)


@click.command("reindex")
@click.option(
    "--reconcile",
    is_flag=True,
    help="Only find and repair differences between the database and the index.",
)
def reindex(reconcile: bool) -> None:
    """Rebuild the search index from the database (the site can keep serving meanwhile)."""
    from forum.data.search import count_documents_to_build
    from forum.search.writer import apply_all, rebuild
    from forum.search.writer import reconcile as repair

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    started = time.perf_counter()
    if reconcile:
        drift = repair(app)
        click.echo(
            f"Reconciled: {drift.missing} missing, {drift.stale} out of date and "
            f"{drift.extra} unexpected documents fixed."
        )
        return
    total = count_documents_to_build()
    db.session.remove()
    with click.progressbar(length=total, label="Indexing pages and threads") as bar:
        written = rebuild(app, progress=bar.update)
    applied = apply_all(app)
    seconds = time.perf_counter() - started
    click.echo(
        f"Indexed {written} documents in {seconds:.1f} s "
        f"({written / max(seconds, 0.001):.0f} documents/s); "
        f"then applied {applied} changes made meanwhile."
    )


@click.command("search-worker")
@click.option("--once", is_flag=True, help="Apply what is waiting, then stop.")
def search_worker(once: bool) -> None:
    """Apply the search outbox to the index as changes arrive (a separate writer process)."""
    from forum.search.writer import POLL_SECONDS, apply_all

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    while True:
        applied = apply_all(app)
        if applied:
            click.echo(f"Applied {applied} search changes.")
        if once:
            return
        time.sleep(POLL_SECONDS)
