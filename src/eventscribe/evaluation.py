"""Scores the coder against three gold sets (``eventscribe eval``): PETRARCH's unit-test XML,
the PLOVER gold-standard records and ConfliBERT's CAMEO class sentences.

How each figure is computed (the terms docs/accuracy.md uses):

``petrarch-xml`` (``PETR.UnitTest.records.xml``, FORMATS.md §10)
    Each ``<Sentence>`` is one Article (id = the record id, date from ``date=``), coded with the
    toy dictionaries of ``<Environment>`` and with ``require_dyad`` as the ``<Config>`` elements
    set it at that point (two coders, built lazily). Records run when their category is in
    ``<Include>`` (and not in ``<Exclude>``) and, since ``Include`` holds ``valid``, when
    ``sentence="true"``; ``bad_input_parse`` and ``dateline`` records (CoreNLP tree errors) are
    skipped; every skipped id is listed in the report's notes. A record is *exact* when its coded
    (source code, target code, CAMEO) triples equal the expected ones one-to-one, in any order (a
    triple coded twice counts once, as in PETRARCH's output); ``noevents``, ``sentencediscard``
    and ``storydiscard`` records are exact when nothing is coded. A null actor is written ``---``.
    Triple precision and recall count the triples over all records run.

``plover-gsr`` (``PLOVER_GSR_CAMEO.v08_remapped.jsonl``; the older ``PLOVER_GSR_CAMEO.txt``, a
JSON array with PLOVER 0.5 labels, is read too, but its type labels are not today's 16 types)
    Each record is an Article dated 2000-01-01 (the GSR's own placeholder date; the sentences name
    only weekdays, and dates are not scored). Gold codes ``JAP``, ``ITL`` and ``VTN`` are read as
    ``JPN``, ``ITA`` and ``VNM``, the codes the shipped dictionaries use; a predicted actor's
    country is ``ActorRef.country``, else the first three letters of its code.
    *Type recall*: the gold type is among the sentence's events' PLOVER types (acceptance >= 70%).
    *Full*: some event has the gold type, a source country among the gold actor codes and a target
    country among the gold recipient codes; when the gold has no recipient (a compound SRC/TAR
    record lists both sides as actors) a null target or one among the actor codes is right
    (acceptance >= 50%). Per field (type, source, target) the predicted set is taken over *all*
    events of the sentence against the gold set, so an extra event that the GSR did not annotate
    costs precision; a field's accuracy is the share of records whose predicted set is the gold set.

``confli`` (``cameo_class_train.tsv``: ``sentence<TAB>class``; 0 statement or no event, 1-4 the
quad class)
    Articles are undated (the sentences are 2010s news; dates are not scored). A sentence's *main
    event* is the event whose trigger covers the root verb of its spaCy sentence, else the first
    event (earliest sentence, then earliest trigger). The predicted class is 0 when there is no
    event or the main event's CAMEO root is 01 (statements), else the main event's quad class.
    Figures: accuracy (acceptance >= 65%), per-class precision/recall/F1, the confusion matrix.

``confli-ner`` (``cameo_ner_train.txt``: ``token TAG`` lines, BIO spans S source, T target, R
reciprocal, a blank line between sentences)
    The sentence is its tokens joined by single spaces (so ``government 's``), undated. A gold
    source span (S or R) is *found* when some event's source span overlaps it; likewise targets
    (T or R). Span precision is the share of the events' distinct source (target) spans that
    overlap a gold one. A record passes when every gold span is found and no predicted span is
    stray. Event spans are moved to text offsets by finding ``Event.text`` (the sentence) in the
    text.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import xml.etree.ElementTree as ET
import xml.parsers.expat
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from eventscribe.dictionaries.model import Dictionaries
from eventscribe.errors import ConfigError, InputError
from eventscribe.ontology import cameo_info
from eventscribe.pipeline import CoderLike
from eventscribe.records import ActorRef, Article, Event

__all__ = [
    "ACCEPTANCE",
    "FORMATS",
    "CoderFactory",
    "CoderLike",
    "EvalReport",
    "FieldScore",
    "RecordResult",
    "RootLocator",
    "detect_format",
    "evaluate",
    "main_event",
    "predicted_class",
    "write_errors",
]

FORMATS = ("petrarch-xml", "plover-gsr", "confli", "confli-ner", "events-jsonl", "event-location")

# headline figure -> the share it must reach (docs/accuracy.md)
ACCEPTANCE: dict[str, dict[str, float]] = {
    "plover-gsr": {"type_recall": 0.70, "full": 0.50},
    "confli": {"accuracy": 0.65},
    "events-jsonl": {"precision": 0.80, "recall": 0.50},
    "event-location": {"place_right": 0.75, "place_given": 0.85},
}

GSR_DATE = dt.date(2000, 1, 1)
# the GSR's non-ISO country codes, read as the codes the shipped dictionaries give
GSR_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NULL_ACTOR = "---"
NO_TYPE = "(none)"
BATCH_SIZE = 64


CoderFactory = Callable[[Dictionaries | None, bool], CoderLike]
# text -> {sentence index: (start, end) of the sentence's root token, offsets in that sentence}
RootLocator = Callable[[str], dict[int, tuple[int, int]]]


@dataclass(frozen=True)
class FieldScore:
    """Counts for one field; a ratio is None where its denominator is 0 (printed as ``-``)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0
    total: int = 0
    # gold items matched, where matching is not one-to-one (span overlap): recall uses it, not tp
    tp_gold: int | None = None

    @property
    def gold(self) -> int:
        """How many gold items there were."""
        return (self.tp if self.tp_gold is None else self.tp_gold) + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        hits = self.tp if self.tp_gold is None else self.tp_gold
        return hits / (hits + self.fn) if hits + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "correct": self.correct,
            "total": self.total,
            "tp_gold": self.tp_gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "accuracy": self.accuracy,
        }


@dataclass(frozen=True)
class RecordResult:
    """One gold record scored: what was expected and what the coder gave, as readable strings."""

    id: str
    text: str
    passed: bool
    expected: tuple[str, ...]
    got: tuple[str, ...]
    category: str | None = None
    origin: str = ""  # path:line of the gold record
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "passed": self.passed,
            "expected": list(self.expected),
            "got": list(self.got),
            "category": self.category,
            "origin": self.origin,
            "note": self.note,
        }


@dataclass(frozen=True)
class EvalReport:
    """One evaluation: headline ``metrics``, ``per_field`` counts, per-record ``details``.

    ``confusion`` holds (gold, predicted, count) triples; ``notes`` says what was skipped or mapped.
    """

    format: str
    path: str
    n: int
    skipped: int
    metrics: dict[str, float]
    per_field: dict[str, FieldScore]
    details: tuple[RecordResult, ...]
    confusion: tuple[tuple[str, str, int], ...] = ()
    notes: tuple[str, ...] = ()

    def failures(self) -> list[RecordResult]:
        return [d for d in self.details if not d.passed]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "path": self.path,
            "n": self.n,
            "skipped": self.skipped,
            "metrics": dict(self.metrics),
            "acceptance": dict(ACCEPTANCE.get(self.format, {})),
            "per_field": {name: score.to_dict() for name, score in self.per_field.items()},
            "confusion": [list(c) for c in self.confusion],
            "notes": list(self.notes),
            "details": [d.to_dict() for d in self.details],
        }

    def to_text(self) -> str:
        """The table ``eventscribe eval`` prints: headline figures, then per-field P/R/F1/acc."""
        lines = [
            f"{self.format}: {self.path}",
            f"records scored: {self.n}, skipped: {self.skipped}",
        ]
        bars = ACCEPTANCE.get(self.format, {})
        for name, value in self.metrics.items():
            bar = bars.get(name)
            verdict = (
                ""
                if bar is None
                else f"  (acceptance >= {bar:.0%}: {'ok' if value >= bar else 'BELOW'})"
            )
            lines.append(f"  {name:<24} {value:7.1%}{verdict}")
        lines.append("")
        header = f"{'field':<24} {'precision':>9} {'recall':>9} {'f1':>9} {'accuracy':>9} {'n':>6}"
        lines += [header, "-" * len(header)]
        for name, s in self.per_field.items():
            n = s.total if s.total else s.gold
            lines.append(
                f"{name:<24} {_pct(s.precision):>9} {_pct(s.recall):>9} {_pct(s.f1):>9} "
                f"{_pct(s.accuracy):>9} {n:>6}"
            )
        if self.confusion and self.format == "confli":
            labels = sorted({c[0] for c in self.confusion} | {c[1] for c in self.confusion})
            cells = {(g, p): k for g, p, k in self.confusion}
            lines += ["", "confusion matrix (rows gold, columns predicted)"]
            lines.append("gold\\pred " + "".join(f"{p:>7}" for p in labels))
            for g in labels:
                lines.append(f"{g:<10}" + "".join(f"{cells.get((g, p), 0):>7}" for p in labels))
        elif self.confusion:
            lines += ["", "most frequent confusions (gold -> predicted: count)"]
            wrong = sorted(
                (c for c in self.confusion if c[0] != c[1]), key=lambda c: (-c[2], c[0], c[1])
            )
            lines += [f"  {g} -> {p}: {k}" for g, p, k in wrong[:10]]
        if self.notes:
            lines += ["", "notes:"] + [f"  {note}" for note in self.notes]
        return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def detect_format(path: Path) -> str:
    """The gold format a file's name suggests (.xml, .jsonl/.json or PLOVER_GSR*, .tsv)."""
    name = path.name.lower()
    if name.endswith(".xml"):
        return "petrarch-xml"
    if name.endswith(".tsv"):
        return "confli"
    if "ner" in name and name.endswith(".txt"):
        return "confli-ner"
    if name.endswith((".jsonl", ".json")) or name.startswith("plover_gsr"):
        return "plover-gsr"
    raise ConfigError(
        f"cannot tell the gold format of {path}: pass --format ({', '.join(FORMATS)})", code="E360"
    )


def evaluate(
    path: Path,
    fmt: str,
    *,
    coder_factory: CoderFactory | None = None,
    limit: int | None = None,
    load_dictionaries: Callable[[Path], Dictionaries | None] | None = None,
    root_locator: RootLocator | None = None,
    split: str | None = None,
    min_confidence: float | None = None,
    coded_events: Path | None = None,
) -> EvalReport:
    """Code the gold file's sentences and score them (see the module docstring for each format).

    ``coder_factory(dictionaries, require_dyad)`` builds a coder; by default the real ``Coder``.
    ``load_dictionaries(folder)`` loads the PETRARCH toy dictionaries (default: the validation
    loader);
    ``root_locator`` finds root verbs for ``confli`` (default: the spaCy pipeline). ``limit`` scores
    only the first records that would run.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise ConfigError(
            f"unknown gold format {fmt!r}: use one of {', '.join(FORMATS)}", code="E360"
        )
    if not path.is_file():
        raise InputError(f"gold file not found: {path}", origin=str(path), code="E160")
    if limit is not None and limit < 0:
        raise ConfigError(f"limit must be >= 0, got {limit}", code="E361")
    # --min-confidence holds for every format: the gold sets scored at another threshold
    factory: CoderFactory = coder_factory or functools.partial(
        default_coder_factory, min_confidence=min_confidence
    )
    if fmt == "petrarch-xml":
        return _evaluate_petrarch(path, factory, limit, load_dictionaries or _default_dictionaries)
    if fmt == "plover-gsr":
        return _evaluate_plover(path, factory, limit)
    if fmt == "confli-ner":
        return _evaluate_confli_ner(path, factory, limit)
    if fmt == "events-jsonl":
        return _evaluate_events(path, coder_factory, limit, split, min_confidence, coded_events)
    if fmt == "event-location":
        from eventscribe.evaluation_location import evaluate_event_location

        report: EvalReport = evaluate_event_location(path, lambda: factory(None, False), limit)
        return report
    return _evaluate_confli(path, factory, limit, root_locator or _spacy_root_spans)


def write_errors(report: EvalReport, path: Path) -> int:
    """Write every failing record (id, text, expected, got, ...) as JSONL; returns how many."""
    failing = report.failures()
    with Path(path).open("w", encoding="utf-8") as out:
        for result in failing:
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    return len(failing)


# --- defaults (imported late: the coder and the spaCy model are heavy) ---------------------------


def default_coder_factory(
    dictionaries: Dictionaries | None, require_dyad: bool, min_confidence: float | None = None
) -> CoderLike:
    from eventscribe.coding.coder import Coder
    from eventscribe.coding.scoring import DEFAULT_SCORER

    # PETRARCH's suite (its own dictionaries) expects PETRARCH's rule: no event without a target;
    # it tests the rules on toy actors, so no scorer judges them (rules.v1)
    toy = dictionaries is not None
    return Coder(
        dictionaries=dictionaries,
        require_dyad=require_dyad,
        petrarch_rules=toy,
        scorer="rules.v1" if toy else DEFAULT_SCORER,
        min_confidence=min_confidence,
    )


def _default_dictionaries(folder: Path) -> Dictionaries | None:
    from eventscribe.dictionaries.loader import load_validation_dictionaries

    dictionaries: Dictionaries = load_validation_dictionaries(folder)
    return dictionaries


def _spacy_root_spans(text: str) -> dict[int, tuple[int, int]]:
    # the coder's own sentence split, so sentence indexes and trigger offsets line up
    from eventscribe.nlp import load_nlp, split_sentences

    nlp = load_nlp()
    roots: dict[int, tuple[int, int]] = {}
    for sentence in split_sentences(text):
        doc = nlp(sentence.text)
        for token in doc:
            if token.dep_ == "ROOT":
                roots[sentence.index] = (token.idx, token.idx + len(token.text))
                break
    return roots


class _LazyCoders:
    """One coder per require_dyad setting, built on first use."""

    def __init__(
        self, factory: CoderFactory, dictionaries: Callable[[], Dictionaries | None]
    ) -> None:
        self._factory = factory
        self._dictionaries = dictionaries
        self._coders: dict[bool, CoderLike] = {}

    def get(self, require_dyad: bool) -> CoderLike:
        if require_dyad not in self._coders:
            self._coders[require_dyad] = self._factory(self._dictionaries(), require_dyad)
        return self._coders[require_dyad]


def _code_all(coder: CoderLike, articles: Sequence[Article]) -> dict[str, list[Event]]:
    """Events by article id; an article the coder does not return has no events."""
    coded: dict[str, list[Event]] = {article.id: [] for article in articles}
    if articles:
        for article, events in coder.code_articles(articles, batch_size=BATCH_SIZE):
            coded[article.id] = list(events)
    return coded


def _actor_code(ref: ActorRef | None) -> str:
    if ref is None or not ref.code:
        return NULL_ACTOR
    return ref.code


def _country(ref: ActorRef | None) -> str | None:
    if ref is None:
        return None
    if ref.country:
        return ref.country
    return ref.code[:3] if ref.code and not ref.code.startswith(NULL_ACTOR) else None


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


# --- petrarch-xml ---------------------------------------------------------------------------------

_SKIP_ERRORS = frozenset({"bad_input_parse", "dateline"})
_DISCARD_ERRORS = frozenset({"sentencediscard", "storydiscard"})
_TOY_FILES = ("Verbfile", "Actorfile", "Agentfile", "Discardfile")


@dataclass(frozen=True)
class _PetrarchRecord:
    id: str
    article_id: str
    category: str
    date: dt.date
    valid: bool
    text: str
    require_dyad: bool
    expected: tuple[tuple[str, str, str], ...]
    kind: str  # "events", "noevents", "discard", "skip"
    line: int


@dataclass(frozen=True)
class _PetrarchSuite:
    include: frozenset[str]
    exclude: frozenset[str]
    valid_only: bool
    files: tuple[str, ...]
    records: tuple[_PetrarchRecord, ...]


def _parse_xml_with_lines(path: Path) -> tuple[ET.Element, dict[int, int]]:
    """The XML tree and the line each element starts on (keyed by ``id(element)``)."""
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True

    def start(tag: str, attrs: dict[str, str]) -> None:
        lines[id(builder.start(tag, attrs))] = parser.CurrentLineNumber

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(path.read_bytes(), True)
    except xml.parsers.expat.ExpatError as e:
        raise InputError(
            f"not well-formed XML: {xml.parsers.expat.ErrorString(e.code)}",
            origin=f"{path}:{e.lineno}",
            code="E161",
        ) from e
    return builder.close(), lines


def _parse_petrarch(path: Path) -> _PetrarchSuite:
    root, lines = _parse_xml_with_lines(path)

    def where(element: ET.Element) -> str:
        return f"{path}:{lines.get(id(element), 0)}"

    environment = root.find("Environment")
    sentences = root.find("Sentences")
    if root.tag != "Validation" or environment is None or sentences is None:
        raise InputError(
            "expected <Validation> with <Environment> and <Sentences> (PETRARCH unit-test XML)",
            origin=f"{path}:1",
            code="E162",
        )
    files: list[str] = []
    for tag in _TOY_FILES:
        element = environment.find(tag)
        name = (element.text or "").strip() if element is not None else ""
        if element is None or not name:
            raise InputError(
                f"<Environment> has no <{tag}>", origin=where(environment), code="E162"
            )
        if not (path.parent / name).is_file():
            raise InputError(
                f"the toy dictionary {name} named in <{tag}> is not next to the XML file",
                origin=where(element),
                code="E163",
            )
        files.append(name)
    include_el, exclude_el = environment.find("Include"), environment.find("Exclude")
    include = set((include_el.text or "").split()) if include_el is not None else set()
    exclude = set((exclude_el.text or "").split()) if exclude_el is not None else set()
    valid_only = "valid" in include
    include.discard("valid")

    require_dyad = True
    for config in environment.findall("Config"):
        require_dyad = _config_dyad(config, require_dyad)
    records: list[_PetrarchRecord] = []
    seen: Counter[str] = Counter()
    for element in sentences:
        if element.tag == "Config":
            require_dyad = _config_dyad(element, require_dyad)
        elif element.tag == "Sentence":
            record = _petrarch_record(
                element, where(element), lines.get(id(element), 0), require_dyad
            )
            seen[record.id] += 1
            if seen[record.id] > 1:  # AGENTS-18 and -19 occur twice; article ids must be unique
                record = replace(record, article_id=f"{record.id}#{seen[record.id]}")
            records.append(record)
    return _PetrarchSuite(
        frozenset(include), frozenset(exclude), valid_only, tuple(files), tuple(records)
    )


def _config_dyad(config: ET.Element, current: bool) -> bool:
    if config.get("option", "").strip().lower() != "require_dyad":
        return current
    return "false" not in config.get("value", "").lower()


def _petrarch_record(
    element: ET.Element, origin: str, line: int, require_dyad: bool
) -> _PetrarchRecord:
    record_id = (element.get("id") or "").strip()
    if not record_id:
        raise InputError("<Sentence> has no id", origin=origin, code="E164")
    date_text = (element.get("date") or "").strip()
    try:
        date = dt.datetime.strptime(date_text, "%Y%m%d").date()
    except ValueError as e:
        raise InputError(
            f"<Sentence id={record_id!r}> has date {date_text!r}: expected YYYYMMDD",
            origin=origin,
            code="E164",
        ) from e
    text_el = element.find("Text")
    raw = text_el.text if text_el is not None and text_el.text else ""
    text = " ".join(line.strip() for line in raw.splitlines() if line.strip())
    if not text:
        raise InputError(f"<Sentence id={record_id!r}> has no <Text>", origin=origin, code="E164")
    flag = element.get("sentence", element.get("valid", "true"))
    triples: list[tuple[str, str, str]] = []
    kind = "events"
    codings = element.findall("EventCoding")
    for coding in codings:
        error = (coding.get("error") or "").strip().lower()
        if error:
            if error in _SKIP_ERRORS:
                kind = "skip"
            elif error in _DISCARD_ERRORS:
                kind = "discard" if kind != "skip" else kind
            else:
                raise InputError(
                    f"<Sentence id={record_id!r}>: unknown EventCoding error {error!r} "
                    f"(known: {', '.join(sorted(_SKIP_ERRORS | _DISCARD_ERRORS))})",
                    origin=origin,
                    code="E164",
                )
        elif (coding.get("noevents") or "").strip().lower() == "true":
            kind = "noevents" if kind == "events" else kind
        else:
            values = [
                (coding.get(a) or "").strip() for a in ("sourcecode", "targetcode", "eventcode")
            ]
            if not all(values):
                raise InputError(
                    f"<Sentence id={record_id!r}>: an EventCoding needs sourcecode, targetcode and "
                    f"eventcode, or noevents, or error",
                    origin=origin,
                    code="E164",
                )
            triples.append((values[0], values[1], values[2]))
    if kind == "events" and not triples:
        kind = "noevents"  # PATTERN-06 has no EventCoding at all
    if kind != "events":
        triples = []
    return _PetrarchRecord(
        id=record_id,
        article_id=record_id,
        category=(element.get("category") or "").strip(),
        date=date,
        valid=flag.strip().lower() == "true",
        text=text,
        require_dyad=require_dyad,
        expected=tuple(triples),
        kind=kind,
        line=line,
    )


def _evaluate_petrarch(
    path: Path,
    factory: CoderFactory,
    limit: int | None,
    load_dictionaries: Callable[[Path], Dictionaries | None],
) -> EvalReport:
    suite = _parse_petrarch(path)
    run: list[_PetrarchRecord] = []
    skipped: dict[str, list[str]] = defaultdict(list)
    for record in suite.records:
        if record.category not in suite.include or record.category in suite.exclude:
            skipped[f"category {record.category} not in Include"].append(record.id)
        elif suite.valid_only and not record.valid:
            skipped['sentence="false"'].append(record.id)
        elif record.kind == "skip":
            skipped["bad_input_parse/dateline (parser errors)"].append(record.id)
        else:
            run.append(record)
    if limit is not None:
        for record in run[limit:]:
            skipped["beyond --limit"].append(record.id)
        run = run[:limit]

    coders = _LazyCoders(factory, functools.cache(lambda: load_dictionaries(path.parent)))
    coded: dict[str, list[Event]] = {}
    for dyad in (True, False):
        articles = [
            Article(id=r.article_id, text=r.text, date=r.date, origin=f"{path}:{r.line}")
            for r in run
            if r.require_dyad is dyad
        ]
        if articles:
            coded.update(_code_all(coders.get(dyad), articles))

    details: list[RecordResult] = []
    by_category: dict[str, list[bool]] = defaultdict(list)
    triple_tp = triple_fp = triple_fn = 0
    parts: dict[str, Counter[str]] = {name: Counter() for name in ("source", "target", "cameo")}
    for record in run:
        got = sorted(
            {
                (_actor_code(e.source), _actor_code(e.target), e.cameo)
                for e in coded[record.article_id]
            }
        )
        expected = Counter(record.expected)
        hits = sum((expected & Counter(got)).values())
        triple_tp += hits
        triple_fp += len(got) - hits
        triple_fn += sum(expected.values()) - hits
        for i, name in enumerate(("source", "target", "cameo")):
            exp_part = Counter(t[i] for t in record.expected)
            got_part = Counter(t[i] for t in got)
            both = sum((exp_part & got_part).values())
            parts[name]["tp"] += both
            parts[name]["fp"] += sum(got_part.values()) - both
            parts[name]["fn"] += sum(exp_part.values()) - both
        passed = Counter(got) == expected
        by_category[record.category].append(passed)
        details.append(
            RecordResult(
                id=record.id,
                text=record.text,
                passed=passed,
                expected=tuple(" ".join(t) for t in sorted(record.expected)) or (record.kind,),
                got=tuple(" ".join(t) for t in got),
                category=record.category,
                origin=f"{path}:{record.line}",
                note="" if record.require_dyad else "require_dyad=false",
            )
        )
    n_pass = sum(d.passed for d in details)
    triples = FieldScore(tp=triple_tp, fp=triple_fp, fn=triple_fn)
    metrics: dict[str, float] = {
        "exact": _ratio(n_pass, len(details)),
        "triple_precision": triples.precision or 0.0,
        "triple_recall": triples.recall or 0.0,
    }
    per_field: dict[str, FieldScore] = {
        "record (exact)": FieldScore(correct=n_pass, total=len(details)),
        "triple": triples,
    }
    for name, counts in parts.items():
        per_field[name] = FieldScore(tp=counts["tp"], fp=counts["fp"], fn=counts["fn"])
    for category in sorted(by_category):
        results = by_category[category]
        metrics[f"exact.{category}"] = _ratio(sum(results), len(results))
        per_field[f"category {category}"] = FieldScore(correct=sum(results), total=len(results))
    notes = [f"toy dictionaries: {', '.join(suite.files)}"]
    for reason, ids in skipped.items():
        notes.append(f"skipped {len(ids)} ({reason}): {' '.join(ids)}")
    return EvalReport(
        format="petrarch-xml",
        path=str(path),
        n=len(details),
        skipped=sum(len(ids) for ids in skipped.values()),
        metrics=metrics,
        per_field=per_field,
        details=tuple(details),
        notes=tuple(notes),
    )


# --- plover-gsr -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _GsrRecord:
    id: str
    text: str
    event: str
    actors: frozenset[str]
    recipients: frozenset[str]
    line: int


def _gsr_codes(value: Any, origin: str, notes: list[str], record_id: str) -> frozenset[str]:
    if value is None or value == "":
        return frozenset()
    if isinstance(value, str):  # the .txt has `"target": "diplomatic"` (AGREE-0007)
        value = [value]
    if not isinstance(value, list):
        raise InputError(
            f"record {record_id}: actors must be a list of objects", origin=origin, code="E165"
        )
    codes: set[str] = set()
    for item in value:
        if not isinstance(item, dict):
            # one real record (AGREE-0007) has the string "diplomatic" among its recipients
            notes.append(
                f"{origin}: record {record_id}: ignored the actor entry {item!r} (not an object)"
            )
            continue
        code = item.get("code")
        if not isinstance(code, str) or not code.strip():
            raise InputError(
                f"record {record_id}: an actor has no code", origin=origin, code="E165"
            )
        code = code.strip().upper()[:3]
        codes.add(GSR_CODE_FIXES.get(code, code))
    return frozenset(codes)


def _gsr_record(obj: Any, origin: str, line: int, notes: list[str]) -> _GsrRecord | None:
    if not isinstance(obj, dict):
        raise InputError("a PLOVER gold record must be a JSON object", origin=origin, code="E165")
    record_id = str(obj.get("id") or f"line{line}")
    event = obj.get("event")
    if event == "DOCUMENT":  # the .txt file's first entry documents the file
        return None
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip() or not isinstance(event, str) or not event:
        raise InputError(
            f"record {record_id} needs non-empty 'text' and 'event'", origin=origin, code="E165"
        )
    # the jsonl names the sides actor/recipient, the older .txt source/target
    actors = obj.get("actor", obj.get("source"))
    recipients = obj.get("recipient", obj.get("target"))
    return _GsrRecord(
        id=record_id,
        text=text.strip(),
        event=event.strip().upper(),
        actors=_gsr_codes(actors, origin, notes, record_id),
        recipients=_gsr_codes(recipients, origin, notes, record_id),
        line=line,
    )


def _parse_plover(path: Path, notes: list[str]) -> list[_GsrRecord]:
    text = path.read_text(encoding="utf-8")
    records: list[_GsrRecord] = []
    if text.lstrip().startswith("["):  # the older PLOVER_GSR_CAMEO.txt: one JSON array
        try:
            array = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"bad JSON: {e.msg}", origin=f"{path}:{e.lineno}", code="E165") from e
        notes.append(
            "JSON array (PLOVER_GSR_CAMEO.txt): its labels are PLOVER 0.5, not today's types"
        )
        for obj in array:
            record = _gsr_record(obj, str(path), 0, notes)
            if record is not None:
                records.append(record)
        return records
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"bad JSON: {e.msg}", origin=origin, code="E165") from e
        record = _gsr_record(obj, origin, number, notes)
        if record is not None:
            records.append(record)
    return records


def _target_ok(target: str | None, gold: _GsrRecord) -> bool:
    if gold.recipients:
        return target in gold.recipients
    return target is None or target in gold.actors


def _evaluate_plover(path: Path, factory: CoderFactory, limit: int | None) -> EvalReport:
    notes: list[str] = []
    records = _parse_plover(path, notes)
    total = len(records)
    if limit is not None:
        records = records[:limit]
    articles = [
        Article(
            id=r.id, text=r.text, date=GSR_DATE, origin=f"{path}:{r.line}" if r.line else str(path)
        )
        for r in records
    ]
    coded = _code_all(factory(None, True), articles) if articles else {}

    counts: dict[str, Counter[str]] = {
        name: Counter() for name in ("event type", "source", "target")
    }
    confusion: Counter[tuple[str, str]] = Counter()
    n_type = n_full = 0
    details: list[RecordResult] = []
    for record in records:
        events = coded[record.id]
        types = {e.event for e in events if e.event}
        type_hit = record.event in types
        full = any(
            e.event == record.event
            and _country(e.source) in record.actors
            and _target_ok(_country(e.target), record)
            for e in events
        )
        n_type += type_hit
        n_full += full
        first = next((e.event for e in events if e.event), NO_TYPE)
        confusion[(record.event, record.event if type_hit else first)] += 1

        sources = {c for e in events if (c := _country(e.source))}
        targets = {c for e in events if (c := _country(e.target))}
        # a compound record (no recipient) accepts targets among its actors
        target_allowed = record.recipients or record.actors
        for name, predicted, gold, allowed in (
            ("event type", types, frozenset({record.event}), frozenset({record.event})),
            ("source", sources, record.actors, record.actors),
            ("target", targets, record.recipients, target_allowed),
        ):
            tp = len(predicted & gold)
            fp = len(predicted - allowed)
            fn = len(gold - predicted)
            counts[name].update(tp=tp, fp=fp, fn=fn, total=1, correct=int(fp == 0 and fn == 0))
        details.append(
            RecordResult(
                id=record.id,
                text=record.text,
                passed=full,
                expected=(
                    f"{record.event} {'|'.join(sorted(record.actors)) or NULL_ACTOR}"
                    f" -> {'|'.join(sorted(record.recipients)) or NULL_ACTOR}",
                ),
                got=tuple(
                    f"{e.event or NO_TYPE} {_actor_code(e.source)} -> {_actor_code(e.target)}"
                    f" ({e.cameo})"
                    for e in events
                ),
                category=record.event,
                origin=f"{path}:{record.line}" if record.line else str(path),
                note="" if full else ("type found; actors wrong" if type_hit else "type not found"),
            )
        )
    n = len(records)
    per_field = {
        name: FieldScore(tp=c["tp"], fp=c["fp"], fn=c["fn"], correct=c["correct"], total=c["total"])
        for name, c in counts.items()
    }
    per_field["full (type+source+target)"] = FieldScore(correct=n_full, total=n)
    type_score = per_field["event type"]
    metrics = {
        "type_recall": _ratio(n_type, n),
        "full": _ratio(n_full, n),
        "type_precision": type_score.precision or 0.0,
        "source_recall": per_field["source"].recall or 0.0,
        "target_recall": per_field["target"].recall or 0.0,
    }
    notes.insert(
        0, f"fixed article date {GSR_DATE.isoformat()}; gold codes read as {GSR_CODE_FIXES}"
    )
    return EvalReport(
        format="plover-gsr",
        path=str(path),
        n=n,
        skipped=total - n,
        metrics=metrics,
        per_field=per_field,
        details=tuple(details),
        confusion=tuple((g, p, k) for (g, p), k in sorted(confusion.items())),
        notes=tuple(notes),
    )


# --- events-jsonl (hand-labelled precision sets) -----------------------------------------------


def _evaluate_events(
    path: Path,
    factory: CoderFactory | None,
    limit: int | None,
    split: str | None,
    min_confidence: float | None,
    coded_events: Path | None = None,
) -> EvalReport:
    from eventscribe import evaluation_events as ev

    items = ev.read_items(path, split=split)
    total = len(items)
    if limit is not None:
        items = items[:limit]
    if coded_events is not None:
        coded = ev.read_coded(coded_events)
        scorer = None
        threshold = min_confidence if min_confidence is not None else 0.0
    else:
        if factory is None:
            from eventscribe.coding.coder import Coder

            coder: CoderLike = Coder(min_confidence=0.0)  # every candidate: thresholds below
        else:
            coder = factory(None, True)
        scorer = getattr(coder, "scorer", None)
        threshold = (
            min_confidence
            if min_confidence is not None
            else float(getattr(scorer, "threshold", 0.0))
        )
        coded = _code_all(coder, ev.articles_of(items, path))
    metrics = ev.report_metrics(items, coded, threshold)
    counts = ev.score(items, coded, threshold)
    per_field = {
        "event (type+source+target)": FieldScore(
            tp=counts.right, fp=counts.coded - counts.right, fn=counts.gold - counts.found
        ),
        "event type": FieldScore(
            tp=counts.type_right,
            fp=counts.coded - counts.type_right,
            fn=counts.gold - counts.type_found,
        ),
    }
    details = tuple(
        RecordResult(
            id=d["id"],
            text=d["text"],
            passed=all(d["right"]) and len(d["right"]) == len(d["expected"]),
            expected=tuple(d["expected"]),
            got=tuple(d["got"]),
            origin=f"{path}",
        )
        for d in ev.details(items, coded, threshold)
    )
    notes = [
        f"threshold {threshold:.2f} ({getattr(scorer, 'name', 'no scorer')})"
        + (f"; split {split}" if split else ""),
        "calibration (confidence bin: events, share right):",
    ]
    notes += [
        f"  {lo:.1f}-{hi:.1f}: {n:5d}  {share:6.1%}"
        for lo, hi, n, share in ev.calibration(items, coded)
    ]
    return EvalReport(
        format="events-jsonl",
        path=str(path),
        n=len(items),
        skipped=total - len(items),
        metrics=metrics,
        per_field=per_field,
        details=details,
        notes=tuple(notes),
    )


# --- confli ---------------------------------------------------------------------------------------

CONFLI_CLASSES = ("0", "1", "2", "3", "4")


@dataclass(frozen=True)
class _ConfliRecord:
    id: str
    text: str
    label: str
    line: int


def _parse_confli(path: Path) -> list[_ConfliRecord]:
    records: list[_ConfliRecord] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, tab, label = line.rpartition("\t")
            label = label.strip()
            if not tab or not text.strip() or label not in CONFLI_CLASSES:
                raise InputError(
                    "expected `sentence<TAB>class` with class 0-4",
                    origin=f"{path}:{number}",
                    code="E166",
                )
            records.append(_ConfliRecord(f"confli-{number}", text.strip(), label, number))
    return records


def main_event(events: Sequence[Event], roots: dict[int, tuple[int, int]]) -> Event | None:
    """The event whose trigger covers its sentence's root verb, else the first; None if none."""
    ordered = sorted(events, key=lambda e: (e.sentence_index, e.trigger.start, e.trigger.end))
    for event in ordered:
        root = roots.get(event.sentence_index)
        if root is not None and event.trigger.start <= root[0] < event.trigger.end:
            return event
    return ordered[0] if ordered else None


def predicted_class(events: Sequence[Event], roots: dict[int, tuple[int, int]]) -> str:
    """The main event's class in Phoenix's penta scheme, which the ConfliBERT labels follow:
    0 for no event or a statement or appeal (CAMEO 01-02), else the quad class, with 16x (reduce
    relations) a verbal conflict (3), as the CAMEO table's ``quad_class_phoenix`` says."""
    event = main_event(events, roots)
    if event is None:
        return "0"
    info = cameo_info(event.cameo)
    if info is not None and info.quad_class_phoenix is not None:
        return str(info.quad_class_phoenix)
    if event.cameo.startswith(("01", "02")):
        return "0"
    quad = event.quad_class if event.quad_class is not None else (info.quad_class if info else None)
    return str(quad) if quad is not None else "0"


def _evaluate_confli(
    path: Path, factory: CoderFactory, limit: int | None, locate: RootLocator
) -> EvalReport:
    records = _parse_confli(path)
    total = len(records)
    if limit is not None:
        records = records[:limit]
    articles = [
        Article(id=r.id, text=r.text, date=None, origin=f"{path}:{r.line}") for r in records
    ]
    coded = _code_all(factory(None, True), articles) if articles else {}
    matrix: Counter[tuple[str, str]] = Counter()
    details: list[RecordResult] = []
    for record in records:
        events = coded[record.id]
        roots = locate(record.text) if len(events) > 1 else {}
        predicted = predicted_class(events, roots)
        matrix[(record.label, predicted)] += 1
        main = main_event(events, roots)
        details.append(
            RecordResult(
                id=record.id,
                text=record.text,
                passed=predicted == record.label,
                expected=(record.label,),
                got=(predicted,),
                category=record.label,
                origin=f"{path}:{record.line}",
                note=f"main event {main.cameo} '{main.trigger.text}'" if main else "no event",
            )
        )
    n = len(records)
    correct = sum(d.passed for d in details)
    per_field: dict[str, FieldScore] = {"class (accuracy)": FieldScore(correct=correct, total=n)}
    f1s: list[float] = []
    for label in CONFLI_CLASSES:
        tp = matrix[(label, label)]
        fp = sum(k for (g, p), k in matrix.items() if p == label and g != label)
        fn = sum(k for (g, p), k in matrix.items() if g == label and p != label)
        score = FieldScore(tp=tp, fp=fp, fn=fn)
        per_field[f"class {label}"] = score
        f1s.append(score.f1 or 0.0)
    return EvalReport(
        format="confli",
        path=str(path),
        n=n,
        skipped=total - n,
        metrics={"accuracy": _ratio(correct, n), "macro_f1": sum(f1s) / len(f1s)},
        per_field=per_field,
        details=tuple(details),
        confusion=tuple((g, p, matrix[(g, p)]) for g in CONFLI_CLASSES for p in CONFLI_CLASSES),
        notes=("articles undated; main event = trigger on the root verb, else the first event",),
    )


# --- confli-ner -----------------------------------------------------------------------------------

_NER_ROLES = {"S": ("source",), "T": ("target",), "R": ("source", "target")}


@dataclass(frozen=True)
class _NerRecord:
    id: str
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (S/T/R, start, end) in text
    line: int


def _parse_confli_ner(path: Path) -> list[_NerRecord]:
    records: list[_NerRecord] = []
    tokens: list[str] = []
    tags: list[str] = []
    first = 0

    def flush() -> None:
        if not tokens:
            return
        text_parts: list[str] = []
        spans: list[tuple[str, int, int]] = []
        pos = 0
        for token, tag in zip(tokens, tags, strict=True):
            start, end = pos, pos + len(token)
            label = tag[2:] if tag != "O" else ""
            last = spans[-1] if spans else None
            if (
                label
                and tag.startswith("I-")
                and last
                and last[0] == label
                and last[2] == start - 1
            ):
                spans[-1] = (label, last[1], end)
            elif label:
                spans.append((label, start, end))
            text_parts.append(token)
            pos = end + 1
        records.append(_NerRecord(f"confli-ner-{first}", " ".join(text_parts), tuple(spans), first))
        tokens.clear()
        tags.clear()

    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            fields = line.split()
            if not fields:
                flush()
                continue
            if len(fields) != 2 or not (
                fields[1] == "O" or (fields[1][:2] in ("B-", "I-") and fields[1][2:] in _NER_ROLES)
            ):
                raise InputError(
                    "expected `token TAG` with TAG O, B-S, I-S, B-T, I-T, B-R or I-R",
                    origin=f"{path}:{number}",
                    code="E167",
                )
            if not tokens:
                first = number
            tokens.append(fields[0])
            tags.append(fields[1])
    flush()
    return records


def _event_spans(text: str, events: Sequence[Event], role: str) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for event in events:
        ref = event.source if role == "source" else event.target
        if ref is None or ref.end <= ref.start:
            continue
        offset = text.find(event.text) if event.text else -1
        if offset < 0:
            if event.sentence_index:
                continue  # cannot place a span of a later sentence
            offset = 0
        spans.add((offset + ref.start, offset + ref.end))
    return spans


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _evaluate_confli_ner(path: Path, factory: CoderFactory, limit: int | None) -> EvalReport:
    records = _parse_confli_ner(path)
    total = len(records)
    if limit is not None:
        records = records[:limit]
    articles = [
        Article(id=r.id, text=r.text, date=None, origin=f"{path}:{r.line}") for r in records
    ]
    coded = _code_all(factory(None, True), articles) if articles else {}
    counts: dict[str, Counter[str]] = {role: Counter() for role in ("source", "target")}
    details: list[RecordResult] = []
    for record in records:
        events = coded[record.id]
        ok = True
        for role in ("source", "target"):
            gold = [(s, e) for label, s, e in record.spans if role in _NER_ROLES[label]]
            predicted = _event_spans(record.text, events, role)
            found = sum(_overlaps(span, predicted) for span in gold)
            right = sum(_overlaps(span, gold) for span in predicted)
            counts[role].update(
                gold=len(gold), found=found, predicted=len(predicted), right=right, total=1
            )
            good = found == len(gold) and right == len(predicted)
            counts[role]["correct"] += good
            ok = ok and good
        details.append(
            RecordResult(
                id=record.id,
                text=record.text,
                passed=ok,
                expected=tuple(f"{label} {record.text[s:e]!r}" for label, s, e in record.spans),
                got=tuple(
                    f"{_actor_code(e.source)} {e.source.text!r} -> {_actor_code(e.target)}"
                    f" {e.target.text if e.target else ''!r} ({e.cameo})"
                    for e in events
                ),
                origin=f"{path}:{record.line}",
            )
        )
    per_field: dict[str, FieldScore] = {}
    metrics: dict[str, float] = {}
    for role, c in counts.items():
        per_field[f"{role} span"] = FieldScore(
            tp=c["right"],
            fp=c["predicted"] - c["right"],
            tp_gold=c["found"],
            fn=c["gold"] - c["found"],
            correct=c["correct"],
            total=c["total"],
        )
        metrics[f"{role}_span_recall"] = _ratio(c["found"], c["gold"])
        metrics[f"{role}_span_precision"] = _ratio(c["right"], c["predicted"])
    n = len(records)
    metrics["exact"] = _ratio(sum(d.passed for d in details), n)
    return EvalReport(
        format="confli-ner",
        path=str(path),
        n=n,
        skipped=total - n,
        metrics=metrics,
        per_field=per_field,
        details=tuple(details),
        notes=("text = tokens joined by spaces; a span is found when an event's span overlaps it",),
    )
