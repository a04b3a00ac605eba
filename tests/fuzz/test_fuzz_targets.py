"""The fuzzers of tests/fuzz/targets.py with a fixed budget (derandomized, no example
database): every reader, the checks and the export. scripts/fuzz.py runs the same ones
for as long as asked."""

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.targets import TARGETS, cases, run_case

BUDGET = {"draft": 40, "text": 60, "pdftext": 25, "docx": 30, "check": 40, "export": 25}


@pytest.mark.parametrize("target", TARGETS)
def test_fuzz(target):
    @settings(max_examples=BUDGET[target], database=None, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(data=cases(target))
    def case(data):
        run_case(target, data)

    case()
