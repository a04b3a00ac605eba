"""`draftapp export FILE -o OUT.docx [--paper a4] [--changes-against BASE|base] [--author NAME]`:
the official-format Word document, optionally with Word tracked changes against a base;
`-o OUT.pdf`: the same pages as a PDF (through LibreOffice, io/pdf_export.py);
`-o OUT.xml`: Akoma Ntoso (AKN4UN)."""

from __future__ import annotations

import sys

from draftapp.io.formats import read_draft


def register(sub) -> None:
    p = sub.add_parser("export", help="export a draft as an official-format Word document (.docx), PDF (.pdf) or Akoma Ntoso (.xml)")
    p.add_argument("input", help="the draft to export (.draft, .md, .txt)")
    p.add_argument("-o", "--output", required=True, help="the file to write: .docx (Word), .pdf, .xml (Akoma Ntoso)")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter",
                   help="page size: US Letter (New York, the default) or A4")
    p.add_argument("--changes-against", metavar="BASE",
                   help="show the changes against BASE (a file, or 'base' for the draft's own base) as Word tracked changes")
    p.add_argument("--author", default="", help="author of the tracked changes (default: the first sponsor, or Draftapp)")
    p.set_defaults(func=run)


def run(args) -> int:
    from draftapp.io.docx import export_docx

    draft = read_draft(args.input)
    if args.output.lower().endswith((".xml", ".akn")):
        from draftapp.io.akn import export_akn

        export_akn(draft, args.output)
        return 0
    if str(args.output).lower().endswith(".pdf"):
        from draftapp.io.pdf_export import export_pdf

        warnings = export_pdf(draft, args.output, paper=args.paper)
    elif args.changes_against:
        from draftapp.io.docx.tracked import export_tracked_docx

        base = _base(draft, args)
        warnings = export_tracked_docx(draft, base, args.output, author=args.author, paper=args.paper)
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
