"""The official-format DOCX export of the large generated draft, timed beside pandoc
converting the same content (the text dialect, draftapp.io.text.write_text) to DOCX.

    .venv/bin/python benchmarks/bench_export.py [--repeat N]

Prints the median and spread of each, per language. pandoc is Debian's package; it
reads the dialect as Markdown, so its document has no masthead, footnote numbering by
first citation or running heads: it is the yardstick for speed, not for the result.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import large_draft, word_count  # noqa: E402
from timing import measure, median_ms, percentile_ms  # noqa: E402

from draftapp.io.docx import export_docx  # noqa: E402
from draftapp.io.text import write_text  # noqa: E402


def pandoc_version() -> str:
    out = subprocess.run(["pandoc", "--version"], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for language in ("en", "zh"):
            draft = large_draft(language)
            source = tmp / f"large-{language}.md"
            source.write_text(write_text(draft), encoding="utf-8")
            ours = tmp / f"large-{language}.docx"
            theirs = tmp / f"large-{language}-pandoc.docx"
            rows = {"draftapp export": measure(lambda: export_docx(draft, ours), repeat=args.repeat, warmup=1)}
            if pandoc:
                rows["pandoc md->docx"] = measure(
                    lambda: subprocess.run([pandoc, "-f", "markdown", "-t", "docx", "-o", str(theirs), str(source)], check=True),
                    repeat=args.repeat, warmup=1,
                )
            print(f"large draft, {language}: about {word_count(draft)} words, {len(draft.footnotes)} footnotes; "
                  f"our DOCX {ours.stat().st_size // 1024} KiB")
            for name, times in rows.items():
                print(f"  {name:<16} median {median_ms(times):7.1f} ms   min {min(times) * 1000:7.1f}   "
                      f"p90 {percentile_ms(times, 90):7.1f}   (n={len(times)})")
        print(pandoc_version() if pandoc else "pandoc: not installed (apt-get install pandoc)")


if __name__ == "__main__":
    main()
