"""`draftapp convert IN OUT`: between formats, chosen by extension."""

import os

from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft, write_draft


def register(sub) -> None:
    p = sub.add_parser("convert", help="convert a draft between formats (.draft, .md, .txt)")
    p.add_argument("input", help="the draft to read")
    p.add_argument("output", help="where to write it; the extension names the format")
    p.add_argument("--accept-changes", action="store_true",
                   help="take a Word document's tracked changes as accepted; by default they are kept as changes "
                   "against a base (the text without them), which Compare and diff show")
    p.set_defaults(func=run)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # the output does not exist yet (or the input is unreadable: read_draft says so)
        return False


def run(args) -> int:
    if _same_file(args.input, args.output):
        # converting text copied from a PDF onto itself would lose the original for good
        raise DraftIOError(args.output, "this is the file being converted; give the output another name")
    draft = read_draft(args.input)
    if args.accept_changes:
        draft.base = None
    write_draft(draft, args.output)
    return 0
