"""LibreOffice in its own profile, with the accept/reject macro, for the tracked-changes tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import libreoffice  # noqa: E402


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory):
    return libreoffice.profile(tmp_path_factory.mktemp("lo-tracked"))
