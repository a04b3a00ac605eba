"""`draftapp amendment TABLED PROPOSED -o OUT.docx|.md [--oral] [--sponsor NAME …]`: the
amendment that turns a tabled draft into a proposed text, in the official form (a Word
document, or plain text), or the oral revisions a delegation reads out."""

from __future__ import annotations

import sys
from pathlib import Path

from draftapp.io.formats import read_draft


def register(sub) -> None:
    p = sub.add_parser("amendment", help="write the amendment (or oral revisions) from a tabled draft to a proposed text")
    p.add_argument("tabled", help="the draft as tabled (A/80/L.12)")
    p.add_argument("proposed", help="the text the delegation proposes")
    p.add_argument("-o", "--output", required=True, help="the amendment: .docx (official form) or .md/.txt (plain text)")
    p.add_argument("--oral", action="store_true", help="the oral revisions read out before action, instead of a document")
    p.add_argument("--sponsor", action="append", default=[], help="a sponsor of the amendment (repeat for several)")
    p.set_defaults(func=run)


def run(args) -> int:
    from draftapp.cli import UserError
    from draftapp.io import native
    from draftapp.negotiation.amendment import amendment_document, amendment_text, instructions, oral_text

    tabled, proposed = read_draft(args.tabled), read_draft(args.proposed)
    if tabled.language != proposed.language:
        raise UserError(f"{args.tabled} is in {tabled.language} and {args.proposed} in {proposed.language}: "
                        "an amendment compares texts of one language")
    if not instructions(tabled, proposed):
        raise UserError(f"{args.proposed} proposes no change to {args.tabled}", status=1)
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix == ".docx" and not args.oral:
        from draftapp.io.docx import export_docx

        for warning in export_docx(amendment_document(tabled, proposed, sponsors=args.sponsor), out):
            print(f"draftapp: {out}: warning: {warning}", file=sys.stderr)
    elif suffix in (".md", ".txt"):
        text = oral_text(tabled, proposed) if args.oral else amendment_text(tabled, proposed, sponsors=args.sponsor)
        native.atomic_write(out, text.encode("utf-8"))
    else:
        raise UserError(f"{out}: give .docx or .md/.txt (oral revisions are text: .md or .txt)")
    return 0
