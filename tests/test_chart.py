"""The status chart reads well on paper: no text under 9 pt at the width it is shown, and each
count on a white box so the hatching cannot hide it."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLE

from vplan_excel import load
from vplan_excel.report import chart


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """The example's Delår 2 chart: the matplotlib figure as saved, and the PNG."""
    from matplotlib.figure import Figure

    saved: list[Any] = []
    original = Figure.savefig

    def keep(figure: Any, *args: Any, **kwargs: Any) -> None:
        saved.append(figure)
        original(figure, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Figure, "savefig", keep)
        png = chart.draw(load(EXAMPLE / "underlag", period="delar2"), tmp_path_factory.mktemp("chart") / "c.png")
    return saved[0], png


def test_png_is_never_wider_than_shown_so_no_text_shrinks(drawn: tuple[Any, Path]) -> None:
    figure, png = drawn
    width = struct.unpack(">I", png.read_bytes()[16:20])[0]
    assert width <= chart.WIDTH_MM / 25.4 * figure.dpi


def test_every_text_is_at_least_9_pt(drawn: tuple[Any, Path]) -> None:
    from matplotlib.text import Text

    figure, _ = drawn
    texts = [t for t in figure.findobj(Text) if t.get_text() and t.get_visible()]
    assert {"Antal mål", "Kommunal utveckling", "● Uppfyllt", "6"} <= {t.get_text() for t in texts}
    assert min(t.get_fontsize() for t in texts) >= 9


def test_counts_stand_on_white_boxes(drawn: tuple[Any, Path]) -> None:
    figure, _ = drawn
    [axes] = figure.axes
    counts = [t for t in axes.texts if t.get_text()]
    assert [t.get_text() for t in counts].count("6") == 1
    assert all(t.get_bbox_patch() is not None and t.get_bbox_patch().get_facecolor()[:3] == (1, 1, 1) for t in counts)
