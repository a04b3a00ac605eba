"""Shared test set-up: Qt runs offscreen unless a display is asked for explicitly."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402

# Hypothesis keeps no example database (a run's result depends on the code alone; an
# example it finds is written down as an explicit test) and writes nothing into the
# checkout (its other caches go to the temporary folder). CI also derandomizes, so that
# the same code gives the same run there.
settings.register_profile("draftapp", database=None, derandomize=os.environ.get("CI") == "true")
settings.load_profile("draftapp")
set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), f"draftapp-hypothesis-{os.getuid()}"))

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def csto_text() -> str:
    return (FIXTURES / "csto-draft-zh.md").read_text(encoding="utf-8")
