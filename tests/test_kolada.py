"""vplan kolada against a real HTTP server on 127.0.0.1 serving v3-shaped answers; merge uses the cache only."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document
from helpers import EXAMPLE, SOFFICE

from vplan_excel.api import fetch_indicators
from vplan_excel.cli import main
from vplan_excel.problems import VplanError

TITLES = {"N03102": "Årets resultat som andel av skatt och generella statsbidrag", "N01955": "Invånare 20-64 år, antal"}


class Kolada:
    """What the server answers: titles, values per (kpi, area, year), and how it misbehaves."""

    def __init__(self) -> None:
        self.titles = dict(TITLES)
        self.mode = "ok"  # ok, 500, hang, garbage
        self.requests: list[str] = []


def v3_row(kpi: str, area: str, year: int, total: float | None) -> dict[str, Any]:
    """One data row as Kolada v3 shapes it: gender T/K/M in no fixed order, null with a status."""
    values = [{"gender": "K", "value": None if total is None else total + 1, "count": 1, "status": ""},
              {"gender": "T", "value": total, "count": 1, "status": "Missing" if total is None else ""},
              {"gender": "M", "value": None if total is None else total - 1, "count": 1, "status": ""}]
    return {"kpi": kpi, "municipality": area, "period": year, "values": values[::-1] if year % 2 else values}


def handler_for(kolada: Kolada) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            kolada.requests.append(self.path)
            if kolada.mode == "500":
                return self._send(500, b"{}")
            if kolada.mode == "hang":
                time.sleep(3)
                return self._send(200, b"{}")
            if kolada.mode == "garbage":
                return self._send(200, b"<html>inte json</html>")
            path, _, query = self.path.partition("?")
            parts = path.split("/")[2:]  # /v3/...
            if parts[0] == "kpi":
                values = [{"id": k, "title": kolada.titles[k], "description": "Beskrivning."}
                          for k in parts[1].split(",") if k in kolada.titles]
                return self._json({"count": len(values), "values": values})
            if parts[0] == "municipality":
                names = {"2417": "Norsjö", "0000": "Riket"}
                return self._json({"values": [{"id": a, "title": names[a], "type": "K"} for a in parts[1].split(",")]})
            kpi, areas, years = parts[2], parts[4].split(","), [int(y) for y in parts[6].split(",")]
            rows = [v3_row(kpi, area, year, None if (area, year) == ("2417", 2023) else float(year - 2000) + 0.5)
                    for area in areas for year in years]
            page = 2 if "page=2" in query else 1
            half = len(rows) // 2  # two pages: the first has a next_url
            if page == 1:
                following = f"http://{self.headers['Host']}{path}?page=2"
                return self._json({"count": half, "values": rows[:half], "next_url": following})
            return self._json({"count": len(rows) - half, "values": rows[half:]})

        def _json(self, document: dict[str, Any]) -> None:
            self._send(200, json.dumps(document).encode())

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (the hang)
                self.wfile.write(body)

    return Handler


@pytest.fixture()
def server() -> Iterator[tuple[Kolada, str]]:
    kolada = Kolada()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(kolada))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield kolada, f"http://127.0.0.1:{httpd.server_address[1]}/v3"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def example(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "norsjo")
    return tmp_path / "norsjo"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_kolada_writes_the_cache_with_values_titles_urls_and_date(server: tuple[Kolada, str], example: Path) -> None:
    kolada, url = server
    code, out, err = run("kolada", "--plan", str(example / "plan.toml"), "--ar", "2021-2025", "--kolada-url", url)
    assert code == 0, err
    assert "2 nyckeltal, 2 områden, år 2021–2025" in out
    cache = json.loads((example / "kolada.json").read_text(encoding="utf-8"))
    assert cache["format"] == "vplan-kolada" and cache["municipality"] == "2417"
    assert cache["areas"] == {"2417": "Norsjö", "0000": "Riket"}
    assert cache["kpis"]["N03102"]["title"] == TITLES["N03102"]
    values = cache["kpis"]["N03102"]["values"]
    assert values["2417"]["2022"] == {"value": 22.5, "status": ""}  # the total T, whatever the order
    assert values["2417"]["2021"]["value"] == 21.5
    assert values["2417"]["2023"] == {"value": None, "status": "Missing"}  # never 0
    assert values["0000"]["2025"]["value"] == 25.5  # from the second page
    assert any("page=2" in request for request in cache["requests"])
    assert "/data/kpi/N03102/municipality/2417,0000/year/2021,2022,2023,2024,2025" in " ".join(cache["requests"])
    assert cache["retrieved"]


def test_the_url_comes_from_the_environment_too(server: tuple[Kolada, str], example: Path) -> None:
    _, url = server
    code, _, err = run("kolada", "--plan", str(example / "plan.toml"), env={"VPLAN_KOLADA_URL": url})
    assert code == 0, err


def test_a_changed_title_is_a_warning(server: tuple[Kolada, str], example: Path) -> None:
    kolada, url = server
    assert run("kolada", "--plan", str(example / "plan.toml"), "--kolada-url", url)[0] == 0
    kolada.titles["N01955"] = "Invånare 20-64 år, andel"
    code, _, err = run("kolada", "--plan", str(example / "plan.toml"), "--kolada-url", url)
    assert code == 0
    assert "VARNING: Nyckeltalet N01955 heter nu \"Invånare 20-64 år, andel\"" in err


@pytest.mark.parametrize(("mode", "says"), [
    ("500", "Kolada svarade med fel 500"),
    ("garbage", "inte är väntad JSON"),
    ("hang", "Kolada svarade inte inom"),
])
def test_failures_exit_2_in_swedish_and_keep_the_old_cache(server: tuple[Kolada, str], example: Path, mode: str,
                                                           says: str) -> None:
    kolada, url = server
    assert run("kolada", "--plan", str(example / "plan.toml"), "--kolada-url", url)[0] == 0
    before = (example / "kolada.json").read_bytes()
    kolada.mode = mode
    started = time.monotonic()
    with pytest.raises(VplanError) as raised:
        fetch_indicators(example / "plan.toml", url=url, timeout=0.5)
    assert time.monotonic() - started < 3  # the hang is cut at the timeout
    assert raised.value.exit_code == 2
    assert says in raised.value.message and "är orörd" in raised.value.message
    assert (example / "kolada.json").read_bytes() == before
    assert sorted(p.name for p in example.iterdir() if p.name.startswith(".~vplan")) == []


def test_an_unreachable_server_exits_2(example: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _, err = run("kolada", "--plan", str(example / "plan.toml"), "--kolada-url", f"http://127.0.0.1:{port}/v3")
    assert code == 2 and "Kolada gick inte att nå" in err
    assert not (example / "kolada.json").exists()


def test_merge_shows_the_values_with_their_source_without_the_network(server: tuple[Kolada, str], example: Path,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    _, url = server
    assert run("kolada", "--plan", str(example / "plan.toml"), "--ar", "2022-2025", "--kolada-url", url)[0] == 0

    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("merge tried the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    out = tmp_path / "rapport.docx"
    code, _, err = run("merge", str(example / "underlag"), "--period", "delar2", "--out", str(out), "--html")
    assert code == 0, err
    page = out.with_suffix(".html").read_text(encoding="utf-8")
    assert '<th scope="row">Norsjö</th><td class="tal">22,5</td><td class="tal">–</td>' in page  # the web edition too
    document = Document(str(out))
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables
              if t.rows[0].cells[0].text == "Område"]
    assert len(tables) == 2  # goal 3 (N03102) and goal 9 (N01955)
    assert tables[0][0] == ["Område", "2022", "2023", "2024", "2025"]
    assert tables[0][1] == ["Norsjö", "22,5", "–", "24,5", "25,5"]  # missing shown as –, never 0
    assert tables[0][2][0] == "Riket"
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("Källa: Kolada, hämtat ") for t in texts)
    if SOFFICE or os.environ.get("CI"):  # the indicator tables keep the report's A4 layout clean
        from pdf_layout import measure

        from vplan_excel.report.pdf import convert_to_pdf

        layout = measure(convert_to_pdf(out))
        assert layout.counts() == {"broken_words": 0, "split_rows": 0, "stranded": 0}, layout


def test_an_old_cache_gets_a_note_and_no_cache_leaves_the_report_as_before(example: Path, tmp_path: Path) -> None:
    from vplan_excel import load
    from vplan_excel.report.context import build_context

    assert all(g["kolada"] == [] for d in build_context(load(example / "underlag", period="delar2"))["avdelningar"]
               for g in d["mal"])
    (example / "kolada.json").write_text(json.dumps({
        "format": "vplan-kolada", "version": 1, "retrieved": "2026-05-01", "municipality": "2417",
        "areas": {"2417": "Norsjö"}, "kpis": {"N03102": {"title": "T", "values": {"2417": {"2025": {
            "value": 1.5, "status": ""}}}}}}), encoding="utf-8")
    goals = [g for d in build_context(load(example / "underlag", period="delar2"))["avdelningar"] for g in d["mal"]]
    table = next(g["kolada"][0] for g in goals if g["kolada"])
    assert table["notering"].startswith("Värdena hämtades 1 maj 2026, före periodens slut 31 augusti 2026")
    assert table["ar"] == ["", "", "", "2025"] and table["rader"][0]["varden"][-1] == "1,5"
