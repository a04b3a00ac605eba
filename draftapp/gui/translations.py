"""Interface translations: Qt .qm files in resources/gui/i18n (made with
pyside6-lupdate and pyside6-lrelease from the tr() strings), chosen by the system locale.
English, the source language, needs none."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from draftapp.paths import RESOURCES

I18N = RESOURCES / "gui" / "i18n"


def install_translator(app) -> QTranslator | None:
    translator = QTranslator(app)
    if I18N.is_dir() and translator.load(QLocale(), "draftapp", "_", str(I18N)):
        app.installTranslator(translator)
        return translator
    return None
