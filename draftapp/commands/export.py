"""`draftapp export FILE -o OUT.docx [--paper a4] [--changes-against BASE|base] [--author NAME]`:
the official-format Word document, optionally with Word tracked changes against a base;
`-o OUT.pdf`: the same pages as a PDF (through LibreOffice, io/pdf_export.py);
`-o OUT.xml`: Akoma Ntoso (AKN4UN)."""

from __future__ import annotations

import sys
from pathlib import Path

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
    negotiated = p.add_mutually_exclusive_group()
    negotiated.add_argument("--compilation", action="store_true",
                            help="the compilation text: every paragraph with its proposals, proposers and status (.docx or .md)")
    negotiated.add_argument("--clean", action="store_true", help="the clean text: no proposals, no deleted paragraphs")
    negotiated.add_argument("--revision", type=int, metavar="N",
                            help="the revised draft Rev.N (symbol …/Rev.N), with tracked changes against the draft's base")
    p.set_defaults(func=run)


def run(args) -> int:
    from draftapp.io.docx import export_docx

    draft = read_draft(args.input)
    if args.compilation:
        return _compilation(draft, args)
    if args.clean or args.revision:
        from draftapp.model.negotiation import clean_text

        clean = clean_text(draft)
        if args.revision:
            return _revision(draft, clean, args)
        draft = clean
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


def _compilation(draft, args) -> int:
    from draftapp.cli import UserError

    suffix = args.output.lower().rsplit(".", 1)[-1]
    if suffix == "docx":
        from draftapp.io.docx.compilation import export_compilation

        export_compilation(draft, args.output)
    elif suffix in ("md", "txt"):
        from pathlib import Path

        from draftapp.io import native
        from draftapp.negotiation.compilation import compilation_text

        native.atomic_write(Path(args.output), compilation_text(draft).encode("utf-8"))
    else:
        raise UserError(f"{args.output}: a compilation is written as .docx or .md")
    return 0


def _revision(draft, clean, args) -> int:
    """Rev.N: the clean text as a revised draft, its changes against the issued text
    (the draft's base) shown as Word tracked changes."""
    import re

    from draftapp.cli import UserError
    from draftapp.io.docx.tracked import export_tracked_docx

    if draft.base is None:
        raise UserError(f"{args.input} has no base: set the issued draft as its base (File > Set base) to show Rev.{args.revision}'s changes")
    symbol = re.sub(r"/Rev\.\d+$", "", draft.meta.symbol or draft.base.draft.meta.symbol)
    clean.meta.kind = "revised-draft-resolution"
    clean.meta.symbol = f"{symbol}/Rev.{args.revision}" if symbol else ""
    warnings = export_tracked_docx(clean, draft.base.draft, args.output, author=args.author, paper=args.paper)
    for warning in warnings:
        print(f"draftapp: {args.output}: warning: {warning}", file=sys.stderr)
    return 0
