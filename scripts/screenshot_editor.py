"""Screenshots of the editor for the docs: the CSTO example (Chinese), an Arabic draft
and an English draft with diagnostics, saved to docs/images/editor*.png. Each draft is a
file opened the way `draftapp FILE` opens it (draftapp.gui.app.open_window), so the
pictures show what a user sees (they once hid a blank Sponsors list).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_editor.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from draftapp.gui.app import open_window  # noqa: E402
from draftapp.gui.main_window import MainWindow  # noqa: E402

IMAGES = ROOT / "docs" / "images"

ARABIC = """<!-- draftapp
language: ar
symbol: A/80/L.12
date: 2025-11-20
-->

## الدورة الثمانون

البند 12 من جدول الأعمال

التعاون بين الأمم المتحدة والمنظمات الإقليمية

فرنسا وشيلي: مشروع قرار

### التعاون بين الأمم المتحدة والمنظمات الإقليمية

إن الجمعية العامة،

إذ تشير إلى قرارها 79/1 المؤرخ 14 تشرين الأول/أكتوبر 2024،

وإذ ترحب بتقرير الأمين العام،<sup>1</sup>

1 - تقرر مواصلة التعاون بين المنظمتين؛

2 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار في دورتها الحادية والثمانين.

<sup>1</sup> A/80/348.
"""

ENGLISH = """## Eightieth session

Agenda item 74

Cooperation between the United Nations and regional and other organizations

Chile, France, Germany and Kenya: draft resolution

### Cooperation between the United Nations and the Economic Community of Central African States

*The General Assembly*,

*Recalling* its resolution 79/12 of 11 November 2024,

*Welcoming* the report of the Secretary-General,<sup>1</sup>

*Noting with apreciation* the efforts of the Community

1. *Takes note with appreciation* of the report of the Secretary-General;<sup>1</sup>

2. *Encourages* the two organizations to strengthen their cooperation in:

(a) Preventive diplomacy and mediation;

(b) Peacebuilding and the rule of law;

3. *Requests* the Secretary-General to submit a report on the implementation of paragraph 2 above at its eighty-first session.

<sup>1</sup> A/80/348.
"""


def shoot(app: QApplication, window: MainWindow, name: str) -> Path:
    window.resize(1400, 900)
    window.show()
    QTest.qWait(600)  # the diagnostics list and the preview follow edits after a pause
    path = IMAGES / name
    window.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT)}")
    return path


def main() -> int:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    IMAGES.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="draftapp-shots-"))
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)

    def opened(path: Path) -> MainWindow:
        return open_window(path, settings=settings, autosave_dir=work / "autosave")

    csto = opened(ROOT / "examples" / "csto-zh.draft")
    csto.operative.place_cursor(csto.operative.ids[0], 0)
    csto.operative.setFocus()
    shoot(app, csto, "editor.png")
    csto.session.stack.setClean()
    csto.close()

    (work / "arabic.md").write_text(ARABIC, encoding="utf-8")
    arabic = opened(work / "arabic.md")
    shoot(app, arabic, "editor-ar.png")
    arabic.close()

    (work / "english.md").write_text(ENGLISH, encoding="utf-8")
    english = opened(work / "english.md")
    # paragraph 3 typed "paragraph 2 above" as text: apply the check's fix, which makes it
    # a live reference (tinted in the pane)
    for d in english.session.diagnostics:
        if d.fix is not None and d.rule == "references.typed":
            english.diagnostics.apply_fix(d)
            break
    english.operative.place_cursor(english.operative.ids[-1], 0)
    english.operative.setFocus()
    shoot(app, english, "editor-en.png")
    english.session.stack.setClean()
    english.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
