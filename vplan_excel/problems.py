"""One record type for every problem a user must see, and the exception that stops a run."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from . import messages
from .messages import ERROR, NOTE, WARNING

__all__ = ["ERROR", "NOTE", "WARNING", "Problem", "VplanError", "problem"]


@dataclass(frozen=True)
class Problem:
    """A problem with an input, located as precisely as we can (file, sheet, cell or line)."""

    severity: str
    code: str
    message: str
    hint: str
    file: str
    sheet: str | None = None
    cell: str | None = None
    line: int | None = None

    @property
    def location(self) -> str:
        """Where in the file: 'Nyckelresultat!H7', 'bladet Aktiviteter', 'rad 12' or ''."""
        if self.sheet and self.cell:
            return messages.LOCATION_CELL.format(sheet=self.sheet, cell=self.cell)
        if self.sheet:
            return messages.LOCATION_SHEET.format(sheet=self.sheet)
        if self.line:
            return messages.LOCATION_LINE.format(line=self.line)
        return ""

    @property
    def place(self) -> str:
        """'mal-03-gva.xlsx, Nyckelresultat!H7' or 'plan.toml, rad 12'."""
        return f"{self.file}, {self.location}" if self.location else self.file

    @property
    def described(self) -> str:
        """'FEL: Nyckelresultat!H7: "Lila" är inte en status. Välj Grön, Gul eller Röd.' (as validate lists it)."""
        place = f"{self.location}: " if self.location else ""
        return f"{messages.SEVERITY_LABEL[self.severity]}: {place}{self.message} {self.hint}"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def problem(
    code: str,
    file: str,
    sheet: str | None = None,
    cell: str | None = None,
    line: int | None = None,
    **params: Any,
) -> Problem:
    """Build a Problem from its code; wording and severity come from messages.PROBLEMS."""
    severity, message, hint = messages.PROBLEMS[code]
    return Problem(
        severity=severity,
        code=code,
        message=message.format(**params),
        hint=hint.format(**params),
        file=file,
        sheet=sheet,
        cell=cell,
        line=line,
    )


class VplanError(Exception):
    """A problem that stops the run (no plan, unreadable folder, output not writable).

    Carries the Swedish message to show; the CLI prints it and exits with exit_code.
    detail is another program's own output (LibreOffice's), shown with vplan merge --verbose.
    """

    exit_code = 2  # like click's usage errors: the command could not run as asked

    def __init__(self, message: str, problems: list[Problem] | None = None, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.problems = problems or []
        self.detail = detail
