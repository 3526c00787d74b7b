"""What vplan feedback prints: a line per draft written, the warnings, and a summary."""

from __future__ import annotations

from .. import messages
from ..round.drafts import goals_named
from ..round.feedback import Draft, FeedbackResult


def as_text(result: FeedbackResult) -> str:
    lines = [_draft_line(draft) for draft in result.drafts]
    lines += [item.described for item in result.problems]
    if result.unassigned:
        lines.append(messages.FEEDBACK_UNASSIGNED.format(files=", ".join(result.unassigned)))
    if not result.drafts:
        lines.append(messages.FEEDBACK_NOTHING)
        return "\n".join(lines)
    kinds = [(bool(d.feedback.to_fix), bool(d.feedback.missing)) for d in result.drafts]
    lines.append(messages.FEEDBACK_SUMMARY.format(
        drafts=messages.counted(len(result.drafts), messages.FEEDBACK_DRAFTS), folder=result.out,
        to_fix=sum(fix for fix, _ in kinds), reminders=sum(missing for _, missing in kinds),
        receipts=sum(not fix and not missing for fix, missing in kinds)))
    return "\n".join(lines)


def _draft_line(draft: Draft) -> str:
    feedback = draft.feedback
    parts = []
    if feedback.to_fix:
        parts.append(messages.FEEDBACK_TO_FIX.format(
            things=messages.counted(feedback.problem_count, messages.THINGS),
            copies=messages.counted(len(feedback.to_fix), messages.FEEDBACK_COPIES)))
    if feedback.missing:
        parts.append(messages.FEEDBACK_MISSING.format(
            workbooks=messages.WORKBOOKS[len(feedback.missing) != 1],
            goals=goals_named([goal.number for goal in feedback.missing])))
    if not parts:
        parts.append(messages.FEEDBACK_RECEIPT)
    return messages.FEEDBACK_LINE.format(draft=draft.path.name, unit=feedback.unit.name, parts="; ".join(parts))
