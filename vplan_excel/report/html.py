"""Write the report's web edition: one self-contained HTML file from the Word report's context.

DIGG's web guideline says to publish a report in HTML first and the PDF beside it. The page is
rendered from the same context as the Word report (context.build_context), with a sandboxed,
autoescaping Jinja environment and strict undefined variables, from a template shipped in the
package (templates/rapport.html) that an administrator can copy and restyle. Its CSS is in the
page and the chart is a data: URI, so the page makes no request of any kind.
"""

from __future__ import annotations

import base64
import tempfile
from importlib import resources
from pathlib import Path

from .. import messages
from ..files import write_atomically
from ..model import ReportInfo
from ..problems import VplanError
from ..rollup.follow_up import FollowUp
from . import chart
from .context import build_context
from .docx import jinja_environment


def default_html_template() -> Path:
    """The web template shipped inside the package."""
    return Path(str(resources.files("vplan_excel.report") / "templates" / "rapport.html"))


def chart_data_uri(follow_up: FollowUp) -> str:
    """The status chart as a PNG data: URI, so the page needs no file beside it."""
    with tempfile.TemporaryDirectory(prefix="vplan-") as work:
        png = chart.draw(follow_up, Path(work) / "diagram.png").read_bytes()
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html_text(follow_up: FollowUp, template: Path | None = None, info: ReportInfo | None = None,
                     draft: bool = False) -> str:
    """The web edition as text; a template that cannot be used is a VplanError naming it."""
    from jinja2 import TemplateError

    template = template or default_html_template()
    try:
        source = template.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise VplanError(messages.HTML_TEMPLATE_NOT_TEXT.format(template=template.name)) from None
    context = build_context(follow_up, info=info, draft=draft)
    context["diagram"] = chart_data_uri(follow_up)
    context["diagram_text"] = chart.alt_text(follow_up)
    try:
        return str(jinja_environment().from_string(source).render(context))
    except TemplateError as error:
        raise VplanError(messages.HTML_TEMPLATE_BROKEN.format(template=template.name, detail=error)) from None


def render_html(follow_up: FollowUp, out: Path, template: Path | None = None, info: ReportInfo | None = None,
                draft: bool = False) -> Path:
    """Write the web edition to out, atomically."""
    text = render_html_text(follow_up, template, info, draft)
    return write_atomically(lambda path: Path(path).write_text(text, encoding="utf-8"), out)
