"""vplan check-report: the accessibility check we ship, for a report in PDF, Word or HTML.

What a program can check (WCAG 2.1 AA, PDF/UA): the document's language and title, headings in
order and none empty, header cells in every table, alternative text on every image, text colour
against its fill, links with text, and for a PDF its tags and PDF/UA mark. What it cannot (the
reading order, whether an alternative text describes its image) still needs a person.
"""

from __future__ import annotations

from pathlib import Path

from ... import messages
from ...problems import VplanError
from .findings import Finding

__all__ = ["Finding", "check_report"]


def check_report(path: Path) -> list[Finding]:
    """The findings of the report at path (.pdf, .docx or .html); a file that cannot be read is a VplanError."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        from .in_html import check_html

        return check_html(path)
    if suffix == ".docx":
        from .in_docx import check_docx

        return check_docx(path)
    if suffix == ".pdf":
        from .in_pdf import check_pdf

        return check_pdf(path)
    raise VplanError(messages.CHECK_REPORT_UNKNOWN_KIND.format(file=path.name))
