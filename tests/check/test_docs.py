"""docs/checks.md lists every rule the modules define."""

from pathlib import Path

from draftapp.check.rules import RULE_MODULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "checks.md"


def _rule_ids(module):
    return {
        value for name, value in vars(module).items()
        if name.isupper() and not name.startswith("_") and isinstance(value, str)
        and ("." in value or value == "placeholder") and " " not in value
    }


def test_every_rule_is_documented():
    text = DOC.read_text(encoding="utf-8")
    ids = set().union(*(_rule_ids(m) for m in RULE_MODULES))
    assert len(ids) >= 35
    assert sorted(i for i in ids if f"`{i}`" not in text) == []
