"""An e-mail draft to one unit: what to fix in the words of vplan validate, with files attached.

Built with Python's email package as an .eml file marked X-Unsent, so Outlook and Thunderbird
open it as a draft to check and send. Plain text and HTML say the same.
"""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import formataddr
from typing import TYPE_CHECKING

from .. import messages, swedish
from ..model import Contact, Period, Plan
from ..workbook.layout import workbook_name

if TYPE_CHECKING:
    from .feedback import UnitFeedback

XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
Section = tuple[str, list[str]]  # a paragraph and the list under it


def build_draft(plan: Plan, period: Period, feedback: UnitFeedback,
                attachments: list[tuple[str, bytes]]) -> EmailMessage:
    """The draft to feedback.unit: To its contact, From the plan's sender, the files attached (name, bytes)."""
    message = EmailMessage()
    message["Subject"] = subject(period, feedback)
    if plan.sender and plan.sender.email:
        message["From"] = _address(plan.sender)
    contact = feedback.unit.contact
    if contact and contact.email:
        message["To"] = _address(contact)
    message["X-Unsent"] = "1"
    sections = _sections(plan, period, feedback)
    message.set_content(_plain(sections))
    message.add_alternative(_html(message["Subject"], sections), subtype="html")
    for name, data in attachments:
        message.add_attachment(data, maintype=XLSX[0], subtype=XLSX[1], filename=name)
    return message


def subject(period: Period, feedback: UnitFeedback) -> str:
    """'Delår 2: 3 saker att rätta i mål 3 och 4 senast 15 september'."""
    deadline = messages.DEADLINE.format(date=swedish.day_month(period.deadline)) if period.deadline else ""
    things = messages.counted(feedback.problem_count, messages.THINGS)
    fixed = goals_named([w.submission.goal_number for w in feedback.to_fix])
    missing = goals_named([g.number for g in feedback.missing])
    workbooks = messages.WORKBOOKS[len(feedback.missing) != 1]
    if feedback.to_fix and feedback.missing:
        return messages.SUBJECT_BOTH.format(period=period.name, things=things, goals=fixed, workbooks=workbooks,
                                            missing=missing, deadline=deadline)
    if feedback.to_fix:
        return messages.SUBJECT_TO_FIX.format(period=period.name, things=things, goals=fixed, deadline=deadline)
    if feedback.missing:
        return messages.SUBJECT_MISSING.format(period=period.name, workbooks=workbooks, goals=missing,
                                               deadline=deadline)
    return messages.SUBJECT_RECEIPT.format(period=period.name)


def goals_named(numbers: list[int]) -> str:
    """'mål 3', 'mål 3 och 4' ('' for none)."""
    if not numbers:
        return ""
    return f"{messages.GOALS_WORD} {messages.listed([str(n) for n in sorted(set(numbers))])}"


def _address(contact: Contact) -> str:
    return formataddr((contact.name, contact.email))


def _sections(plan: Plan, period: Period, feedback: UnitFeedback) -> list[Section]:
    deadline = messages.DEADLINE.format(date=swedish.long_date(period.deadline)) if period.deadline else ""
    contact = feedback.unit.contact
    first_name = contact.name.split()[0] if contact and contact.name.strip() else ""
    sections: list[Section] = [
        (messages.GREETING.format(name=first_name) if first_name else messages.GREETING_NO_NAME, [])]
    if feedback.to_fix:
        many = len(feedback.to_fix) != 1
        sections.append((messages.BODY_TO_FIX.format(
            workbooks=messages.WORKBOOKS[many], period=period.name, them=messages.BODY_THEM[many],
            things=messages.counted(feedback.problem_count, messages.THINGS), copies=messages.BODY_COPIES[many],
            it=messages.BODY_IT[many], deadline=deadline), []))
        for workbook in feedback.to_fix:
            heading = messages.BODY_FILE.format(file=workbook.submission.path, goal=workbook.submission.goal_number)
            sections.append((heading, [item.described for item in workbook.problems]))
    if feedback.missing:
        many = len(feedback.missing) != 1
        sections.append((messages.BODY_MISSING.format(
            workbooks=messages.WORKBOOKS[many], goals=goals_named([g.number for g in feedback.missing]),
            period=period.name, attached=messages.BODY_ATTACHED[many], them=messages.BODY_THEM[many],
            deadline=deadline), [messages.BODY_MISSING_FILE.format(
                file=workbook_name(g.number, feedback.unit.id), goal=g.number, title=g.title)
                for g in feedback.missing]))
    if not feedback.to_fix and not feedback.missing:
        sections.append((messages.BODY_RECEIPT.format(period=period.name), []))
    signature = "\n".join(filter(None, [messages.SIGN_OFF, plan.sender.name if plan.sender else ""]))
    sections.append((signature, []))
    return sections


def _plain(sections: list[Section]) -> str:
    return "\n\n".join("\n".join([text, *(f"  {item}" for item in items)]) for text, items in sections) + "\n"


def _html(title: str, sections: list[Section]) -> str:
    parts = []
    for text, items in sections:
        parts.append("<p>" + html.escape(text).replace("\n", "<br>") + "</p>")
        if items:
            parts.append("<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>")
    return (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            "</head><body>\n" + "\n".join(parts) + "\n</body></html>\n")
