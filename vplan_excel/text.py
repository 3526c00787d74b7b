"""A cell value as text: what is shown (as typed) and what is compared (invisibles removed).

Free text (comments, analyses, names) keeps every character the unit typed, including
zero-width joiners that emoji and Persian or Hindi words need. Only where a value is
matched against something (an id, a heading, a vocabulary word) are invisible characters
pasted in by accident ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# Characters Excel users paste in without seeing them
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(value: Any) -> str:
    """Cell value as display text: control characters removed, integral floats as '12'."""
    if isinstance(value, str) and value.isprintable():  # the common case: nothing to remove
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SANT" if value else "FALSKT"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()[:10]
    return CONTROL.sub(" ", str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()


def key_text(value: Any) -> str:
    """Cell value as compared with ids, headings and names: display text without invisibles."""
    text = clean_text(value)
    return text if text.isascii() else text.translate(INVISIBLE).strip()
