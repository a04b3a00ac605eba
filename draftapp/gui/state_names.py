"""Completion of Member and observer State names, shared by the sponsor fields of the
Document pane and the New-from-template dialog."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from draftapp.lang.states import state_names


def attach_state_completer(line: QLineEdit, language: str) -> QCompleter:
    """Complete `line` with the UN names in `language`, matching anywhere in a name and
    ignoring case ("kingdom" finds "Netherlands (Kingdom of the)")."""
    completer = QCompleter(QStringListModel(state_names(language), line), line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    line.setCompleter(completer)
    return completer


def set_completion_language(completer: QCompleter, language: str) -> None:
    completer.model().setStringList(state_names(language))
