"""Completion of Member and observer State names, shared by the sponsor fields of the
Document pane and the New-from-template dialog."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from draftapp.lang.states import state_names


class _SeveralNames(QCompleter):
    """Completes the last of several names separated by commas ("Spain, Mex" offers
    Mexico and keeps Spain): on a real X display only the first delegation of a
    proposal was offered completion."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        typed = self.widget().text() if self.widget() is not None else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + index.data()


def attach_state_completer(line: QLineEdit, language: str, several: bool = False) -> QCompleter:
    """Complete `line` with the UN names in `language`, matching anywhere in a name and
    ignoring case ("kingdom" finds "Netherlands (Kingdom of the)"); with `several`, the
    name after the last comma."""
    completer = (_SeveralNames if several else QCompleter)(QStringListModel(state_names(language), line), line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    line.setCompleter(completer)
    return completer


def set_completion_language(completer: QCompleter, language: str) -> None:
    completer.model().setStringList(state_names(language))
