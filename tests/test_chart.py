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


def test_the_chart_drawn_aside_is_the_chart_drawn_here(drawn: tuple[Any, Path], tmp_path: Path) -> None:
    import multiprocessing

    with chart.drawn_aside(load(EXAMPLE / "underlag", period="delar2"), tmp_path / "c.png") as aside:
        assert len(multiprocessing.active_children()) == 1  # drawing, in the other process
        png = aside()
    assert png.read_bytes() == drawn[1].read_bytes()
    assert multiprocessing.active_children() == []


def test_a_chart_that_fails_aside_fails_here_and_nothing_is_left_running(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    def broken(follow_up: Any, out: Path) -> Path:
        raise RuntimeError("no font")

    monkeypatch.setattr(chart, "draw", broken)
    follow_up = load(EXAMPLE / "underlag", period="delar2")
    with pytest.raises(RuntimeError, match="no font"), chart.drawn_aside(follow_up, tmp_path / "c.png") as aside:
        aside()
    with pytest.raises(KeyError), chart.drawn_aside(follow_up, tmp_path / "c.png"):
        raise KeyError("the caller fails before it asks for the chart")
    assert multiprocessing.active_children() == []


def test_output_waiting_in_a_buffer_is_written_once(tmp_path: Path) -> None:
    """The process drawing aside is a fork: what the caller has printed but not flushed must not be printed twice."""
    import os
    import subprocess
    import sys

    script = ("from vplan_excel import load\nfrom vplan_excel.report import chart\n"
              f"follow_up = load({str(EXAMPLE / 'underlag')!r}, period='delar2')\n"
              "print('före diagrammet', end='')\n"
              f"with chart.drawn_aside(follow_up, __import__('pathlib').Path({str(tmp_path / 'c.png')!r})) as aside:\n"
              "    aside()\n")
    printed = tmp_path / "utskrift.txt"
    with printed.open("w") as out:
        environment = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
        subprocess.run([sys.executable, "-c", script], stdout=out, check=True, env=environment)
    assert printed.read_text() == "före diagrammet"


def test_with_other_threads_running_the_chart_is_drawn_here(drawn: tuple[Any, Path], tmp_path: Path) -> None:
    import multiprocessing
    import threading

    release = threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    try:
        with chart.drawn_aside(load(EXAMPLE / "underlag", period="delar2"), tmp_path / "c.png") as aside:
            assert multiprocessing.active_children() == []  # no fork beside a thread that may hold a lock
            assert aside().read_bytes() == drawn[1].read_bytes()
    finally:
        release.set()
        waiting.join()
