"""Tests for eventscribe.evaluation: each gold format scored with a fake coder on small fixtures.

The expected figures below were computed by hand from tests/fixtures/eval/* and the fake codings.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from eventscribe.dictionaries.model import Dictionaries, VerbDictionary
from eventscribe.errors import ConfigError, InputError
from eventscribe.evaluation import (
    ACCEPTANCE,
    EvalReport,
    FieldScore,
    detect_format,
    evaluate,
    main_event,
    predicted_class,
    write_errors,
)
from eventscribe.records import ActorRef, Article, Event, Rule, Trigger

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
PETRARCH_XML = FIXTURES / "petrarch" / "records.xml"
PLOVER_JSONL = FIXTURES / "plover.jsonl"
CONFLI_TSV = FIXTURES / "confli.tsv"
CONFLI_NER = FIXTURES / "confli_ner.txt"
SHARED = Path(__file__).parents[1].parent / "shared"
GOLD = SHARED / "gold"

# (source code, source country or None, target code or None, cameo, PLOVER type, trigger start,
#  quad class)
Spec = tuple[str, str | None, str | None, str, str | None, int, int | None]


def _actor(code: str, country: str | None) -> ActorRef:
    return ActorRef(code=code, country=country, sectors=(), name=None, text=code, start=0, end=3)


def make_event(article_id: str, spec: Spec, *, sentence_index: int = 0) -> Event:
    source, source_country, target, cameo, plover, start, quad = spec
    return Event(
        id=f"{article_id}-{start}-{cameo}",
        article_id=article_id,
        sentence_index=sentence_index,
        date=None,
        source=_actor(source, source_country),
        target=_actor(target, target[:3]) if target else None,
        cameo=cameo,
        event=plover,
        mode=None,
        context=None,
        quad_class=quad,
        goldstein=None,
        location=None,
        text="",
        trigger=Trigger(text="verb", start=start, end=start + 4),
        rule=Rule(verb="TEST", pattern=None),
    )


class FakeCoder:
    """Returns hand-written events by article id, and remembers what it was asked to code."""

    def __init__(self, codings: dict[str, list[Spec]], require_dyad: bool = True) -> None:
        self.codings = codings
        self.require_dyad = require_dyad
        self.seen: list[Article] = []

    def code_article(self, article: Article) -> list[Event]:
        self.seen.append(article)
        return [make_event(article.id, spec) for spec in self.codings.get(article.id, [])]

    def code_articles(
        self, articles: Iterable[Article], *, batch_size: int = 64
    ) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, self.code_article(article)


class FakeFactory:
    def __init__(self, codings: dict[str, list[Spec]]) -> None:
        self.codings = codings
        self.calls: list[tuple[Dictionaries | None, bool]] = []
        self.coders: dict[bool, FakeCoder] = {}

    def __call__(self, dictionaries: Dictionaries | None, require_dyad: bool) -> FakeCoder:
        self.calls.append((dictionaries, require_dyad))
        coder = FakeCoder(self.codings, require_dyad)
        self.coders[require_dyad] = coder
        return coder


# what the fake loader "loads": the test checks it reaches the factory
TOY_DICTIONARIES = Dictionaries(
    actors=(), agents=(), verbs=VerbDictionary(verbs={}, patterns={}, synsets={}), sources=("toy",)
)


def _toy_dictionaries(folder: Path) -> Dictionaries | None:
    return TOY_DICTIONARIES


PETRARCH_CODINGS: dict[str, list[Spec]] = {
    "DEMO-01": [("ARN", None, "GON", "064", None, 0, 1)],
    "DEMO-02": [("ARN", None, "GON", "064", None, 0, 1)],  # one of the two expected
    "COMPOUND-01": [("---GOV", None, None, "023", None, 0, 1)],
    "ERROR-01": [("HOB", None, "GON", "010", None, 0, 1)],  # noevents expected
    "DEMO-04": [("ARN", None, "GON", "064", None, 0, 1), ("ARN", None, "GON", "064", None, 9, 1)],
}


def _petrarch_report(limit: int | None = None) -> tuple[EvalReport, FakeFactory]:
    factory = FakeFactory(PETRARCH_CODINGS)
    report = evaluate(
        PETRARCH_XML,
        "petrarch-xml",
        coder_factory=factory,
        load_dictionaries=_toy_dictionaries,
        limit=limit,
    )
    return report, factory


def test_evaluation_petrarch_scores_records_by_hand() -> None:
    report, _ = _petrarch_report()
    assert report.format == "petrarch-xml"
    assert report.n == 6
    assert report.skipped == 3  # DEMO-03 false, ERROR-03 bad parse, OTHER-01 not included
    metrics = report.metrics
    assert metrics["exact"] == pytest.approx(4 / 6)
    assert metrics["exact.DEMO"] == pytest.approx(2 / 3)
    assert metrics["exact.COMPOUND"] == 1.0
    assert metrics["exact.ERROR"] == 0.5
    assert metrics["triple_precision"] == pytest.approx(4 / 5)
    assert metrics["triple_recall"] == pytest.approx(4 / 5)
    triple = report.per_field["triple"]
    assert (triple.tp, triple.fp, triple.fn) == (4, 1, 1)
    passed = {d.id: d.passed for d in report.details}
    assert passed == {
        "DEMO-01": True,
        "DEMO-02": False,
        "COMPOUND-01": True,
        "ERROR-01": False,
        "ERROR-02": True,
        "DEMO-04": True,
    }


def test_evaluation_petrarch_notes_name_skipped_records() -> None:
    report, _ = _petrarch_report()
    notes = " ".join(report.notes)
    for record_id in ("DEMO-03", "ERROR-03", "OTHER-01"):
        assert record_id in notes


def test_evaluation_petrarch_config_builds_one_coder_per_dyad_setting() -> None:
    _, factory = _petrarch_report()
    assert sorted(factory.calls, key=lambda c: c[1]) == [
        (TOY_DICTIONARIES, False),
        (TOY_DICTIONARIES, True),
    ]
    assert [a.id for a in factory.coders[False].seen] == ["COMPOUND-01"]
    assert "COMPOUND-01" not in [a.id for a in factory.coders[True].seen]


def test_evaluation_petrarch_articles_carry_record_date_and_joined_text() -> None:
    _, factory = _petrarch_report()
    articles = {a.id: a for a in factory.coders[True].seen}
    assert articles["DEMO-04"].text == "Arnor restored ties with Gondor."
    assert articles["DEMO-04"].date is not None
    assert articles["DEMO-04"].date.isoformat() == "1995-01-03"
    assert articles["DEMO-01"].text.startswith("Arnor is about to restore full diplomatic ties")
    assert "almost five years" in articles["DEMO-01"].text


def test_evaluation_petrarch_limit_scores_first_records_only() -> None:
    report, _ = _petrarch_report(limit=2)
    assert report.n == 2
    assert report.skipped == 7
    assert [d.id for d in report.details] == ["DEMO-01", "DEMO-02"]


def test_evaluation_petrarch_coder_not_built_when_nothing_runs() -> None:
    report, factory = _petrarch_report(limit=0)
    assert report.n == 0
    assert factory.calls == []


def _copy_toy_suite(tmp_path: Path, xml_text: str) -> Path:
    for toy in (FIXTURES / "petrarch").glob("Toy.*.txt"):
        shutil.copy(toy, tmp_path / toy.name)
    path = tmp_path / "records.xml"
    path.write_text(xml_text, encoding="utf-8")
    return path


def test_evaluation_petrarch_broken_xml_names_line(tmp_path: Path) -> None:
    text = PETRARCH_XML.read_text(encoding="utf-8").replace(
        "</Text>\n</Sentence>", "</Txt>\n</Sentence>", 1
    )
    path = _copy_toy_suite(tmp_path, text)
    broken_line = text.splitlines().index("</Txt>") + 1
    with pytest.raises(InputError) as info:
        evaluate(
            path, "petrarch-xml", coder_factory=FakeFactory({}), load_dictionaries=_toy_dictionaries
        )
    assert info.value.origin == f"{path}:{broken_line}"


def test_evaluation_petrarch_bad_date_names_record_line(tmp_path: Path) -> None:
    text = PETRARCH_XML.read_text(encoding="utf-8").replace('date="19950102"', 'date="1995-01-02"')
    path = _copy_toy_suite(tmp_path, text)
    line = next(i for i, s in enumerate(text.splitlines(), 1) if 'date="1995-01-02"' in s)
    with pytest.raises(InputError, match="YYYYMMDD") as info:
        evaluate(
            path, "petrarch-xml", coder_factory=FakeFactory({}), load_dictionaries=_toy_dictionaries
        )
    assert info.value.origin == f"{path}:{line}"


def test_evaluation_petrarch_missing_toy_dictionary_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "records.xml"
    path.write_text(PETRARCH_XML.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError, match=r"Toy\.verbs\.txt"):
        evaluate(
            path, "petrarch-xml", coder_factory=FakeFactory({}), load_dictionaries=_toy_dictionaries
        )


PLOVER_CODINGS: dict[str, list[Spec]] = {
    "GSR-AGREE-1": [
        ("HUNGOV", "HUN", "ROUGOV", "057", "AGREE", 40, 1),
        ("ROUGOV", "ROU", "HUNGOV", "057", "AGREE", 40, 1),
    ],
    # country None: read from the code's first three letters
    "GSR-REQUEST-1": [("IGOUNO", None, "JPN", "020", "REQUEST", 19, 1)],
    "GSR-ASSAULT-1": [
        ("ISRMIL", "ISR", "LBN", "190", "ASSAULT", 15, 4),
        ("PSE", "PSE", "ISR", "141", "PROTEST", 30, 4),
    ],
    "GSR-THREATEN-1": [("USA", "USA", "IRQ", "112", "ACCUSE", 18, 3)],
    # no gold recipient: a target outside the actors is wrong, a null target is right
    "GSR-RETREAT-1": [("SDN", "SDN", "USA", "0874", "RETREAT", 6, 2)],
    "GSR-COERCE-1": [("RUSCOP", "RUS", None, "173", "COERCE", 15, 4)],
}


def test_evaluation_plover_scores_by_hand() -> None:
    factory = FakeFactory(PLOVER_CODINGS)
    report = evaluate(PLOVER_JSONL, "plover-gsr", coder_factory=factory)
    assert (report.n, report.skipped) == (7, 0)
    assert report.metrics["type_recall"] == pytest.approx(5 / 7)
    assert report.metrics["full"] == pytest.approx(3 / 7)
    fields = report.per_field
    assert fields["event type"] == FieldScore(tp=5, fp=2, fn=2, correct=4, total=7)
    assert fields["source"] == FieldScore(tp=7, fp=1, fn=1, correct=5, total=7)
    assert fields["target"] == FieldScore(tp=2, fp=3, fn=1, correct=5, total=7)
    assert fields["target"].precision == pytest.approx(2 / 5)
    assert fields["target"].recall == pytest.approx(2 / 3)
    passed = {d.id for d in report.details if d.passed}
    assert passed == {"GSR-AGREE-1", "GSR-REQUEST-1", "GSR-COERCE-1"}
    wrong = {(g, p): k for g, p, k in report.confusion if g != p}
    assert wrong == {("THREATEN", "ACCUSE"): 1, ("PROTEST", "(none)"): 1}


def test_evaluation_plover_fixed_date_and_default_dictionaries() -> None:
    factory = FakeFactory(PLOVER_CODINGS)
    evaluate(PLOVER_JSONL, "plover-gsr", coder_factory=factory)
    assert factory.calls == [(None, True)]
    assert {a.date.isoformat() for a in factory.coders[True].seen if a.date} == {"2000-01-01"}
    assert len(factory.coders[True].seen) == 7


def test_evaluation_plover_notes_ignored_actor_entry() -> None:
    report = evaluate(PLOVER_JSONL, "plover-gsr", coder_factory=FakeFactory({}))
    assert any("'diplomatic'" in note and "plover.jsonl:2" in note for note in report.notes)


def test_evaluation_plover_bad_json_names_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    lines = PLOVER_JSONL.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], "{not json", *lines[1:]]), encoding="utf-8")
    with pytest.raises(InputError) as info:
        evaluate(path, "plover-gsr", coder_factory=FakeFactory({}))
    assert info.value.origin == f"{path}:2"


def test_evaluation_plover_record_without_text_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "X", "event": "AGREE", "actor": []}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="'text'") as info:
        evaluate(path, "plover-gsr", coder_factory=FakeFactory({}))
    assert info.value.origin == f"{path}:1"


def test_evaluation_plover_reads_older_json_array(tmp_path: Path) -> None:
    records = [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation"},
        {
            "id": "GSR-AGREE-1",
            "text": "Hungary and Romania agreed.",
            "event": "AGREE",
            "source": [{"actorText": "Hungary", "code": "HUN"}],
            "target": [{"actorText": "Romania", "code": "ROU"}],
        },
        {"id": "GSR-X", "text": "Japan protested.", "event": "PROTEST", "source": [], "target": ""},
    ]
    path = tmp_path / "PLOVER_GSR_CAMEO.txt"
    path.write_text(json.dumps(records, indent=1), encoding="utf-8")
    codings: dict[str, list[Spec]] = {"GSR-AGREE-1": [("HUN", "HUN", "ROU", "057", "AGREE", 0, 1)]}
    report = evaluate(path, detect_format(path), coder_factory=FakeFactory(codings))
    assert report.n == 2
    assert report.metrics["full"] == 0.5
    assert any("PLOVER 0.5" in note for note in report.notes)


CONFLI_CODINGS: dict[str, list[Spec]] = {
    "confli-1": [("REB", "REB", "---", "183", None, 7, 4)],
    "confli-2": [("GOV", None, None, "010", None, 13, 1)],
    # "attacked" comes first, "met" is the root verb
    "confli-4": [
        ("ZOR", None, "WAN", "190", None, 12, 4),
        ("XEN", None, "YAR", "040", None, 33, 1),
    ],
    "confli-5": [("XEN", None, "YAR", "042", None, 5, 1)],
    "confli-6": [("XEN", None, "YAR", "190", None, 5, None)],
}


def test_evaluation_confli_scores_by_hand() -> None:
    asked: list[str] = []

    def roots(text: str) -> dict[int, tuple[int, int]]:
        asked.append(text)
        start = text.index(" met ") + 1
        return {0: (start, start + 3)}

    report = evaluate(
        CONFLI_TSV, "confli", coder_factory=FakeFactory(CONFLI_CODINGS), root_locator=roots
    )
    assert report.n == 6
    assert report.metrics["accuracy"] == pytest.approx(4 / 6)
    assert report.metrics["macro_f1"] == pytest.approx(7 / 15)
    assert asked == ["After Zorba attacked Wanda, Xena met Yara."]  # only where events compete
    cells = {(g, p): k for g, p, k in report.confusion if k}
    assert cells == {("4", "4"): 1, ("0", "0"): 2, ("1", "1"): 1, ("3", "1"): 1, ("2", "4"): 1}
    assert report.per_field["class 1"] == FieldScore(tp=1, fp=1, fn=0)
    assert report.per_field["class 2"].f1 is None
    assert [d.got[0] for d in report.details] == ["4", "0", "0", "1", "1", "4"]


def test_evaluation_confli_bad_line_names_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("A sentence.\t1\nno tab on this line\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        evaluate(path, "confli", coder_factory=FakeFactory({}))
    assert info.value.origin == f"{path}:2"


def test_evaluation_confli_class_out_of_range_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("A sentence.\t7\n", encoding="utf-8")
    with pytest.raises(InputError, match="class 0-4"):
        evaluate(path, "confli", coder_factory=FakeFactory({}))


def test_evaluation_main_event_prefers_root_then_first() -> None:
    later = make_event("a", ("A", None, "B", "190", None, 20, 4))
    earlier = make_event("a", ("A", None, "B", "040", None, 2, 1))
    assert main_event([later, earlier], {0: (21, 24)}) is later
    assert main_event([later, earlier], {}) is earlier
    assert main_event([later, earlier], {1: (21, 24)}) is earlier  # a root in another sentence
    assert main_event([], {}) is None


def test_evaluation_predicted_class_statement_is_zero() -> None:
    statement = make_event("a", ("A", None, None, "012", None, 0, 1))
    appeal = make_event("a", ("A", None, None, "020", None, 0, 1))
    reduce_relations = make_event("a", ("A", "B", None, "161", None, 0, 4))
    assert predicted_class([statement], {}) == "0"
    # Phoenix's penta scheme: appeals are neutral (0), reducing relations is verbal conflict (3)
    assert predicted_class([appeal], {}) == "0"
    assert predicted_class([reduce_relations], {}) == "3"
    assert predicted_class([], {}) == "0"


def test_evaluation_write_errors_lists_failing_records(tmp_path: Path) -> None:
    report, _ = _petrarch_report()
    out = tmp_path / "errors.jsonl"
    assert write_errors(report, out) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["DEMO-02", "ERROR-01"]
    assert rows[0]["expected"] == ["ARN GON 064", "GON ARN 064"]
    assert rows[0]["got"] == ["ARN GON 064"]
    assert rows[1]["expected"] == ["noevents"]
    assert rows[1]["text"].startswith("Gollum")


def test_evaluation_report_text_and_dict() -> None:
    report = evaluate(PLOVER_JSONL, "plover-gsr", coder_factory=FakeFactory(PLOVER_CODINGS))
    text = report.to_text()
    assert "type_recall" in text and "acceptance >= 70%: ok" in text
    assert "acceptance >= 50%: BELOW" in text
    assert "event type" in text and "71.4%" in text
    assert "THREATEN -> ACCUSE: 1" in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["per_field"]["source"]["precision"] == pytest.approx(7 / 8)
    assert data["acceptance"] == ACCEPTANCE["plover-gsr"]
    assert len(data["details"]) == 7


def test_evaluation_confli_text_prints_matrix() -> None:
    report = evaluate(
        CONFLI_TSV, "confli", coder_factory=FakeFactory({}), root_locator=lambda t: {}
    )
    assert "confusion matrix" in report.to_text()
    assert report.metrics["accuracy"] == pytest.approx(2 / 6)  # the two class-0 lines


def test_evaluation_detect_format_from_name() -> None:
    assert detect_format(Path("x/PETR.UnitTest.records.xml")) == "petrarch-xml"
    assert detect_format(Path("PLOVER_GSR_CAMEO.v08_remapped.jsonl")) == "plover-gsr"
    assert detect_format(Path("cameo_class_train.tsv")) == "confli"
    assert detect_format(Path("cameo_ner_train.txt")) == "confli-ner"
    assert detect_format(Path("PLOVER_GSR_CAMEO.txt")) == "plover-gsr"
    with pytest.raises(ConfigError):
        detect_format(Path("notes.md"))


def test_evaluation_rejects_unknown_format_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown gold format"):
        evaluate(PLOVER_JSONL, "csv")
    with pytest.raises(InputError, match="not found"):
        evaluate(tmp_path / "absent.jsonl", "plover-gsr")


# --- the real gold files (skipped when ../shared is absent) ---------------------------------------

needs_gold = pytest.mark.skipif(
    not GOLD.is_dir(), reason=f"the shared gold data is absent ({GOLD})"
)


def _empty_factory() -> Callable[[Dictionaries | None, bool], FakeCoder]:
    return FakeFactory({})


@needs_gold
def test_evaluation_real_petrarch_suite_counts() -> None:
    report = evaluate(
        GOLD / "petrarch2-unit" / "PETR.UnitTest.records.xml",
        "petrarch-xml",
        coder_factory=_empty_factory(),
        load_dictionaries=_toy_dictionaries,
    )
    assert report.n + report.skipped == 284  # FORMATS.md §10: 284 records
    notes = " ".join(report.notes)
    # 3 sentence="false" in Include, 3 outside Include (AGENTS x2, COMPOUNDx), 3 parser errors
    assert report.skipped == 9
    assert "ERROR-01 ERROR-02 ERROR-03" in notes


@needs_gold
def test_evaluation_real_plover_and_confli_counts() -> None:
    plover = evaluate(
        GOLD / "plover-gsr" / "PLOVER_GSR_CAMEO.v08_remapped.jsonl",
        "plover-gsr",
        coder_factory=_empty_factory(),
    )
    assert plover.n == 322
    confli = evaluate(
        GOLD / "confli-cameo" / "cameo_class_train.tsv", "confli", coder_factory=_empty_factory()
    )
    assert confli.n == 1349
    ner = evaluate(
        GOLD / "confli-cameo" / "cameo_ner_train.txt", "confli-ner", coder_factory=_empty_factory()
    )
    assert ner.n == 1153


@pytest.mark.slow
@needs_gold
def test_evaluation_real_coder_on_five_plover_records() -> None:
    from eventscribe.coding.coder import Coder

    try:
        coder = Coder()
    except NotImplementedError:
        pytest.skip("the coder is not implemented yet")
    report = evaluate(
        GOLD / "plover-gsr" / "PLOVER_GSR_CAMEO.v08_remapped.jsonl",
        "plover-gsr",
        coder_factory=lambda dictionaries, require_dyad: coder,
        limit=5,
    )
    assert report.n == 5
    assert report.skipped == 317
    assert {"type_recall", "full"} <= set(report.metrics)
    assert all(0.0 <= value <= 1.0 for value in report.metrics.values())
    assert len(report.details) == 5
    json.dumps(report.to_dict())


def _spanned(article_id: str, source: tuple[int, int], target: tuple[int, int] | None) -> Event:
    event = make_event(article_id, ("XXX", None, "YYY" if target else None, "040", None, 0, 1))
    event = replace(event, source=replace(event.source, start=source[0], end=source[1]))
    if target is not None and event.target is not None:
        event = replace(event, target=replace(event.target, start=target[0], end=target[1]))
    return event


class EventsCoder(FakeCoder):
    def __init__(self, events: dict[str, list[Event]]) -> None:
        super().__init__({})
        self.events = events

    def code_article(self, article: Article) -> list[Event]:
        return self.events.get(article.id, [])


def test_evaluation_confli_ner_span_overlap_by_hand() -> None:
    events = {
        # "Rebels bombed the bridge ."
        "confli-ner-1": [_spanned("confli-ner-1", (0, 6), (18, 24))],
        # "Xena and Yara met ." : both R spans are sources and targets; "met" is a stray source
        "confli-ner-7": [
            _spanned("confli-ner-7", (0, 4), (9, 13)),
            _spanned("confli-ner-7", (14, 17), None),
        ],
    }
    coder = EventsCoder(events)
    report = evaluate(CONFLI_NER, "confli-ner", coder_factory=lambda d, r: coder)
    assert report.n == 2
    assert [d.id for d in report.details] == ["confli-ner-1", "confli-ner-7"]
    assert report.details[1].text == "Xena and Yara met ."
    assert report.metrics["source_span_recall"] == pytest.approx(2 / 3)
    assert report.metrics["source_span_precision"] == pytest.approx(2 / 3)
    assert report.metrics["target_span_recall"] == pytest.approx(2 / 3)
    assert report.metrics["target_span_precision"] == 1.0
    assert report.metrics["exact"] == 0.5
    source = report.per_field["source span"]
    assert source.precision == pytest.approx(2 / 3)
    assert source.recall == pytest.approx(2 / 3)
    assert report.per_field["target span"].precision == 1.0
    assert report.per_field["target span"].gold == 3


def test_evaluation_confli_ner_bad_tag_names_line(tmp_path: Path) -> None:
    path = tmp_path / "ner.txt"
    path.write_text("Rebels B-S\nbombed X-Y\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        evaluate(path, "confli-ner", coder_factory=FakeFactory({}))
    assert info.value.origin == f"{path}:2"


@pytest.mark.issue(11)
def test_evaluation_min_confidence_holds_for_the_gold_formats() -> None:
    """--min-confidence is not only the events-jsonl format's: a gold set scored with no event
    sure enough finds none (the real coder on the small PLOVER fixture)."""
    everything = evaluate(PLOVER_JSONL, "plover-gsr", min_confidence=0.0)
    nothing = evaluate(PLOVER_JSONL, "plover-gsr", min_confidence=1.0)
    assert everything.metrics["type_recall"] > 0.0
    assert nothing.metrics["type_recall"] == 0.0
