"""Changing an area's contract: every change keeps a revision and an audit event."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from forum.areas.contracts import (
    HOUSEHOLD_BANDS,
    MEMBER_ROLE_LABELS,
    STAGE_LABELS,
    STATUS_LABELS,
    changes_between,
    response_deadline,
    revision_summary,
)
from forum.boards import posting
from forum.content import render_markdown
from forum.data import areas as area_data
from forum.data import standards as standard_data
from forum.data.audit import record_event
from forum.models.accounts import User
from forum.models.areas import (
    AreaMember,
    ContractRevision,
    LedgerEntry,
    ProgressUpdate,
    ServiceStandard,
    StandardThreadKind,
)
from forum.models.boards import Board, Thread, ThreadKind
from forum.models.places import Area, Topic
from forum.models.types import utcnow

CONTRACT_LABELS = {
    "title": "Name of the contract",
    "contract_stage": "Contract stage",
    "parties": "Parties",
    "residents_commitments": "Residents' commitments",
    "redress_options": "Redress options",
    "response_days": "Days to respond to a missed standard",
    "signed_on": "Date signed",
    "review_on": "Review date",
    "households_band": "Households",
    "priority_topics": "Priority topics",
    "description": "About the area",
}
CONTRACT_FIELDS = (
    "title",
    "parties",
    "residents_commitments",
    "redress_options",
    "response_days",
    "signed_on",
    "review_on",
)
AREA_FIELDS = ("contract_stage", "households_band", "description")
STANDARD_LABELS = {
    "topic": "Topic",
    "provider": "Provider",
    "description": "What will be done",
    "target": "Target",
}


def contract_values(area: Area) -> dict[str, Any]:
    """The editable values of an area and its contract, as the form shows them."""
    contract = area.contract
    values: dict[str, Any] = {
        "title": contract.title if contract else "",
        "parties": list(contract.parties) if contract else [],
        "residents_commitments": list(contract.residents_commitments) if contract else [],
        "redress_options": list(contract.redress_options) if contract else [],
        "response_days": contract.response_days if contract else 10,
        "signed_on": contract.signed_on if contract else None,
        "review_on": contract.review_on if contract else None,
    }
    values.update({name: getattr(area, name) for name in AREA_FIELDS})
    values["priority_topics"] = [topic.id for topic in area.priority_topics]
    return values


def _readable(values: Mapping[str, Any], topic_names: Mapping[int, str]) -> dict[str, Any]:
    """Values as people read them in the history: labels, not codes."""
    shown = dict(values)
    shown["contract_stage"] = STAGE_LABELS.get(values["contract_stage"], values["contract_stage"])
    band = values.get("households_band")
    shown["households_band"] = HOUSEHOLD_BANDS.get(band, "Not known") if band else None
    shown["priority_topics"] = sorted(topic_names.get(i, str(i)) for i in values["priority_topics"])
    return shown


def update_contract(
    *, area: Area, editor: User, values: Mapping[str, Any], topics: Sequence[Topic]
) -> ContractRevision | None:
    """Apply the form's values; returns the new revision, or None when nothing changed."""
    names = {topic.id: topic.name for topic in topics}
    before = _readable(contract_values(area), names)
    contract = area_data.ensure_contract(area=area)
    for name in CONTRACT_FIELDS:
        setattr(contract, name, values[name])
    for name in AREA_FIELDS:
        setattr(area, name, values[name])
    chosen = set(values["priority_topics"])
    area.priority_topics = [topic for topic in topics if topic.id in chosen]
    after = _readable(contract_values(area), names)
    changes = changes_between(before, after, CONTRACT_LABELS)
    if not changes:
        return None
    contract.updated_at = utcnow()
    summary = revision_summary("Contract changed", changes)
    revision = area_data.add_revision(area=area, editor=editor, summary=summary, changes=changes)
    record_event(
        actor=editor,
        action="area.contract_changed",
        subject=area,
        summary=summary,
        details={"revision": revision.number},
    )
    return revision


def _standard_values(standard: ServiceStandard, topic: Topic) -> dict[str, str]:
    return {
        "topic": topic.name,
        "provider": standard.provider,
        "description": standard.description,
        "target": standard.target,
    }


def add_standard(
    *, area: Area, editor: User, topic: Topic, provider: str, description: str, target: str
) -> ServiceStandard:
    standard = standard_data.add_standard(
        area=area, topic=topic, provider=provider, description=description, target=target
    )
    changes = changes_between({}, _standard_values(standard, topic), STANDARD_LABELS)
    summary = f"Standard {standard.number} added: {description}"[:300]
    _record_standard_change(area, standard, editor, "added", summary, changes)
    return standard


def edit_standard(
    *,
    area: Area,
    standard: ServiceStandard,
    editor: User,
    topic: Topic,
    provider: str,
    description: str,
    target: str,
) -> ContractRevision | None:
    before = _standard_values(standard, standard.topic)
    standard.topic_id, standard.topic = topic.id, topic
    standard.provider, standard.description, standard.target = provider, description, target
    changes = changes_between(before, _standard_values(standard, topic), STANDARD_LABELS)
    if not changes:
        return None
    summary = revision_summary(f"Standard {standard.number} changed", changes)
    return _record_standard_change(area, standard, editor, "changed", summary, changes)


def set_withdrawn(
    *, area: Area, standard: ServiceStandard, editor: User, withdrawn: bool
) -> ContractRevision | None:
    """Withdraw a standard from the contract (its number and ledger stay), or restore it."""
    if standard.withdrawn == withdrawn:
        return None
    standard.withdrawn_at = utcnow() if withdrawn else None
    verb = "withdrawn" if withdrawn else "restored"
    summary = f"Standard {standard.number} {verb}: {standard.description}"[:300]
    return _record_standard_change(area, standard, editor, verb, summary, [])


def _record_standard_change(
    area: Area,
    standard: ServiceStandard,
    editor: User,
    verb: str,
    summary: str,
    changes: list[Any],
) -> ContractRevision:
    """Every change to a standard: a contract revision, and an audit event pointing at it."""
    revision = area_data.add_revision(area=area, editor=editor, summary=summary, changes=changes)
    area_data.ensure_contract(area=area).updated_at = utcnow()
    record_event(
        actor=editor,
        action=f"standard.{verb}",
        subject=standard,
        summary=summary,
        details={"area": area.slug, "number": standard.number, "revision": revision.number},
    )
    return revision


def log_entry(
    *,
    area: Area,
    standard: ServiceStandard,
    author: User,
    recorded_on: date,
    status: str,
    measured_value: str,
    evidence: str,
) -> LedgerEntry:
    entry = standard_data.add_entry(
        standard=standard,
        recorded_on=recorded_on,
        status=status,
        measured_value=measured_value,
        evidence=evidence,
        evidence_html=render_markdown(evidence),
        author=author,
    )
    record_event(
        actor=author,
        action="standard.ledger_entry",
        subject=standard,
        summary=(
            f"Standard {standard.number} recorded as {STATUS_LABELS[status].lower()} "
            f"on {recorded_on.isoformat()}"
        ),
        details={"area": area.slug, "entry": entry.id, "status": status},
    )
    return entry


def add_progress(
    *,
    area: Area,
    author: User,
    recorded_on: date,
    text: str,
    standard: ServiceStandard | None,
    measured_value: str,
) -> ProgressUpdate:
    update = area_data.add_progress(
        area=area,
        recorded_on=recorded_on,
        text=text,
        html=render_markdown(text),
        standard=standard,
        measured_value=measured_value,
        author=author,
    )
    record_event(
        actor=author,
        action="area.progress_update",
        subject=area,
        summary=f"Progress update for {recorded_on.isoformat()} added",
        details={"update": update.id},
    )
    return update


def add_member(*, area: Area, editor: User, person: User, role: str) -> AreaMember:
    member = area_data.add_member(area=area, user=person, role=role)
    summary = f"{person.display_name} added as {MEMBER_ROLE_LABELS[role].lower()}"
    area_data.add_revision(area=area, editor=editor, summary=summary, changes=[])
    record_event(
        actor=editor,
        action="area.member_added",
        subject=area,
        summary=summary,
        details={"user": person.id, "role": role},
    )
    return member


def remove_member(*, area: Area, editor: User, member: AreaMember) -> None:
    summary = f"{member.user.display_name} removed from the area's members"
    area_data.remove_member(member=member)
    area_data.add_revision(area=area, editor=editor, summary=summary, changes=[])
    record_event(
        actor=editor,
        action="area.member_removed",
        subject=area,
        summary=summary,
        details={"user": member.user_id},
    )


def redress_draft(
    *, area: Area, standard: ServiceStandard, entry: LedgerEntry | None
) -> tuple[str, str]:
    """A title and opening post for a redress thread, for the person to edit and post."""
    title = f"Redress: standard {standard.number} missed in {area.name}"
    contract = area.contract
    days = contract.response_days if contract else 10
    parts = [
        f"Standard {standard.number} of the {area.name} community contract "
        f"({standard.provider}): {standard.description}, {standard.target}.",
    ]
    if entry is not None:
        deadline = response_deadline(entry.recorded_on, days)
        parts.append(
            f"It was recorded as missed on {entry.recorded_on:%-d %B %Y}. Under the contract "
            f"the provider should respond within {days} days, by {deadline:%-d %B %Y}."
        )
        if entry.evidence:
            parts.append(f"Evidence: {entry.evidence}")
    if contract and contract.redress_options:
        options = "\n".join(f"- {option}" for option in contract.redress_options)
        parts.append(f"The contract's redress options are:\n\n{options}")
    parts.append("What we are asking for: ")
    return title[:150], "\n\n".join(parts)


def discussion_draft(*, area: Area, standard: ServiceStandard) -> tuple[str, str]:
    title = f"{area.name} standard {standard.number}: {standard.description}"
    if len(title) > 150:
        title = title[:147] + "..."
    body = (
        f"About standard {standard.number} of the {area.name} community contract "
        f"({standard.provider}): {standard.description}, {standard.target}.\n\n"
    )
    return title, body


def open_thread(
    *,
    area: Area,
    standard: ServiceStandard,
    author: User,
    board: Board,
    title: str,
    body: str,
    kind: StandardThreadKind,
    entry: LedgerEntry | None,
    hold: bool,
) -> Thread:
    """Start a thread through the forum's own posting, then link it to the standard."""
    thread = posting.start_thread(
        board=board,
        author=author,
        title=title,
        body=body,
        kind=ThreadKind.DISCUSSION,
        topics=[standard.topic],
        area_id=area.id,
        hold=hold,
    )
    standard_data.link_thread(standard=standard, thread=thread, kind=kind.value, entry=entry)
    return thread
