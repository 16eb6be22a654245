"""The verb form by which benchmarks/dates_tense.py counts the readers' answers (issue 13)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from eventscribe.nlp import load_nlp

pytestmark = pytest.mark.issue(13)

ROOT = Path(__file__).resolve().parents[1]


def _module() -> ModuleType:
    path = ROOT / "benchmarks" / "dates_tense.py"
    spec = importlib.util.spec_from_file_location("dates_tense", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("sentence", "trigger", "form"),
    [
        ("Iran has removed the reactor core.", "removed", "perfect"),
        ("More than 67,000 minors have been apprehended since October.", "apprehended", "perfect"),
        ("Iran removed the reactor core on Monday.", "removed", "past"),
        ("Russia condemned the attacks on Monday.", "attacks", "NNS"),
        ("The senator is accusing Russia of meddling.", "accusing", "VBG"),
        ("The senator condemned it.", "criticized", "not found"),
    ],
)
def test_the_trigger_s_verb_form(sentence: str, trigger: str, form: str) -> None:
    assert _module().verb_form(sentence, trigger, load_nlp()) == form
