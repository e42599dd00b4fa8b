"""CSV downloads: every cell that a spreadsheet would run as a formula is defused."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forum.areas.csv_export import FORMULA_STARTS, safe_cell, to_csv


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-3", "'-3"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("within 48 hours", "within 48 hours"),
        ("a=b", "a=b"),
        (None, ""),
        (7, "7"),
    ],
)
def test_safe_cell(value: object, cell: str) -> None:
    assert safe_cell(value) == cell


@given(st.lists(st.lists(st.text(), min_size=1, max_size=4), max_size=5))
def test_no_cell_starts_a_formula_and_rows_round_trip(rows: list[list[str]]) -> None:
    text = to_csv(["Header"], rows)
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == ["Header"]
    assert len(parsed) == len(rows) + 1
    for original, back in zip(rows, parsed[1:], strict=True):
        assert back == [safe_cell(cell) for cell in original]
        assert not any(cell.startswith(FORMULA_STARTS) for cell in back)
