"""`draftapp check FILE`: the diagnostics of a draft, one per line or as JSON.

Exit status: 1 when any error is found, 0 otherwise, 2 when the file cannot be read.
"""

from __future__ import annotations

import json
import sys

from draftapp.check import ERROR, check_draft
from draftapp.check.location import places
from draftapp.io.formats import read_draft


def register(sub) -> None:
    p = sub.add_parser("check", help="check a draft against the UN editorial rules")
    p.add_argument("file", help="the draft (.draft, .md, .txt)")
    p.add_argument("--json", action="store_true", help="print the diagnostics as a JSON list")
    p.set_defaults(func=run)


def run(args) -> int:
    draft = read_draft(args.file)  # a DraftIOError exits with status 2
    diagnostics = check_draft(draft)
    located = places(draft, diagnostics)
    status = 1 if any(d.severity == ERROR for d in diagnostics) else 0
    try:
        _print(args, diagnostics, located)
        sys.stdout.flush()
    except BrokenPipeError:  # `draftapp check FILE | head -1`: the status still says whether there are errors
        from draftapp.cli import discard_stdout

        discard_stdout()
    return status


def _print(args, diagnostics, located) -> None:
    if args.json:
        items = []
        for d, (part, index) in zip(diagnostics, located):
            items.append(
                {
                    "rule": d.rule,
                    "severity": d.severity,
                    "part": part,
                    "index": index,
                    "span": list(d.span) if d.span else None,
                    "message": d.message,
                }
            )
        print(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        for d, (part, index) in zip(diagnostics, located):
            place = "-" if index is None else str(index)
            print(f"{args.file}:{part}:{place}: {d.severity}: {d.rule}: {d.message}")
