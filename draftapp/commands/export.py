"""`draftapp export FILE -o OUT.docx [--paper a4]`: the official-format Word document;
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
    else:
        warnings = export_docx(draft, args.output, paper=args.paper)
    for warning in warnings:
        print(f"draftapp: {args.output}: warning: {warning}", file=sys.stderr)  # the document that shows the placeholder
    return 0
