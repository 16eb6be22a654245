"""Test-wide settings: Hypothesis runs derandomised in CI (the same examples every run, so a
failure there is a real regression, not a new draw); locally it explores as usual."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
