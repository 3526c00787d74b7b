"""LibreOffice that hangs or fails: the PDF step ends in bounded time, says why in Swedish and
leaves no process and no temporary profile behind.

A fake `soffice` (and, for the UNO way, a fake LibreOffice Python beside it) stands in for
LibreOffice; the last test uses the real one.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE

from vplan_excel import VplanError
from vplan_excel.cli import main
from vplan_excel.report import pdf
from vplan_excel.report.pdf import convert_to_pdf, pdf_timeout

# Starts a child that ignores SIGTERM, records both pids and its arguments, then hangs.
HANGS = """\
child = subprocess.Popen([sys.executable, "-c",
                          "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(600)"])
record = os.path.join(os.path.dirname(os.path.abspath(__file__)), "started.json")
with open(record + ".part", "w") as handle:
    json.dump({"pids": [os.getpid(), child.pid], "args": args}, handle)
os.replace(record + ".part", record)
time.sleep(600)
"""
FAILS = """\
sys.stderr.write("Error: source file could not be loaded\\n")
sys.exit(1)
"""
LOAD_ERROR = "Error: source file could not be loaded"


def run(*args: object) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def report(folder: Path, out: Path) -> Path:
    code, stdout, stderr = run("merge", folder, "--period", "delar1", "--out", out)
    assert code == 0, stdout + stderr
    return out


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder vplan uses, empty, so whatever is left in it can be seen."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def running(pid: int) -> bool:
    """Whether pid is a live process; a zombie waiting to be reaped does not run any more."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def started(office: Path) -> dict:
    """What the hanging fake recorded: its pid and its child's, and its arguments."""
    return json.loads((office / "started.json").read_text(encoding="utf-8"))


@pytest.fixture
def hanging_office(fake_soffice, monkeypatch: pytest.MonkeyPatch):
    """Install the hanging fake LibreOffice; afterwards kill what it started, whatever the test found."""
    monkeypatch.setattr(pdf, "STOP_GRACE", 1)
    installed: list[Path] = []

    def install(uno: bool = False) -> Path:
        installed.append(fake_soffice(HANGS, uno=uno))
        return installed[-1]

    yield install
    for office in installed:
        if (office / "started.json").exists():
            for pid in started(office)["pids"]:
                if running(pid):
                    os.kill(pid, signal.SIGKILL)


def profile_of(args: list[str]) -> Path:
    """The LibreOffice profile folder the fake was given, the UNO helper's way or soffice's."""
    if args[0] == str(pdf.UNO_SCRIPT):  # SCRIPT SOFFICE REPORT.docx REPORT.pdf PROFILE
        url = args[-1]
    else:
        url = next(a.removeprefix("-env:UserInstallation=") for a in args if a.startswith("-env:UserInstallation="))
    assert url.startswith("file://")
    return Path(url.removeprefix("file://"))


@pytest.mark.parametrize("uno", [False, True], ids=["convert-to", "uno"])
def test_hanging_libreoffice_is_stopped_in_time_with_its_children(filled_folder: Path, tmp_path: Path, temp: Path,
                                                                   hanging_office, uno: bool) -> None:
    docx = report(filled_folder, tmp_path / "r.docx")
    office = hanging_office(uno=uno)
    begun = time.monotonic()
    with pytest.raises(VplanError) as raised:
        convert_to_pdf(docx, timeout=6)  # time for the fake to start even on a busy machine
    elapsed = time.monotonic() - begun
    record = started(office)
    assert raised.value.message == (
        f"Kunde inte göra PDF av rapporten ({tmp_path / 'r.pdf'}): LibreOffice blev inte klart på 6 sekunder "
        "och stoppades. Ge det mer tid med --pdf-tidsgrans, t.ex. --pdf-tidsgrans 12.")
    assert elapsed < 6 + 2 * 1 + 5, "the timeout, the grace after SIGTERM, SIGKILL, and some slack"
    assert [pid for pid in record["pids"] if running(pid)] == []
    assert temp in profile_of(record["args"]).parents
    assert list(temp.iterdir()) == [], "the LibreOffice profile and vplan's temporary folders are removed"
    assert not (tmp_path / "r.pdf").exists()


def test_hang_through_the_cli_says_how_to_allow_more_time(filled_folder: Path, tmp_path: Path, temp: Path,
                                                          hanging_office) -> None:
    office = hanging_office()
    out = tmp_path / "r.docx"
    code, _, stderr = run("merge", filled_folder, "--period", "delar1", "--out", out, "--pdf", "--pdf-tidsgrans", 8)
    record = started(office)  # 8 s: time for the fake to start even on a busy machine
    assert code == 2
    assert stderr.strip() == (f"Kunde inte göra PDF av rapporten ({out.with_suffix('.pdf')}): LibreOffice blev inte "
                              "klart på 8 sekunder och stoppades. Ge det mer tid med --pdf-tidsgrans, "
                              f"t.ex. --pdf-tidsgrans 16. Det som redan är skrivet finns kvar: {out}.")
    assert [pid for pid in record["pids"] if running(pid)] == []
    assert out.exists() and list(temp.iterdir()) == []


@pytest.mark.parametrize(("value", "complaint"), [("0", "0 ligger utanför det tillåtna intervallet x>=1."),
                                                  ("en minut", "'en minut' är inte ett heltal.")])
def test_time_limit_must_be_whole_seconds(filled_folder: Path, value: str, complaint: str) -> None:
    code, _, stderr = run("merge", filled_folder, "--pdf", "--pdf-tidsgrans", value)
    assert code == 2
    assert stderr.splitlines()[-1] == f"Fel: Ogiltigt värde för '--pdf-tidsgrans': {complaint}"


def test_ctrl_c_stops_libreoffice_too(filled_folder: Path, tmp_path: Path, temp: Path, hanging_office) -> None:
    docx = report(filled_folder, tmp_path / "r.docx")
    office = hanging_office()

    def press_ctrl_c_once_started() -> None:
        deadline = time.monotonic() + 100  # a busy machine may take long to start the fake
        while not (office / "started.json").exists():
            if time.monotonic() > deadline:
                return
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)

    # Python's own Ctrl-C handler, as in a terminal: a run started in the background (CI) may ignore SIGINT
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Thread(target=press_ctrl_c_once_started, daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            convert_to_pdf(docx, timeout=120)
    finally:
        signal.signal(signal.SIGINT, previous)
    record = started(office)
    assert [pid for pid in record["pids"] if running(pid)] == []
    assert list(temp.iterdir()) == []


def test_libreoffice_that_fails_shows_its_own_words_only_with_verbose(filled_folder: Path, tmp_path: Path,
                                                                      fake_soffice) -> None:
    fake_soffice(FAILS)
    out = tmp_path / "r.docx"
    merge = ("merge", filled_folder, "--period", "delar1", "--out", out, "--pdf", "--json")
    code, _, stderr = run(*merge)
    assert code == 2
    assert stderr.strip() == (f"Kunde inte göra PDF av rapporten ({out.with_suffix('.pdf')}): LibreOffice avslutades "
                              "utan att skriva någon PDF (slutkod 1). "
                              "LibreOffice egna felutskrifter visas med --verbose. "
                              f"Det som redan är skrivet finns kvar: {out}, {out.with_suffix('.json')}.")
    assert out.exists() and out.with_suffix(".json").exists()
    for verbose in ("--verbose", "-v"):
        code, _, stderr = run(*merge, verbose)
        assert code == 2
        assert stderr.splitlines()[-1] == LOAD_ERROR


def fake_report(path: Path, document_bytes: int) -> Path:
    """A .docx whose document.xml has the given size (spaces pack small)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b" " * document_bytes + b"</w:document>")
    return path


def test_default_time_limit_ends_a_hang_on_an_ordinary_report_within_a_minute(tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    code, stdout, _ = run("merge", EXAMPLE / "underlag", "--period", "delar2", "--out", out)
    assert code == 0, stdout
    assert 30 <= pdf_timeout(out) <= 60


@pytest.mark.parametrize(("megabytes", "measured_seconds"), [(0.31, 8), (15.6, 203)], ids=["22-pages", "820-pages"])
def test_default_time_limit_lets_long_reports_finish(tmp_path: Path, megabytes: float, measured_seconds: int) -> None:
    """Slowest conversions measured on a busy 2-core machine (see pdf.TIMEOUT_BASE), with room to spare."""
    assert pdf_timeout(fake_report(tmp_path / "r.docx", int(megabytes * 1_000_000))) >= 2.5 * measured_seconds


@pytest.mark.skipif((shutil.which("soffice") is None or not Path("/proc/self").exists()) and not os.environ.get("CI"),
                    reason="LibreOffice is not installed (CI installs it), or no /proc to look for its processes")
def test_real_libreoffice_stopped_by_the_time_limit_leaves_nothing_running(filled_folder: Path, tmp_path: Path,
                                                                            temp: Path) -> None:
    docx = report(filled_folder, tmp_path / "r.docx")
    with pytest.raises(VplanError, match="blev inte klart på 1 sekund och stoppades"):
        convert_to_pdf(docx, timeout=1)
    left = [cmdline for cmdline in Path("/proc").glob("[0-9]*/cmdline")
            if str(temp).encode() in _read(cmdline)]
    assert left == [], "no LibreOffice process still runs with our profile"
    assert list(temp.iterdir()) == []


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # the process ended while we looked
        return b""
