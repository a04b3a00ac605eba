"""Opening the large generated draft (benchmarks/generate.py), as a user does it.

1. File > Open (the file dialog answered with the large draft) in a window that shows
   the CSTO example: the time until the panes, the preview and the diagnostics all show
   the new draft (goal under 1 s), and the longest gap between two ticks of the event
   loop meanwhile (goal under 100 ms: the window keeps painting).
2. Cold start: `draftapp FILE` in a fresh process until its window is shown, beside a
   bare PySide6 window shown the same way, and their ratio (goal under 2.5).

    .venv/bin/python benchmarks/bench_open.py          # offscreen
    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python benchmarks/bench_open.py
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

#: A child process: start the app on FILE (or a bare window) and print the seconds from
#: the parent's start stamp until the window's first frame is painted (the last paint
#: event before the event loop turns again), then, for Draftapp, until what it does after
#: showing (the checks, the spelling dictionary, the preview) is done; and quit.
CHILD = r"""
import sys, time
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QEvent, QObject, QTimer


class FirstFrame(QObject):
    last = None
    done = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done and obj.isWidgetType() and obj.window().isVisible():
            if self.last is None:
                QTimer.singleShot(0, self.end)  # runs once this frame's paints are over
            self.last = time.time()
        return False

    def end(self):
        self.done = True


frame = FirstFrame()


def shown_then_quit(*_args):
    app = QApplication.instance()
    app.installEventFilter(frame)  # nothing is painted before the event loop runs
    for _ in range(2000):
        app.processEvents()
        windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if frame.done and windows and windows[0].windowHandle() is not None and windows[0].windowHandle().isExposed():
            break
        time.sleep(0.001)
    shown = frame.last - start
    window = windows[0]
    if hasattr(window, "session"):
        while not (not getattr(window.session, "check_pending", False) and window.diagnostics.is_current()
                   and window.preview.is_current() and window.operative.is_current()
                   and window.preamble.is_current()):
            app.processEvents()
            time.sleep(0.001)
    print(shown, time.time() - start)
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


def cold_start(target: str, env: dict) -> tuple[float, float]:
    """(seconds to the first frame, seconds until the work after it is done)."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, repr(start), target], env=env, capture_output=True,
                         text=True, check=True)
    shown, ready = out.stdout.strip().splitlines()[-1].split()
    return float(shown), float(ready)


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


def _figures(values: list[float]) -> str:
    """median / best (worst) in ms: the machine is shared, the spread says how much."""
    return f"{statistics.median(values) * 1000:.0f} / {min(values) * 1000:.0f} ({max(values) * 1000:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--only", choices=("open", "cold"), help="one of the two measurements")
    args = parser.parse_args()
    from generate import large_draft

    from draftapp.io.text import write_text

    runs = args.runs
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        large = work / "large.md"
        large.write_text(write_text(large_draft("en")), encoding="utf-8")
        if args.only != "cold":
            results = [file_open(work, large) for _ in range(runs)]
            print(f"File > Open of the large draft ({runs} runs, median / best (worst)): all current after "
                  f"{_figures([r[0] for r in results])} ms (goal < 1000), longest event-loop gap "
                  f"{_figures([r[1] for r in results])} ms (goal < 100)")
        if args.only == "open":
            return
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(work / "config"),
                   XDG_DATA_HOME=str(work / "data"), PYTHONPYCACHEPREFIX=str(work / "pycache"))
        # compiled once, as an installed copy is (pip compiles on install): without this,
        # under PYTHONDONTWRITEBYTECODE every start compiled Draftapp's 150 modules afresh
        # (~0.15 s) while PySide6's came compiled
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        targets = {"bare PySide6 window": "bare", "draftapp FILE, the CSTO example": str(ROOT / "examples" / "csto-zh.draft"),
                   "draftapp FILE, the large draft": str(large)}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in targets}
        for target in targets.values():
            cold_start(target, env)  # writes the bytecode cache
        for _ in range(runs):  # interleaved, so that the machine's load falls on all alike
            for name, target in targets.items():
                times[name].append(cold_start(target, env))
        bare = [shown for shown, _ready in times["bare PySide6 window"]]
        print(f"cold start to the first painted frame ({runs} runs each, median / best (worst) ms; "
              "then until the checks, spelling and preview are done):")
        for name, values in times.items():
            shown = [v[0] for v in values]
            ratio = statistics.median(shown) / statistics.median(bare)
            best = min(shown) / min(bare)
            ready = "" if name.startswith("bare") else f"; all done {_figures([v[1] for v in values])}"
            print(f"  {name}: {_figures(shown)}, ratio to the bare window {ratio:.2f} / {best:.2f} (goal < 2.5)"
                  f"{ready}")


if __name__ == "__main__":
    main()
