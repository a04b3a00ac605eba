"""LibreOffice in its own profile, with the accept/reject macro, for the tracked-changes tests."""

from __future__ import annotations

import pytest

from tests.io.tracked import libreoffice


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory):
    return libreoffice.profile(tmp_path_factory.mktemp("lo-tracked"))
