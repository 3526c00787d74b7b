"""vplan merge --html: the web edition, read back with lxml as a screen reader would walk it.

The same context as the Word report, one self-contained file, the structure WCAG asks for,
escaping, and an administrator's own web template. tests/test_html_browser.py opens it in Chromium.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE, set_cells
from lxml import html as lxml_html

from vplan_excel import load
from vplan_excel.cli import main
from vplan_excel.report.chart import alt_text
from vplan_excel.report.html import default_html_template

UNDERLAG = EXAMPLE / "underlag"
NASTY = "Kostnad & kvalitet <ökade> med {{ 5 }} % {% if %}<script>alert(1)</script>\nAndra raden 🚀"


def merge(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["merge", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def page(path: Path) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(path.read_bytes())


def text_of(element: lxml_html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


@pytest.fixture(scope="module")
def example_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("webb") / "rapport.docx"
    code, stdout, _ = merge(str(UNDERLAG), "--period", "delar2", "--out", str(out), "--html")
    assert code == 0, stdout
    assert f"Rapporten är skriven: {out.with_suffix('.html')}" in stdout
    assert out.exists()
    return out.with_suffix(".html")


def test_page_has_language_title_skip_link_and_landmarks(example_html: Path) -> None:
    root = page(example_html)
    assert root.get("lang") == "sv"
    assert root.findtext(".//title") == "Delårsrapport 2 2026 – Verksamhetsplan Kommunal utveckling 2025–2026"
    first_link = root.find(".//body//a")
    assert first_link.get("href") == "#innehall" and text_of(first_link) == "Hoppa till innehållet"
    assert root.get_element_by_id("innehall").tag == "main"
    assert [len(root.findall(f".//{tag}")) for tag in ("header", "nav", "main")] == [1, 1, 1]
    contents = [a.get("href") for a in root.findall(".//nav//a")]
    assert contents[:3] == ["#sammanfattning", "#maluppfyllelse", "#avvikelser"] and "#mal-9" in contents
    assert all(root.get_element_by_id(href[1:]) is not None for href in contents)


def test_headings_go_down_one_level_at_a_time(example_html: Path) -> None:
    levels = [int(h.tag[1]) for h in page(example_html).iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(after - before <= 1 for before, after in zip(levels, levels[1:]))
    headings = [text_of(h) for h in page(example_html).iter("h2", "h3")]
    for section in ("Sammanfattning", "Måluppfyllelse", "Teckenförklaring", "Avvikelser", "Teknikavdelningen",
                    "Bilaga Underlag"):
        assert section in headings
    assert headings.index("Teckenförklaring") == headings.index("Måluppfyllelse") + 1


def test_every_table_has_a_caption_and_scoped_header_cells(example_html: Path) -> None:
    tables = page(example_html).findall(".//table")
    assert len(tables) > 20
    for table in tables:
        assert text_of(table.find("caption"))
        header = table.findall(".//th")
        assert header and all(th.get("scope") in ("col", "row") for th in header)
        assert table.find("thead//th") is not None


def test_chart_is_inline_with_alt_text_and_followed_by_its_figures(example_html: Path) -> None:
    root = page(example_html)
    [image] = root.findall(".//img")
    assert image.get("src").startswith("data:image/png;base64,")
    assert image.get("alt") == alt_text(load(UNDERLAG, period="delar2"))
    figure = image.getparent()
    table = figure.getnext().find("table")
    rows = [[text_of(cell) for cell in row] for row in table.iter("tr")]
    assert rows[-1] == ["Kommunal utveckling", "3", "6", "0", "0", "9"]


def test_page_requests_nothing_from_anywhere(example_html: Path) -> None:
    """No src or href to another file, no url() in the CSS, no address at all: the page stands alone."""
    text = example_html.read_text(encoding="utf-8")
    root = page(example_html)
    for element in root.iter():
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            value = element.get(name)
            assert value is None or value.startswith(("#", "data:")), (element.tag, name, value[:60])
    assert root.findall(".//script") == [] and root.findall(".//link") == [] and root.findall(".//iframe") == []
    assert "url(" not in text and "@import" not in text
    assert not re.search(r"(?i)\b(https?|ftp):|//[a-z0-9.-]+\.[a-z]{2,}/", text)


def test_status_is_symbol_and_word_with_the_words_own_colour(example_html: Path) -> None:
    rows = [[text_of(c) for c in row] for row in page(example_html).iter("tr")]
    goal_1 = next(r for r in rows if r[0].startswith("1. Vi använder värdegrunden"))
    assert goal_1[1:] == ["● Uppfyllt", "Uppfylls", "↑ förbättrad"]
    cells = page(example_html).findall(".//td[@class='status']")
    assert cells and all(re.match(r"[●◐○–] \S", text_of(c)) for c in cells)
    assert "background-color: #C6EFCE" in {c.get("style") for c in cells}


def test_content_is_the_word_reports(example_html: Path) -> None:
    text = text_of(page(example_html))
    assert "Per 31 augusti 2026 är 3 uppfyllda och 6 delvis uppfyllda av 9 mål." in text
    assert "Prognos helår: Uppfylls" in text
    assert re.search(r"NR\S* .*?: ○ Röd, utfall ", text), "a Röd key result under Avvikelser"
    assert "1 januari–31 augusti 2026" in text and "Läge per 31 augusti" in text
    assert re.search(r"\d\xa0\d{3}", example_html.read_text(encoding="utf-8")), "thousands with a no-break space"
    assert "Bilaga Underlag" in text and "mal-03-gva.xlsx" in text


def test_annual_report_shows_the_year(tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    code, stdout, _ = merge(str(UNDERLAG), "--period", "helar", "--out", str(out), "--html")
    assert code == 0, stdout
    root = page(out.with_suffix(".html"))
    assert root.findtext(".//h1") == "Årsrapport 2026"
    text = text_of(root)
    assert "Under året: Delår 1: ◐ Delvis uppfyllt → Delår 2: ● Uppfyllt → Helår: ● Uppfyllt" in text
    assert re.search(r"Under året: Delår 1: [\d ,\xa0%]+ [●◐○] (Grön|Gul|Röd) → Delår 2: ", text)


def test_text_from_workbooks_is_shown_as_typed_and_cannot_inject(filled_folder: Path, tmp_path: Path) -> None:
    set_cells(filled_folder / "mal-03-gva.xlsx", "Nyckelresultat", {"J7": NASTY})
    out = tmp_path / "rapport.docx"
    code, stdout, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--html")
    assert code == 0, stdout
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "Kostnad &amp; kvalitet &lt;ökade&gt; med {{ 5 }} % {% if %}&lt;script&gt;alert(1)&lt;/script&gt;\n" \
           "Andra raden 🚀" in html
    comment = next(td for td in page(out.with_suffix(".html")).iter("td") if "Kostnad" in td.text_content())
    assert "fritext" in comment.get("class")  # white-space: pre-line keeps the line break


def test_own_web_template_without_html_flag(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "webbmall.html"
    template.write_text('<html lang="sv"><title>{{ rapport.titel }}</title>{% for m in mal %}'
                        '<p>{{ m.nummer }} {{ m.status }}</p>{% endfor %}</html>', encoding="utf-8")
    out = tmp_path / "rapport.docx"
    code, stdout, _ = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--html-mall", str(template))
    assert code == 0, stdout
    assert out.with_suffix(".html").read_text(encoding="utf-8") == \
        '<html lang="sv"><title>Delårsrapport 2026</title><p>3 Delvis uppfyllt</p></html>'


@pytest.mark.parametrize(("source", "shown"), [
    ("{{ plan.kommun ", "Webbmallen trasig.html kunde inte användas"),
    ("{{ plan.kommunen }}", "Webbmallen trasig.html kunde inte användas"),
    ("{{ plan.__class__.__mro__ }}", "Webbmallen trasig.html kunde inte användas"),
])
def test_broken_web_template_is_a_clear_message(filled_folder: Path, tmp_path: Path, source: str, shown: str) -> None:
    template = tmp_path / "trasig.html"
    template.write_text(source, encoding="utf-8")
    out = tmp_path / "rapport.docx"
    code, _, stderr = merge(str(filled_folder), "--period", "delar1", "--out", str(out), "--html-mall", str(template))
    assert code == 2
    assert shown in stderr
    assert not out.with_suffix(".html").exists()


def test_web_template_not_in_utf8(filled_folder: Path, tmp_path: Path) -> None:
    template = tmp_path / "latin1.html"
    template.write_bytes("<p>Måluppfyllelse {{ rapport.titel }}</p>".encode("latin-1"))
    code, _, stderr = merge(str(filled_folder), "--period", "delar1", "--out", str(tmp_path / "r.docx"),
                            "--html-mall", str(template))
    assert code == 2 and "Webbmallen latin1.html är ingen textfil i UTF-8" in stderr


def test_default_web_template_is_package_data() -> None:
    assert default_html_template().is_file()
    assert default_html_template().parent.name == "templates"
