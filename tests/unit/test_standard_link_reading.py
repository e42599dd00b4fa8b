"""Reading links to a standard's page out of a post's HTML."""

from __future__ import annotations

import pytest

from forum.areas.standard_links import StandardReference, standard_references
from forum.content import render_markdown

HOSTS = frozenset({"forum.example.org", "127.0.0.1:5000"})


def refs(markdown: str) -> set[StandardReference]:
    return standard_references(render_markdown(markdown), site_hosts=HOSTS)


@pytest.mark.parametrize(
    "markdown",
    [
        "[standard 3](/areas/plains-farm/standards/3)",
        "[standard 3](/areas/plains-farm/standards/3/)",
        "[its ledger](/areas/plains-farm/standards/3#ledger)",
        "[standard 3](/areas/plains-farm/standards/3?from=email)",
        "[standard 3](https://forum.example.org/areas/plains-farm/standards/3)",
        "[standard 3](HTTP://Forum.Example.org/areas/plains-farm/standards/3)",
        "[standard 3](//forum.example.org/areas/plains-farm/standards/3)",
        "[standard 3](http://127.0.0.1:5000/areas/plains-farm/standards/3)",
        "See https://forum.example.org/areas/plains-farm/standards/3 for the target.",
        "See <https://forum.example.org/areas/plains-farm/standards/3>.",
        "[standard 3][ref]\n\n[ref]: /areas/plains-farm/standards/3",
    ],
)
def test_links_to_a_standard_are_found(markdown: str) -> None:
    assert refs(markdown) == {StandardReference("plains-farm", 3)}


@pytest.mark.parametrize(
    "markdown",
    [
        "[elsewhere](https://other.example.org/areas/plains-farm/standards/3)",
        "[ledger csv](/areas/plains-farm/standards/3.csv)",
        "[edit](/areas/plains-farm/standards/3/edit)",
        "[new](/areas/plains-farm/standards/new)",
        "[area](/areas/plains-farm)",
        "[relative](standards/3)",
        "[too big](/areas/plains-farm/standards/99999999999999999999999)",
        "[zero](/areas/plains-farm/standards/0)",
        "[mail](mailto:someone@example.org)",
        "/areas/plains-farm/standards/3 written as text",
        "`[in code](/areas/plains-farm/standards/3)`",
        "[Bad Slug](/areas/Plains_Farm/standards/3)",
    ],
)
def test_other_links_are_not(markdown: str) -> None:
    assert refs(markdown) == set()


def test_several_links_and_repeats() -> None:
    found = refs(
        "[one](/areas/plains-farm/standards/1), [again](/areas/plains-farm/standards/1#x) "
        "and [two in Aspley](/areas/aspley/standards/2)"
    )
    assert found == {StandardReference("plains-farm", 1), StandardReference("aspley", 2)}
