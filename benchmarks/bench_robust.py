"""The oversized inputs of issue 18, each run as `draftapp CMD` in its own process:
wall time, peak memory (max RSS) and the exit status / first line of the message.

    .venv/bin/python benchmarks/bench_robust.py [--keep DIR]

Inputs: a DOCX of 50,000 short paragraphs; a DOCX of ~30 MB of XML (20,000 long
paragraphs); a draft with 200,000 repeated citations of one footnote; an 8 MB text;
a 300,000-character paragraph of dates; the large generated draft (for scale).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from generate import large_draft  # noqa: E402

from draftapp.io import native  # noqa: E402
from draftapp.io.docx import export_docx  # noqa: E402
from draftapp.io.text import write_text  # noqa: E402
from draftapp.model import Draft, Footnote, FootnoteRef, Paragraph, Text  # noqa: E402


def docx_with_body(path: Path, body: bytes, base: Path) -> None:
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename.startswith("customXml"):
                continue
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                start = data.index(b"<w:body>") + len(b"<w:body>")
                data = data[:start] + body + data[start:]
            out.writestr(info.filename, data)


def make_inputs(folder: Path) -> dict[str, list[str]]:
    base = folder / "base.docx"
    export_docx(Draft(operative=[Paragraph.of("Decides to remain seized of the matter.")]), base)
    many = b"".join(b"<w:p><w:r><w:t>1. Paragraph %d.</w:t></w:r></w:p>" % i for i in range(50_000))
    docx_with_body(folder / "50000-paragraphs.docx", many, base)
    long = b"".join(b"<w:p><w:r><w:t>%d. " % i + b"Decides, word %d, " % i * 100 + b"</w:t></w:r></w:p>" for i in range(20_000))
    docx_with_body(folder / "30mb-xml.docx", long, base)
    note = Footnote.of("A/80/1.")
    cites = Draft(operative=[Paragraph(runs=[Text("Decides "), *[FootnoteRef(note.id) for _ in range(200_000)]])], footnotes=[note])
    (folder / "200000-citations.draft").write_text(native.dumps(cites), encoding="utf-8")
    paras = "\n\n".join(f"{i}. *Decides* " + "to act on the report of the Secretary-General, " * 4 for i in range(1, 40_000))
    (folder / "8mb.md").write_text("*The General Assembly*,\n\n" + paras[: 8 * 1024 * 1024] + "\n", encoding="utf-8")
    preamble = "\n\n".join("*Recalling* its resolution 64/256 of 2 March 2010 on the report of the Secretary-General, "
                             + "and the work of the committees on paragraph %d above, " % i * 4 for i in range(19_000))
    (folder / "8mb-preamble.md").write_text("*The General Assembly*,\n\n" + preamble + "\n", encoding="utf-8")
    dates = "*The General Assembly*,\n\n*Recalling* " + "2 March 2010, " * 21_000 + "\n"
    (folder / "300k-dates.md").write_text(dates, encoding="utf-8")
    (folder / "large.md").write_text(write_text(large_draft("en")), encoding="utf-8")
    inputs = {
        "50000-paragraphs.docx": ["show"],
        "30mb-xml.docx": ["show"],
        "200000-citations.draft": ["export"],
        "8mb.md": ["check"],
        "8mb-preamble.md": ["check"],
        "300k-dates.md": ["check"],
        "large.md": ["check", "export"],
    }
    return inputs


def run(command: list[str]) -> dict:
    code = ("import resource, sys, time; from draftapp.cli import main; t = time.perf_counter(); "
            "s = main(sys.argv[1:]); "
            "print('BENCH', s, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, cwd=ROOT, timeout=600)
    wall = time.perf_counter() - start
    bench = [line for line in done.stderr.splitlines() if line.startswith("BENCH")]
    messages = [line for line in done.stderr.splitlines() if not line.startswith("BENCH")]
    if bench:
        _, status, seconds, rss = bench[-1].split()
        return {"status": int(status), "seconds": round(float(seconds), 2), "max_rss_mb": round(int(rss) / 1024),
                "message": (messages or [""])[0][:160]}
    return {"status": done.returncode, "seconds": round(wall, 2), "max_rss_mb": None, "message": done.stderr[-300:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the inputs here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-robust-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, commands in make_inputs(folder).items():
        for command in commands:
            argv = [command, str(folder / name)]
            if command == "export":
                argv += ["-o", str(folder / "out.docx")]
            result = run(argv)
            size = (folder / name).stat().st_size
            print(json.dumps({"input": name, "bytes": size, "command": command, **result}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
