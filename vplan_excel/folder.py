"""Read every workbook under a folder and check the set against the plan.

Finds lock files, wrong formats, duplicates and missing goal×unit workbooks; one bad file
never stops the others from being read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import messages
from .checks import check_submission
from .model import Period, Plan, Submission
from .problems import ERROR, NOTE, WARNING, Problem, VplanError, problem
from .reader import read_workbook
from .template import workbook_name

WRONG_FORMATS = {
    ".xls": "äldre Excel-fil (.xls)",
    ".xlsm": "Excel-arbetsbok med makron (.xlsm)",
    ".xlsb": "binär Excel-arbetsbok (.xlsb)",
    ".ods": "OpenDocument-kalkylblad (.ods)",
    ".csv": "CSV-fil",
    ".numbers": "Numbers-fil",
}
SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "Å": "{", "Ä": "|", "Ö": "}"})


def swedish_sort_key(text: str) -> str:
    """Sort key putting å, ä, ö after z, as Swedish readers expect."""
    return text.casefold().translate(SWEDISH_ORDER)


@dataclass
class FolderResult:
    """Everything read from a folder of workbooks, with all problems found."""

    plan: Plan
    period: Period
    submissions: list[Submission] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0
    missing: list[tuple[int, str]] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(p.severity == severity for p in self.problems)

    @property
    def errors(self) -> int:
        return self.count(ERROR)

    @property
    def warnings(self) -> int:
        return self.count(WARNING)

    @property
    def notes(self) -> int:
        return self.count(NOTE)


def read_folder(
    folder: str | Path,
    plan: Plan,
    period: Period,
    on_file: Callable[[Path], None] | None = None,
) -> FolderResult:
    """Read and check every workbook under folder (recursively) against the plan."""
    folder = Path(folder)
    if not folder.is_dir():
        raise VplanError(f"Mappen {folder} finns inte.")
    result = FolderResult(plan=plan, period=period)
    owners: dict[tuple[int, str], str] = {}
    for path in _files(folder):
        name = path.relative_to(folder).as_posix()
        if on_file:
            on_file(path)
        suffix = path.suffix.lower()
        if path.name.startswith("~$"):
            result.problems.append(problem("fil-lasfil", name, owner=_lock_owner(path)))
        elif suffix in WRONG_FORMATS:
            result.problems.append(problem("fil-fel-format", name, format=WRONG_FORMATS[suffix]))
        elif suffix != ".xlsx":
            if suffix != ".toml":
                result.problems.append(problem("fil-ignorerad", name))
        else:
            result.files_read += 1
            submission, problems = read_workbook(path, name, plan)
            result.problems += problems
            if submission is None:
                continue
            key = (submission.goal_number, submission.unit_id)
            unit = plan.unit(submission.unit_id)
            unit_name = unit.name if unit else submission.unit_id
            if key in owners:
                result.problems.append(problem("dubblett-arbetsbok", name, goal=key[0], unit=unit_name,
                                               other=owners[key]))
                continue
            owners[key] = name
            expected = workbook_name(*key)
            if path.name != expected:
                result.problems.append(problem("filnamn-avviker", name, goal=key[0], unit=unit_name,
                                               expected=expected))
            reported = {(p.sheet, p.cell) for p in problems}
            result.problems += check_submission(submission, plan, period, reported)
            result.submissions.append(submission)
    unreadable = {p.file.rsplit("/", 1)[-1] for p in result.problems if p.severity == ERROR}
    for goal_number, unit_id in plan.expected_submissions():
        expected = workbook_name(goal_number, unit_id)
        if (goal_number, unit_id) not in owners and expected not in unreadable:
            unit = plan.unit(unit_id)
            result.missing.append((goal_number, unit_id))
            result.problems.append(problem("arbetsbok-saknas", expected, goal=goal_number,
                                           unit=unit.name if unit else unit_id, expected=expected))
    return result


def _files(folder: Path) -> Iterable[Path]:
    """Every file under folder in Swedish order, skipping hidden files and our own temporaries."""
    paths = [
        path for path in folder.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(paths, key=lambda p: swedish_sort_key(p.relative_to(folder).as_posix()))


def _lock_owner(path: Path) -> str:
    """The name Excel writes into its lock file: who has the workbook open."""
    try:
        data = path.read_bytes()[:256]
    except OSError:
        return ""
    if not data:
        return ""
    owner = data[1:1 + data[0]].decode("cp1252", errors="ignore").strip()
    return f" ({owner} har arbetsboken öppen)" if owner.isprintable() and owner else ""


def default_period(plan: Plan, today: dt.date | None = None) -> Period:
    """The follow-up being prepared: the latest period that has ended, else the first."""
    today = today or dt.date.today()
    ended = [p for p in plan.periods if p.end_date <= today]
    return ended[-1] if ended else plan.periods[0]


def find_plan(folder: Path) -> Path:
    """plan.toml in the folder or the folder above it."""
    for candidate in (folder / "plan.toml", folder.parent / "plan.toml"):
        if candidate.is_file():
            return candidate
    raise VplanError(messages.PLAN_NOT_FOUND.format(folder=folder))
