"""Pure rules for contracts: lines, deadlines, stage filters and change lists."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forum.areas.contracts import (
    IN_FORCE_STAGES,
    STAGE_LABELS,
    changes_between,
    lines,
    lines_problem,
    response_deadline,
    revision_summary,
    stages_for,
)
from forum.models.places import ContractStage


def test_lines_trims_drops_blanks_bullets_and_repeats() -> None:
    text = "  The council \r\n\n- Police team\n* Police team\n•  Residents'   group\n   \n"
    assert lines(text) == ["The council", "Police team", "Residents' group"]
    assert lines(None) == []
    assert lines("") == []


@given(st.text())
def test_lines_never_returns_blank_or_repeated_items(text: str) -> None:
    items = lines(text)
    assert all(item and item == item.strip() for item in items)
    assert len(items) == len(set(items))


def test_lines_problem_names_the_limit() -> None:
    assert lines_problem(["a"] * 30, "parties") is None
    assert lines_problem(["a"] * 31, "parties") == "Enter up to 30 parties, one per line"
    assert lines_problem(["x" * 301], "parties") == (
        "Enter each of the parties in 300 characters or fewer"
    )


@pytest.mark.parametrize(
    ("recorded", "days", "due"),
    [
        (date(2010, 1, 5), 10, date(2010, 1, 15)),
        (date(2010, 2, 25), 5, date(2010, 3, 2)),
        (date(2008, 12, 31), 1, date(2009, 1, 1)),
    ],
)
def test_response_deadline_counts_calendar_days(recorded: date, days: int, due: date) -> None:
    assert response_deadline(recorded, days) == due


def test_stage_labels_cover_every_stage_in_order() -> None:
    assert list(STAGE_LABELS) == [stage.value for stage in ContractStage]
    assert list(STAGE_LABELS) == [
        "exploring",
        "drafting",
        "consulting",
        "signed",
        "monitoring",
        "reviewing",
    ]


def test_stage_filters() -> None:
    assert stages_for(None) is None
    assert stages_for("") is None
    assert stages_for("drafting") == ("drafting",)
    assert stages_for("in_force") == IN_FORCE_STAGES == ("signed", "monitoring", "reviewing")


def test_changes_between_lists_changed_fields_readably() -> None:
    labels = {"parties": "Parties", "review_on": "Review date", "response_days": "Days"}
    before = {"parties": ["Council"], "review_on": None, "response_days": 10}
    after = {"parties": ["Council", "Police"], "review_on": date(2011, 3, 1), "response_days": 10}
    assert changes_between(before, after, labels) == [
        {"field": "Parties", "before": "Council", "after": "Council; Police"},
        {"field": "Review date", "before": "(none)", "after": "1 March 2011"},
    ]
    assert changes_between(after, after, labels) == []


def test_revision_summary() -> None:
    changes = [{"field": "Review date"}, {"field": "Redress options"}]
    assert revision_summary("Contract changed", changes) == (
        "Contract changed: review date, redress options"
    )
    assert revision_summary("Standard 2 withdrawn", []) == "Standard 2 withdrawn"
    long = revision_summary("Changed", [{"field": "x" * 400}])
    assert len(long) == 300
    assert long.endswith("...")
