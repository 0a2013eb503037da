"""Test configuration: Hypothesis runs derandomised in CI, so a run can be repeated exactly."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import settings

# The case tables and shared strategies sit beside the tests and are imported by name.
sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
