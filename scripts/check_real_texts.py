"""Errors and warnings the checks give on every real text in tests/fixtures (the figures
of docs/checks.md, "Real texts"): one line per document, and with --detail each error
and warning with its place.

    python scripts/check_real_texts.py [--detail] [FIXTURES]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from draftapp.check import check_draft, where  # noqa: E402
from draftapp.io.errors import DraftIOError  # noqa: E402
from draftapp.io.formats import read_draft  # noqa: E402


def real_texts(fixtures: Path) -> list[Path]:
    return sorted(
        [fixtures / "csto-draft-zh.md", fixtures / "A_80_L.9_en.md"]
        + list((fixtures / "texts").rglob("*.txt"))
        + list((fixtures / "restored").glob("*.txt"))
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--detail", action="store_true", help="also each error and warning with its place")
    parser.add_argument("fixtures", nargs="?", type=Path, default=ROOT / "tests" / "fixtures",
                        help="the fixtures folder (tests/fixtures)")
    args = parser.parse_args(argv)
    detail, fixtures = args.detail, args.fixtures
    errors = warnings = 0
    for path in real_texts(fixtures):
        name = str(path.relative_to(fixtures))
        if path.name == "SOURCES.md":
            continue
        try:
            draft = read_draft(path)
        except DraftIOError as e:
            print(f"{name:62} refused by the reader: {str(e).split(': ', 1)[-1][:60]}")
            continue
        found = check_draft(draft)
        count = collections.Counter(d.severity for d in found)
        errors, warnings = errors + count["error"], warnings + count["warning"]
        print(f"{name:62} {count['error']:3} errors {count['warning']:3} warnings {count['info']:3} notes")
        if detail:
            for d in found:
                if d.severity != "info":
                    print(f"      {d.severity} {d.rule} {where(draft, d)} {d.message[:140]}")
    print(f"total: {errors} errors, {warnings} warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
