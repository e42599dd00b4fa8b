"""Standards: numbers, pages, ledgers, CSV, linked threads, redress and the comparison."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.models import AuditEvent, LedgerEntry, ServiceStandard, StandardThread, Thread, User
from forum.models.types import utcnow
from tests.support.factories import (
    make_area,
    make_area_member,
    make_board,
    make_contract,
    make_ledger_entry,
    make_region,
    make_standard,
    make_thread,
    make_topic,
    make_user,
)
from tests.support.pages import CheckedClient, check_page, text_of
from tests.support.queries import QueryLog, queries


@pytest.fixture
def world(app: Flask) -> dict[str, object]:
    north = make_region(slug="north-east", name="North East")
    graffiti = make_topic(slug="graffiti-fly-posting", name="Graffiti and fly-posting")
    tipping = make_topic(slug="fly-tipping-bulky-waste", name="Fly-tipping and bulky waste")
    plains = make_area(
        slug="plains-farm",
        name="Plains Farm",
        region_id=north.id,
        programme="pilot",
        contract_stage="signed",
    )
    aspley = make_area(
        slug="aspley", name="Aspley", programme="connecting_communities", contract_stage="drafting"
    )
    make_contract(area=plains, response_days=10, redress_options=["A written response"])
    officer = make_user(display_name="Olive Officer")
    make_area_member(area=plains, user=officer)
    board = make_board(slug="standards-talk", name="Standards talk")
    return {
        "plains": plains,
        "aspley": aspley,
        "graffiti": graffiti,
        "tipping": tipping,
        "officer": officer,
        "board": board,
    }


def _post(client: CheckedClient, url: str, data: dict[str, object]) -> object:
    token = client.csrf_token(url)
    return client.post(url, data={**data, "csrf_token": token})


def _standard_form(topic_id: int, **changes: str) -> dict[str, object]:
    return {
        "topic": str(topic_id),
        "provider": "Sunderland City Council",
        "description": "Remove fly-tipping from estates",
        "target": "within 5 working days",
        **changes,
    }


def test_standard_numbers_are_never_reused(
    client_for: Callable[[User], CheckedClient], world: dict[str, object]
) -> None:
    client = client_for(world["officer"])
    tipping = world["tipping"]
    first = _post(client, "/areas/plains-farm/standards/new", _standard_form(tipping.id))
    assert first.headers["Location"].endswith("/areas/plains-farm/standards/1")
    second = _post(client, "/areas/plains-farm/standards/new", _standard_form(tipping.id))
    assert second.headers["Location"].endswith("/areas/plains-farm/standards/2")
    assert _post(client, "/areas/plains-farm/standards/2/withdraw", {}).status_code == 302
    third = _post(client, "/areas/plains-farm/standards/new", _standard_form(tipping.id))
    assert third.headers["Location"].endswith("/areas/plains-farm/standards/3")

    withdrawn = client.page("/areas/plains-farm/standards/2")
    assert "was withdrawn from the contract" in withdrawn.text
    area_page = client.page("/areas/plains-farm")
    assert "Withdrawn standards (1)" in area_page.text
    assert _post(client, "/areas/plains-farm/standards/2/restore", {}).status_code == 302
    assert "withdrawn" not in client.page("/areas/plains-farm/standards/2").text

    history = client.page("/areas/plains-farm/history").text
    for line in ("Standard 1 added", "Standard 2 withdrawn", "Standard 2 restored"):
        assert line in history
    actions = set(db.session.scalars(select(AuditEvent.action)))
    assert {"standard.added", "standard.withdrawn", "standard.restored"} <= actions


def test_standard_numbers_are_per_area(world: dict[str, object]) -> None:
    one = make_standard(area=world["plains"], topic=world["graffiti"])
    other = make_standard(area=world["aspley"], topic=world["graffiti"])
    assert (one.number, other.number) == (1, 1)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"topic": ""}, "Select a topic"),
        ({"topic": "99999"}, "Select a topic"),
        ({"topic": "nonsense"}, "Select a topic"),
        ({"provider": ""}, "Enter the provider"),
        ({"description": "  "}, "Enter what will be done"),
        ({"target": ""}, "Enter the target"),
        ({"target": "x" * 151}, "Enter a target of 150 characters or fewer"),
    ],
)
def test_bad_standard_input(
    client_for: Callable[[User], CheckedClient],
    world: dict[str, object],
    changes: dict[str, str],
    message: str,
) -> None:
    url = "/areas/plains-farm/standards/new"
    response = _post(
        client_for(world["officer"]), url, _standard_form(world["tipping"].id, **changes)
    )
    assert response.status_code == 400
    page = check_page(response)
    assert message in page.error_summary
    assert db.session.scalar(select(ServiceStandard)) is None


def test_editing_a_standard_keeps_history(
    client_for: Callable[[User], CheckedClient], world: dict[str, object]
) -> None:
    standard = make_standard(area=world["plains"], topic=world["graffiti"])
    client = client_for(world["officer"])
    url = f"/areas/plains-farm/standards/{standard.number}/edit"
    assert client.page(url).field_value("target") == "within 48 hours"
    changed = _standard_form(world["graffiti"].id, target="within 24 hours")
    assert _post(client, url, changed).status_code == 302
    history = client.page("/areas/plains-farm/history").text
    assert "Standard 1 changed" in history
    assert "within 48 hours" in history
    assert "within 24 hours" in history


def test_unknown_standard_is_404(client: CheckedClient, world: dict[str, object]) -> None:
    for url in (
        "/areas/plains-farm/standards/7",
        "/areas/plains-farm/standards/7.csv",
        "/areas/nowhere/standards/1",
        "/areas/plains-farm/standards/0",
    ):
        assert client.get(url).status_code == 404, url
    assert client.get("/areas/plains-farm/standards/abc").status_code == 404


def test_logging_a_missed_entry_offers_redress_with_the_deadline(
    client_for: Callable[[User], CheckedClient], world: dict[str, object]
) -> None:
    standard = make_standard(area=world["plains"], topic=world["graffiti"])
    client = client_for(world["officer"])
    day = utcnow().date() - timedelta(days=2)
    data = {
        "recorded_on": [str(day.day), str(day.month), str(day.year)],
        "status": "missed",
        "measured_value": "5 days",
        "evidence": "Street rep's form: tag on the shop shutters for *five* days.",
    }
    response = _post(client, "/areas/plains-farm/standards/1/ledger/new", data)
    assert response.status_code == 302
    entry = db.session.scalar(select(LedgerEntry))
    assert response.headers["Location"].endswith(f"/areas/plains-farm/standards/1#entry-{entry.id}")
    deadline = day + timedelta(days=10)
    page = client.page("/areas/plains-farm/standards/1")
    assert f"should respond by {deadline.day} {deadline:%B %Y}" in page.text
    assert "<em>five</em>" in entry.evidence_html
    redress = f"/areas/plains-farm/standards/1/threads/new?kind=redress&entry={entry.id}"
    assert any(a.get("href") == redress for a in page.all("a"))
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "standard.ledger_entry")
    )
    assert event.subject_id == standard.id

    form = client.page(redress)
    assert form.field_value("title") == "Redress: standard 1 missed in Plains Farm"
    body = form.field_value("body") or ""
    assert f"by {deadline.day} {deadline:%B %Y}" in body
    assert "A written response" in body

    posted = _post(
        client,
        redress,
        {"board": str(world["board"].id), "title": "Redress: graffiti", "body": body + "A reply"},
    )
    assert posted.status_code == 302
    link = db.session.scalar(select(StandardThread))
    assert (link.kind, link.ledger_entry_id) == ("redress", entry.id)
    thread = db.session.get(Thread, link.thread_id)
    assert thread.area_id == world["plains"].id
    assert [t.slug for t in thread.topics] == ["graffiti-fly-posting"]
    page = client.page("/areas/plains-farm/standards/1")
    threads = page.by_id("threads")
    assert threads is not None
    assert "Redress: graffiti" in page.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": "late"}, "Select met, at risk or missed"),
        ({"status": ""}, "Select met, at risk or missed"),
        ({"evidence": ""}, "Enter the evidence"),
        ({"recorded_on": ["", "", ""]}, "Enter the date"),
        ({"recorded_on": ["30", "2", "2010"]}, "Date must be a real date, like 27 3 2010"),
        ({"recorded_on": ["a", "b", "c"]}, "Enter date as numbers, like 27 3 2010"),
        ({"recorded_on": ["1", "1", "2099"]}, "Enter a date that is today or in the past"),
    ],
)
def test_bad_ledger_input(
    client_for: Callable[[User], CheckedClient],
    world: dict[str, object],
    changes: dict[str, object],
    message: str,
) -> None:
    make_standard(area=world["plains"], topic=world["graffiti"])
    data = {"recorded_on": ["1", "2", "2010"], "status": "met", "evidence": "Form", **changes}
    response = _post(
        client_for(world["officer"]), "/areas/plains-farm/standards/1/ledger/new", data
    )
    assert response.status_code == 400
    page = check_page(response)
    assert any(message in error for error in page.error_summary), page.error_summary
    assert db.session.scalar(select(LedgerEntry)) is None


def test_only_members_and_admins_record_performance(
    member_client: CheckedClient,
    moderator_client: CheckedClient,
    admin_client: CheckedClient,
    world: dict[str, object],
) -> None:
    make_standard(area=world["plains"], topic=world["graffiti"])
    url = "/areas/plains-farm/standards/1/ledger/new"
    assert member_client.get(url).status_code == 403
    assert moderator_client.get(url).status_code == 403
    assert admin_client.get(url).status_code == 200
    assert "Record performance" not in member_client.page("/areas/plains-farm/standards/1").text


def test_discussion_thread_from_any_member(
    member_client: CheckedClient, world: dict[str, object]
) -> None:
    make_standard(area=world["plains"], topic=world["graffiti"])
    url = "/areas/plains-farm/standards/1/threads/new"
    page = member_client.page(url)
    assert page.field_value("title") == (
        "Plains Farm standard 1: Remove graffiti from public buildings"
    )
    response = _post(
        member_client,
        url,
        {"board": str(world["board"].id), "title": "How do you hit 48 hours?", "body": "Ideas?"},
    )
    assert response.status_code == 302
    assert db.session.scalar(select(StandardThread)).kind == "discussion"
    bad_board = _post(member_client, url, {"board": "99999", "title": "Hello there", "body": "x"})
    assert bad_board.status_code == 400
    assert member_client.get(f"{url}?kind=redress&entry=99999").status_code == 404


def test_private_and_hidden_threads_are_not_listed(
    client: CheckedClient, world: dict[str, object]
) -> None:
    standard = make_standard(area=world["plains"], topic=world["graffiti"])
    secret = make_board(slug="private-board", private=True)
    author = world["officer"]
    hidden = make_thread(board=world["board"], author=author, title="Hidden one", hidden=True)
    private = make_thread(board=secret, author=author, title="Private one")
    shown = make_thread(board=world["board"], author=author, title="Shown one")
    for thread in (hidden, private, shown):
        db.session.add(StandardThread(standard_id=standard.id, thread_id=thread.id))
    db.session.commit()
    page = client.page("/areas/plains-farm/standards/1")
    assert "Shown one" in page.text
    assert "Hidden one" not in page.text
    assert "Private one" not in page.text


def _csv(response: object) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))  # type: ignore[attr-defined]


def test_ledger_csv_is_safe_to_open(client: CheckedClient, world: dict[str, object]) -> None:
    standard = make_standard(area=world["plains"], topic=world["graffiti"])
    make_ledger_entry(standard=standard, status="missed", evidence='=HYPERLINK("x")')
    make_ledger_entry(standard=standard, status="met", evidence="+1 week", measured_value="-3")
    response = client.get("/areas/plains-farm/standards/1.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = _csv(response)
    assert rows[0][:3] == ["Area", "Standard number", "Topic"]
    evidence = {row[9] for row in rows[1:]}
    assert evidence == {'\'=HYPERLINK("x")', "'+1 week"}
    assert {row[8] for row in rows[1:]} == {"", "'-3"}
    assert {row[7] for row in rows[1:]} == {"Missed", "Met"}


def test_comparison_filters_and_csv(client: CheckedClient, world: dict[str, object]) -> None:
    make_standard(
        area=world["plains"],
        topic=world["tipping"],
        description="Remove fly-tipping",
        target="within 24 hours",
    )
    make_standard(
        area=world["aspley"],
        topic=world["tipping"],
        description="Investigate fly-tipping",
        target="within 5 days",
    )
    make_standard(area=world["plains"], topic=world["graffiti"], description="Remove graffiti")

    page = client.page("/standards/?topic=fly-tipping-bulky-waste&stage=signed")
    table = text_of(page.with_class("govuk-table")[0])
    assert "Remove fly-tipping" in table
    assert "within 24 hours" in table
    assert "Investigate fly-tipping" not in table
    assert "Remove graffiti" not in table
    csv_link = next(
        a.get("href") for a in page.all("a") if "standards.csv" in (a.get("href") or "")
    )
    rows = _csv(client.get(csv_link))
    assert [row[8] for row in rows[1:]] == ["Remove fly-tipping"]
    assert rows[1][12].endswith("/areas/plains-farm/standards/1")

    world["aspley"].contract_stage = "monitoring"
    db.session.commit()
    signed = client.page("/standards/?topic=fly-tipping-bulky-waste&stage=in_force")
    assert "Investigate fly-tipping" in signed.text
    assert "Remove fly-tipping" in signed.text
    assert "Remove graffiti" not in signed.text

    programme = client.page("/standards/?programme=connecting_communities")
    assert "Investigate fly-tipping" in programme.text
    assert "Remove graffiti" not in programme.text
    everything = _csv(client.get("/standards.csv"))
    assert len(everything) == 4


@pytest.mark.parametrize("query", ["topic=unicorns", "programme=lottery", "stage=lapsed"])
def test_comparison_bad_filter(client: CheckedClient, world: dict[str, object], query: str) -> None:
    assert client.get(f"/standards/?{query}").status_code == 400
    assert client.get(f"/standards.csv?{query}").status_code == 400


def test_comparison_reads_a_fixed_number_of_queries(
    client: CheckedClient, world: dict[str, object]
) -> None:
    for _ in range(3):
        standard = make_standard(area=world["plains"], topic=world["tipping"])
        make_ledger_entry(standard=standard)
    with queries() as few:
        client.get("/standards/")
    for _ in range(6):
        standard = make_standard(area=world["aspley"], topic=world["graffiti"])
        make_ledger_entry(standard=standard)
    with queries() as more:
        client.get("/standards/")

    # Other work (the search writer) can share the engine: count this page's reads only.
    def page_reads(log: QueryLog) -> list[str]:
        return [s for s in log.statements if "search_outbox" not in s]

    assert len(page_reads(more)) == len(page_reads(few))
