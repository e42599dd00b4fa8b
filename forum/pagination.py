"""One page of a longer list, with what templates/macros/pagination.html needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class PageOf(Generic[T]):
    """One page of rows, with what the pagination links need."""

    items: Sequence[T]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int:
        return self.page - 1

    @property
    def next_num(self) -> int:
        return self.page + 1

    def iter_pages(self, **_: int) -> list[int | None]:
        shown = sorted({1, self.pages, *range(self.page - 2, self.page + 3)})
        shown = [n for n in shown if 1 <= n <= self.pages]
        result: list[int | None] = []
        for previous, number in zip([0, *shown], shown, strict=False):
            if number - previous > 1 and previous:
                result.append(None)
            result.append(number)
        return result
