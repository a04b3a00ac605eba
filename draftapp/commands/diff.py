"""`draftapp diff OLD NEW [--json]`: what changed, paragraph by paragraph.

    PP3 bis inserted after PP3
    OP5: “Requests” → “Also requests”
    OP7 moved before OP4
    OP9 deleted

With one file, NEW is compared with its own base (`draftapp new --from`, File > Set
base). Exit status 0 when the drafts are the same, 1 when they differ (as diff(1)).
"""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("diff", help="list the changes between two drafts (or a draft and its base)",
                       description="List what changed from OLD to NEW, structurally: paragraphs inserted, deleted, "
                       "moved and edited (word by word), footnotes, sponsors and metadata.")
    p.add_argument("files", nargs="+", metavar="FILE", help="OLD NEW (any .draft, .md, .txt, .docx), or NEW alone to compare it with its base")
    p.add_argument("--json", action="store_true", help="one object per change: kind, part, old and new index, word-level pieces")
    p.set_defaults(func=run)


def load_pair(files: list[str]):
    """(old draft, new draft, old name) from the command line's files."""
    from draftapp.cli import UserError
    from draftapp.io.formats import read_draft

    if len(files) > 2:
        raise UserError(f"diff takes two files, OLD and NEW (or one with a base); got {len(files)}")
    if len(files) == 1:
        new = read_draft(files[0])
        if new.base is None:
            raise UserError(f"{files[0]} has no base to compare with; give two files: draftapp diff OLD NEW")
        return new.base.draft, new, new.base.source or "its base"
    return read_draft(files[0]), read_draft(files[1]), files[0]


def run(args) -> int:
    from draftapp.compare import changes, compare

    old, new, old_name = load_pair(args.files)
    found = changes(compare(old, new))
    if args.json:
        print(json.dumps({"old": old_name, "new": args.files[-1], "changes": [c.to_json() for c in found]},
                         ensure_ascii=False, indent=1))
    else:
        for change in found:
            print(change.describe())
    return 1 if found else 0
