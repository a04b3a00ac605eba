"""`draftapp show` prints plain text for people: no Markdown escapes or markers, and
"1 paragraph" in the singular. `show --json` keeps the text dialect for scripts."""

import json

from draftapp.cli import main
from draftapp.io.outline import outline, outline_text
from draftapp.io.text import read_text

TEXT = (
    "## Eightieth session\n\n### A title\n\n*The General Assembly*,\n\n"
    "*Recalling* its resolution 64/256 \\[sic\\] of 2 March 2010 and the star \\* here,<sup>1</sup>\n\n"
    "1. *Decides* to act;\n\n"
    "2. *Recalls* paragraph [1](#op-1) above.\n\n"
    "<sup>1</sup> A/80/1.\n"
)


def test_plain_text_without_escapes_or_markers():
    shown = outline_text(read_text(TEXT))
    assert "PP1   Recalling its resolution 64/256 [sic] of 2 March …" in shown
    assert "  2.     Recalls paragraph 1 above." in shown
    assert "\\" not in shown and "*" not in shown and "<sup>" not in shown


def test_footnote_citations_show_as_superscript_numbers():
    text = outline(read_text(TEXT), plain=True)["preamble"][0]["text"]
    assert text == "Recalling its resolution 64/256 [sic] of 2 March 2010 and the star * here,¹"


def test_one_paragraph_is_singular(tmp_path, capsys):
    path = tmp_path / "new.draft"
    assert main(["new", "--organ", "ga", "--lang", "en", "--session", "81", "-o", str(path)]) == 0
    capsys.readouterr()
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Preamble: 1 paragraph\n" in out
    assert "Operative part: 2 paragraphs\n" in out
    assert "  PP1   Recalling [… preambular text …]," in out


def test_json_keeps_the_dialect(tmp_path, capsys):
    path = tmp_path / "d.md"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["show", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["preamble"][0]["text"].startswith("*Recalling* its resolution 64/256 \\[sic\\]")
    assert data["operative"][1]["text"] == "*Recalls* paragraph [1](#op-1) above."
