"""`draftapp merge DRAFT FILE… -o COMPILATION.draft [--as NAME …]`: the delegations'
files (Word documents with or without tracked changes, texts) merged into the draft as
proposals attributed to each file's delegation."""

from __future__ import annotations

from draftapp.io.formats import read_draft, write_draft


def register(sub) -> None:
    p = sub.add_parser("merge", help="merge delegations' edited files into the draft as attributed proposals")
    p.add_argument("draft", help="the draft (or compilation) the files were made from")
    p.add_argument("files", nargs="+", help="the delegations' files")
    p.add_argument("-o", "--output", required=True, help="the compilation to write (.draft)")
    p.add_argument("--as", dest="names", action="append", default=[], metavar="DELEGATION",
                   help="the delegation of each file, in order (default: the author of its tracked changes)")
    p.add_argument("--on-behalf-of", default="", help="a group the proposals are made for")
    p.add_argument("--date", default="", help="the date of the proposals (yyyy-mm-dd)")
    p.set_defaults(func=run)


def run(args) -> int:
    from draftapp.cli import UserError
    from draftapp.negotiation.merge import merge, revision_authors

    if args.names and len(args.names) != len(args.files):
        raise UserError(f"give one --as for each of the {len(args.files)} files, or none")
    draft = read_draft(args.draft)
    for i, name in enumerate(args.files):
        other = read_draft(name)
        delegations = [args.names[i]] if args.names else revision_authors(other)
        if not delegations and name.lower().endswith(".docx"):
            from draftapp.io.docx.revisions_in import authors_in

            delegations = authors_in(name)  # our own tracked export reads back as its draft
        if not delegations:
            raise UserError(f"{name}: whose proposals are these? It has no tracked changes naming an author; "
                            "give the delegations with --as, one per file")
        count = merge(draft, other, delegations, on_behalf_of=args.on_behalf_of, date=args.date)
        print(f"{name}: {count} proposal(s) by {', '.join(delegations)}")
    write_draft(draft, args.output)
    return 0
