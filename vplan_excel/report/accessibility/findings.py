"""What check-report finds, and the colour arithmetic every format's check shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import messages

MINIMUM_CONTRAST = 4.5  # WCAG 1.4.3 for text; vplan asks it of all text, large or not
HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


@dataclass(frozen=True)
class Finding:
    """One accessibility problem: its stable code, where it is, what is wrong and how to fix it."""

    code: str
    where: str
    message: str
    hint: str


def finding(code: str, where: str, **fields: str) -> Finding:
    message, hint = messages.REPORT_CHECKS[code]
    return Finding(code, where, message.format(**fields), hint.format(**fields))


def quoted(text: str, limit: int = 60) -> str:
    """A text shortened for a message, on one line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def hex_colour(value: str) -> str | None:
    """'1F4E79' for '#1f4e79', '#1F4E79' or '#14e'; None for anything else."""
    match = HEX.fullmatch(value.strip())
    if not match:
        return None
    digits = match.group(1)
    return (digits if len(digits) == 6 else "".join(d * 2 for d in digits)).upper()


def contrast(foreground: str, background: str) -> float:
    """WCAG's contrast ratio of two colours given as six hex digits (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def low_contrast(text: str, foreground: str, background: str, where: str) -> Finding | None:
    """A lag-kontrast finding when the text's colour is below 4.5:1 against its fill."""
    ratio = contrast(foreground, background)
    if ratio >= MINIMUM_CONTRAST:
        return None
    shown = f"{int(ratio * 10) / 10:.1f}".replace(".", ",")  # rounded down: 4,49 is not 4,5
    return finding("lag-kontrast", where, text=quoted(text, 40), ratio=shown, colour=f"#{foreground}",
                   background=f"#{background}")
