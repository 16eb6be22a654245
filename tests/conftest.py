"""Test-wide settings: Hypothesis runs derandomised in CI (the same examples every run, so a
failure there is a real regression, not a new draw); locally it explores as usual."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def rules_coder():  # type: ignore[no-untyped-def]
    """The coder with the shipped dictionaries and every candidate the rules keep (``rules.v1``:
    confidence 1, no threshold): the rules' behaviour, whatever the default scorer."""
    from eventscribe.coding.coder import Coder

    return Coder(scorer="rules.v1")


@pytest.fixture(scope="session")
def default_coder():  # type: ignore[no-untyped-def]
    """The coder as ``eventscribe code`` runs it: the default scorer and its threshold."""
    from eventscribe.coding.coder import Coder

    return Coder()


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    """A temp store with two articles and four synthetic events (support.fill_store), as the API
    tests read it; a module that needs another store defines its own ``store``."""
    from eventscribe.store.db import Store
    from support import fill_store

    opened = Store.open(tmp_path / "api.duckdb")
    fill_store(opened)
    yield opened
    opened.close()


# the longest tests (the scorer's retraining, about two minutes; the kill-and-restart faults),
# started first: with ``-n 2`` one worker runs them while the other takes the rest, instead of
# one of them starting last and holding the run open
_LONGEST_FIRST = (
    "test_scorer_training.py::test_scorer_training_reproduces_the_shipped_weights",
    "test_reliability_faults.py::test_reliability_faults_sigkill_at_random_points",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not any(name in item.nodeid for name in _LONGEST_FIRST))
