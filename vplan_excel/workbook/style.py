"""The workbook's look, defined once: the font every cell names, and the fills that carry meaning.

Every font is named: LibreOffice shows a cell whose font has no name in the theme's serif
font. Carlito, Calibri's metric twin, takes Calibri's place where Calibri is not installed.
"""

from __future__ import annotations

FONT = "Calibri"
HEADING_FILL = "1F4E79"  # headings: white on dark blue
NOW_FILL = "FFC000"  # the period being followed up: its band
NOW_HEADING_FILL = "BF8F00"  # and its headings
NOW_EDGE = "7F6000"  # the border around its columns
BAND_FILL = "F2F2F2"  # the band of a period that is not being followed up
HISTORY_FILL = "EDEDED"  # earlier periods: locked history
HISTORY_FONT = "595959"
MISSING_FILL = "BDD7EE"  # self-check: a required cell still empty (ljusblå)
MOTIVATE_FILL = "F4B183"  # self-check: a deviating assessment without motivation (orange)
