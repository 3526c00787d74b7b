"""The vplan command: one thin click command per administrator task."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import collector, messages
from .problems import VplanError

if TYPE_CHECKING:
    from .model import Period, Plan
    from .report.accessibility import Finding
    from .rollup.follow_up import FollowUp

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
VERBOSE = "vplan.verbose"  # in the context's meta, shared by the group and its commands
PROGRESS_FROM = 50  # files; fewer are read before a bar would be seen


def _speak_swedish() -> None:
    """Make click's own texts (usage, help headings, usage errors) Swedish.

    click looks its texts up with gettext, but ships no Swedish catalogue; its modules
    bind gettext and ngettext at import, so those names are replaced there.
    """
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.types

    def gettext(text: str) -> str:
        return messages.CLICK_TEXTS.get(text, text)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


_speak_swedish()


ALIASES = {"aterkoppling": "feedback", "inlamning": "submissions"}  # Swedish names for commands


class _Group(click.Group):
    """Turns VplanError into a Swedish message and an exit code, never a traceback; knows the Swedish aliases."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, ALIASES.get(cmd_name, cmd_name))

    def invoke(self, ctx: click.Context) -> object:
        try:
            with collector.paused():  # a command's objects live until it ends: no cycles worth a pass
                return super().invoke(ctx)
        except VplanError as error:
            for item in error.problems:
                click.echo(f"{item.place}: {item.message} {item.hint}", err=True)
            click.echo(error.message, err=True)
            if error.detail and ctx.meta.get(VERBOSE):
                click.echo(error.detail, err=True)
            sys.exit(error.exit_code)


@click.group(name="vplan", cls=_Group, context_settings=CONTEXT, options_metavar="[ALTERNATIV]",
             subcommand_metavar="KOMMANDO [ARGUMENT]...")
@click.version_option(package_name="vplan_excel", message="vplan %(version)s")
def main() -> None:
    """vplan – uppföljning av verksamhetsplanens mål från Excel till rapport.

    Skapa arbetsböcker åt enheterna med "vplan template", samla de ifyllda
    arbetsböckerna i en mapp och kontrollera dem med "vplan validate".
    """


PLAN_OPTION = click.option(
    "--plan", "plan_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar="FIL",
    help="Planfilen (plan.toml). Standard: plan.toml i mappen eller mappen ovanför.",
)


PERIOD_OPTION = click.option(
    "--period", "period_key", metavar="PERIOD",
    help='Uppföljningen, med id eller namn (t.ex. delar1 eller "Delår 1"). Standard: den senast avslutade perioden.',
)
FORMAT_OPTION = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Utdata som läsbar text eller som JSON för skript.",
)


def _remember_verbose(ctx: click.Context, param: click.Parameter, verbose: bool) -> None:
    """Keep --verbose where _Group finds it when a VplanError carries another program's output."""
    ctx.meta[VERBOSE] = verbose


VERBOSE_OPTION = click.option(
    "--verbose", "-v", is_flag=True, expose_value=False, callback=_remember_verbose,
    help="Visa LibreOffice egna felutskrifter när PDF:en inte kan göras.",
)


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.option("--plan", "plan_path", required=True, metavar="FIL",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Planfilen (plan.toml).")
@click.option("--out", "out", required=True, metavar="MAPP", type=click.Path(file_okay=False, path_type=Path),
              help="Mappen där arbetsböckerna skrivs.")
@click.option("--period", "period_key", metavar="PERIOD",
              help="Arbetsböcker för den här uppföljningen (id eller namn): perioden framhävs, tidigare perioder "
                   "låses och senare fälls ihop. Standard: alla perioder öppna.")
@click.option("--fran", "source", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Fyll i arbetsböckerna från de inlämnade arbetsböckerna i MAPP: nyckelresultat, tidigare "
                   "perioders utfall, aktiviteter och bedömningar. Arbetsböcker med fel skrivs inte. Med nästa års "
                   "plan följer bara nyckelresultat och aktiviteter med.")
@click.option("--utgangslage-fran-utfall", "baseline_from_outcome", is_flag=True,
              help="Med --fran och nästa års plan: förra årets senaste utfall blir nytt utgångsläge.")
@click.option("--skriv-over", is_flag=True, help="Ersätt arbetsböcker som redan finns i mappen.")
def template(plan_path: Path, out: Path, period_key: str | None, source: Path | None, baseline_from_outcome: bool,
             skriv_over: bool) -> None:
    """Skriv en arbetsbok per mål och enhet enligt planen, tom eller ifylld från inlämnade arbetsböcker.

    Arbetsboken för mål 3 och enheten gva heter mal-03-gva.xlsx. Med --fran avslutas kommandot med
    kod 1 om någon arbetsbok inte kunde skrivas på grund av fel, annars 0.
    """
    from .plan import load_plan

    plan = load_plan(plan_path)
    period = _period(plan, period_key)
    if source is None:
        from .workbook.write import write_templates

        if baseline_from_outcome:
            raise click.UsageError(messages.BASELINE_NEEDS_SOURCE)
        paths = write_templates(plan, out, overwrite=skriv_over, period=period)
        click.echo(messages.TEMPLATES_WRITTEN.format(written=messages.counted(len(paths), messages.WORKBOOKS_WRITTEN),
                                                     folder=out))
        return
    from .api import write_reissued_templates

    result = write_reissued_templates(plan, source, out, period=period, overwrite=skriv_over,
                                      baseline_from_outcome=baseline_from_outcome)
    written = len(result.written) + len(result.blank)
    click.echo(messages.TEMPLATES_WRITTEN.format(written=messages.counted(written, messages.WORKBOOKS_WRITTEN),
                                                 folder=out))
    for path in result.blank:
        click.echo(messages.REISSUE_BLANK.format(file=path.name))
    for first, count in result.refused:
        click.echo(messages.REISSUE_REFUSED.format(file=first.file, errors=messages.counted(count, messages.ERRORS),
                                                   place=f"{first.location}: " if first.location else "",
                                                   message=first.message, folder=source))
    sys.exit(1 if result.refused else 0)


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@PERIOD_OPTION
@FORMAT_OPTION
def validate(folder: Path, plan_path: Path | None, period_key: str | None, output_format: str) -> None:
    """Kontrollera alla arbetsböcker i MAPP och visa vad varje enhet behöver rätta.

    Avslutas med kod 0 när det inte finns några fel, 1 när det finns fel och 2 vid
    felaktigt anrop.
    """
    from .show.validation import as_json, as_text

    follow_up = _load(folder, plan_path, period_key)
    click.echo(as_json(follow_up) if output_format == "json" else as_text(follow_up))
    sys.exit(1 if follow_up.errors else 0)


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@PERIOD_OPTION
@FORMAT_OPTION
@click.option("--nyckelresultat", "show_key_results", is_flag=True,
              help="Visa också varje nyckelresultat med status och skäl.")
def status(folder: Path, plan_path: Path | None, period_key: str | None, output_format: str,
           show_key_results: bool) -> None:
    """Visa målens status för perioden: uppfyllt, delvis uppfyllt, ej uppfyllt eller ej bedömd, med skäl.

    Avslutas med kod 1 om underlaget har fel (visa dem med vplan validate), annars 0.
    """
    from .show.overview import as_json, as_text

    follow_up = _load(folder, plan_path, period_key)
    click.echo(as_json(follow_up) if output_format == "json" else as_text(follow_up, show_key_results))
    sys.exit(1 if follow_up.errors else 0)


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@PERIOD_OPTION
@click.option("--template", "template_path", metavar="MALL",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Egen Word-mall (.docx). Standard: vplans inbyggda mall.")
@click.option("--out", "out", metavar="FIL", type=click.Path(dir_okay=False, path_type=Path),
              help="Rapportens filnamn. Standard: rapport-PLAN-PERIOD.docx i aktuell mapp.")
@click.option("--pdf", "make_pdf", is_flag=True, help="Gör också en PDF med LibreOffice.")
@click.option("--html", "make_html", is_flag=True,
              help="Skriv också rapporten som webbsida (rapport.html): en fil med diagram och stil i sig, "
                   "tillgänglig enligt WCAG 2.1 AA, för publicering på webben.")
@click.option("--html-mall", "html_template", metavar="MALL",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Egen webbmall (.html, en kopia av vplans inbyggda). Ger webbsidan även utan --html.")
@click.option("--pdf-tidsgrans", "pdf_timeout", type=click.IntRange(min=1), metavar="SEKUNDER",
              help="Längsta tid LibreOffice får för PDF:en. Standard: efter rapportens storlek, "
                   "under en minut för en vanlig rapport.")
@click.option("--json", "make_json", is_flag=True,
              help="Skriv också alla statusar, skäl och källor som JSON bredvid rapporten.")
@click.option("--tillat-fel", "allow_errors", is_flag=True,
              help="Skriv rapporten trots fel; delarna med fel visas som Ej rapporterad.")
@click.option("--utkast", "draft", is_flag=True,
              help="Skriv rapporten som utkast även när för få nyckelresultat är rapporterade (min_rapporterade).")
@click.option("--diarienummer", "registry_number", metavar="DNR",
              help="Rapportens diarienummer. Standard: diarienummer i planens [rapport].")
@click.option("--rapportdatum", "report_date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="ÅÅÅÅ-MM-DD",
              help="Rapportens datum. Standard: datum i planens [rapport], annars dagens datum.")
@click.option("--upprattad-av", "author", metavar="NAMN",
              help="Vem som upprättat rapporten. Standard: upprattad_av i planens [rapport].")
@VERBOSE_OPTION
def merge(folder: Path, plan_path: Path | None, period_key: str | None, template_path: Path | None,
          out: Path | None, make_pdf: bool, make_html: bool, html_template: Path | None, pdf_timeout: int | None,
          make_json: bool, allow_errors: bool,
          draft: bool, registry_number: str | None, report_date: dt.datetime | None, author: str | None) -> None:
    """Läs, kontrollera och sammanställ arbetsböckerna i MAPP till rapporten i Word (och PDF).

    Finns det fel i underlaget, eller är för få nyckelresultat rapporterade, skrivs ingen
    rapport och kommandot avslutas med kod 1.
    """
    from .api import too_incomplete, write_report
    from .show.validation import as_text

    follow_up = _load(folder, plan_path, period_key)
    if follow_up.errors and not allow_errors:
        click.echo(as_text(follow_up))
        click.echo(messages.REPORT_NOT_WRITTEN, err=True)
        sys.exit(1)
    reported_part = follow_up.without_erroneous_parts() if follow_up.errors else follow_up
    if not draft and (reason := too_incomplete(reported_part)):
        click.echo(reason, err=True)
        sys.exit(1)
    planned = follow_up.plan.report
    info = dataclasses.replace(planned, registry_number=registry_number or planned.registry_number,
                               author=author or planned.author,
                               date=report_date.date() if report_date else planned.date)
    written = write_report(follow_up, out, template=template_path, pdf=make_pdf, json=make_json, html=make_html,
                             html_template=html_template,
                             pdf_timeout=pdf_timeout, allow_errors=allow_errors, draft=draft, info=info)
    for path in written:
        click.echo(messages.REPORT_WRITTEN.format(path=path))
    for path in written:
        if path.suffix in (".pdf", ".html"):
            _warn_about_accessibility(path)


def _warn_about_accessibility(path: Path) -> None:
    """check-report on a PDF or web page merge has just written: findings are a warning, never a stop."""
    from .api import check_report

    try:
        findings = check_report(path)
    except VplanError as error:
        click.echo(error.message, err=True)
        return
    if findings:
        click.echo(messages.CHECK_REPORT_AFTER_MERGE.format(
            file=path.name, findings=messages.counted(len(findings), messages.CHECK_REPORT_FINDINGS)), err=True)
        _echo_findings(path, findings, err=True)


def _echo_findings(path: Path, findings: list[Finding], err: bool = False) -> None:
    for item in findings:
        click.echo(messages.CHECK_REPORT_FINDING.format(file=path.name, where=item.where, message=item.message,
                                                        hint=item.hint), err=err)


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@PERIOD_OPTION
@click.option("--out", "out", required=True, metavar="UT", type=click.Path(file_okay=False, path_type=Path),
              help="Mappen där utkasten och kopiorna skrivs (ny eller tom, och inte i MAPP).")
@click.option("--alla", "everyone", is_flag=True,
              help="Skriv också ett kvitto till varje enhet som inte har något att rätta.")
@click.option("--skriv-over", is_flag=True, help="Skriv i UT fast mappen inte är tom; filer med samma namn ersätts.")
def feedback(folder: Path, plan_path: Path | None, period_key: str | None, out: Path, everyone: bool,
             skriv_over: bool) -> None:
    """Skriv återkopplingen till enheterna: e-postutkast med markerade kopior och påminnelser.

    För varje enhet med något att rätta skrivs en kopia av varje arbetsbok med fel eller
    varningar, där cellerna är markerade och har en kommentar och första bladet "Att rätta"
    listar allt, och ett e-postutkast (.eml) med kopiorna bifogade. Enheter vars arbetsbok
    saknas får en påminnelse med en tom arbetsbok bifogad. Originalen ändras aldrig.
    Svenskt namn: vplan aterkoppling.
    """
    from .api import write_feedback
    from .show.feedback import as_text

    follow_up = _load(folder, plan_path, period_key)
    click.echo(as_text(write_feedback(follow_up, out, everyone=everyone, overwrite=skriv_over)))


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@PERIOD_OPTION
@FORMAT_OPTION
@click.option("--xlsx", "xlsx", metavar="FIL", type=click.Path(dir_okay=False, path_type=Path),
              help="Skriv också tavlan som Excel-arbetsbok för egen uppföljning (t.ex. inlamning.xlsx).")
def submissions(folder: Path, plan_path: Path | None, period_key: str | None, output_format: str,
                xlsx: Path | None) -> None:
    """Visa inlämningstavlan: varje arbetsbok som planen väntar, om den är klar, har fel eller saknas.

    En rad per mål och enhet med läge (saknas, fel, varningar, klar), antal fel och varningar,
    när den lämnades in (arbetsbokens egen sparad-tid, annars filens), i tid eller sen mot
    sista inlämningsdag, filen och kontakten. Svenskt namn: vplan inlamning.
    """
    from .api import write_submission_board
    from .show.submissions import as_json, as_text

    follow_up = _load(folder, plan_path, period_key)
    click.echo(as_json(follow_up) if output_format == "json" else as_text(follow_up))
    if xlsx:
        path = write_submission_board(follow_up, xlsx)
        click.echo(messages.BOARD_WRITTEN.format(path=path), err=output_format == "json")


@main.command("check-template", context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("template_path", metavar="MALL", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check_template(template_path: Path) -> None:
    """Kontrollera en egen Word-mall: taggar som inte går att tolka och okända variabler.

    Avslutas med kod 0 när mallen går att använda, annars 1.
    """
    from .report.check_template import check_template as check

    problems = check(template_path)
    for item in problems:
        text = f' ("{item.text}")' if item.text else ""
        click.echo(messages.TEMPLATE_PROBLEM.format(template=template_path.name, where=item.where, text=text,
                                                    message=item.message))
    if problems:
        sys.exit(1)
    click.echo(messages.TEMPLATE_OK.format(template=template_path.name))


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@PERIOD_OPTION
@click.option("--out", "out", required=True, metavar="FIL", type=click.Path(dir_okay=False, path_type=Path),
              help="Filen som skrivs: underlag.xlsx (tre blad) eller underlag.csv (tre filer: underlag.csv, "
                   "underlag-aktiviteter.csv och underlag-mal.csv).")
@click.option("--csv-format", "csv_format", type=click.Choice(["excel", "punkt"]), default="excel",
              show_default=True,
              help="excel: semikolon och decimalkomma, som svenska Excel öppnar filen; punkt: komma och "
                   "decimalpunkt, för program som vill ha det.")
def export(folder: Path, plan_path: Path | None, period_key: str | None, out: Path, csv_format: str) -> None:
    """Skriv nyckelresultat, aktiviteter och mål som tabeller för analys (Excel, Power BI).

    En rad per nyckelresultat och enhet med alla perioders utfall, status, beräknad status, skäl,
    kommentar och källcell; en rad per aktivitet; en rad per mål med status, skäl, trend, regel och
    hur komplett underlaget är. Tal är tal och datum datum; ingen text blir en formel. Avslutas med
    kod 1 om underlaget har fel (filerna skrivs ändå), annars 0.
    """
    from .api import write_export

    follow_up = _load(folder, plan_path, period_key)
    paths = write_export(follow_up, out, csv_format=csv_format)
    click.echo(messages.EXPORT_WRITTEN.format(paths=", ".join(str(path) for path in paths)))
    if follow_up.errors:
        click.echo(messages.EXPORT_HAS_ERRORS, err=True)
        sys.exit(1)


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", required=False,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@PERIOD_OPTION
@click.option("--out", "out", metavar="ARKIV", type=click.Path(dir_okay=False, path_type=Path),
              help="Arkivet som skrivs (t.ex. arkiv-2026-delar2.zip).")
@click.option("--rapport", "reports", metavar="FIL", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="En rapport som ska med i arkivet (Word, PDF, JSON); kan anges flera gånger.")
@click.option("--check", "checked", metavar="ARKIV", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Kontrollera ett arkiv: läs om underlaget med den här versionen av vplan och jämför.")
def archive(folder: Path | None, plan_path: Path | None, period_key: str | None, out: Path | None,
            reports: tuple[Path, ...], checked: Path | None) -> None:
    """Skriv revisorns arkiv: planen, alla arbetsböcker som de lästes, resultaten och rapporterna i en zip.

    Manifestet har varje fils SHA-256, versionerna av vplan och biblioteken, gränsvärdena och datumet.
    Med --check läses arbetsböckerna i arkivet om och statusar, skäl och problem jämförs med arkivets:
    kod 0 när allt är lika, 1 med varje skillnad listad.
    """
    from .api import check_archive, write_archive
    from .reading.folder import find_plan

    if checked is not None:
        if folder is not None or out is not None:
            raise click.UsageError(messages.ARCHIVE_USAGE)
        result = check_archive(checked)
        names = {"version": _installed_version(), "archived": result.manifest.get("vplan"),
                 "created": result.manifest.get("created")}
        if result.same:
            click.echo(messages.ARCHIVE_SAME.format(**names,
                                                    goals=messages.counted(result.goals, messages.ARCHIVE_GOALS),
                                                    key_results=messages.counted(result.key_results,
                                                                                 messages.ARCHIVE_KEY_RESULTS)))
            return
        click.echo(messages.ARCHIVE_DIFFERENT.format(
            **names, count=messages.counted(len(result.differences), messages.ARCHIVE_DIFFERENCES)))
        for difference in result.differences:
            click.echo(f"  {difference}")
        sys.exit(1)
    if folder is None or out is None:
        raise click.UsageError(messages.ARCHIVE_USAGE)
    plan_path = plan_path or find_plan(folder)
    follow_up = _load(folder, plan_path, period_key)
    click.echo(messages.ARCHIVE_WRITTEN.format(path=write_archive(follow_up, plan_path, out, reports=reports)))


def _installed_version() -> str:
    from importlib.metadata import version

    return version("vplan_excel")


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.option("--plan", "plan_path", required=True, metavar="FIL",
              type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Planfilen (plan.toml).")
@click.option("--ar", "years", metavar="ÅR", help="Åren som hämtas, t.ex. 2021-2025. Standard: planens år och "
                                                  "de fyra åren före.")
@click.option("--kolada-url", "url", metavar="URL",
              help="Koladas API. Standard: miljövariabeln VPLAN_KOLADA_URL, annars https://api.kolada.se/v3.")
def kolada(plan_path: Path, years: str | None, url: str | None) -> None:
    """Hämta KF-indikatorerna från Kolada till kolada.json bredvid planen.

    För varje nyckeltal i planen (kolada = [...] under målen) hämtas titel, beskrivning och
    värden för kommunen (kommunkod) och jämförelserna (jamforelse). vplan merge använder sedan
    bara den sparade filen. Ett nyckeltal som bytt titel sedan förra hämtningen ger en varning.
    Nätverks- och API-fel avslutas med kod 2 och lämnar den tidigare filen orörd.
    """
    from .api import fetch_indicators

    fetched = fetch_indicators(plan_path, url=url, years=years)
    for warning in fetched.warnings:
        click.echo(warning, err=True)
    click.echo(messages.KOLADA_WRITTEN.format(
        path=fetched.path, kpis=messages.counted(fetched.kpis, messages.KOLADA_KPIS),
        areas=messages.counted(fetched.areas, messages.KOLADA_AREAS),
        years=f"{fetched.years[0]}–{fetched.years[-1]}"))
@main.command("check-report", context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("report_path", metavar="FIL", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check_report(report_path: Path) -> None:
    """Kontrollera tillgängligheten i en rapport (.pdf, .docx eller .html), till exempel efter redigering i Word.

    Kontrollerar dokumentets språk och titel, att rubrikerna kommer i ordning och inte är tomma,
    att varje tabell har rubrikceller, att varje bild har alternativtext, textens kontrast mot
    bakgrunden och att länkar har text; för PDF också att den är taggad och märkt PDF/UA (kräver
    pdfinfo från Poppler). Läsordningen och om alternativtexterna beskriver bilderna behöver en
    människa. Avslutas med kod 0 utan brister, 1 med brister och 2 när filen inte kan läsas.
    """
    from .api import check_report as check

    findings = check(report_path)
    if not findings:
        click.echo(messages.CHECK_REPORT_OK.format(file=report_path.name, checks=messages.CHECK_REPORT_CHECKED))
        return
    _echo_findings(report_path, findings)
    click.echo(messages.CHECK_REPORT_FOUND.format(
        file=report_path.name, findings=messages.counted(len(findings), messages.CHECK_REPORT_FINDINGS)))
    sys.exit(1)


def _load(folder: Path, plan_path: Path | None, period_key: str | None) -> FollowUp:
    """Read, check and roll up; an unknown period is a usage error (exit 2)."""
    from .api import load
    from .plan import load_plan
    from .reading.folder import find_plan

    plan_path = plan_path or find_plan(folder)
    plan = load_plan(plan_path)
    _period(plan, period_key)
    return load(folder, plan, period_key, track=_progress, texts=plan_path.parent)


def _period(plan: Plan, period_key: str | None) -> Period | None:
    """The period --period names, or None without it; an unknown period is a usage error (exit 2)."""
    if not period_key:
        return None
    period = plan.period(period_key)
    if period is None:
        allowed = ", ".join(f"{p.id} ({p.name})" for p in plan.periods)
        raise click.BadParameter(messages.UNKNOWN_PERIOD.format(period=period_key, allowed=allowed),
                                 param_hint="--period")
    return period


def _progress(paths: list[Path]) -> Iterator[Path]:
    """A progress bar on standard error while many files are read (stdout stays clean for JSON)."""
    if len(paths) < PROGRESS_FROM or not sys.stderr.isatty():
        yield from paths
        return
    with click.progressbar(paths, label=messages.PROGRESS_READING, file=sys.stderr) as bar:
        yield from bar
