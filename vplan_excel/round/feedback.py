"""What each unit hears after a check, written for the administrator to send.

feedback_per_unit() decides who gets what (pure); write_feedback() writes, per unit, the
marked copies of its workbooks with problems, a blank workbook for each one missing, and an
e-mail draft with them attached. Every file is written atomically; the inputs are only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .. import messages
from ..files import write_atomically
from ..model import Goal, Submission, Unit
from ..problems import ERROR, WARNING, Problem, VplanError, problem
from ..reading.folder import MISSING
from ..rollup.follow_up import FollowUp
from ..workbook.layout import workbook_name
from ..workbook.mark import write_marked_copy
from ..workbook.write import build_workbook, save_atomically
from .drafts import build_draft

TO_FIX = (ERROR, WARNING)  # notes are not for the units to fix


@dataclass(frozen=True)
class WorkbookToFix:
    submission: Submission
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class UnitFeedback:
    """One unit's feedback: its workbooks to fix and the goals whose workbook is missing (none: a receipt)."""

    unit: Unit
    to_fix: tuple[WorkbookToFix, ...] = ()
    missing: tuple[Goal, ...] = ()

    @property
    def problem_count(self) -> int:
        return sum(len(workbook.problems) for workbook in self.to_fix)


@dataclass(frozen=True)
class Draft:
    """An e-mail draft written for a unit, with the files attached to it (also written beside it)."""

    feedback: UnitFeedback
    path: Path
    attachments: tuple[Path, ...]


@dataclass
class FeedbackResult:
    out: Path
    drafts: list[Draft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # varningar about the drafts (a unit without e-mail)
    unassigned: list[str] = field(default_factory=list)  # files with fel that are no unit's workbook


def feedback_per_unit(follow_up: FollowUp, everyone: bool = False) -> list[UnitFeedback]:
    """Per unit in plan order: what to fix and what is missing; with everyone, a receipt for the rest."""
    plan = follow_up.plan
    by_file: dict[str, list[Problem]] = {}
    for item in follow_up.problems:
        if item.severity in TO_FIX and item.code != MISSING:
            by_file.setdefault(item.file, []).append(item)
    expected_units = {unit_id for _, unit_id in plan.expected_submissions()}
    feedback = []
    for unit in plan.units:
        to_fix = tuple(
            WorkbookToFix(s, tuple(by_file[s.path]))
            for s in sorted(follow_up.folder.submissions, key=lambda s: s.goal_number)
            if s.unit_id == unit.id and s.path in by_file
        )
        missing = tuple(goal for number, unit_id in follow_up.folder.missing
                        if unit_id == unit.id and (goal := plan.goal(number)) is not None)
        if to_fix or missing or (everyone and unit.id in expected_units):
            feedback.append(UnitFeedback(unit, to_fix, missing))
    return feedback


def unassigned_files(follow_up: FollowUp) -> list[str]:
    """Files with a fel that were not read as any unit's workbook: they cannot go into a draft."""
    used = {s.path for s in follow_up.folder.submissions}
    return sorted({p.file for p in follow_up.problems
                   if p.severity == ERROR and p.code != MISSING and p.file not in used})


def write_feedback(follow_up: FollowUp, out: str | Path, everyone: bool = False,
                   overwrite: bool = False) -> FeedbackResult:
    """Write the marked copies, blank workbooks and e-mail drafts into out (see the module docstring).

    out must be new or empty unless overwrite, and must not lie inside the folder read.
    """
    out = Path(out)
    root = follow_up.folder.root
    if out.resolve().is_relative_to(root.resolve()):
        raise VplanError(messages.FEEDBACK_OUT_INSIDE.format(out=out, folder=root))
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise VplanError(messages.FEEDBACK_OUT_NOT_EMPTY.format(folder=out))
    result = FeedbackResult(out=out, unassigned=unassigned_files(follow_up))
    for feedback in feedback_per_unit(follow_up, everyone):
        attachments = _write_attachments(follow_up, feedback, out / feedback.unit.id)
        message = build_draft(follow_up.plan, follow_up.period, feedback,
                              [(path.name, path.read_bytes()) for path in attachments])
        path = out / f"{feedback.unit.id}.eml"
        data = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        write_atomically(partial(_save_bytes, data), path)
        result.drafts.append(Draft(feedback, path, tuple(attachments)))
        if not (feedback.unit.contact and feedback.unit.contact.email):
            result.problems.append(problem("enhet-utan-epost", path.name, unit=feedback.unit.name, draft=path.name))
    return result


def _write_attachments(follow_up: FollowUp, feedback: UnitFeedback, folder: Path) -> list[Path]:
    """The marked copies of the unit's workbooks to fix and, per missing one, the blank workbook for the period."""
    written: list[Path] = []
    for workbook in feedback.to_fix:
        submission = workbook.submission
        name = Path(submission.path).name
        if any(path.name == name for path in written):  # two files of the same name from different sub-folders
            name = workbook_name(submission.goal_number, submission.unit_id)
        written.append(write_marked_copy(follow_up.folder.root / submission.path, submission.sha256, folder / name,
                                         workbook.problems, follow_up.period.name))
    for goal in feedback.missing:
        path = folder / workbook_name(goal.number, feedback.unit.id)
        save_atomically(build_workbook(follow_up.plan, goal, feedback.unit, follow_up.period), path)
        written.append(path)
    return written


def _save_bytes(data: bytes, temporary: str) -> None:
    Path(temporary).write_bytes(data)
