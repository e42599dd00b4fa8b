"""Area pages: the list and its filters, the contract page, editing, history and members."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.models import AreaMember, AuditEvent, CommunityContract, ContractRevision, User
from tests.support.factories import (
    make_area,
    make_area_member,
    make_contract,
    make_ledger_entry,
    make_organisation,
    make_region,
    make_standard,
    make_topic,
    make_user,
)
from tests.support.pages import CheckedClient, check_page, text_of


@pytest.fixture
def places(app: Flask) -> dict[str, object]:
    north = make_region(slug="north-east", name="North East")
    london = make_region(slug="london", name="London")
    graffiti = make_topic(slug="graffiti-fly-posting", name="Graffiti and fly-posting")
    litter = make_topic(slug="litter-street-cleansing", name="Litter and street cleansing")
    council = make_organisation(name="Sunderland City Council")
    plains = make_area(
        slug="plains-farm",
        name="Plains Farm",
        region_id=north.id,
        council_id=council.id,
        programme="pilot",
        contract_stage="monitoring",
        priority_topics=[graffiti, litter],
    )
    aspley = make_area(
        slug="aspley",
        name="Aspley",
        region_id=london.id,
        programme="connecting_communities",
        contract_stage="drafting",
        priority_topics=[litter],
    )
    return {"plains": plains, "aspley": aspley, "graffiti": graffiti, "litter": litter}


def _names(page_text: str) -> set[str]:
    return {name for name in ("Plains Farm", "Aspley") if name in page_text}


def test_area_list_shows_every_area(client: CheckedClient, places: dict[str, object]) -> None:
    page = client.page("/areas/")
    assert page.h1 == "Areas and their community contracts"
    assert _names(page.text) == {"Plains Farm", "Aspley"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("programme=connecting_communities", {"Aspley"}),
        ("stage=monitoring", {"Plains Farm"}),
        ("region=north-east", {"Plains Farm"}),
        ("topic=litter-street-cleansing", {"Plains Farm", "Aspley"}),
        ("topic=graffiti-fly-posting&programme=pilot", {"Plains Farm"}),
        ("topic=graffiti-fly-posting&programme=connecting_communities", set()),
    ],
)
def test_area_list_filters(
    client: CheckedClient, places: dict[str, object], query: str, expected: set[str]
) -> None:
    page = client.page(f"/areas/?{query}")
    tables = page.with_class("govuk-table")
    shown = _names(text_of(tables[0])) if tables else set()
    assert shown == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("topic=no-such-topic", "Select a topic from the list"),
        ("programme=lottery", "Select a programme from the list"),
        ("stage=lapsed", "Select a contract stage from the list"),
        ("region=atlantis", "Select a region from the list"),
    ],
)
def test_unknown_filters_are_named_and_ignored(
    client: CheckedClient, places: dict[str, object], query: str, message: str
) -> None:
    response = client.get(f"/areas/?{query}")
    assert response.status_code == 400
    page = client.page(f"/areas/?{query}", expected_status=400)
    assert message in page.error_summary
    assert _names(page.text) == {"Plains Farm", "Aspley"}


def test_area_page_shows_the_contract(client: CheckedClient, places: dict[str, object]) -> None:
    plains = places["plains"]
    make_contract(
        area=plains,
        parties=["Sunderland City Council", "Home Group"],
        residents_commitments=["Take part in litter picks"],
        redress_options=["Right to a written response"],
        response_days=14,
    )
    standard = make_standard(
        area=plains, topic=places["graffiti"], description="Remove offensive graffiti"
    )
    make_ledger_entry(standard=standard, status="missed")
    page = client.page("/areas/plains-farm")
    assert page.h1 == "Plains Farm"
    text = page.text
    for expected in (
        "Sunderland City Council",
        "Home Group",
        "Take part in litter picks",
        "Right to a written response",
        "Within 14 days",
        "Remove offensive graffiti",
        "within 48 hours",
        "Missed",
        "Monitoring",
    ):
        assert expected in text
    link = f"/areas/plains-farm/standards/{standard.number}"
    assert any(a.get("href") == link for a in page.all("a"))
    assert "Edit the contract" not in text  # anonymous


def test_unknown_area_is_404(client: CheckedClient) -> None:
    assert client.get("/areas/nowhere").status_code == 404
    assert client.get("/areas/nowhere/history").status_code == 404


def _contract_form(**changes: str | list[str]) -> dict[str, object]:
    values: dict[str, object] = {
        "title": "Green and Clean",
        "contract_stage": "signed",
        "parties": "Sunderland City Council\nPlains Farm Residents' Association\n\n",
        "residents_commitments": "Keep gardens tidy",
        "redress_options": "An apology\nA written response",
        "response_days": "10",
        "signed_on": ["8", "12", "2008"],
        "review_on": ["8", "12", "2009"],
        "households_band": "2000-4999",
        "priority_topics": [],
        "description": "An estate in Sunderland.",
    }
    values.update(changes)
    return values


def _post(client: CheckedClient, url: str, data: dict[str, object]) -> object:
    token = client.csrf_token(url)
    return client.post(url, data={**data, "csrf_token": token})


@pytest.fixture
def officer(places: dict[str, object]) -> User:
    person = make_user(display_name="Olive Officer")
    make_area_member(area=places["plains"], user=person, role="officer")
    return person


def test_member_edits_contract_and_history_records_it(
    client_for: Callable[[User], CheckedClient], places: dict[str, object], officer: User
) -> None:
    client = client_for(officer)
    plains = places["plains"]
    data = _contract_form(priority_topics=[str(places["litter"].id)])
    response = _post(client, "/areas/plains-farm/edit", data)
    assert response.status_code == 302
    contract = db.session.scalar(
        select(CommunityContract).where(CommunityContract.area_id == plains.id)
    )
    assert contract.parties == ["Sunderland City Council", "Plains Farm Residents' Association"]
    assert contract.redress_options == ["An apology", "A written response"]
    assert contract.signed_on.isoformat() == "2008-12-08"
    db.session.refresh(plains)
    assert plains.contract_stage == "signed"
    assert [t.slug for t in plains.priority_topics] == ["litter-street-cleansing"]

    history = client.page("/areas/plains-farm/history")
    assert "Contract changed" in history.text
    assert "Monitoring" in history.text  # before
    assert "Signed" in history.text  # after
    assert "Olive Officer" in history.text
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "area.contract_changed")
    )
    assert event.subject_type == "area"

    # Saving the same values again records nothing new.
    assert _post(client, "/areas/plains-farm/edit", data).status_code == 302
    revisions = db.session.scalars(
        select(ContractRevision).where(ContractRevision.area_id == plains.id)
    ).all()
    assert len(revisions) == 1


def test_edit_form_shows_current_values(
    client_for: Callable[[User], CheckedClient], places: dict[str, object], officer: User
) -> None:
    make_contract(area=places["plains"], parties=["Council", "Police"], response_days=7)
    page = client_for(officer).page("/areas/plains-farm/edit")
    assert page.field_value("parties") == "Council\nPolice"
    assert page.field_value("response_days") == "7"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"response_days": "0"}, "Enter a number of days from 1 to 365"),
        ({"response_days": "ten"}, "Enter the number of days to respond as a whole number"),
        ({"contract_stage": "lapsed"}, "Select the contract stage"),
        ({"signed_on": ["31", "2", "2009"]}, "Date signed (optional) must be a real date"),
        ({"signed_on": ["1", "", "2009"]}, "Date signed (optional) must include a month"),
        ({"review_on": ["1", "1", "2008"]}, "Enter a review date that is after the date signed"),
        ({"review_on": ["1", "1", "1066"]}, "Enter a year between 1990 and 2100"),
        ({"review_on": ["1"]}, "Review date (optional) must include a month and a year"),
        ({"households_band": "lots"}, "Select a number of households from the list"),
        ({"priority_topics": ["99999"]}, "Select topics from the list"),
        ({"parties": "x" * 301}, "Enter each of the parties in 300 characters or fewer"),
    ],
)
def test_bad_contract_input_keeps_what_was_typed(
    client_for: Callable[[User], CheckedClient],
    places: dict[str, object],
    officer: User,
    changes: dict[str, object],
    message: str,
) -> None:
    response = _post(client_for(officer), "/areas/plains-farm/edit", _contract_form(**changes))
    assert response.status_code == 400
    page = check_page(response)
    assert any(message in error for error in page.error_summary), page.error_summary
    assert page.field_value("title") == "Green and Clean"


def test_people_outside_the_area_cannot_edit(
    member_client: CheckedClient,
    mentor_client: CheckedClient,
    moderator_client: CheckedClient,
    admin_client: CheckedClient,
    places: dict[str, object],
) -> None:
    for client in (member_client, mentor_client, moderator_client):
        assert client.get("/areas/plains-farm/edit").status_code == 403
        token = client.csrf_token("/password/forgot")
        response = client.post("/areas/plains-farm/edit", data={"csrf_token": token})
        assert response.status_code == 403
    assert admin_client.get("/areas/plains-farm/edit").status_code == 200


def test_naming_an_area_on_a_profile_grants_nothing(
    client_for: Callable[[User], CheckedClient], places: dict[str, object]
) -> None:
    person = make_user(area_id=places["plains"].id)
    assert client_for(person).get("/areas/plains-farm/edit").status_code == 403


def test_members_page_adds_and_removes(
    client_for: Callable[[User], CheckedClient], places: dict[str, object], officer: User
) -> None:
    client = client_for(officer)
    newcomer = make_user(display_name="Rita Resident", email="rita@example.org")
    response = _post(
        client,
        "/areas/plains-farm/members",
        {"email": "RITA@example.org", "role": "residents_representative"},
    )
    assert response.status_code == 302
    assert client_for(newcomer).get("/areas/plains-farm/edit").status_code == 200
    page = client.page("/areas/plains-farm/members")
    assert "Rita Resident" in page.text
    assert "Residents' representative" in page.text

    again = _post(
        client, "/areas/plains-farm/members", {"email": "rita@example.org", "role": "officer"}
    )
    assert again.status_code == 400
    unknown = _post(
        client, "/areas/plains-farm/members", {"email": "nobody@example.org", "role": "officer"}
    )
    assert unknown.status_code == 400
    bad_role = _post(
        client, "/areas/plains-farm/members", {"email": "rita@example.org", "role": "boss"}
    )
    assert bad_role.status_code == 400

    removed = _post(client, f"/areas/plains-farm/members/{newcomer.id}/remove", {})
    assert removed.status_code == 302
    assert db.session.scalar(select(AreaMember).where(AreaMember.user_id == newcomer.id)) is None
    assert _post(client, f"/areas/plains-farm/members/{newcomer.id}/remove", {}).status_code == 404
    history = client.page("/areas/plains-farm/history").text
    assert "Rita Resident added as residents' representative" in history
    assert "Rita Resident removed" in history


def test_progress_update_with_a_measured_value(
    client_for: Callable[[User], CheckedClient], places: dict[str, object], officer: User
) -> None:
    client = client_for(officer)
    standard = make_standard(area=places["plains"], topic=places["graffiti"])
    data = {
        "recorded_on": ["3", "2", "2010"],
        "text": "Walkabout with residents: **all** tags cleaned.",
        "standard": str(standard.id),
        "measured_value": "36 hours",
    }
    assert _post(client, "/areas/plains-farm/progress/new", data).status_code == 302
    page = client.page("/areas/plains-farm")
    assert "3 February 2010" in page.text
    assert "36 hours" in page.text
    assert page.root.find(".//strong") is not None

    future = {**data, "recorded_on": ["1", "1", "2099"]}
    response = _post(client, "/areas/plains-farm/progress/new", future)
    assert response.status_code == 400
    orphan = {**data, "standard": ""}
    assert _post(client, "/areas/plains-farm/progress/new", orphan).status_code == 400


def test_area_nav_link_in_the_header(client: CheckedClient, places: dict[str, object]) -> None:
    page = client.page("/")
    assert any(a.get("href") == "/areas/" for a in page.all("a"))


def _details(**changes: str) -> dict[str, object]:
    return {
        "name": "Kendray",
        "slug": "kendray",
        "location": "Barnsley",
        "council": "",
        "region": "",
        "programme": "connecting_communities",
        **changes,
    }


def test_admin_adds_an_area_and_changes_its_details(
    admin_client: CheckedClient, places: dict[str, object]
) -> None:
    response = _post(admin_client, "/areas/new", _details(region=str(places["aspley"].region_id)))
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/areas/kendray")
    page = admin_client.page("/areas/kendray")
    assert "Connecting Communities" in page.text
    assert "Exploring" in page.text
    assert "London" in page.text

    duplicate = _post(admin_client, "/areas/new", _details())
    assert duplicate.status_code == 400
    assert "Another area already uses that web address" in " ".join(
        check_page(duplicate).error_summary
    )
    for changes, message in (
        ({"slug": "New Area!"}, "Enter a web address using lower-case letters"),
        ({"slug": "new"}, "That web address is used by the site"),
        ({"name": ""}, "Enter the name of the area"),
        ({"programme": "lottery"}, "Select the programme"),
        ({"council": "99999"}, "Select a council from the list"),
    ):
        response = _post(admin_client, "/areas/new", _details(**changes))
        assert response.status_code == 400
        assert any(message in e for e in check_page(response).error_summary), changes

    form = admin_client.page("/areas/kendray/details")
    assert form.field_value("name") == "Kendray"
    renamed = _post(
        admin_client,
        "/areas/kendray/details",
        _details(name="Kendray estate", slug="ignored", programme="pilot"),
    )
    assert renamed.headers["Location"].endswith("/areas/kendray")
    history = admin_client.page("/areas/kendray/history").text
    assert "Area details changed: name, region, programme" in history
    assert "Area added" in history


def test_only_admins_manage_areas(
    client_for: Callable[[User], CheckedClient], places: dict[str, object], officer: User
) -> None:
    client = client_for(officer)
    assert client.get("/areas/new").status_code == 403
    assert client.get("/areas/plains-farm/details").status_code == 403
    assert "Add an area" not in client.page("/areas/").text
