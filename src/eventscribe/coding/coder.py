"""The article loop: Article -> sentences -> Candidates -> Events.

Sentences are split and matched against the actor dictionaries with the tokenizer alone; only those
that hold an actor or agent and a dictionary verb, or a noun of violence and a name (its place:
"the shooting in Charleston"), are parsed. For each parsed sentence the
candidate stages (``coding/candidates.py``: modality, sense, pattern, arguments, implicit actors,
pairs) give ``Candidate`` records; ``coding/build.py`` makes each an ``Event`` with the scorer's
confidence; duplicates and bare statements are dropped and events under the threshold are not
written. ``explain`` is the same path with a recorder that keeps every decision
(``coding/trace.py``). The article's context (``coding/context.py``: the story's date, the last
person named, the two countries the story is about) carries between sentences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc, Span

from eventscribe.actor_codes import is_country
from eventscribe.coding.actors import (
    GROUP_NOUNS,
    PERSON_PRONOUNS,
    UNNAMED_ATTACKERS,
    ActorIndex,
    ArgumentCoder,
    PhraseMatch,
    mission_owner,
    resolve_entries,
    sentence_words,
)
from eventscribe.coding.arguments import ArgumentFinder
from eventscribe.coding.build import EventBuilder
from eventscribe.coding.candidate import Candidate
from eventscribe.coding.candidates import (
    CandidateFinder,
    without_attack_results,
    without_orders_carried_out,
    without_press_consultations,
)
from eventscribe.coding.compass import CompassNames
from eventscribe.coding.context import ArticleContext
from eventscribe.coding.events import PatternMatcher, find_verb
from eventscribe.coding.implicit import ImplicitActors
from eventscribe.coding.lexicon import table
from eventscribe.coding.locate import PlaceFinder
from eventscribe.coding.mentions import (
    actor_mentions,
    dateline_countries,
    no_phrase_ends,
    places_by_a_border,
    without_name_parts,
    without_named_places,
)
from eventscribe.coding.nominal import violent_noun_forms
from eventscribe.coding.pairing import Pairing
from eventscribe.coding.party_tags import party_tagged
from eventscribe.coding.scope import ScopedPlaces, set_scope
from eventscribe.coding.scoring import DEFAULT_SCORER, Scorer, get_scorer
from eventscribe.coding.surnames import Surnames, person_context
from eventscribe.coding.trace import NULL, NullRecorder, Recorder, TraceRecorder
from eventscribe.coding.workers import batched, can_fork, code_in_workers
from eventscribe.dictionaries.model import ActorEntry, Dictionaries, normalise_word
from eventscribe.dictionaries.surnames import SurnameIndex
from eventscribe.errors import ConfigError
from eventscribe.nlp import Sentence, coarse, load_nlp, split_sentences
from eventscribe.records import Article, Event, content_id

NON_STATE_BLOCKS = table("NON_STATE_BLOCKS")


class Coder:
    """Codes articles into events. Load once, reuse: it holds the pipeline and dictionaries."""

    def __init__(
        self,
        *,
        dictionaries: Dictionaries | None = None,
        extra_dictionary_files: Sequence[Path] = (),
        require_dyad: bool = True,
        petrarch_rules: bool = False,
        scorer: str | Scorer = DEFAULT_SCORER,
        min_confidence: float | None = None,
        keep_features: bool = False,
    ) -> None:
        """``require_dyad``: an event needs a coded source and target (PETRARCH's option), except
        that a verb used without any object gives an event with no target. ``petrarch_rules``
        turns off what PETRARCH does not do: those one-sided events, and reading an agent with no
        country ("opponents") as the other actor's own. ``scorer`` (a registered name or a
        ``Scorer``) gives every event its confidence; events under ``min_confidence`` (default:
        the scorer's threshold) are not written. ``keep_features`` puts each candidate's features
        in ``Event.extra["features"]`` (for training a scorer)."""
        if dictionaries is None:
            from eventscribe.dictionaries.loader import load_dictionaries

            dictionaries = load_dictionaries(extra_files=tuple(extra_dictionary_files))
        self.dictionaries = dictionaries
        # code only what the text reports as having happened (docs/annotation-guide.md): plans,
        # wishes, opinions, hypotheticals, questions and habits are no events; datelines and
        # names are no actors. PETRARCH codes them, so its rules turn this off
        self.factuality = not petrarch_rules
        # one-sided events and the domestic rule are not PETRARCH's either
        allow_intransitive = infer_domestic = not petrarch_rules
        self.index = ActorIndex(dictionaries)
        # surnames alone ("Scholz said"): not a PETRARCH rule
        self.surnames = Surnames(self.index.surnames if self.factuality else SurnameIndex({}))
        # "the North" of a story that named North Korea: not a PETRARCH rule
        self.compass = CompassNames(self.index) if self.factuality else None
        self.verb_forms = frozenset(dictionaries.verbs.verbs)
        # "the shooting in Charleston": violence a noun names, placed by the gazetteer
        self.violent_nouns = violent_noun_forms() if self.factuality else frozenset()
        self.story_discards = _by_first_word(dictionaries.discards.story)
        self.sentence_discards = _by_first_word(dictionaries.discards.sentence)
        self.nlp = load_nlp()
        self.scorer = get_scorer(scorer) if isinstance(scorer, str) else scorer
        if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
            raise ConfigError(
                f"--min-confidence must be between 0 and 1, got {min_confidence}", code="E307"
            )
        self.min_confidence = self.scorer.threshold if min_confidence is None else min_confidence
        # the stages' parts, each given what it needs
        # names the dictionaries know as institutions ("the White House": USAGOV) are no places
        institutions = frozenset(
            phrase for phrase, entries in self.index.actors.items() if _is_institution(entries[0])
        )
        places = self.places = ScopedPlaces(PlaceFinder(institutions))
        matcher = PatternMatcher(dictionaries.verbs)
        arguments = ArgumentFinder(
            places, factuality=self.factuality, infer_domestic=infer_domestic
        )
        pairing = Pairing(
            require_dyad=require_dyad,
            allow_intransitive=allow_intransitive,
            infer_domestic=infer_domestic,
            keep_own=self.factuality,
            one_way_at_home=self.factuality,
        )
        self.candidates = CandidateFinder(
            dictionaries.verbs,
            matcher,
            arguments,
            ImplicitActors(dictionaries.verbs, matcher, arguments, places),
            pairing,
            places,
            factuality=self.factuality,
            infer_domestic=infer_domestic,
        )
        self.builder = EventBuilder(places, self.scorer, keep_features=keep_features)

    # public API -------------------------------------------------------------------------------

    def code_text(
        self, text: str, date: dt.date | None = None, *, article_id: str | None = None
    ) -> list[Event]:
        article = Article(id=article_id or content_id(text), text=text, date=date)
        return self.code_article(article)

    def code_article(self, article: Article) -> list[Event]:
        return next(self.code_articles([article]))[1]

    def code_articles(
        self, articles: Iterable[Article], *, batch_size: int = 64, n_process: int = 1
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Codes a stream of articles in bounded batches; yields each article with its events, in
        input order. With ``n_process`` > 1, batches are coded by that many worker processes, each
        a copy of this coder (forked: the pipeline and dictionaries are shared, not reloaded), at
        most two batches per worker in flight, so memory stays bounded on any input."""
        batches = batched(articles, batch_size)
        if n_process <= 1 or not can_fork():
            for batch in batches:
                yield from self._code_batch(batch)
            return
        yield from code_in_workers(self._code_batch, batches, n_process)

    def explain(self, text: str, date: dt.date | None = None) -> tuple[list[Event], list[str]]:
        """Codes ``text`` and returns its events with the coder's reasoning, line by line: the same
        path as ``code``, with a recorder that keeps what each stage decided."""
        article = Article(id=content_id(text), text=text, date=date)
        recorder = TraceRecorder()
        ((_, events),) = self._code_batch([article], recorder)
        return events, recorder.lines

    # internals --------------------------------------------------------------------------------

    def _prepare(
        self, article: Article
    ) -> list[tuple[Sentence, list[str], list[PhraseMatch], bool]]:
        """Sentences with their words, dictionary matches and whether they are worth parsing."""
        prepared = []
        for sentence in split_sentences(article.text):
            words = [normalise_word(t) for t in sentence.tokens]
            matches = self.index.match(words, no_phrase_ends(sentence.tokens))
            if self.factuality:
                matches = actor_mentions(matches, sentence.tokens)
                matches = party_tagged(sentence.tokens, words, matches)
            # a dictionary actor or an agent ("demonstrators", "civilians"): both can be coded
            has_actor = any(m.actors or m.agent is not None for m in matches)
            has_actor = has_actor or self.surnames.may_mention(sentence.tokens, words, matches)
            has_actor = has_actor or (
                self.compass is not None and self.compass.may_mention(sentence.tokens)
            )
            has_reference = any(w in PERSON_PRONOUNS or w in GROUP_NOUNS for w in words)
            has_verb = any(w in self.verb_forms for w in words)
            # violence named by a noun, with a name after the first word that may be its place
            violence = any(w in self.violent_nouns for w in words) and any(
                t[:1].isupper() for t in sentence.tokens[1:]
            )
            worth = (has_verb and (has_actor or has_reference)) or violence
            if self.factuality and _caption_of_a_photo(sentence):
                worth = False
            prepared.append((sentence, words, matches, worth))
        return prepared

    def _code_batch(
        self, batch: list[Article], recorder: Recorder = NULL
    ) -> Iterator[tuple[Article, list[Event]]]:
        prepared = [self._prepare(a) for a in batch]
        todo = [
            s.doc if s.doc is not None else s.text
            for p in prepared
            for (s, _, _, worth) in p
            if worth
        ]
        docs = iter(self.nlp.pipe(todo, batch_size=256))
        for article, prep in zip(batch, prepared, strict=True):
            parsed = {s.index: next(docs) for (s, _, _, worth) in prep if worth}
            yield article, self._code_prepared(article, prep, parsed, recorder)

    @staticmethod
    def _is_discarded(
        words: Sequence[str], phrases: dict[str, tuple[tuple[str, ...], ...]]
    ) -> bool:
        if not phrases:
            return False
        for i, word in enumerate(words):
            for phrase in phrases.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    return True
        return False

    def _code_prepared(
        self,
        article: Article,
        prepared: list[tuple[Sentence, list[str], list[PhraseMatch], bool]],
        parsed: dict[int, Doc],
        recorder: Recorder,
    ) -> list[Event]:
        all_words = [w for (_, words, _, _) in prepared for w in words]
        if self._is_discarded(all_words, self.story_discards):
            recorder.add("story discarded: a discard phrase of the whole story matched")
            return []
        ctx = ArticleContext(date=article.date)
        surnames = self.surnames.article(article.date)
        events: list[Event] = []
        for sentence, words, matches, worth in prepared:
            ctx.sentence = sentence.index
            recorder.add(f"sentence {sentence.index}: {sentence.text}")
            matches = surnames.resolve(sentence.index, sentence.tokens, words, matches, recorder)
            ctx.count_countries(sentence.index, matches)
            if self.compass is not None:
                matches = self.compass.resolve(sentence.tokens, matches, ctx.countries, recorder)
            if self._is_discarded(words, self.sentence_discards):
                recorder.add("  discarded: a sentence discard phrase matched")
                continue
            if not worth:
                recorder.add(
                    "  not parsed: no actor or agent, or no dictionary verb, and no violence "
                    "named by a noun beside a name"
                )
                ctx.scan_people(matches)
                continue
            doc = parsed[sentence.index]
            people = surnames.people()
            events.extend(
                self._code_sentence(article, sentence, doc, ctx, recorder, words, matches, people)
            )
        return events

    def _code_sentence(
        self,
        article: Article,
        sentence: Sentence,
        doc: Doc,
        ctx: ArticleContext,
        recorder: Recorder,
        words: Sequence[str] = (),
        matches: Sequence[PhraseMatch] = (),
        people: Sequence[tuple[int, int]] = (),
    ) -> list[Event]:
        """The stages for one parsed sentence: actors, then for each dictionary verb its
        modality, pattern, arguments and pairs as candidates; then scoring and the records.
        ``people``: token spans of surnames the article gave a person no dictionary knows
        (``ArticleSurnames.people``), which name no place."""
        sent = doc[:]
        if len(words) != len(sent):
            # the parse was not of the prepared tokens (a cut overlong sentence): match again
            words = sentence_words(sent)
            people = ()
            matches = self.index.match(words, no_phrase_ends([t.text for t in sent]))
            if self.factuality:
                matches = actor_mentions(matches, [t.text for t in sent])
                matches = party_tagged([t.text for t in sent], words, matches)
        day = ctx.date
        if self.factuality:
            matches = person_context(without_name_parts(matches, sent, day), sent, recorder)
            matches = without_named_places(matches, sent, day, self.places.finder.gazetteer)
        recorder.add(
            lambda: "  parse: " + " ".join(f"{t.text}/{t.tag_}/{t.dep_}->{t.head.i}" for t in sent)
        )
        self._record_actors(recorder, sent, matches, day)
        coder = ArgumentCoder(sent, matches, day, frozenset(ctx.countries))
        actor_tokens = frozenset(i for m in matches if m.actors for i in range(m.start, m.end))
        # the countries the sentence names; a US state's name is the United States ("authorities
        # in Georgia ... an Atlanta restaurant": no Georgian police for the domestic rule)
        resolved = [
            (m, hit)
            for m in matches
            if m.actors and (hit := resolve_entries(m.actors, day)) is not None
        ]
        named = tuple(
            (m.start, m.end, "USA" if coder.us_state(m, hit[0]) else hit[0][:3])
            for m, hit in resolved
            if hit[0][:3] not in NON_STATE_BLOCKS
            # "a street leading to the U.S. Embassy": a mission's country is no one else's
            and not mission_owner(sent[m.end - 1])
        )
        # "invaded a helicopter base near the Turkish border": nor is a border's, for the
        # domestic rule (the border still places what is near it)
        borders = {(m.start, m.end) for m in matches if m.actors and places_by_a_border(m, sent)}
        # nor is a news outlet's ("a gunman shot dead a soldier guarding the National War
        # Memorial, reports CBS News correspondent Jim Axelrod": no American gunman in Ottawa;
        # forty-ninth session): an outlet reports from anywhere. A country's media named by it
        # ("Iranian state TV") are no outlet's entry and still count
        outlets = {
            (m.start, m.end)
            for m, hit in resolved
            if "MED" in {hit[0][k : k + 3] for k in range(3, len(hit[0]), 3)}
        }
        sentence_countries = frozenset(
            c for lo, hi, c in named if (lo, hi) not in borders and (lo, hi) not in outlets
        )
        if self.factuality and not sentence_countries:
            # "BRUSSELS (Reuters) - Police arrested two men": where the story was filed is no
            # actor, but the country the domestic rule gives agents no other country claims
            sentence_countries = dateline_countries(
                [t.text for t in sent], self.places.finder.gazetteer
            )
        set_scope(doc, matches, named, ctx, people)
        candidates: list[Candidate] = []
        coded_verbs: set[int] = set()
        for tok in sent:
            if not (tok.tag_.startswith("VB") or coarse(tok.tag_) in ("VERB", "AUX")):
                continue
            vm = find_verb(tok, self.dictionaries.verbs)
            if vm is None:
                continue
            found = self.candidates.verb_candidates(
                tok, vm, sent, sentence, coder, ctx, actor_tokens, coded_verbs,
                sentence_countries, recorder,
            )  # fmt: skip
            if found:
                coded_verbs.add(tok.i)
                candidates.extend(found)
        if self.factuality:
            candidates = without_attack_results(candidates, doc, recorder)
        candidates.extend(
            self.candidates.uncoded_obligations(sentence, sent, coder, ctx, coded_verbs)
        )
        if self.factuality:
            candidates.extend(
                self.candidates.nominal_candidates(
                    sent, sentence, coder, ctx, actor_tokens, candidates, sentence_countries,
                    recorder,
                )
            )  # fmt: skip
            candidates = without_orders_carried_out(candidates, doc, recorder)
            candidates = without_press_consultations(candidates, recorder)
        events = [self.builder.event(article, sentence, sent, ctx, c) for c in candidates]
        candidate_of = {id(e): c for e, c in zip(events, candidates, strict=True)}
        events = list(
            {
                (e.source.code, e.target.code if e.target else None, e.cameo, e.trigger.start): e
                for e in events
            }.values()
        )
        events = self._without_bare_statements(events, sent)
        kept = []
        for e in events:
            confidence = e.confidence if e.confidence is not None else 1.0
            if confidence < self.min_confidence:
                recorder.add(
                    f"  not written: {e.source.code} -> {e.target.code if e.target else '-'} "
                    f"{e.cameo} '{e.trigger.text}', confidence {confidence:.3f} < "
                    f"{self.min_confidence:.2f} ({self.scorer.name})"
                )
                self._record_weighing(recorder, candidate_of[id(e)])
                continue
            recorder.add(
                f"  event: {e.source.code} -> {e.target.code if e.target else '-'} {e.cameo} "
                f"'{e.trigger.text}', confidence {confidence:.2f} ({self.scorer.name})"
            )
            self._record_weighing(recorder, candidate_of[id(e)])
            kept.append(e)
        kept = _one_per_country(kept, recorder)
        kept = _one_harm_per_doer(kept, sent, recorder)
        # remember people named even when no event was coded, for "he"/"she" later
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and coarse(tok.tag_) == "PROPN":
                ctx.remember(coder.code(tok))
        return kept

    def _record_weighing(self, recorder: Recorder, candidate: Candidate) -> None:
        """What moved a learned scorer's confidence most, for ``explain``: "lemma=MEET +1.22"
        raised it, "mod=plan&type=AGREE -0.62" lowered it (scorers without weights say nothing)."""
        weighing = getattr(self.scorer, "weighing", None)
        if weighing is None:
            return
        recorder.add(
            lambda: (
                "    weighed: "
                + ", ".join(f"{name} {weight:+.2f}" for name, weight in weighing(candidate))
            )
        )

    def _record_actors(
        self, recorder: Recorder, sent: Span, matches: Sequence[PhraseMatch], day: dt.date | None
    ) -> None:
        if isinstance(recorder, NullRecorder):
            return
        for m in matches:
            span_text = sent[m.start : m.end].text
            if m.actors:
                hit = resolve_entries(m.actors, day)
                code = hit[0] if hit else "none on this date"
                origins = ", ".join(e.origin for e in m.actors[:3])
                recorder.add(f"  actor '{span_text}': {code} ({origins})")
            elif m.agent is not None:
                recorder.add(f"  agent '{span_text}': ~{m.agent.code} ({m.agent.origin})")

    @staticmethod
    def _without_bare_statements(events: list[Event], sent: Span) -> list[Event]:
        """ "X said Y attacked Z": the statement is only the vehicle of the reported event, which
        is coded instead (PETRARCH2's transformation `a (b c Q) SAY`). A statement is a CAMEO 01
        code with no PLOVER type: a denial (016, REJECT) is an act of its own ("denied the
        American accusations")."""

        def statement(e: Event) -> bool:
            return e.cameo.startswith("01") and e.event is None

        triggers = {e.trigger.start for e in events if not statement(e)}
        if not triggers:
            return events
        kept = []
        for e in events:
            if statement(e):
                verb = next((t for t in sent if t.idx == e.trigger.start), None)
                if verb is not None and any(
                    t.idx in triggers for t in verb.subtree if t.i != verb.i
                ):
                    continue
            kept.append(e)
        return kept


def _one_per_country(events: list[Event], recorder: Recorder) -> list[Event]:
    """One event per act between two countries: "were killed" with "Ambassador Stevens and three
    other Americans" as subjects, "met Pompeo and Bolton", "Democrats and activists railed
    against Trump" are each one act of one country on another (or on none), written once, with
    the surest of its actors (readers list one event per pair of countries). International
    bodies, companies, groups and agents of no country stay apart."""

    def key(e: Event) -> tuple[str, str | None, int, str | None] | None:
        source = e.source.code[:3]
        target = e.target.code[:3] if e.target is not None else None
        if e.source.code == UNNAMED_ATTACKERS:
            source = e.source.code  # attackers no one names: "Stevens and three others"
        elif not is_country(source):
            return None
        if target is not None and not is_country(target):
            return None
        return (source, e.event, e.trigger.start, target)

    best: dict[tuple[str, str | None, int, str | None], Event] = {}
    for e in events:
        k = key(e)
        if k is not None and (k not in best or (e.confidence or 0) > (best[k].confidence or 0)):
            best[k] = e
    kept = []
    for e in events:
        k = key(e)
        if k is not None and best[k] is not e:
            kept_one = best[k]
            recorder.add(
                f"  not written: {e.source.code} -> {e.target.code if e.target else '-'} "
                f"{e.cameo} '{e.trigger.text}', the same act between the same countries as "
                f"{kept_one.source.code} -> "
                f"{kept_one.target.code if kept_one.target is not None else '-'}"
            )
            continue
        kept.append(e)
    return kept


def _one_harm_per_doer(events: list[Event], sent: Span, recorder: Recorder) -> list[Event]:
    """One attack for verbs of one doer joined in one clause: "a suicide bomber killed 63 people
    and wounded 182", "police shot and killed a man", "stormed the prison, detonating a car bomb
    and firing" are one act, as readers list it, written once with its surest verb. Only where
    the verbs' doer is the same words and the victims of the same country; "killed ... and
    kidnapped" of two countries stay two."""
    assaults = [e for e in events if e.event == "ASSAULT" and e.source.text]
    if len(assaults) < 2:
        return events
    by_start = {t.idx: t for t in sent}

    def joined(a: Event, b: Event) -> bool:
        ta, tb = by_start.get(a.trigger.start), by_start.get(b.trigger.start)
        if ta is None or tb is None or coarse(ta.tag_) != "VERB" or coarse(tb.tag_) != "VERB":
            return False
        return any(x.head.i == y.i and x.dep_ in ("conj", "advcl") for x, y in ((ta, tb), (tb, ta)))

    def same_doer(a: Event, b: Event) -> bool:
        ta = a.target.code[:3] if a.target is not None else None
        tb = b.target.code[:3] if b.target is not None else None
        return (
            a.source.code == b.source.code
            and (a.source.start, a.source.end) == (b.source.start, b.source.end)
            and ta == tb
        )

    dropped: set[int] = set()
    ranked = sorted(assaults, key=lambda e: -(e.confidence or 0.0))
    for i, best in enumerate(ranked):
        if id(best) in dropped:
            continue
        for other in ranked[i + 1 :]:
            if id(other) not in dropped and same_doer(best, other) and joined(best, other):
                dropped.add(id(other))
                recorder.add(
                    f"  not written: {other.source.code} -> "
                    f"{other.target.code if other.target else '-'} {other.cameo} "
                    f"'{other.trigger.text}', one act with '{best.trigger.text}' of the same doer"
                )
    return [e for e in events if id(e) not in dropped]


def _is_institution(entry: ActorEntry) -> bool:
    """An entry whose usual code has a sector (USAGOV: the White House), not a bare state."""
    role = entry.role_on(None)
    return role is not None and len(role.code) > 3 and not role.code.startswith(("IGO", "NGO"))


def _by_first_word(phrases: Sequence[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def _caption_of_a_photo(sentence: Sentence) -> bool:
    """A photo's caption (a gallery's, "FILE PHOTO: ...", "... (AP Photo/...)", a BBC page's "Image
    caption"): the annotation guide leaves scraped captions empty, the story's own sentences
    report its acts, so none of its acts is coded (forty-third session; before, the scorer only
    weighed them down). ``python benchmarks/rule_firings.py --candidates caption_of_a_photo``
    counts what it takes away."""
    return sentence.caption
