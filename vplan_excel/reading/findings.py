"""The problems found in one workbook, collected while it is read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..problems import Problem, problem


class Findings:
    """Problems of one file. A cell already explained (a formula without a value, an error
    value, a merged range) gets no second problem for the value it seems to hold."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.explained: set[tuple[str, str]] = set()

    def report(self, code: str, sheet: str | None = None, cell: str | None = None, /, **params: Any) -> None:
        """A problem at sheet and cell, unless that cell is already explained."""
        if cell is None or (sheet, cell) not in self.explained:
            self.problems.append(problem(code, self.file, sheet=sheet, cell=cell, **params))

    def explain(self, code: str, sheet: str, cell: str, hidden: Iterable[str], /, **params: Any) -> None:
        """A problem shown at cell that explains the hidden cells: they get no other problem."""
        self.problems.append(problem(code, self.file, sheet=sheet, cell=cell, **params))
        self.explained |= {(sheet, c) for c in hidden}

    def reported_cells(self) -> set[tuple[str | None, str | None]]:
        """Cells and sheets that already have a problem, for the completeness checks."""
        return {(p.sheet, p.cell) for p in self.problems} | set(self.explained)
