"""Read every workbook under a folder and check the set against the plan.

Finds lock files, wrong formats, duplicates and missing goal×unit workbooks; one bad file
never stops the others from being read.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from .. import collector, messages, swedish
from ..model import Period, Plan, Submission
from ..problems import ERROR, NOTE, WARNING, Problem, VplanError, problem
from ..workbook.layout import workbook_name
from .submission import Read, read_workbooks

MAX_PROBLEMS_PER_FILE = 100
MISSING = "arbetsbok-saknas"  # the code of a goal×unit with no workbook read
EXCEL_LOCK = "~$"  # ~$mal-03-gva.xlsx
LIBREOFFICE_LOCK = ".~lock."  # .~lock.mal-03-gva.xlsx#
Track = Callable[[list[Path]], Iterable[Path]]
PARALLEL_FROM = 100  # workbooks; below this a second process costs more than it saves
CHUNK = 16  # workbooks read in a row, and handed to a process at a time


@dataclass
class FolderResult:
    """Everything read from a folder of workbooks, with all problems found."""

    plan: Plan
    period: Period
    submissions: list[Submission] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0
    missing: list[tuple[int, str]] = field(default_factory=list)
    excluded: list[Submission] = field(default_factory=list)  # read, but left out of the report for a fel
    root: Path = field(default_factory=Path)  # the folder read; submission paths are relative to it

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

    def files_with_errors(self) -> set[str]:
        """The files read that have a fel of their own (a missing workbook is no file's fel,
        even when it is reported under the usual name that another workbook carries)."""
        return {p.file for p in self.problems if p.severity == ERROR and p.code != MISSING}


def read_folder(folder: str | Path, plan: Plan, period: Period, track: Track | None = None) -> FolderResult:
    """Read and check every workbook under folder (recursively) against the plan.

    track, if given, wraps the list of files while they are read (the CLI's progress bar).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise VplanError(messages.FOLDER_MISSING.format(folder=folder))
    result = FolderResult(plan=plan, period=period, root=folder)
    candidates: dict[tuple[int, str], list[Submission]] = {}
    files = input_files(folder)
    workbooks = [(path, name) for path, name in files.items() if _kind(path) == "workbook"]
    with collector.paused(), _read_workbooks(workbooks, plan, period) as read:  # in the files' order
        for path in track(list(files)) if track else files:
            _read_one(path, files[path], read, result, candidates)
    _resolve(plan, result, candidates, list(files.values()))
    return result


@contextmanager
def _read_workbooks(workbooks: list[tuple[Path, str]], plan: Plan, period: Period) -> Iterator[Iterator[Read]]:
    """What read_workbook finds in each workbook, in the order given.

    Many workbooks are read by a process per processor core, CHUNK at a time; each workbook
    is still read whole by one process, so what is found and its order are the same either way.
    """
    chunks = [workbooks[start:start + CHUNK] for start in range(0, len(workbooks), CHUNK)]
    processes = min(_cores(), len(workbooks) // PARALLEL_FROM)
    if processes < 2:
        yield chain.from_iterable(read_workbooks(chunk, plan, period) for chunk in chunks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: the workers start with the modules and the plan already loaded, in milliseconds
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    with ProcessPoolExecutor(processes, context, initializer=_start_worker, initargs=(plan, period)) as pool:
        yield chain.from_iterable(pool.map(_read_in_worker, chunks))


def _cores() -> int:
    """The processor cores this process may use."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


_worker_plan: tuple[Plan, Period] | None = None  # set once in each worker process


def _start_worker(plan: Plan, period: Period) -> None:
    global _worker_plan
    _worker_plan = (plan, period)
    gc.disable()  # as in read_folder: no cycles to collect


def _read_in_worker(chunk: list[tuple[Path, str]]) -> list[Read]:
    assert _worker_plan is not None
    return read_workbooks(chunk, *_worker_plan)


def _kind(path: Path) -> str:
    """What a file of the folder is: an Excel or LibreOffice lock file, a workbook, a wrong format,
    the plan or something else."""
    suffix = path.suffix.lower()
    if path.name.startswith(EXCEL_LOCK):
        return "excel-lock"
    if _is_libreoffice_lock(path.name):
        return "libreoffice-lock"
    if suffix in messages.WRONG_FORMATS:
        return "wrong-format"
    if suffix == ".xlsx":
        return "workbook"
    return "plan" if suffix == ".toml" else "other"


def _read_one(path: Path, name: str, read: Iterator[Read], result: FolderResult,
              candidates: dict[tuple[int, str], list[Submission]]) -> None:
    """Take one file of the folder (shown as name) into result: a workbook's reading comes next
    from read; for any other file, note why it is not a workbook."""
    kind = _kind(path)
    if kind == "excel-lock":
        result.problems.append(problem("fil-lasfil", name, program=messages.LOCK_PROGRAMS[0],
                                       owner=_lock_owner(path)))
    elif kind == "libreoffice-lock":
        result.problems.append(problem("fil-lasfil", name, program=messages.LOCK_PROGRAMS[1],
                                       owner=_libreoffice_lock_owner(path)))
    elif kind == "wrong-format":
        result.problems.append(problem("fil-fel-format", name, format=messages.WRONG_FORMATS[path.suffix.lower()]))
    elif kind == "workbook":
        result.files_read += 1
        submission, problems = next(read)
        result.problems += _capped(name, problems)
        if submission is not None:
            candidates.setdefault((submission.goal_number, submission.unit_id), []).append(submission)
    elif kind == "other":  # the plan file may live in the folder
        result.problems.append(problem("fil-ignorerad", name))


def _resolve(plan: Plan, result: FolderResult, candidates: dict[tuple[int, str], list[Submission]],
             names: list[str]) -> None:
    """Keep the newest workbook per goal and unit, and report the ones that are missing.

    A goal×unit is missing whenever no valid workbook with its identity was read, whatever
    the file names say. names are all files of the folder: one with the missing workbook's
    usual name is something else, and the notice says so.
    """
    for (goal_number, unit_id), submissions in candidates.items():
        newest, *older = sorted(submissions, key=lambda s: s.modified, reverse=True)
        unit_name = _unit_name(plan, unit_id)
        for other in older:
            result.problems.append(problem("dubblett-arbetsbok", other.path, goal=goal_number, unit=unit_name,
                                           other=newest.path))
        expected = workbook_name(goal_number, unit_id)
        if newest.path.rsplit("/", 1)[-1] != expected:
            result.problems.append(problem("filnamn-avviker", newest.path, goal=goal_number, unit=unit_name,
                                           expected=expected))
        result.submissions.append(newest)
    by_name: dict[str, str] = {}
    for name in names:
        by_name.setdefault(name.rsplit("/", 1)[-1], name)
    for goal_number, unit_id in plan.expected_submissions():
        if (goal_number, unit_id) in candidates:
            continue
        expected = workbook_name(goal_number, unit_id)
        unit_name = _unit_name(plan, unit_id)
        named = (messages.MISSING_BUT_NAMED.format(file=by_name[expected], goal=goal_number, unit=unit_name)
                 if expected in by_name else "")
        result.missing.append((goal_number, unit_id))
        result.problems.append(problem(MISSING, expected, goal=goal_number, unit=unit_name,
                                       expected=expected, named=named))


def _unit_name(plan: Plan, unit_id: str) -> str:
    unit = plan.unit(unit_id)
    return unit.name if unit else unit_id


def _capped(name: str, problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE problems of one file, then one line counting the rest."""
    if len(problems) <= MAX_PROBLEMS_PER_FILE:
        return problems
    rest = problems[MAX_PROBLEMS_PER_FILE:]
    return problems[:MAX_PROBLEMS_PER_FILE] + [problem(
        "fler-problem", name, count=len(rest), errors=sum(p.severity == ERROR for p in rest),
        warnings=messages.counted(sum(p.severity == WARNING for p in rest), messages.WARNINGS))]


def input_files(folder: Path) -> dict[Path, str]:
    """Every file under folder, with its name relative to the folder, in Swedish order;
    hidden files and our own temporaries are skipped, LibreOffice's lock files are not."""
    names = {path: path.relative_to(folder) for path in folder.rglob("*")}
    shown = {path: name.as_posix() for path, name in names.items()
             if not any(part.startswith(".") and not _is_libreoffice_lock(part) for part in name.parts)
             and path.is_file()}
    return dict(sorted(shown.items(), key=lambda item: swedish.sort_key(item[1])))


def _is_libreoffice_lock(name: str) -> bool:
    """.~lock.mal-03-gva.xlsx#: LibreOffice's lock file beside a workbook it has open."""
    return name.startswith(LIBREOFFICE_LOCK) and name.endswith("#")


def _libreoffice_lock_owner(path: Path) -> str:
    """The name LibreOffice writes first in its lock file ("Karin Berglund,karin,host,date,url;")."""
    try:
        with path.open("rb") as lock:
            data = lock.read(1024)
    except OSError:
        return ""
    owner = data.decode("utf-8", errors="ignore").split(",", 1)[0].strip()
    return messages.LOCK_OWNER.format(owner=owner) if owner.isprintable() and owner else ""


def _lock_owner(path: Path) -> str:
    """The name Excel writes into its lock file: who has the workbook open."""
    try:
        with path.open("rb") as lock:
            data = lock.read(256)
    except OSError:
        return ""
    if not data:
        return ""
    owner = data[1:1 + data[0]].decode("cp1252", errors="ignore").strip()
    return messages.LOCK_OWNER.format(owner=owner) if owner.isprintable() and owner else ""


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
