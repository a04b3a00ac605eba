"""`draftapp convert IN OUT`: between formats, chosen by extension."""

from draftapp.io.formats import read_draft, write_draft


def register(sub) -> None:
    p = sub.add_parser("convert", help="convert a draft between formats (.draft, .md, .txt)")
    p.add_argument("input", help="the draft to read")
    p.add_argument("output", help="where to write it; the extension names the format")
    p.set_defaults(func=run)


def run(args) -> int:
    draft = read_draft(args.input)
    write_draft(draft, args.output)
    return 0
