"""Text an import could not place (`Draft.unplaced`): shown, never dropped in silence.

An importer that meets text it cannot put in the masthead, a paragraph, a footnote or an
annex keeps it aside; each piece is a warning here, with the text itself, so that the
drafter can copy it where it belongs (or decide it is noise)."""

from __future__ import annotations

from draftapp.check.context import Context
from draftapp.check.diagnostic import WARNING, Diagnostic
from draftapp.check.text import show

UNPLACED = "import.unplaced"


def check_meta(ctx: Context):
    for text in getattr(ctx.draft, "unplaced", None) or []:
        yield Diagnostic(UNPLACED, WARNING, "meta", None, None,
                         f"The import could not place this text; copy it where it belongs or drop it: {show(text)}")
