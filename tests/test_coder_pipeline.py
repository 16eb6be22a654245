"""One pipeline path: ``code`` and ``explain`` agree; candidates are scored by a registered scorer
and thresholded; the lexicon is data with file:line (issue 10)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from eventscribe.coding.actors import CodedActor
from eventscribe.coding.candidate import Candidate
from eventscribe.coding.lexicon import load_lexicon, parse_lexicon
from eventscribe.coding.scoring import get_scorer, register_scorer, scorer_names
from eventscribe.errors import ConfigError, DictionaryError
from eventscribe.records import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DAY = dt.date(2024, 5, 8)


def _key(events):  # type: ignore[no-untyped-def]
    return sorted(
        (e.source.code, e.target.code if e.target else "", e.cameo, e.trigger.start) for e in events
    )


@pytest.mark.issue(10)
@pytest.mark.parametrize(
    "text", ["Demonstrators rallied in Rennes.", "Two civilians were killed in Cizre on Monday."]
)
def test_coder_pipeline_code_and_explain_agree_on_agent_only_sentences(rules_coder, text) -> None:  # type: ignore[no-untyped-def]
    coded = rules_coder.code_text(text, DAY)
    explained, lines = rules_coder.explain(text, DAY)
    assert coded, "an agent-only sentence is parsed and coded by `code` too"
    assert _key(coded) == _key(explained)
    assert any(line.startswith("  event:") for line in lines)


def _gold_sentences() -> list[str]:
    texts: list[str] = []
    gsr = SHARED / "gold/plover-gsr/PLOVER_GSR_CAMEO.v08_remapped.jsonl"
    confli = SHARED / "gold/confli-cameo/cameo_class_train.tsv"
    if not gsr.is_file() or not confli.is_file():
        pytest.skip("../shared/gold is absent (CI has it)")
    for line in gsr.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    for line in confli.read_text(encoding="utf-8").splitlines():
        texts.append(line.split("\t")[0])
    return texts


@pytest.mark.issue(10)
@pytest.mark.slow
def test_coder_pipeline_code_equals_explain_on_the_gold_sets(default_coder) -> None:  # type: ignore[no-untyped-def]
    texts = _gold_sentences()
    articles = [Article(id=f"g{i}", text=t, date=DAY) for i, t in enumerate(texts)]
    coded = {a.id: _key(ev) for a, ev in default_coder.code_articles(articles)}
    differ = []
    for article in articles:
        events, _ = default_coder.explain(article.text, DAY)
        if _key(events) != coded[article.id]:
            differ.append(article.text)
    assert not differ, differ[:3]


def test_coder_pipeline_explain_says_why_a_sentence_is_not_parsed(rules_coder) -> None:  # type: ignore[no-untyped-def]
    _, lines = rules_coder.explain("The weather was fine.", DAY)
    assert any("not parsed" in line for line in lines)


@dataclass(frozen=True)
class HalfScorer:
    name: str = "half.test"
    threshold: float = 0.6

    def score(self, candidate: Candidate) -> float:
        return 0.9 if candidate.code.startswith("04") else 0.5


def test_coder_pipeline_scorer_by_registry_and_threshold(rules_coder) -> None:  # type: ignore[no-untyped-def]
    from eventscribe.coding.coder import Coder

    register_scorer("half.test")(HalfScorer)
    assert "half.test" in scorer_names()
    coder = Coder(dictionaries=rules_coder.dictionaries, scorer="half.test")
    text = "Kenyan police arrested forty protesters. Putin met Xi in Beijing."
    events = coder.code_text(text, DAY)
    assert events and all(e.confidence == 0.9 and e.cameo.startswith("04") for e in events)
    everything = Coder(dictionaries=rules_coder.dictionaries, scorer="half.test", min_confidence=0)
    assert {e.confidence for e in everything.code_text(text, DAY)} == {0.5, 0.9}


def test_coder_pipeline_linear_scorer_weighing_names_what_moved_it() -> None:
    from eventscribe.coding.scoring import LinearScorer

    scorer = LinearScorer(
        name="t", threshold=0.5, bias=-0.5, meta={},
        weights={"lemma=MEET": 1.5, "mod=future": -2.0, "type=AGREE": 0.1, "unused": 9.0},
    )  # fmt: skip
    candidate = Candidate(
        sentence_index=0, verb_index=0, trigger=(0,), code="036",
        source=CodedActor("USAGOV", 0, 1, None, ()), target=None, verb="MEET", pattern=None,
        features={"lemma=MEET": 1.0, "mod=future": 1.0, "type=AGREE": 1.0, "unseen": 1.0},
    )  # fmt: skip
    assert scorer.weighing(candidate) == (
        ("mod=future", -2.0), ("lemma=MEET", 1.5), ("bias", -0.5), ("type=AGREE", 0.1)
    )  # fmt: skip
    assert scorer.weighing(candidate, n=2) == (("mod=future", -2.0), ("lemma=MEET", 1.5))


def test_coder_pipeline_explain_shows_the_weighing_of_a_learned_scorer(  # type: ignore[no-untyped-def]
    rules_coder, default_coder
) -> None:
    text = "Kenyan police arrested forty protesters in Nairobi."
    _, lines = default_coder.explain(text, DAY)
    event = next(i for i, line in enumerate(lines) if line.startswith("  event:"))
    assert lines[event + 1].startswith("    weighed: ")
    assert "type=COERCE" in lines[event + 1] or "lemma=ARREST" in lines[event + 1]
    # a scorer with no weights says nothing of them
    _, lines = rules_coder.explain(text, DAY)
    assert not any("weighed:" in line for line in lines)


def test_coder_pipeline_unknown_scorer_names_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"rules\.v1"):
        get_scorer("nonesuch")


def test_coder_pipeline_min_confidence_out_of_range(rules_coder) -> None:  # type: ignore[no-untyped-def]
    from eventscribe.coding.coder import Coder

    with pytest.raises(ConfigError, match="between 0 and 1"):
        Coder(dictionaries=rules_coder.dictionaries, min_confidence=1.5)


def test_coder_pipeline_rules_scorer_is_one() -> None:
    scorer = get_scorer("rules.v1")
    assert scorer.threshold == 0.0


def test_lexicon_tables_with_lines() -> None:
    tables = parse_lexicon("# c\n[A] words\nfoo\nBar  X\n\n[B] map\n04 036\n", source="t.txt")
    assert set(tables["A"]) == {"FOO", "BAR"} and tables["A"].get("BAR") == "X"
    assert tables["A"].origin("BAR") == "t.txt:4"
    assert tables["B"].get("04") == "036"


@pytest.mark.parametrize("text", ["foo\n", "[A]\nx\n[A]\ny\n", "[]\n"])
def test_lexicon_errors_name_the_line(text: str) -> None:
    with pytest.raises(DictionaryError) as info:
        parse_lexicon(text, source="t.txt")
    assert "t.txt:" in str(info.value)


def test_lexicon_shipped_tables_load() -> None:
    tables = load_lexicon()
    for name in ("COMMIT_HEADS", "PLAN_HEADS", "SENSES", "INTENT_CODES", "THREAT_CODES"):
        assert len(tables[name]) > 0


@pytest.mark.slow
def test_lexicon_matches_by_lemma() -> None:
    from eventscribe.nlp import load_nlp

    doc = load_nlp()("Iran planned to attack and vowed to fight.")
    plan = load_lexicon()["PLAN_HEADS"]
    commit = load_lexicon()["COMMIT_HEADS"]
    assert plan.matches(doc[1]) == "PLAN"
    assert commit.matches(doc[5]) == "VOW"
