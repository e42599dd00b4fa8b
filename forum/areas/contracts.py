"""Plain rules about areas and their contracts: labels, lines, deadlines and change lists.

No Flask and no database here: everything takes and returns plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

STAGE_LABELS: dict[str, str] = {
    "exploring": "Exploring",
    "drafting": "Drafting",
    "consulting": "Consulting residents",
    "signed": "Signed",
    "monitoring": "Monitoring",
    "reviewing": "Reviewing",
}
# A filter value covering every stage at which a contract has been signed and is in force.
IN_FORCE = "in_force"
IN_FORCE_STAGES = ("signed", "monitoring", "reviewing")
STAGE_FILTER_LABELS: dict[str, str] = {
    IN_FORCE: "Any signed contract (signed, monitoring or reviewing)",
    **STAGE_LABELS,
}
PROGRAMME_LABELS: dict[str, str] = {
    "pilot": "Community contracts pilot",
    "connecting_communities": "Connecting Communities",
    "other": "Other",
}
HOUSEHOLD_BANDS: dict[str, str] = {
    "<2000": "Fewer than 2,000 households",
    "2000-4999": "2,000 to 4,999 households",
    "5000-9999": "5,000 to 9,999 households",
    ">=10000": "10,000 or more households",
}
MEMBER_ROLE_LABELS: dict[str, str] = {
    "officer": "Officer",
    "residents_representative": "Residents' representative",
    "partner": "Partner organisation",
}
STATUS_LABELS: dict[str, str] = {"met": "Met", "at_risk": "At risk", "missed": "Missed"}
# GOV.UK tag colours for each ledger status.
STATUS_TAGS: dict[str, str] = {
    "met": "govuk-tag--green",
    "at_risk": "govuk-tag--yellow",
    "missed": "govuk-tag--red",
}

MAX_LINES = 30
MAX_LINE = 300


def stages_for(choice: str | None) -> tuple[str, ...] | None:
    """The stages a stage filter selects: one stage, every signed one, or None for any."""
    if not choice:
        return None
    return IN_FORCE_STAGES if choice == IN_FORCE else (choice,)


def lines(text: str | None) -> list[str]:
    """The non-blank lines of a "one per line" box, trimmed, repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for line in (text or "").splitlines():
        cleaned = " ".join(line.split()).lstrip("-*• ").strip()
        if cleaned:
            seen.setdefault(cleaned, None)
    return list(seen)


def lines_problem(items: list[str], what: str) -> str | None:
    """An instruction when a list is too long or has an over-long line, else None."""
    if len(items) > MAX_LINES:
        return f"Enter up to {MAX_LINES} {what}, one per line"
    if any(len(item) > MAX_LINE for item in items):
        return f"Enter each of the {what} in {MAX_LINE} characters or fewer"
    return None


def response_deadline(recorded_on: date, response_days: int) -> date:
    """When a provider must have responded to a missed standard (calendar days)."""
    return recorded_on + timedelta(days=response_days)


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(none)"
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value)
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    return str(value)


def changes_between(
    before: Mapping[str, Any], after: Mapping[str, Any], labels: Mapping[str, str]
) -> list[dict[str, str]]:
    """Each field whose value changed, in `labels` order, as text people can read."""
    return [
        {"field": label, "before": _shown(before.get(key)), "after": _shown(after.get(key))}
        for key, label in labels.items()
        if before.get(key) != after.get(key)
    ]


def revision_summary(action: str, changes: Iterable[Mapping[str, str]]) -> str:
    """ "Contract details changed: review date, redress options" (kept under 300 characters)."""
    fields = [change["field"].lower() for change in changes]
    text = f"{action}: {', '.join(fields)}" if fields else action
    return text if len(text) <= 300 else text[:297] + "..."
