"""Every page the browser tests audited is valid HTML (the Nu HTML checker, run once).

Named to be collected last in tests/e2e, after the tests that save the pages.
"""

from __future__ import annotations

from e2e_support import HtmlSnapshots, format_vnu_errors, run_vnu


def test_every_audited_page_is_valid_html(html_snapshots: HtmlSnapshots) -> None:
    assert html_snapshots.files, (
        "No pages were audited, so there is no HTML to check: run the whole tests/e2e "
        "directory, or check that the tests call audit(page, step)."
    )
    errors = run_vnu(html_snapshots.files)
    assert not errors, format_vnu_errors(errors) + f"\n(pages saved in {html_snapshots.directory})"
