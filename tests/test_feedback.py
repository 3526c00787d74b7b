"""vplan feedback: marked copies, e-mail drafts and reminders, opened with real readers."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE, set_cells
from openpyxl import load_workbook

from vplan_excel import load, vocab
from vplan_excel.cli import main
from vplan_excel.model import Plan, Submission
from vplan_excel.problems import Problem, VplanError, problem
from vplan_excel.reading.submission import read_workbook
from vplan_excel.round.drafts import subject
from vplan_excel.round.feedback import UnitFeedback, WorkbookToFix, write_feedback
from vplan_excel.workbook.mark import write_marked_copy
from vplan_excel.workbook.plain import text_cell


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def parsed(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    return message


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in message.iter_attachments()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- wording -------------------------------------------------------------------------------

def _submission(goal: int) -> Submission:
    return Submission(f"mal-{goal:02d}-gva.xlsx", goal, "gva", 1, dt.datetime(2026, 9, 1), "0" * 64)


def _problems(count: int) -> tuple[Problem, ...]:
    return tuple(problem("status-okand", "x.xlsx", "Nyckelresultat", f"L{7 + i}", value="Lila", kind="en status",
                         allowed="Grön, Gul eller Röd", suggestion="") for i in range(count))


@pytest.mark.parametrize(("fixes", "missing", "expected"), [
    ([(3, 2), (4, 1)], [], "Delår 1: 3 saker att rätta i mål 3 och 4 senast 15 maj"),
    ([(3, 1)], [], "Delår 1: 1 sak att rätta i mål 3 senast 15 maj"),
    ([], [3], "Delår 1: lämna in arbetsboken för mål 3 senast 15 maj"),
    ([(3, 1)], [3, 3], "Delår 1: 1 sak att rätta i mål 3, arbetsböckerna för mål 3 att lämna in senast 15 maj"),
    ([], [], "Delår 1: tack, allt är inlämnat och utan fel"),
])
def test_the_subject_counts_in_swedish(plan: Plan, fixes: list[tuple[int, int]], missing: list[int],
                                       expected: str) -> None:
    feedback = UnitFeedback(plan.units[0], tuple(WorkbookToFix(_submission(goal), _problems(count))
                                                 for goal, count in fixes),
                            tuple(plan.goal(number) for number in missing))  # type: ignore[misc]
    assert subject(plan.periods[0], feedback) == expected


def test_a_subject_without_deadline_says_no_date(plan: Plan) -> None:
    feedback = UnitFeedback(plan.units[0], (WorkbookToFix(_submission(3), _problems(2)),))
    assert subject(plan.periods[1], feedback) == "Delår 2: 2 saker att rätta i mål 3"


def test_text_written_from_a_workbook_stays_text(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    text_cell(workbook.active, 1, 1, "=HYPERLINK(\"http://example.com\")")
    workbook.save(tmp_path / "t.xlsx")
    cell = load_workbook(tmp_path / "t.xlsx").active["A1"]
    assert (cell.data_type, cell.value) == ("s", "=HYPERLINK(\"http://example.com\")")


# --- the marked copy ---------------------------------------------------------------------------

@pytest.fixture
def lila(filled_folder: Path) -> Path:
    """The test plan's folder with "Lila" typed as the status of NR1 for Delår 1 in mal-03-gva.xlsx."""
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Lila"})
    return filled_folder


def test_the_marked_copy_carries_a_note_a_fill_and_a_linked_list(lila: Path, tmp_path: Path) -> None:
    follow_up = load(lila, period="delar1")
    original = lila / "mal-03-gva.xlsx"
    before = digest(original)
    result = write_feedback(follow_up, tmp_path / "ut")
    copy = tmp_path / "ut" / "gva" / "mal-03-gva.xlsx"
    assert [d.attachments for d in result.drafts] == [(copy,)]
    assert digest(original) == before  # the original is only read
    workbook = load_workbook(copy)
    assert workbook.sheetnames[0] == vocab.SHEET_TO_FIX and workbook.active.title == vocab.SHEET_TO_FIX
    cell = workbook["Nyckelresultat"]["I7"]
    assert cell.comment.author == "vplan"
    assert cell.comment.text == 'FEL: "Lila" är inte en status.\nVälj Grön, Gul eller Röd.'
    assert cell.fill.fgColor.rgb.endswith("F8CBAD")
    listing = workbook[vocab.SHEET_TO_FIX]
    rows = [[c.value for c in row] for row in listing.iter_rows(min_row=4, max_col=5)]
    assert rows == [["Typ", "Blad", "Cell", "Problem", "Så rättar du"],
                    ["FEL", "Nyckelresultat", "I7", '"Lila" är inte en status.', "Välj Grön, Gul eller Röd."]]
    link = listing["C5"].hyperlink
    assert (link.location, link.target) == ("'Nyckelresultat'!I7", None)  # inside the workbook, no file
    assert all(c.data_type == "s" for row in listing.iter_rows() for c in row if c.value is not None)


def test_the_marked_copy_keeps_what_makes_it_the_units_workbook(lila: Path, tmp_path: Path) -> None:
    write_feedback(load(lila, period="delar1"), tmp_path / "ut")
    original = load_workbook(lila / "mal-03-gva.xlsx")
    copy = load_workbook(tmp_path / "ut" / "gva" / "mal-03-gva.xlsx")
    assert copy.security.lockStructure
    assert (copy[vocab.SHEET_IDENTITY].sheet_state, copy[vocab.SHEET_IDENTITY].protection.sheet) == ("veryHidden", True)
    for name in original.sheetnames:
        before, after = original[name], copy[name]
        assert after.protection.sheet == before.protection.sheet
        assert [str(v.sqref) for v in after.data_validations.dataValidation] == [
            str(v.sqref) for v in before.data_validations.dataValidation]
        assert [str(r.sqref) for r in after.conditional_formatting] == [
            str(r.sqref) for r in before.conditional_formatting]
        assert {k: d.width for k, d in after.column_dimensions.items()} == {
            k: d.width for k, d in before.column_dimensions.items()}
        assert (after.freeze_panes, after.print_title_rows) == (before.freeze_panes, before.print_title_rows)
    assert [s.sheet_view.tabSelected for s in copy.worksheets].count(True) == 1  # not grouped sheets in Excel


def test_the_marked_copy_reads_as_the_original_and_corrected_has_no_errors(lila: Path, plan: Plan,
                                                                         tmp_path: Path) -> None:
    write_feedback(load(lila, period="delar1"), tmp_path / "ut")
    copy = tmp_path / "ut" / "gva" / "mal-03-gva.xlsx"
    original, original_problems = read_workbook(lila / "mal-03-gva.xlsx", "mal-03-gva.xlsx", plan, plan.periods[0])
    marked, marked_problems = read_workbook(copy, "mal-03-gva.xlsx", plan, plan.periods[0])
    assert marked is not None and original is not None
    assert marked.key_results == original.key_results and marked_problems == original_problems
    set_cells(copy, "Nyckelresultat", {"I7": "Gul"})
    shutil.copy2(copy, lila / "mal-03-gva.xlsx")
    assert load(lila, period="delar1").problems == []


def test_a_copy_marked_again_has_one_list_and_fresh_notes(lila: Path, plan: Plan, tmp_path: Path) -> None:
    write_feedback(load(lila, period="delar1"), tmp_path / "ut")
    copy = tmp_path / "ut" / "gva" / "mal-03-gva.xlsx"
    shutil.copy2(copy, lila / "mal-03-gva.xlsx")  # handed back uncorrected
    write_feedback(load(lila, period="delar1"), tmp_path / "ut2")
    workbook = load_workbook(tmp_path / "ut2" / "gva" / "mal-03-gva.xlsx")
    assert workbook.sheetnames.count(vocab.SHEET_TO_FIX) == 1 and len(workbook.sheetnames) == 6
    assert workbook["Nyckelresultat"]["I7"].comment.text.count("Lila") == 1


def test_a_workbook_changed_since_it_was_read_is_not_copied(lila: Path, tmp_path: Path) -> None:
    follow_up = load(lila, period="delar1")
    [submission] = [s for s in follow_up.folder.submissions if s.unit_id == "gva"]
    set_cells(lila / "mal-03-gva.xlsx", "Nyckelresultat", {"I7": "Röd"})
    with pytest.raises(VplanError, match="mal-03-gva.xlsx har ändrats sedan den lästes"):
        write_marked_copy(lila / submission.path, submission.sha256, tmp_path / "c.xlsx", [], "Delår 1")
    assert not (tmp_path / "c.xlsx").exists()


# --- the drafts ------------------------------------------------------------------------------

def test_the_draft_has_headers_both_bodies_and_the_copy_attached(lila: Path, tmp_path: Path) -> None:
    code, out, _ = run("feedback", str(lila), "--period", "delar1", "--out", str(tmp_path / "ut"))
    assert code == 0
    message = parsed(tmp_path / "ut" / "gva.eml")
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Delår 1: 1 sak att rätta i mål 3 senast 15 maj"
    assert message["To"] is None and message["From"] is None  # the test plan has no contacts
    line = 'FEL: Nyckelresultat!I7: "Lila" är inte en status. Välj Grön, Gul eller Röd.'
    assert line in message.get_body(("plain",)).get_content()
    assert line.replace('"', "&quot;") in message.get_body(("html",)).get_content()
    copy = tmp_path / "ut" / "gva" / "mal-03-gva.xlsx"
    assert attachments(message) == {"mal-03-gva.xlsx": copy.read_bytes()}
    assert out.splitlines() == [
        "gva.eml (Gata/park, vatten och avfall (GVA)): 1 sak att rätta (1 markerad kopia)",
        "VARNING: Enheten Gata/park, vatten och avfall (GVA) har ingen e-postadress i planen, så utkastet gva.eml "
        'saknar mottagare. Skriv in mottagaren i utkastet, eller lägg till epost = "..." under enheten i planfilen.',
        f"1 utkast skrivna till {tmp_path / 'ut'}: 1 med saker att rätta, 0 med påminnelse, 0 kvitton.",
    ]
    assert sorted(p.name for p in (tmp_path / "ut").rglob("*")) == ["gva", "gva.eml", "mal-03-gva.xlsx"]


def test_a_unit_without_e_mail_gets_a_draft_without_to_and_a_warning(lila: Path, tmp_path: Path) -> None:
    result = write_feedback(load(lila, period="delar1"), tmp_path / "ut")
    assert [(p.severity, p.code, p.file) for p in result.problems] == [("varning", "enhet-utan-epost", "gva.eml")]
    assert parsed(tmp_path / "ut" / "gva.eml")["To"] is None


def test_an_empty_folder_gives_a_reminder_with_a_blank_workbook_for_every_unit(plan: Plan, plan_path: Path,
                                                                               tmp_path: Path) -> None:
    (tmp_path / "tom").mkdir()
    code, out, _ = run("aterkoppling", str(tmp_path / "tom"), "--plan", str(plan_path), "--period", "delar1",
                       "--out", str(tmp_path / "ut"))
    assert code == 0, out
    for unit in ("gva", "maltider"):
        message = parsed(tmp_path / "ut" / f"{unit}.eml")
        assert message["Subject"] == "Delår 1: lämna in arbetsboken för mål 3 senast 15 maj"
        [(name, data)] = attachments(message).items()
        assert name == f"mal-03-{unit}.xlsx"
        (tmp_path / name).write_bytes(data)
        submission, problems = read_workbook(tmp_path / name, name, plan)
        assert submission is not None and (submission.goal_number, submission.unit_id) == (3, unit)
        assert [p.code for p in problems] == ["inga-nyckelresultat"]  # blank, as vplan template writes it
        texts = [cell.value for row in load_workbook(tmp_path / name)["Nyckelresultat"].iter_rows(max_row=5)
                 for cell in row if isinstance(cell.value, str)]
        assert any(text.startswith("Uppföljning nu: Delår 1 – läget per") for text in texts)  # for the period
    assert "2 utkast skrivna" in out and "0 med saker att rätta, 2 med påminnelse, 0 kvitton." in out


def test_nothing_to_fix_writes_nothing_unless_everyone_gets_a_receipt(filled_folder: Path, tmp_path: Path) -> None:
    code, out, _ = run("feedback", str(filled_folder), "--period", "delar1", "--out", str(tmp_path / "ut"))
    assert (code, out.strip()) == (0, "Ingen enhet har något att rätta eller lämna in. Inga utkast skrivna "
                                      "(kvitton till alla med --alla).")
    code, out, _ = run("feedback", str(filled_folder), "--period", "delar1", "--out", str(tmp_path / "ut"), "--alla")
    assert code == 0
    message = parsed(tmp_path / "ut" / "maltider.eml")
    assert message["Subject"] == "Delår 1: tack, allt är inlämnat och utan fel"
    assert "Tack, allt är inlämnat och utan fel för Delår 1." in message.get_body(("plain",)).get_content()
    assert list(message.iter_attachments()) == []


def test_an_output_folder_in_use_needs_skriv_over(lila: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    (out / "annat.txt").write_text("x", encoding="utf-8")
    code, _, err = run("feedback", str(lila), "--period", "delar1", "--out", str(out))
    assert code == 2 and "finns redan och är inte tom" in err and "--skriv-over" in err
    assert sorted(p.name for p in out.iterdir()) == ["annat.txt"]
    code, _, _ = run("feedback", str(lila), "--period", "delar1", "--out", str(out), "--skriv-over")
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["annat.txt", "gva", "gva.eml"]  # no temporary file left


def test_an_output_folder_inside_the_input_is_refused(lila: Path) -> None:
    code, _, err = run("feedback", str(lila), "--period", "delar1", "--out", str(lila / "ut"))
    assert code == 2 and "kopiorna skulle läsas in som arbetsböcker" in err
    assert not (lila / "ut").exists()


def test_the_shipped_example_with_lila_and_a_missing_workbook(tmp_path: Path) -> None:
    """The issue's acceptance run: one marked copy, its draft, one reminder; the corrected copy validates."""
    shutil.copytree(EXAMPLE, tmp_path / "ex")
    folder = tmp_path / "ex" / "underlag"
    set_cells(folder / "mal-03-gva.xlsx", "Nyckelresultat", {"L7": "Lila"})  # Status Delår 2 of NR1
    (folder / "mal-05-kultur.xlsx").unlink()
    code, out, _ = run("feedback", str(folder), "--period", "delar2", "--out", str(tmp_path / "ut"))
    assert code == 0, out
    written = sorted(p.relative_to(tmp_path / "ut").as_posix() for p in (tmp_path / "ut").rglob("*.*"))
    assert written == ["gva.eml", "gva/mal-03-gva.xlsx", "kultur.eml", "kultur/mal-05-kultur.xlsx"]
    gva = parsed(tmp_path / "ut" / "gva.eml")
    assert (gva["To"], gva["From"]) == ("Jonas Öberg <jonas.oberg@example.se>",
                                        "Karin Berglund <karin.berglund@example.se>")
    assert gva["Subject"] == "Delår 2: 1 sak att rätta i mål 3 senast 15 september"
    assert gva.get_body(("plain",)).get_content().startswith("Hej Jonas!\n\nTack för arbetsboken till Delår 2.")
    copy = tmp_path / "ut" / "gva" / "mal-03-gva.xlsx"
    assert attachments(gva) == {"mal-03-gva.xlsx": copy.read_bytes()}
    marked = load_workbook(copy)
    assert "Lila" in marked["Nyckelresultat"]["L7"].comment.text
    assert marked[vocab.SHEET_TO_FIX]["C5"].hyperlink.location == "'Nyckelresultat'!L7"
    kultur = parsed(tmp_path / "ut" / "kultur.eml")
    assert kultur["Subject"] == "Delår 2: lämna in arbetsboken för mål 5 senast 15 september"
    assert list(attachments(kultur)) == ["mal-05-kultur.xlsx"]
    set_cells(copy, "Nyckelresultat", {"L7": "Gul"})
    shutil.copy2(copy, folder / "mal-03-gva.xlsx")
    assert [p.code for p in load(folder, period="delar2").problems if p.severity == "fel"] == ["arbetsbok-saknas"]
