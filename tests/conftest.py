"""Shared test set-up: Qt runs offscreen unless a display is asked for explicitly."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def csto_text() -> str:
    return (FIXTURES / "csto-draft-zh.md").read_text(encoding="utf-8")
