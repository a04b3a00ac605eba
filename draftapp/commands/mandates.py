"""`draftapp mandates FILE [--json | --csv | -o TABLE.docx]`: the table of mandates, the
operative clauses that ask for new or expanded work and so need a statement of
programme budget implications before action."""

from __future__ import annotations

import csv
import json
import sys

from draftapp.io.formats import read_draft

COLUMNS = ("paragraph", "verb", "addressee", "activity", "deadline", "continued", "within_existing_resources", "text")


def register(sub) -> None:
    p = sub.add_parser("mandates", help="list the clauses that ask for new work (programme budget implications)")
    p.add_argument("file", help="the draft")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the table as JSON")
    out.add_argument("--csv", action="store_true", help="print the table as CSV")
    out.add_argument("-o", "--output", metavar="TABLE.docx", help="write the table as a Word document")
    p.set_defaults(func=run)


def run(args) -> int:
    from draftapp.analysis.mandates import mandates

    draft = read_draft(args.file)
    rows = mandates(draft)
    if args.output:
        from draftapp.io.docx.mandates_table import export_mandates

        export_mandates(draft, rows, args.output)
        return 0
    if args.json:
        print(json.dumps([m.as_dict() for m in rows], ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(COLUMNS)
        for m in rows:
            d = m.as_dict()
            writer.writerow([d[c] for c in COLUMNS])
    else:
        if not rows:
            print(f"{args.file}: no clause asks for new work")
        for m in rows:
            notes = ["continued" if m.continued else "new"]
            if m.within_existing_resources:
                notes.append("within existing resources")
            print(f"{m.paragraph}\t{m.addressee or '-'}\t{m.activity}\t{m.deadline or '-'}\t{', '.join(notes)}\t{m.text}")
    return 0
