"""Row ids from requests: whole numbers an INTEGER column can hold, or nothing."""

from __future__ import annotations

import pytest
from werkzeug.exceptions import NotFound
from werkzeug.routing import Map, Rule

from forum.ids import MAX_ID, IdConverter, parse_id


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", 1),
        (" 42 ", 42),
        (str(MAX_ID), MAX_ID),
        (7, 7),
        (str(MAX_ID + 1), None),
        ("99999999999999999999999", None),
        ("0", None),
        ("-3", None),
        ("", None),
        (None, None),
        ("1e3", None),
        ("٣", None),  # a digit, but not one anyone types in a URL
        (True, None),
        (MAX_ID + 1, None),
    ],
)
def test_parse_id(raw: object, expected: int | None) -> None:
    assert parse_id(raw) == expected


def test_the_converter_matches_ids_up_to_what_the_columns_hold() -> None:
    url_map = Map(
        [
            Rule("/threads/<int:thread_id>", endpoint="thread"),
            Rule("/few/<int(max=9):n>", endpoint="few"),
        ],
        converters={"int": IdConverter},
    )
    adapter = url_map.bind("example.org")
    assert adapter.match(f"/threads/{MAX_ID}") == ("thread", {"thread_id": MAX_ID})
    assert adapter.match("/few/9") == ("few", {"n": 9})
    for path in (f"/threads/{MAX_ID + 1}", "/threads/99999999999999999999999", "/few/10"):
        with pytest.raises(NotFound):
            adapter.match(path)
