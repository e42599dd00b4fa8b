"""Adding an area and changing its identity (name, council, region, programme)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forum.areas.contracts import PROGRAMME_LABELS, changes_between, revision_summary
from forum.data import areas as area_data
from forum.data.audit import record_event
from forum.models.accounts import User
from forum.models.places import Area, ContractStage, Organisation, Region

DETAIL_LABELS = {
    "name": "Name",
    "location": "Town or district",
    "council": "Council",
    "region": "Region",
    "programme": "Programme",
}


def _readable(area: Area, council: Organisation | None, region: Region | None) -> dict[str, Any]:
    return {
        "name": area.name,
        "location": area.location,
        "council": council.name if council else None,
        "region": region.name if region else None,
        "programme": PROGRAMME_LABELS.get(area.programme, area.programme),
    }


def create_area(*, editor: User, values: Mapping[str, Any]) -> Area:
    """A new area at the exploring stage; DuplicateValueError when the address is taken."""
    area = Area(
        slug=values["slug"],
        name=values["name"],
        location=values["location"],
        council_id=values["council"].id if values["council"] else None,
        region_id=values["region"].id if values["region"] else None,
        programme=values["programme"],
        contract_stage=ContractStage.EXPLORING.value,
        description="",
    )
    area_data.save_area(area=area)
    area_data.add_revision(area=area, editor=editor, summary="Area added", changes=[])
    record_event(
        actor=editor, action="area.created", subject=area, summary=f"Area ‘{area.name}’ added"
    )
    return area


def update_area(*, area: Area, editor: User, values: Mapping[str, Any]) -> bool:
    """Apply new details; returns whether anything changed (the web address never does)."""
    before = _readable(area, area.council, area.region)
    area.name, area.location, area.programme = (
        values["name"],
        values["location"],
        values["programme"],
    )
    area.council, area.region = values["council"], values["region"]
    changes = changes_between(before, _readable(area, area.council, area.region), DETAIL_LABELS)
    if not changes:
        return False
    summary = revision_summary("Area details changed", changes)
    area_data.add_revision(area=area, editor=editor, summary=summary, changes=changes)
    record_event(actor=editor, action="area.details_changed", subject=area, summary=summary)
    return True
