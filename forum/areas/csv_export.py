"""CSV downloads of ledgers and the standards comparison, safe to open in a spreadsheet.

A cell starting with = + - @ (or a tab or carriage return) is read as a formula by Excel
and LibreOffice, so such cells get a leading apostrophe (OWASP's CSV injection advice).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


LEDGER_HEADER = (
    "Area",
    "Standard number",
    "Topic",
    "Provider",
    "Standard",
    "Target",
    "Date",
    "Status",
    "Measured value",
    "Evidence",
    "Recorded by",
)

COMPARISON_HEADER = (
    "Area",
    "Council",
    "Region",
    "Programme",
    "Contract stage",
    "Standard number",
    "Topic",
    "Provider",
    "Standard",
    "Target",
    "Latest status",
    "Latest status date",
    "Address",
)
