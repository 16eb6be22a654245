"""The verb form by which benchmarks/dates_tense.py counts the readers' answers (issue 13)."""

from __future__ import annotations

import pytest

from eventscribe.nlp import load_nlp
from support import load_benchmark

pytestmark = pytest.mark.issue(13)


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
    assert load_benchmark("dates_tense").verb_form(sentence, trigger, load_nlp()) == form
