"""The vplan command: one thin click command per administrator task."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import messages
from .problems import VplanError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


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


class _Group(click.Group):
    """Turns VplanError into a Swedish message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except VplanError as error:
            for item in error.problems:
                click.echo(f"{item.place}: {item.message} {item.hint}", err=True)
            click.echo(error.message, err=True)
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


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.option("--plan", "plan_path", required=True, metavar="FIL",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Planfilen (plan.toml).")
@click.option("--out", "out", required=True, metavar="MAPP", type=click.Path(file_okay=False, path_type=Path),
              help="Mappen där arbetsböckerna skrivs.")
@click.option("--skriv-over", is_flag=True, help="Ersätt arbetsböcker som redan finns i mappen.")
def template(plan_path: Path, out: Path, skriv_over: bool) -> None:
    """Skriv en tom arbetsbok per mål och enhet enligt planen (t.ex. mal-03-gva.xlsx)."""
    from .plan import load_plan
    from .template import write_templates

    paths = write_templates(load_plan(plan_path), out, overwrite=skriv_over)
    click.echo(messages.TEMPLATES_WRITTEN.format(count=len(paths), folder=out))


@main.command(context_settings=CONTEXT, options_metavar="[ALTERNATIV]")
@click.argument("folder", metavar="MAPP", type=click.Path(exists=True, file_okay=False, path_type=Path))
@PLAN_OPTION
@click.option("--period", "period_key", metavar="PERIOD", help="Uppföljningen som kontrolleras, med id eller namn (t.ex. delar1 eller \"Delår 1\"). Standard: den senast avslutade perioden.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Utdata som läsbar text eller som JSON för skript.")
def validate(folder: Path, plan_path: Path | None, period_key: str | None, output_format: str) -> None:
    """Kontrollera alla arbetsböcker i MAPP och visa vad varje enhet behöver rätta.

    Avslutas med kod 0 när det inte finns några fel, 1 när det finns fel och 2 vid
    felaktigt anrop.
    """
    from .folder import default_period, find_plan, read_folder
    from .output import as_json, as_text
    from .plan import load_plan

    plan = load_plan(plan_path or find_plan(folder))
    if period_key:
        period = plan.period(period_key)
        if period is None:
            allowed = ", ".join(f"{p.id} ({p.name})" for p in plan.periods)
            raise click.BadParameter(messages.UNKNOWN_PERIOD.format(period=period_key, allowed=allowed),
                                     param_hint="--period")
    else:
        period = default_period(plan)
    result = read_folder(folder, plan, period)
    click.echo(as_json(result) if output_format == "json" else as_text(result))
    sys.exit(1 if result.errors else 0)
