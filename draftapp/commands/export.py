"""`draftapp export FILE -o OUT.docx [--paper a4] [--changes-against BASE|base] [--author NAME]`:
the official-format Word document, optionally with Word tracked changes against a base."""

from __future__ import annotations

import sys
from pathlib import Path

from draftapp.io.formats import read_draft


def register(sub) -> None:
    p = sub.add_parser("export", help="export a draft as an official-format Word document (.docx)")
    p.add_argument("input", help="the draft to export (.draft, .md, .txt)")
    p.add_argument("-o", "--output", required=True, help="the Word document to write (.docx)")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter",
                   help="page size: US Letter (New York, the default) or A4")
    p.add_argument("--changes-against", metavar="BASE",
                   help="show the changes against BASE (a file, or 'base' for the draft's own base) as Word tracked changes")
    p.add_argument("--author", default="", help="author of the tracked changes (default: the first sponsor, or Draftapp)")
    p.set_defaults(func=run)


def run(args) -> int:
    from draftapp.io.docx import export_docx

    draft = read_draft(args.input)
    if args.changes_against:
        from draftapp.io.docx.tracked import export_tracked_docx

        base = _base(draft, args)
        source = draft.base.source if args.changes_against == "base" else Path(args.changes_against).name
        warnings = export_tracked_docx(draft, base, args.output, author=args.author, paper=args.paper, base_source=source)
    else:
        warnings = export_docx(draft, args.output, paper=args.paper)
    for warning in warnings:
        print(f"draftapp: {args.output}: warning: {warning}", file=sys.stderr)  # the document that shows the placeholder
    return 0


def _base(draft, args):
    """The draft to show changes against: a file, or the draft's own base ("base")."""
    from draftapp.cli import UserError

    if args.changes_against == "base":
        if draft.base is None:
            raise UserError(f"{args.input} has no base to show changes against; give a file: --changes-against FILE")
        return draft.base.draft
    return read_draft(args.changes_against)
