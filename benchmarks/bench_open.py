"""Opening the large generated draft (benchmarks/generate.py), as a user does it.

1. File > Open (the file dialog answered with the large draft) in a window that shows
   the CSTO example: the time until the panes, the preview and the diagnostics all show
   the new draft (goal under 1 s), and the longest gap between two ticks of the event
   loop meanwhile (goal under 100 ms: the window keeps painting).
2. Cold start: `draftapp FILE` in a fresh process until its window is shown, beside a
   bare PySide6 window shown the same way, and their ratio (goal under 2.5).

    .venv/bin/python benchmarks/bench_open.py          # offscreen
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

RUNS = 5

#: A child process: start the app on FILE (or a bare window), print the seconds from the
#: parent's start stamp until the window is shown and painted, and quit.
CHILD = r"""
import sys, time
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer

def shown_then_quit(*_args):
    app = QApplication.instance()
    for _ in range(200):
        app.processEvents()
        windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if windows and windows[0].windowHandle() is not None and windows[0].windowHandle().isExposed():
            break
        time.sleep(0.001)
    app.processEvents()
    print(time.time() - start)
    return 0

QApplication.exec = staticmethod(shown_then_quit)
if sys.argv[2] == "bare":
    from PySide6.QtWidgets import QMainWindow, QTextEdit
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTextEdit())
    window.resize(1400, 900)
    window.show()
    sys.exit(QApplication.exec())
else:
    from draftapp.cli import main
    sys.exit(main([sys.argv[2]]))
"""


def cold_start(target: str, env: dict) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, repr(start), target], env=env, capture_output=True,
                         text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def file_open(work: Path, large: Path) -> tuple[float, float]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from draftapp.gui.app import open_window

    app = QApplication.instance() or QApplication([])
    window = open_window(ROOT / "examples" / "csto-zh.draft",
                         settings=QSettings(str(work / "s.ini"), QSettings.Format.IniFormat),
                         autosave_dir=work / "autosave")
    window.show()
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(large), ""))
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def current() -> bool:
        draft = window.session.draft
        panes = all(getattr(p, "is_current", lambda: True)() and len(p.ids) == len(list(_flat(draft.part(p.part))))
                    for p in (window.preamble, window.operative))
        preview = getattr(window.preview, "is_current", lambda: not window.preview._timer.isActive())()
        diagnostics = getattr(window.diagnostics, "is_current", lambda: not window.diagnostics._timer.isActive())()
        return panes and preview and diagnostics and len(draft.operative) > 100

    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text().replace("&", "").startswith("Open"))
    ticker.start()
    start = time.perf_counter()
    ticks.append(start)
    QTimer.singleShot(0, action.trigger)
    while True:
        app.processEvents()
        if len(ticks) > 2 and current() and not window.preview._timer.isActive():
            break
    done = time.perf_counter()
    ticker.stop()
    ticks.append(done)
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    window.session.stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return done - start, max(gaps)


def _flat(paragraphs):
    for p in paragraphs:
        yield p
        yield from _flat(p.children)


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    from generate import large_draft

    from draftapp.io.text import write_text

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        large = work / "large.md"
        large.write_text(write_text(large_draft("en")), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(work / "config"),
                   XDG_DATA_HOME=str(work / "data"))
        results = [file_open(work, large) for _ in range(RUNS)]
        ready = [r[0] * 1000 for r in results]
        gap = [r[1] * 1000 for r in results]
        # the machine is shared: the best run shows the work, the median the waiting too
        print(f"File > Open of the large draft ({RUNS} runs, median / best): all current after "
              f"{statistics.median(ready):.0f} / {min(ready):.0f} ms (goal < 1000), longest event-loop gap "
              f"{statistics.median(gap):.0f} / {min(gap):.0f} ms (goal < 100)")
        targets = {"bare PySide6 window": "bare", "draftapp FILE, the CSTO example": str(ROOT / "examples" / "csto-zh.draft"),
                   "draftapp FILE, the large draft": str(large)}
        times = {name: [] for name in targets}
        for _ in range(RUNS):  # interleaved, so that the machine's load falls on all alike
            for name, target in targets.items():
                times[name].append(cold_start(target, env))
        bare = times["bare PySide6 window"]
        print(f"cold start to a shown window ({RUNS} runs each, median / best):")
        for name, values in times.items():
            ratio = statistics.median(values) / statistics.median(bare)
            best = min(values) / min(bare)
            print(f"  {name}: {statistics.median(values) * 1000:.0f} / {min(values) * 1000:.0f} ms, "
                  f"ratio to the bare window {ratio:.2f} / {best:.2f} (goal < 2.5)")


if __name__ == "__main__":
    main()
