"""Medians for the checks on the large generated draft (benchmarks/generate.py):
a full check (Engine built from scratch, diagnostics listed), and a re-check after the
text of one paragraph changed (EditText, paragraph_changed, diagnostics listed), which
is what the editor does on every keystroke. Goals: full under 20 ms, re-check under 2 ms.
Wall-clock times: on a shared machine the median moves with the load; the minimum is
the best case of the code itself.

    .venv/bin/python benchmarks/bench_check.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import large_draft, word_count  # noqa: E402
from timing import measure, median_ms, percentile_ms  # noqa: E402

from draftapp.check import Engine  # noqa: E402
from draftapp.check.engine import RULE_MODULES  # noqa: E402
from draftapp.check.opening_index import opening_index  # noqa: E402
from draftapp.model import EditText, InsertParagraph, Paragraph, Text  # noqa: E402


def keystrokes(draft, engine, paragraph, extra: str):
    """One typed character after another in the middle of `paragraph`: each call edits,
    re-checks and lists the diagnostics, as the editor does per keystroke."""
    base = list(paragraph.runs)
    state = {"n": 0}

    def one() -> None:
        state["n"] += 1
        ch = extra[state["n"] % len(extra)]
        first = base[1]
        runs = [base[0], Text(first.text[:20] + ch * (state["n"] % 3) + first.text[20:], first.italic, first.bold)] + base[2:]
        EditText(paragraph.id, runs).apply(draft)
        engine.paragraph_changed(paragraph.id)
        engine.diagnostics()

    return one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=60)
    args = parser.parse_args()
    print(f"{'what':62} {'median ms':>10} {'p90 ms':>8} {'min ms':>8}")
    for language in ("en", "zh"):
        draft = large_draft(language)
        n_paragraphs = sum(1 for _ in draft.paragraphs())
        engine = Engine(draft)
        counts = Counter(d.rule for d in engine.diagnostics())
        label = f"{language}: {n_paragraphs} paragraphs, {len(draft.footnotes)} footnotes, ~{word_count(draft)} words"
        print(f"# {label}; diagnostics on it: {dict(counts) or 'none'}")

        full = measure(lambda: Engine(draft).diagnostics(), repeat=max(10, args.repeat // 3))
        print(f"{language + ': full check (Engine(draft).diagnostics())':62} {median_ms(full):10.2f} {percentile_ms(full, 90):8.2f} {min(full) * 1000:8.2f}")

        def cold() -> None:
            # As on opening a draft: nothing of its texts remembered from a check before.
            index = opening_index(language)
            index._folded.clear()
            index._series_cache.clear()
            index._nearest.cache_clear()
            Engine(draft).diagnostics()

        times = measure(cold, repeat=max(10, args.repeat // 3))
        print(f"{language + ': full check, first time (opening the draft)':62} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f} {min(times) * 1000:8.2f}")

        middle_op = draft.operative[len(draft.operative) // 2]
        times = measure(keystrokes(draft, engine, middle_op, "ab" if language == "en" else "的和"), repeat=args.repeat)
        print(f"{language + ': re-check, typing in an operative paragraph':62} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f} {min(times) * 1000:8.2f}")

        cited = next(p for p in draft.preamble if len(p.runs) > 2)
        times = measure(keystrokes(draft, engine, cited, "xy" if language == "en" else "年月"), repeat=args.repeat)
        print(f"{language + ': re-check, typing in a preambular paragraph with a footnote':62} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f} {min(times) * 1000:8.2f}")

        # Typing the opening word: each keystroke makes an opening never seen before, so
        # the nearest known phrase is looked for again (the worst case), and the series
        # facts change, so the document checks run again.
        opening = draft.operative[len(draft.operative) // 3]
        first = opening.runs[0]
        letters = "abcdefghijklmnopqrstuvwxyz" if language == "en" else "的一是了我不人在他有这个上们来到时大地为子"

        def retype_opening(state={"n": 0}) -> None:
            state["n"] += 1
            n, suffix = state["n"], ""
            while n:
                n, k = divmod(n, len(letters))
                suffix += letters[k]
            runs = [Text(first.text + suffix, first.italic)] + list(opening.runs[1:])
            EditText(opening.id, runs).apply(draft)
            engine.paragraph_changed(opening.id)
            engine.diagnostics()

        times = measure(retype_opening, repeat=args.repeat)
        print(f"{language + ': re-check, typing an unknown opening (worst case)':62} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f} {min(times) * 1000:8.2f}")
        runs = [first] + list(opening.runs[1:])
        EditText(opening.id, runs).apply(draft)
        engine.paragraph_changed(opening.id)

        # A structural edit: a new operative paragraph in the middle (Enter), then taken
        # out again (Undo); each is one structure_changed and one diagnostics list.
        middle = len(draft.operative) // 2
        inserted = {"command": None}

        def structural() -> None:
            if inserted["command"] is None:
                command = InsertParagraph("operative", middle, Paragraph([Text(draft.operative[middle].runs[0].text, italic=language == "en")]))
                command.apply(draft)
                inserted["command"] = command
            else:
                inserted["command"].revert(draft)
                inserted["command"] = None
            engine.structure_changed()
            engine.diagnostics()

        times = measure(structural, repeat=max(20, args.repeat // 2))
        if inserted["command"] is not None:
            inserted["command"].revert(draft)
            engine.structure_changed()
        print(f"{language + ': structural edit (insert or delete a paragraph)':62} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f} {min(times) * 1000:8.2f}")

    # The command on the large draft saved as text: reading it and checking it.
    import contextlib
    import io
    import tempfile

    from draftapp.cli import main as cli_main
    from draftapp.io.text import write_text

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.md"
        path.write_text(write_text(large_draft("en")), encoding="utf-8")

        def command() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                cli_main(["check", str(path)])

        times = measure(command, repeat=10)
        print(f"{'en: draftapp check large.md (read the text, check, print)':62} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f} {min(times) * 1000:8.2f}")

    # Where the time of a full check goes, rule module by rule module.
    draft = large_draft("en")
    print("# en: full check per rule module (Engine with that module only)")
    for module in RULE_MODULES:
        times = measure(lambda: Engine(draft, [module]).diagnostics(), repeat=10)
        print(f"{'  ' + module.__name__.rsplit('.', 1)[-1]:62} {median_ms(times):10.2f} {percentile_ms(times, 90):8.2f} {min(times) * 1000:8.2f}")


if __name__ == "__main__":
    main()
