"""The last stage: a scored Candidate becomes the Event record, with its date (``coding/dates.py``),
place (``coding/locate.py``), actor and trigger spans, CAMEO and PLOVER codes, rule and
confidence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventscribe.coding.actors import CodedActor
from eventscribe.coding.candidate import Candidate
from eventscribe.coding.context import ArticleContext
from eventscribe.coding.dates import EventDate, event_date
from eventscribe.coding.scope import ScopedPlaces
from eventscribe.coding.scoring import Scorer
from eventscribe.nlp import Sentence
from eventscribe.records import ActorRef, Article, Event, Rule, Trigger, event_id


class EventBuilder:
    """Builds the records: ``places`` place them, ``scorer`` gives their confidence, and with
    ``keep_features`` the candidate's features go in ``Event.extra["features"]``."""

    def __init__(self, places: ScopedPlaces, scorer: Scorer, *, keep_features: bool) -> None:
        self.places = places
        self.scorer = scorer
        self.keep_features = keep_features

    def _event_date(self, verb: Token, candidate: Candidate, ctx: ArticleContext) -> EventDate:
        """The event's date from its own clause, else the article's (``coding/dates.py``)."""
        modality = candidate.modality
        intended = modality.future or modality.commitment is not None or modality.plan is not None
        return event_date(verb, ctx.date, intended=intended)

    def event(
        self,
        article: Article,
        sentence: Sentence,
        sent: Span,
        ctx: ArticleContext,
        candidate: Candidate,
    ) -> Event:
        """The record of a candidate: its date, place, spans, rule and confidence."""
        from eventscribe.ontology import cameo_info

        code, src, tgt = candidate.code, candidate.source, candidate.target
        verb = sent.doc[candidate.verb_index]
        when = self._event_date(verb, candidate, ctx)
        location = self.places.location(verb, sent, code, speaker=src.code[:3])
        info = cameo_info(code)
        trig_tokens = [sent.doc[i] for i in candidate.trigger]
        t_start = min(t.idx for t in trig_tokens)
        t_end = max(t.idx + len(t.text) for t in trig_tokens)
        source = _actor_ref(src, sent)
        target = _actor_ref(tgt, sent) if tgt is not None else None
        rule = Rule(
            verb=candidate.verb,
            pattern=candidate.pattern,
            actors=tuple(dict.fromkeys((*src.entries, *(tgt.entries if tgt else ())))),
            notes=candidate.notes
            + tuple(
                f"{a.code}: {a.via}"
                for a in (src, tgt)
                if a is not None and a.via in ("pronoun", "pair", "domestic", "implicit", "place")
            ),
        )
        return Event(
            id=event_id(
                article.id,
                sentence.index,
                t_start,
                source.code,
                target.code if target else None,
                code,
            ),
            article_id=article.id,
            sentence_index=sentence.index,
            date=when.date,
            source=source,
            target=target,
            cameo=code,
            event=info.plover_event if info else None,
            mode=info.plover_mode if info else None,
            context=info.plover_context if info else None,
            quad_class=info.quad_class if info else None,
            goldstein=info.goldstein if info else None,
            location=location,
            text=sentence.text,
            trigger=Trigger(sent.doc.text[t_start:t_end], t_start, t_end),
            rule=rule,
            date_text=when.text,
            date_precision=when.precision,
            date_source=when.source,
            sentence_start=sentence.start,
            confidence=round(self.scorer.score(candidate), 4),
            extra={"features": dict(candidate.features)} if self.keep_features else {},
        )


def _actor_ref(actor: CodedActor, sent: Span) -> ActorRef:
    """The record of an actor: its code split into country and sectors, its span, its entries.
    An actor no words name (``via`` "implicit": the country a target is aimed at, unnamed
    attackers) has no text: an empty span at the word it was inferred from, so a verb is never
    shown as an actor's words ("rejecting": USA)."""
    span = sent[actor.start : actor.end]
    country = actor.code[:3] if not actor.code.startswith("---") else None
    named = actor.via != "implicit"
    return ActorRef(
        code=actor.code,
        country=country,
        sectors=actor.sectors,
        name=actor.name,
        text=span.text if named else "",
        start=span.start_char,
        end=span.end_char if named else span.start_char,
        entry=actor.entries[0] if actor.entries else None,
        agents=actor.entries[1:],
    )
