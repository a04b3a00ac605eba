"""scripts/fuzz.py keeps the minimized input of every failing round, so that each cause a
long run finds can be examined (one file per kind kept only the last round's)."""

import importlib.util
import json
from pathlib import Path

import tests.fuzz.targets as targets

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz.py"


def load_script():
    spec = importlib.util.spec_from_file_location("fuzz_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_failing_round_leaves_its_own_minimized_input(tmp_path, monkeypatch):
    def always_fails(target, path, work):
        raise targets.RoundTrip("the text dialect does not read back what it wrote")

    monkeypatch.setattr(targets, "exercise", always_fails)
    monkeypatch.setattr(targets, "STATS", {t: targets.Stats() for t in targets.TARGETS})
    monkeypatch.setattr(targets, "ROUND", None)
    out, report = tmp_path / "found", tmp_path / "report.json"

    status = load_script().main(["--minutes", "0.05", "--reader", "text", "--out", str(out), "--report", str(report)])

    assert status == 1
    kept = sorted(p.name for p in out.glob("text-RoundTrip-round*.md"))
    rounds = json.loads(report.read_text(encoding="utf-8"))["failures"]
    assert len(kept) == len(rounds) >= 2, (kept, rounds)
    assert "text-RoundTrip-round1.md" in kept and "text-RoundTrip-round2.md" in kept
