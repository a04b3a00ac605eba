"""`draftapp show FILE`: the outline of a draft; `--json` for scripts."""

import json

from draftapp.io.formats import read_draft
from draftapp.io.outline import outline, outline_text


def register(sub) -> None:
    p = sub.add_parser("show", help="print the outline of a draft")
    p.add_argument("file", help="the draft (.draft, .md, .txt)")
    p.add_argument("--json", action="store_true", help="print the outline as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    draft = read_draft(args.file)
    if args.json:
        print(json.dumps(outline(draft), ensure_ascii=False, indent=2))
    else:
        print(outline_text(draft))
    return 0
