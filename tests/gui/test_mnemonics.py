"""Every menu's mnemonics (the underlined Alt letters) are distinct, in the menu bar and
in each menu and submenu, whoever added them; words shown in menus (footnote texts,
paragraph starts, file names) never turn an "&" into a mnemonic."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from draftapp.io.text import read_text
from tests.gui.test_clipboard import DRAFT


def mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return None


def clashes(actions) -> dict:
    seen: dict[str, list[str]] = {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key:
            seen.setdefault(key, []).append(action.text())
    return {k: v for k, v in seen.items() if len(v) > 1}


def walk(menu, path, found):
    menu.aboutToShow.emit()  # menus filled when opened (recent files, footnotes, paragraphs)
    problems = clashes(menu.actions())
    if problems:
        found[path] = problems
    for action in menu.actions():
        if action.menu() is not None:
            walk(action.menu(), f"{path} > {action.text()}", found)


def test_every_menu_has_distinct_mnemonics(make_window, tmp_path):
    draft = read_text(DRAFT.replace("See A/79/1.", "See Trade & Development Report").replace(
        "to continue its cooperation", "to continue R&D cooperation"))
    window = make_window(draft)
    recent = tmp_path / "R&D plans.draft"
    window.settings.setValue("recent", [str(recent)])
    bar = window.menuBar()
    found = {}
    top = clashes(bar.actions())
    if top:
        found["menu bar"] = top
    for action in bar.actions():
        if action.menu() is not None:
            walk(action.menu(), action.text(), found)
    assert found == {}
    # each menu is reached by its letter
    assert len({mnemonic(a.text()) for a in bar.actions() if a.isVisible()}) == len(
        [a for a in bar.actions() if a.isVisible()])


def test_alt_letter_opens_the_file_menu_and_x_is_new_from_existing(make_window):
    window = make_window()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    texts = {mnemonic(a.text()): a.text() for a in file_menu.actions() if mnemonic(a.text())}
    assert texts["e"] == "&Export DOCX…"
    assert texts["x"] == "New from e&xisting resolution…"
    window.menuBar().setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert file_menu.isVisible() or window.menuBar().activeAction() is not None
    file_menu.hide()
