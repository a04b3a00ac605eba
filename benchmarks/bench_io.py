"""Medians for the foundation's file work on the large generated draft:
import and export of the text dialect, save and load of .draft files.

    .venv/bin/python benchmarks/bench_io.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import large_draft, word_count  # noqa: E402
from timing import measure, median_ms  # noqa: E402

from draftapp.io import native  # noqa: E402
from draftapp.io.text import read_text, write_text  # noqa: E402


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("en", "zh"):
            draft = large_draft(language)
            text = write_text(draft)
            path = Path(tmp) / f"large-{language}.draft"
            native.save(draft, path)
            rows = {
                "import text": measure(lambda: read_text(text)),
                "export text": measure(lambda: write_text(draft)),
                "save .draft": measure(lambda: native.save(draft, path)),
                "load .draft": measure(lambda: native.load(path)),
            }
            print(f"large draft, {language}: about {word_count(draft)} words, {len(text) // 1000}k characters of text, "
                  f"{path.stat().st_size // 1024} KiB .draft")
            for name, times in rows.items():
                print(f"  {name:<12} median {median_ms(times):7.1f} ms  (n={len(times)})")


if __name__ == "__main__":
    main()
