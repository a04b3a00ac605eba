#!/usr/bin/env python3
"""Run Draftapp's fuzzers (tests/fuzz/targets.py) for as long as asked.

usage: fuzz.py [-h] [--minutes N] [--reader {draft,text,pdftext,docx,check,export,all}]
               [--out DIR] [--report FILE]

Each round runs Hypothesis with a fresh random seed and no example database; a failing
input is shrunk by Hypothesis and written minimized to DIR as
<target>-<kind>-round<N>.<ext>, one file for each failing round (the case that ran past
the hang limit as <target>-hang-round<N>.<ext>, a refusal no reader foresaw as
<target>-unforeseen-<type>-round<N>.<ext>, the slowest case as <target>-slowest.<ext>).
At the end a
JSON summary per target: cases, refused (clear messages; those no reader foresaw, by
exception type), failures by kind, hangs and
the slowest case (CPU seconds, and wall seconds on a machine that may be busy). Exit status 1 when anything failed.

    nice -n 19 .venv/bin/python scripts/fuzz.py --minutes 30 --reader docx
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

import tests.fuzz.targets as targets  # noqa: E402

ROUND_EXAMPLES = 200


def run_target(target: str, seconds: float, failures_seen: list[str]) -> None:
    stop = time.monotonic() + seconds
    round_number = 0
    while time.monotonic() < stop:
        round_number += 1
        targets.ROUND = round_number
        @settings(max_examples=ROUND_EXAMPLES, database=None, deadline=None, derandomize=False,
                  suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink],
                  report_multiple_bugs=False)
        @given(data=targets.cases(target))
        def case(data):
            if time.monotonic() >= stop:
                return  # out of time: the rest of the round passes without running
            targets.run_case(target, data)

        try:
            case()
        except KeyboardInterrupt:
            raise
        except BaseException as e:  # noqa: BLE001 - a failure found: written, counted, go on
            failures_seen.append(f"{target}: {type(e).__name__}: {' '.join(str(e).split())[:300]}")
            print(failures_seen[-1], file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Draftapp's fuzzers for as long as asked.")
    parser.add_argument("--minutes", type=float, default=1.0, help="minutes per target (default 1)")
    parser.add_argument("--reader", choices=[*targets.TARGETS, "all"], default="all",
                        help="the reader (or stage: check, export) to fuzz; all: each in turn")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"),
                        help="where minimized failing inputs go (default ./fuzz-failures)")
    parser.add_argument("--report", type=Path, help="also write the JSON summary here")
    args = parser.parse_args(argv)
    if args.minutes <= 0:
        parser.error("--minutes must be positive")
    targets.FAILURES = args.out
    chosen = list(targets.TARGETS) if args.reader == "all" else [args.reader]
    failures: list[str] = []
    summary = {}
    for target in chosen:
        start = time.monotonic()
        run_target(target, args.minutes * 60, failures)
        stats = targets.STATS[target]
        summary[target] = {
            "minutes": round((time.monotonic() - start) / 60, 1),
            "cases": stats.cases,
            "refused": stats.refused,
            "refused_unforeseen": stats.unforeseen,
            "failures": stats.failures,
            "hangs": stats.hangs,
            "slowest_cpu_seconds": round(stats.slowest, 3),
            "slowest_wall_seconds": round(stats.slowest_wall, 3),
        }
        print(json.dumps({target: summary[target]}), flush=True)
    if args.report:
        args.report.write_text(json.dumps({"summary": summary, "failures": failures}, indent=1), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
