"""The candidate stages of one parsed sentence: each dictionary verb through modality, sense,
pattern, arguments, implicit actors and pairs; each event noun ("Pompeo's visit to North
Korea"); and the obligations whose verb has no code ("said China must drop barriers"). Each
gives ``Candidate`` records with their features, for the scorer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from eventscribe.coding.actors import UNNAMED_ATTACKERS, ArgumentCoder, CodedActor, among
from eventscribe.coding.arguments import (
    ATTRIBUTION_VERBS,
    HARM_MEANINGS,
    ArgumentFinder,
    demanded_release,
)
from eventscribe.coding.candidate import Candidate
from eventscribe.coding.context import ArticleContext
from eventscribe.coding.events import (
    PREPOSITION_PARTICIPLES,
    PatternMatch,
    PatternMatcher,
    VerbMatch,
    find_verb,
    is_time_phrase,
    standing_adjunct,
    subject_of,
)
from eventscribe.coding.features import candidate_features
from eventscribe.coding.implicit import (
    JOURNEY_MEANINGS,
    MEETING_PURPOSE_ROOTS,
    OBLIGATION_AUX,
    OWN_COUNTRY_TYPES,
    STATELESS_PREFIXES,
    ImplicitActors,
)
from eventscribe.coding.lexicon import Table, table
from eventscribe.coding.modality import (
    AGREE_LEMMAS,
    COMMIT_HEADS,
    FUTURE_AUX,
    OPINION_HEADS,
    PLAN_HEADS,
    Modality,
    adverbial_participle_head,
    aux_words,
    feeling_stirred,
    intent_code,
    modality_of,
    no_one_did,
    refusal_code,
    shared_head,
    threat_code,
)
from eventscribe.coding.nominal import (
    EVENT_NOUNS,
    ORDERING_VERBS,
    PERFORMING_VERBS,
    VIOLENT_ROOTS,
    counted,
    event_nouns,
    meeting_to_come,
    of_unreal_head,
    unseen,
)
from eventscribe.coding.pairing import (
    ARMED_GROUP_BLOCKS,
    SEPARATE_ROOTS,
    Pairing,
    at_home,
    has_country,
    is_armed,
)
from eventscribe.coding.scope import ScopedPlaces
from eventscribe.coding.senses import (
    KEEP,
    NAMING_VERBS,
    targeted_sense,
    untargeted_sense,
    verb_sense,
)
from eventscribe.coding.trace import Recorder
from eventscribe.dictionaries.model import VerbDictionary, normalise_word
from eventscribe.nlp import Sentence, coarse, token_lemma

TRAVEL_MEANINGS = table("TRAVEL_MEANINGS")
VISIT_CODES = table("VISIT_CODES")
MISHAP_VERBS = table("MISHAP_VERBS")
MEETING_VERBS = table("MEETING_VERBS")
REVERSE_NOTE = "reverse"
NO_EVENT = "-"  # a table's value for no event
PLACED_AGENT_ROOTS = table("PLACED_AGENT_ROOTS")
TALK_VERBS = table("TALK_VERBS")
PHONE_WORDS = table("PHONE_WORDS")
TOGETHER_ROOTS = table("TOGETHER_ROOTS")
RECIPROCAL_VERBS = table("RECIPROCAL_VERBS")
RECIPROCAL_OBJECTS = table("RECIPROCAL_OBJECTS")
SIDE_BY_SIDE_ADVERBS = table("SIDE_BY_SIDE_ADVERBS")
DISTRIBUTIVE_WORDS = table("DISTRIBUTIVE_WORDS")
CHAMBER_WON_CODES = table("CHAMBER_WON_CODES")
JOINT_ROOTS = table("JOINT_ROOTS")
DEPLOYMENT_AIMS = table("DEPLOYMENT_AIMS")
ENACTING_VERBS = table("ENACTING_VERBS")
LEAVING_VERBS = table("LEAVING_VERBS")
DEPLOYMENT_OFFERS = table("DEPLOYMENT_OFFERS")
DEPLOYMENT_ROOTS = table("DEPLOYMENT_ROOTS")
RESULT_PARTICIPLES = table("RESULT_PARTICIPLES")


class CandidateFinder:
    """The candidate stages, with the parts they call: ``verbs`` and ``matcher`` (patterns),
    ``arguments``, ``implicit``, ``pairing`` and ``places``. ``factuality``: only what the text
    reports as done, and verb senses; ``infer_domestic``: targets and sources the text implies."""

    def __init__(
        self,
        verbs: VerbDictionary,
        matcher: PatternMatcher,
        arguments: ArgumentFinder,
        implicit: ImplicitActors,
        pairing: Pairing,
        places: ScopedPlaces,
        *,
        factuality: bool,
        infer_domestic: bool,
    ) -> None:
        self.verbs = verbs
        self.matcher = matcher
        self.arguments = arguments
        self.implicit = implicit
        self.pairing = pairing
        self.places = places
        self.factuality = factuality
        self.infer_domestic = infer_domestic

    def _done_by_means(self, verb: Token) -> bool:
        """Whether a verb says how an act was done by a BY gerund that is a coded verb of the
        dictionaries ("retaliated by barring reporters", "responded by expelling diplomats"):
        the gerund is the act, the verb only its frame."""
        for prep in verb.children:
            if prep.dep_ != "prep" or normalise_word(prep.text) != "BY":
                continue
            for gerund in prep.children:
                if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                    continue
                found = find_verb(gerund, self.verbs)
                if found is not None and found.entry.code not in (None, "---"):
                    return True
        return False

    def verb_candidates(
        self,
        tok: Token,
        vm: VerbMatch,
        sent: Span,
        sentence: Sentence,
        coder: ArgumentCoder,
        ctx: ArticleContext,
        actor_tokens: frozenset[int],
        coded_verbs: set[int],
        sentence_countries: frozenset[str],
        recorder: Recorder,
    ) -> list[Candidate]:
        """The candidates of one dictionary verb: modality, pattern, arguments, pairs."""
        entry = vm.entry
        label = f"  verb '{tok.text}' -> {entry.lemma} [{entry.code or '---'}] ({entry.origin})"
        modality = modality_of(tok)
        if modality.negated and not modality.refusal:
            recorder.add(label + ": negated, no event")
            return []
        if self.factuality and _names_what_was_just_done(tok):
            # "Abe condemned the test, calling it 'absolutely unacceptable'": how the act it
            # joins was done, no second act
            recorder.add(label + ": names the object of the act it joins, no event")
            return []
        if self.factuality and _harm_of_a_mishap(tok, entry.meaning):
            # "the jet crashed after takeoff, killing all 71 people on board": an accident's
            recorder.add(label + ": the harm of an accident, no event")
            return []
        if self.factuality and standing_adjunct(tok):
            # "Led by Ambassador Haley, America has engaged ...": a relation, no act
            recorder.add(label + ": a standing relation named by a participle, no event")
            return []
        if modality.no_object is not None and not modality.modal:
            # "found no evidence", "reached no agreement" ("will tolerate no strikes" refuses)
            obj = tok.doc[modality.no_object].text
            recorder.add(label + f": its object '{obj}' says nothing was done, no event")
            return []
        if self.factuality and (
            (
                NOT_DONE_HEADS.get(NOT_DONE_HEADS.matches(tok) or "") in ("no-act", "ceased")
                and any(c.dep_ == "xcomp" for c in tok.children)
                and _sense_code(tok) != KEEP  # "failed to reach agreement": CAMEO's rejection
            )
            or (ADMISSION_VERBS.matches(tok) and any(c.dep_ == "ccomp" for c in tok.children))
            or (
                ASSERTION_VERBS.matches(tok)
                and any(c.dep_ == "ccomp" and not _mandative(c) for c in tok.children)
            )
            or _agrees_with_a_view(tok)
            or _claims_what_is(tok, coder)
            or _asks_a_question(tok, coder)
            or _not_yet(tok)
            or _under_unreal_noun(tok)
            or _refused_to_tell(tok)
            or _a_poll_share(tok)
            or _a_poll_finding(tok)
            or _endangered_by_a_thing(tok, coder)
        ):
            # "declined to immediately blame", "failed to broker": not done; "conceded that his
            # name helps": a statement
            recorder.add(label + ": an act not done, or a statement, no event")
            return []
        if (
            self.factuality
            and tok.tag_ == "VBG"
            and tok.dep_ in ("prep", "advcl")
            and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)
            and normalise_word(tok.text) in PREPOSITION_PARTICIPLES
        ):
            # "Barring a surprise, Kavanaugh will be confirmed": a preposition, no act
            recorder.add(label + ": a participle used as a preposition, no event")
            return []
        if self.factuality and (tok.dep_ == "amod" or _attributive(tok)):
            # "ousted President Morsi's supporters", "the detained activist": a participle that
            # describes a noun names no act of this sentence
            recorder.add(label + ": a participle describing a noun, no event")
            return []
        if self.factuality and _enacts_its_complement(tok):
            # "the House voted to impeach the president": the vote is the impeachment, which the
            # complement's verb codes
            recorder.add(label + ": enacts its complement's act, coded on the complement")
            return []
        if _governed_by_coded(tok, coded_verbs):
            recorder.add(label + ": governed by a verb already coded")
            return []
        pm = self.matcher.best(vm, actor_tokens)
        # [---:b]: no act of the subject's, the reverse act of the other side ("received
        # weapons from Russia": Russia's military aid); coded with b, its sides swapped below
        received = pm.code is None and pm.reverse_code is not None
        if received:
            pm = PatternMatch(pm.pattern, pm.reverse_code, None, pm.slots)
        if pm.pattern is None and self._complement_is_the_event(tok, actor_tokens):
            # "plans to impose restrictions": the plan is coded on what is planned
            recorder.add(label + ": an intention; its complement is the event")
            return []
        if self.factuality and pm.pattern is None and self._done_by_means(tok):
            # "Trump retaliated by barring ...": what was done is coded on the means
            recorder.add(label + ": done by a means coded on its own verb, no event")
            return []
        sense = (
            verb_sense(
                tok,
                lambda t: coder.match_at(t) is not None,
                # the object's own words name the actor ("Mr. Trump"), not a possessor of it
                # ("Netanyahu's speech")
                lambda t: (
                    coder.match_at(t) is not None and any(len(a.code) > 3 for a in coder.code(t))
                ),
            )
            if self.factuality
            else None
        )
        if (
            pm.code is None
            and (pm.pattern is None or pm.pattern.code is None)
            and sense is not None
            and sense.code != KEEP
        ):
            # a verb the dictionary gives no code of its own, whose sense gives one ("held two
            # journalists hostage", "found Stone guilty"); or one a [---] pattern silenced that
            # was written for another sense ("urged the Supreme Court to": APPEAL * COURT)
            pm = PatternMatch(None, sense.code, None, pm.slots)
        if modality.refusal:
            pm = PatternMatch(pm.pattern, refusal_code(pm.code), None, pm.slots)
            recorder.add(label + f": negated with a modal: a refusal ({pm.code or 'no code'})")
        if self.factuality and (pm.code or "") == "1724" and _disaster(tok.sent):
            # "declared states of emergency to help recover from the damage caused by the
            # storms": civil protection, no coercion of anyone
            recorder.add(label + ": a state of emergency for a natural disaster, no event")
            return []
        if pm.code is None:
            why = (
                f"pattern {pm.pattern.text} ({pm.pattern.origin}) gives no event"
                if pm.pattern
                else "the verb has no code"
            )
            recorder.add(label + ": " + why)
            return []
        rules: tuple[str, ...] = ()
        if self.factuality:
            reason = _not_reported_as_done(modality)
            if OPINION_HEADS.matches(tok) is not None and pm.pattern is None:
                reason = "a verb of opinion"  # "voters think ...": no act, whatever its code
            if no_one_did(tok):
                reason = "its subject says no one did it"  # "No U.S. officials have suggested"
            predicted = _predicted(tok)
            if predicted is not None:
                # "the ACLU is likely to file more lawsuits", "Pompeo is expected to meet Kim":
                # the writer's prediction, not an act reported (nor anyone's intent)
                reason = f"a prediction ({predicted})"
            if reason:
                recorder.add(label + f": {reason}, no event")
                return []
            if sense is not None:
                if sense.code is None:
                    recorder.add(label + f": sense {sense.key} ({sense.origin}): no event")
                    return []
                recorder.add(label + f": sense {sense.key} ({sense.origin}): {sense.code}")
                if sense.code != KEEP:
                    # refused with a modal ("would not negotiate"): the refusal of the sense's act
                    refused = refusal_code(sense.code) if modality.refusal else sense.code
                    if refused is None:
                        recorder.add(label + ": the refusal of a conflictual act, no event")
                        return []
                    pm = PatternMatch(pm.pattern, refused, None, pm.slots)
                rules = (sense.origin,)
        code, reverse = pm.code or "", pm.reverse_code
        if self.factuality and code[:2] == "04" and (to_come := meeting_to_come(tok)) is not None:
            # "Trump also addressed his upcoming summit with Putin": a meeting still to come,
            # talked of (forty-seventh session: both readers of a sample judged it none)
            recorder.add(label + f": the meeting it names is '{to_come}', still to come, no event")
            return []
        if code == "154" and _deployed_to_help(tok):
            # "sent troops to help Iraq", "offered to send troops": military cooperation
            code, reverse = "062", None
            recorder.add(label + ": forces sent to help, military cooperation (062)")
        before_intent = code
        code, reverse = intent_code(
            tok, code, reverse, complements=self.factuality, refused=modality.refusal
        )
        # "will meet", "plans to visit": the act intended, weighed apart by the scorer (a meeting
        # scheduled is a plan by the annotation guide; ConfliBERT's classes and PLOVER's AGREE
        # count it: dropping it cost ConfliBERT 14 sentences, thirty-first session)
        intended = _intended_note(before_intent, code) if code[:2] != before_intent[:2] else None
        warning = (
            _warns_how_things_are(tok, coder) if self.factuality and code[:2] == "13" else None
        )
        if warning is not None:
            # "warned that the economy was in danger": a pessimistic comment, no threat
            code, reverse = WARNING_VERBS.get(warning) or code, None
            rules = (*rules, WARNING_VERBS.origin(warning))
            recorder.add(label + f": a warning of how things are ({code}), no threat")
        if modality.hypothetical and (code[:2] >= "09" or self.factuality):
            threat = threat_code(code)
            # a conditional threat is one an actor makes: in narration, "the rebels could attack
            # if ..." is a hypothetical
            speech = modality.reported or not self.factuality
            if modality.conditional_threat and threat is not None and speech:
                # "may halt mediation if cooperation founders": conflict held out on a
                # condition is the threat of it
                code, reverse = threat, None
            else:
                # "might launch strikes", "if Israel attacked": conflict that has not happened
                recorder.add(label + f": hypothetical ({code}), no event")
                return []
        sources, targets, notes = self.arguments.of_verb(tok, vm, pm, coder, ctx, sent)
        if received:
            sources, targets = list(targets), list(sources)
            notes = (*notes, "the other side's act: the pattern's reversed code ([---:b])")
        if intended is not None:
            notes = (*notes, intended)
        demand = self.implicit.reported_obligation(tok, coder, ctx)
        if demand and sources:
            # "Britain said Sudan must return the helicopter": Britain demands it of Sudan;
            # "said Obama should have negotiated": criticism of what he did not do
            hindsight = _hindsight_code(tok)
            sources, targets, code, reverse = demand, sources, hindsight or "100", None
            notes = (
                *notes,
                "reported obligation: the speaker demands it of the subject"
                if hindsight is None
                else "what the subject should have done: the speaker criticizes it",
            )
        elif (
            self.factuality
            and modality.purpose
            and (not _purpose_done(tok, code) or tok.dep_ == "xcomp")
        ):
            # "issued calls to Russia to stop the delivery", "deployed snipers to break up the
            # sit-in": the aim of an act, not an act reported as done. A complement (xcomp) is
            # never done by the act: an aim's own complement ("threatened in January to allow a
            # law, permitting citizens to sue": only a purpose's own verb is, "rallied to
            # demand"), nor the infinitive "be" predicates ("Hamas was to blame" is the
            # speaker's blame of Hamas, which its subject would read backwards: 8 of 10 such
            # candidates on the labelled sets were wrong)
            recorder.add(label + f": a purpose ({code}), no event")
            return []
        elif self.factuality and _obliged(tok):
            # "The United States must quickly engage North Korea": no one is reported demanding
            # it, and it has not happened
            recorder.add(label + ": an obligation no one is reported demanding, no event")
            return []
        if self.factuality and vm.entry.meaning in JOURNEY_MEANINGS and _journey_to_join(tok):
            # "traveled to Syria to try to join the Islamic State": no visit (JOINING_PURPOSES)
            recorder.add(label + ": a journey to join a side or a fight, no visit")
            return []
        if vm.entry.meaning in JOURNEY_MEANINGS and all(len(t.code) == 3 for t in targets):
            # "traveled to Singapore to meet with President Trump": whom the journey is made to
            # meet is its counterpart, not the place reached (MEETING_PURPOSE_ROOTS)
            met = self.implicit.purpose_target(
                tok, coder, ctx, sources, roots=MEETING_PURPOSE_ROOTS
            )
            if met:
                targets = met
                notes = (*notes, "target: the one its purpose clause meets")
        if (
            not targets
            and (code[:3] in VISIT_CODES or vm.entry.meaning in TRAVEL_MEANINGS)
            and not (self.factuality and sources and all(_private_traveller(s) for s in sources))
        ):
            # "arrived in Amman on a visit": the place visited stands for its country; not for
            # a country's people ("more Somalis are arriving in Minnesota", "three French
            # investigators arrived in Cairo"), whose journey visits no one
            targets = self.implicit.visited(tok, coder, sources)
        pattern_text = (
            f"pattern {pm.pattern.text} ({pm.pattern.origin})"
            if pm.pattern
            else "no pattern: verb code"
        )
        recorder.add(
            f"{label}: {pattern_text} -> {code}; sources {[s.code for s in sources] or 'none'}, "
            f"targets {[t.code for t in targets] or 'none'}"
        )
        if (
            self.factuality
            and code[:3] in CHAMBER_WON_CODES
            and targets
            and sources
            and all(_elected_body(t) for t in targets)
            and all(_party(s) for s in sources)
            and {t.code[:3] for t in targets} <= {s.code[:3] for s in sources}
        ):
            # "Democrats took control of the House", "Republicans seized control of the Senate":
            # a party winning its own country's legislature at the polls occupies nothing
            recorder.add(label + f": a party's control of a chamber won ({code}), no event")
            return []
        if (
            self.factuality
            and LEAVING_VERBS.matches(tok) is not None
            and targets
            and all(t.code.startswith("IGO") for t in targets)
            and sources
            and not any(s.code.startswith("IGO") for s in sources)
        ):
            # "Britain left the European Union", "the United States withdrew from UNESCO": a
            # country leaving an organisation reduces relations (PLOVER SANCTION 'withdraw'), no
            # visit or concession
            code, reverse = LEAVING_VERBS.get(LEAVING_VERBS.matches(tok) or "") or code, None
            notes = (*notes, "a country leaving an organisation")
        deployed = self.factuality and vm.entry.meaning == "SEND" and code[:2] in DEPLOYMENT_ROOTS
        if (deployed or (self.factuality and code[:2] == "15")) and sources:
            # "Israel deployed extra security forces", "sent 3,000 troops to the Middle East",
            # "staged military exercises": the forces moved or shown are the source's own, no
            # one the act is aimed at (PLOVER MOBILIZE: against whom, if that is clear)
            home = {s.code[:3] for s in sources}
            # an agent of no country ("troops", "security forces") is the source's by the
            # domestic rule
            kept = [
                t
                for t in targets
                if not ((t.code[:3] in home or t.code.startswith("---")) and len(t.code) > 3)
            ]
            if len(kept) < len(targets):
                notes = (*notes, "the forces sent are the source's own, no target")
            targets = kept
        if not targets and sources and self.infer_domestic and (code[:2] == "14" or deployed):
            # "staged a strike to demand the president's resignation": the protest is aimed
            # where its purpose is; "sent troops to help Iraq": so is the help
            targets = self.implicit.purpose_target(tok, coder, ctx, sources)
            if targets:
                notes = (*notes, "target: the one its purpose clause names")
        if (
            not targets
            and sources
            and self.infer_domestic
            and _plover(code) in COMPLEMENT_TARGET_TYPES
        ):
            # "the United States agreed to lift sanctions imposed on Iran": aimed at Iran
            targets = self.implicit.complement_target(tok, coder, ctx, sources)
            if targets:
                notes = (*notes, "target: the one the act agreed to is aimed at")
        together = (
            self.factuality
            and (
                _done_together(tok, code)
                # "French and British investigators arrived in Cairo": they travelled side by side,
                # no meeting with one another (a visit they made together may be one: "Cameron and
                # Hollande visited the Bataclan", VISIT_CODES)
                or (
                    not targets
                    and code[:2] == "04"
                    and code[:3] not in VISIT_CODES
                    and vm.entry.meaning in TRAVEL_MEANINGS
                )
                # "prosecutors and the FBI contacted Andrew's lawyers": they met someone the
                # dictionaries do not code, side by side, not one another
                or (not targets and code[:2] == "04" and _met_someone_else(tok))
            )
        )
        # "Russia and Turkey accused each other", "Israel and Hamas traded accusations": the
        # subjects are one another's targets
        mutual = (
            self.factuality
            and not targets
            and not together
            and len({s.code for s in sources}) >= 2
            and (_reciprocal_object(tok) or _done_to_one_another(tok))
        )
        if mutual:
            notes = (*notes, "target: the other subjects, done to one another")
        if (
            self.factuality
            and tok.dep_ in ("acl", "relcl")
            and EVENT_NOUNS.matches(tok.head) is not None
            and counted(tok.head)
        ):
            # "the number of attacks carried out in Somalia by al-Shabab": acts counted by a
            # statistic (STATISTIC_NOUNS), none reported (forty-fourth session)
            recorder.add(label + ": it hangs on acts a statistic counts, no event")
            return []
        if self.factuality and code[:2] == "14" and _gathered_to_celebrate(tok):
            # "Hundreds of Iranians took to the streets in Tehran to celebrate a breakthrough in
            # talks": a celebration or a mourning, no protest (forty-third session)
            recorder.add(label + ": a crowd gathered to celebrate or to mourn, no protest")
            return []
        if self.factuality and _blames_a_cause(tok):
            # "Iranian officials have blamed a technical malfunction for the aircraft's doom",
            # "blamed the tragedy on a communications failure": a cause named, no one accused
            # (forty-ninth session)
            recorder.add(label + ": what it blames is a cause, no one accused (CAUSE_NOUNS)")
            return []
        if (
            self.factuality
            and not targets
            and code[:2] in _lemma_roots(SELF_AIMED_VERBS, tok)
            and _own_object(tok)
        ):
            # "Trump defended his decision to withdraw troops": aimed at no one but its doer
            recorder.add(label + f": its object is the subject's own ({code}), no event")
            return []
        if (
            not targets
            and sources
            and self.infer_domestic
            and not mutual
            and not _face_each_other(sources, code, together)
            and demanded_release(tok, code) is None
        ):
            implicit = self.implicit.implicit_target(
                tok, code, sources, sent, coder.offset, sentence_countries
            )
            if implicit:
                targets = implicit
                own = any(a.code[:3] == implicit[0].code for a in sources)
                where = "the actor's own country" if own else "the country where it happened"
                notes = (*notes, f"target: implicit, {where}")
        if self.factuality:
            # a target is an actor phrase: a noun, a name or a pronoun, not a verb the parser
            # left as an object ("mentioned", "veto")
            targets = [t for t in targets if _is_actor_phrase(t, sent)]
            sense = targeted_sense(tok) if targets else untargeted_sense(tok)
            if sense is not None and sense.code is None and not targets:
                # "oil prices shot up": with no target, the sense names no act (- in the table)
                recorder.add(label + f": sense {sense.key} ({sense.origin}): no event")
                return []
            if sense is not None and sense.code is not None and sense.code != KEEP:
                recorder.add(label + f": sense {sense.key} ({sense.origin}): {sense.code}")
                code, reverse, rules = sense.code, None, (*rules, sense.origin)
                if intended is not None:
                    # "is expected to launch a missile": the sense's act is intended as the
                    # pattern's was (before: the launch coded as done, 150)
                    code, reverse = intent_code(tok, code, None, refused=modality.refusal)
                    intended = _intended_note(sense.code, code)
                    notes = tuple(intended if n.startswith(_INTENDED) else n for n in notes)
        sources, targets = self.implicit.town_agents(sources, targets, sent)
        if self.infer_domestic and code[:2] in PLACED_AGENT_ROOTS:
            sources, targets = self.implicit.placed_agents(tok, sources, targets, sent)
        pairs = self.pairing.pairs(
            sources,
            targets,
            code=code,
            sentence_countries=sentence_countries,
            together=together,
            mutual=mutual,
        )
        if not pairs:
            recorder.add(
                "    no event: " + ("no source actor" if not sources else "no target actor")
            )
            return []
        verb_rule = f"{'_'.join((entry.lemma, *entry.particle))} ({entry.origin})"
        pattern = f"{pm.pattern.text} ({pm.pattern.origin})" if pm.pattern else None
        rules = (
            *(r for r in (entry.origin, pm.pattern.origin if pm.pattern else None) if r),
            *rules,
        )
        talk = TALK_VERBS.matches(tok) if self.factuality and code[:2] == "01" else None
        if talk is not None and not targets and len(sources) >= 2:
            # "Trump and Putin spoke on Saturday": a conversation between them, not a statement
            code, reverse = TALK_VERBS.get(talk) or code, None
            if _by_phone(tok):
                code = "041"
            rules = (*rules, TALK_VERBS.origin(talk))
            recorder.add(label + f": the subjects talked with each other ({code})")
        # "Trump attacked Senator Warren", either side of "Trump clashed with Pelosi": one
        # politician's attack on another is criticism
        in_words = self.factuality and (_in_words(tok) or _carries_words_attack(tok))
        verbal = (
            VERBAL_ATTACK_VERBS.matches(tok) or _attack_noun_carried(tok)
            if self.factuality and (in_words or not _with_weapon(tok))
            else None
        )

        def criticism_of(event_code: str, src: CodedActor, tgt: CodedActor | None) -> str:
            if verbal is None or event_code[:2] not in VIOLENT_ROOTS:
                return event_code
            if not (
                in_words
                or _verbal_attack(src, tgt)
                or (WORDS_ATTACK_VERBS.matches(tok) is not None and _political(src))
            ):
                return event_code
            return VERBAL_ATTACK_VERBS.get(verbal) or event_code

        # a paired code ([a:b]) also gives target -> source with b (below)
        directed = [(criticism_of(code, src, tgt), src, tgt) for src, tgt in pairs]
        if verbal is not None and any(c != code for c, _, _ in directed):
            criticism = VERBAL_ATTACK_VERBS.get(verbal) or code
            recorder.add(label + f": a politician's attack on another: {criticism}")
            rules = (*rules, VERBAL_ATTACK_VERBS.origin(verbal))
            # "-": no act at all between politicians ("Obama defeated Romney": an election won)
            directed = [d for d in directed if d[0] != NO_EVENT]
            if self.infer_domestic and any(t is None and c != code for c, _, t in directed):
                # "Sen. Warren blasted the changes to Dodd-Frank": criticism by a country's body
                # aimed at no one named is aimed at its own country, as any accusation's is
                # (OWN_COUNTRY_TYPES; the attack it was read as first aims at no one)
                aimed = []
                for c, src, tgt in directed:
                    if tgt is None and c != code:
                        own_country = self.implicit.implicit_target(
                            tok, c, [src], sent, coder.offset, sentence_countries
                        )
                        if own_country:
                            tgt = own_country[0]
                            notes = (*notes, "target: implicit, the actor's own country")
                    aimed.append((c, src, tgt))
                directed = aimed
        raid = _raid(tok) if self.factuality and code[:2] in VIOLENT_ROOTS else None
        if raid is not None:
            # "authorities launched six raids in the Brussels region", "security forces have
            # conducted 414 raids, making 60 arrests": police raids search and arrest (COERCE,
            # as the labelled sets list them), no armed attack (forty-sixth session)
            raid_code = RAID_WORDS.get(raid) or code
            raided = [
                (raid_code if c[:2] in VIOLENT_ROOTS and _police(src) else c, src, tgt)
                for c, src, tgt in directed
            ]
            if raided != directed:
                recorder.add(label + f": a police raid ({raid_code})")
                rules = (*rules, RAID_WORDS.origin(raid))
                directed = raided
        ctx.remember(sources)
        trigger = (tok.i, *(t.i for t in vm.particle_tokens))
        out = [
            _candidate(
                tok, sent, sentence, event_code, src, tgt, verb_rule, pattern, modality,
                notes, rules, trigger,
            )
            for event_code, src, tgt in directed
        ]  # fmt: skip
        if reverse:
            # the other direction is the dictionary's reading, not the sentence's: said in the
            # notes, so the record shows it and the scorer weighs it apart
            reverse_notes = (*notes, f"{REVERSE_NOTE}: the paired code's other direction")
            back = [
                (criticism_of(reverse, tgt, src), tgt, src)
                for src, tgt in pairs
                if tgt is not None and not (self.factuality and at_home(src, tgt))
            ]
            out += [
                _candidate(
                    tok, sent, sentence, event_code, src, tgt, verb_rule, pattern, modality,
                    reverse_notes, rules, trigger,
                )
                for event_code, src, tgt in back
                if event_code != NO_EVENT
            ]  # fmt: skip
        return out

    def _home_target(
        self,
        tok: Token,
        code: str,
        sources: Sequence[CodedActor],
        sent: Span,
        coder: ArgumentCoder,
        sentence_countries: frozenset[str],
        notes: tuple[str, ...],
    ) -> tuple[list[CodedActor], tuple[str, ...]]:
        """The target an act named by a noun, aimed at no one named, takes as a verb's would
        (``_aims_at_home``, ``ImplicitActors.implicit_target``), with its note; none otherwise."""
        if not _aims_at_home(code, sources):
            return [], notes
        targets = self.implicit.implicit_target(
            tok, code, sources, sent, coder.offset, sentence_countries
        )
        if not targets:
            return [], notes
        home = {a.code[:3] for a in sources} == {t.code[:3] for t in targets}
        where = "the actor's own country" if home else "the country where it happened"
        return targets, (*notes, f"target: implicit, {where}")

    def nominal_candidates(
        self,
        sent: Span,
        sentence: Sentence,
        coder: ArgumentCoder,
        ctx: ArticleContext,
        actor_tokens: frozenset[int],
        verbal: Sequence[Candidate],
        sentence_countries: frozenset[str],
        recorder: Recorder,
    ) -> list[Candidate]:
        """Events a noun names ("Pompeo's visit to North Korea"), unless a verb of the sentence
        already coded the same act by the same source."""
        done = {(c.source.code, _plover(c.code)) for c in verbal}
        skip = actor_tokens | {i for c in verbal for i in c.trigger}
        # a concession whose pattern names what it ends ("LIFT * EMBARGO"), not a verb's own 08x
        # code ("authorized U.S. airstrikes" is no airstrike given up)
        yielding = {c.verb_index for c in verbal if c.code.startswith("08") and c.pattern}
        ordered = {(c.verb_index, _plover(c.code)) for c in verbal if c.pattern}
        # "launched cyber attacks": the verb's pattern coded the act its object names (176), of
        # whatever type the noun alone would have
        performed = {i for i, _ in ordered}
        # verbs coded as force (MEANS_TYPES) by a doer the sentence names: a noun of force in
        # their means phrase, with no doer and no target of its own, names the same act
        # ("Russian jets killed five civilians in an airstrike", "arrested five men in a raid")
        forceful = {
            c.verb_index
            for c in verbal
            if _plover(c.code) in MEANS_TYPES and c.source.via != "implicit"
        }
        found: list[Candidate] = []
        for item in event_nouns(sent, frozenset(i + sent.start for i in skip)):
            if isinstance(item, tuple):
                tok, reason = item
                recorder.add(f"  noun '{tok.text}': {reason}, no event")
                continue
            if _given_up(item.token, yielding):
                recorder.add(f"  noun '{item.token.text}': what a concession ends, no new act")
                continue
            tok, code = item.token, item.code
            taker = item.taker
            if taker is not None and (
                (taker.i, _plover(code)) in ordered
                or (taker.i in performed and PERFORMING_VERBS.matches(taker) is not None)
            ):
                # "Obama ordered airstrikes in Iraq": the verb's pattern coded the act, with its
                # doer; the noun names the same act, not one by unnamed attackers
                recorder.add(f"  noun '{tok.text}': the act its verb was coded as, no new act")
                continue
            if (
                tok.dep_ == "pobj"
                and normalise_word(tok.head.text) in MEANS_PREPS
                and tok.head.head.i in forceful
                and _plover(code) in MEANS_TYPES
                and not item.sources
                and not item.targets
            ):
                recorder.add(f"  noun '{tok.text}': the means of its verb's act, no new act")
                continue
            if tok.dep_ in ("nsubj", "nsubjpass") and any(
                tok.head.i - sent.start in c.trigger
                and _plover(c.code) == _plover(code)
                and any(
                    c.source.start <= m.i - coder.offset < c.source.end
                    for m in tok.children
                    if m.dep_ in ("compound", "amod", "poss") and m.i < tok.i
                )
                for c in verbal
            ):
                # "U.S. attacks in Yemen have killed more than 100 militants": the act its verb
                # was coded as, with the doer the noun's modifier names, not one by unnamed
                # attackers (a place in its phrase is no doer: "Two airstrikes west of Baghdad
                # destroyed ..." keeps the noun's)
                recorder.add(f"  noun '{tok.text}': the subject of its own act's verb, no new act")
                continue
            if taker is not None and _a_poll_finding(taker):
                # "67% opposed Bill Clinton's impeachment", "those surveyed said Trump ordered
                # the killing": what a poll's public thinks was done
                recorder.add(f"  noun '{tok.text}': in a poll's finding, no event")
                continue
            label = f"  noun '{tok.text}' -> {code} ({item.origin})"
            coded = [(t, self.arguments.code(t, coder, ctx, None)) for t in item.sources]
            sources = _one_doer(coded) or [a for _, found in coded for a in found]
            if not sources and item.sources and item.orderer is not None:
                # "Obama authorized 2,800 drone strikes": a modifier that names no actor (the
                # drone) is no doer; the one who ordered the act did it (as with no modifier)
                sources = self.arguments.code(item.orderer, coder, ctx, None)
            if not sources and INQUIRY_NOUNS.matches(tok) is not None:
                # "the FBI investigation", "a House probe": a compound naming an investigating
                # body does it ("the Russia probe" names what is investigated)
                sources = self._compound_doers(tok, coder, ctx, _inquirer)
            if not sources and code[:2] in VIOLENT_ROOTS:
                # "Hamas attacks on Israel", "CIA drone attacks": a compound naming an armed
                # actor does the attack ("the Benghazi attack" names where it happened)
                sources = self._compound_doers(tok, coder, ctx, is_armed)
            if not sources and item.partakers and item.partakers != item.sources:
                # "during a private meeting with Xi": no one in "private"; the clause's subject
                coded = [(t, self.arguments.code(t, coder, ctx, None)) for t in item.partakers]
                sources = _one_doer(coded) or [a for _, found in coded for a in found]
            notes: tuple[str, ...] = ("nominal: an act named by a noun",)
            idiom = tok.dep_ == "pobj" and tok.head.lower_ == "on"  # "is on the march"
            if not sources and code[:2] in ("14", "18", "19", "20") and not idiom:
                # "a bombing in Beirut": unnamed attackers, of no country (the labelled sets list
                # 181 such attacks "---", 30 with a country: benchmarks/chrome_and_doers.py;
                # forty-fourth session);
                # "a protest in Cairo": unnamed protesters (the agents dictionary's PROTESTER,
                # OPP), of the place's country, as the labelled sets list them
                location = self.places.location(tok, sent)
                if location is not None and location.country:
                    i = tok.i - coder.offset
                    if code[:2] == "14":
                        sources = [CodedActor.implicit(location.country + "OPP", i)]
                        note = "source: unnamed protesters, in the country where it happened"
                    else:
                        sources = [CodedActor.implicit(UNNAMED_ATTACKERS, i)]
                        note = "source: unnamed attackers, of no country, where it happened"
                    notes = (*notes, note)
                elif code[:2] != "14" and tok.dep_ != "compound" and not item.sources:
                    # "the killing of the Israeli soldiers": attackers of no country named,
                    # an event only against a target the noun's own phrases name
                    i = tok.i - coder.offset
                    sources = [CodedActor.implicit(UNNAMED_ATTACKERS, i)]
                    notes = (*notes, "source: unnamed attackers, of no country named")
            unnamed = any(a.code.startswith("---") and a.via == "implicit" for a in sources)
            targets = [
                a
                for t in item.targets
                for a in self.arguments.code(t, coder, ctx, sources)
                if not among(a, sources)
            ]
            targets = [t for t in targets if _is_actor_phrase(t, sent)]
            if unnamed:
                # "attacks on the GOP", "an attack on Mueller's team": words, by no one named
                targets = [
                    t
                    for t in targets
                    if not any(x in WORDS_TARGET_SECTORS for x in t.sectors)
                    and not _with_phrase(t, sent)
                ]
            if not targets and item.receiver is not None and not unnamed:
                # "Northam defied calls from his party": aimed at who received them; "Israel's
                # attack on Gaza drew condemnation from Turkey": at whose act received them
                for receiver in (item.receiver, *_possessors(item.receiver)):
                    targets = [
                        a
                        for a in self.arguments.code(receiver, coder, ctx, sources)
                        if not among(a, sources) and not a.code.startswith("---")
                    ]
                    if targets:
                        notes = (*notes, "target: the one who received the act")
                        break
            if not targets and sources and code[:2] in ("18", "19", "20"):
                # "a bombing in Beirut": an attack no one is named as suffering hit the country
                # where it happened
                location = self.places.location(tok, sent)
                if location is not None and location.country:
                    i = tok.i - coder.offset
                    targets = [CodedActor.implicit(location.country, i)]
                    notes = (*notes, "target: implicit, the country where it happened")
            if not targets and not unnamed:
                # "the House's impeachment inquiry", "Mueller's investigation": a body's act
                # named by a noun, aimed at no one named, is aimed at its own country, as verbs';
                # not a deal "between protesters and the government", which pairs its parties
                targets, notes = self._home_target(
                    tok, code, sources, sent, coder, sentence_countries, notes
                )
            sources, targets = self.implicit.town_agents(sources, targets, sent)
            if code[:2] in PLACED_AGENT_ROOTS:
                sources, targets = self.implicit.placed_agents(tok, sources, targets, sent)
            together = (
                self.factuality
                and len({a.code[:3] for a in sources if not a.code.startswith("---")}) >= 2
                and _side_by_side_noun(tok, code)
            )
            pairs = self.pairing.pairs(
                sources,
                targets,
                code=code,
                sentence_countries=sentence_countries,
                together=together,
            )
            if self.factuality and code[:2] in VIOLENT_ROOTS:
                attack = VERBAL_ATTACK_VERBS.matches(tok)
                attacks = VERBAL_ATTACK_VERBS
                if attack is None and (attack := VERBAL_ATTACK_NOUNS.matches(tok)) is not None:
                    attacks = VERBAL_ATTACK_NOUNS
                # with a target only: "clashes between his opponents and members of Morsi's
                # Brotherhood" are no politician's words
                if attack is not None and (
                    _in_words(tok, media=False)
                    or _aimed_at_words(tok)
                    or any(
                        _verbal_attack(s, t)
                        if t is not None
                        else _politicians_attack(s, tok, sentence_countries)
                        for s, t in pairs
                    )
                ):
                    # "Trump is famous for his attacks on the media": criticism, as the verb's
                    code = attacks.get(attack) or code
                    notes = (*notes, "a politician's attack on another: criticism")
                    if not targets:
                        # "Rosen responded to Trump's attacks": aimed at his own country's politics
                        targets, notes = self._home_target(
                            tok, code, sources, sent, coder, sentence_countries, notes
                        )
                        if targets:
                            pairs = self.pairing.pairs(
                                sources,
                                targets,
                                code=code,
                                sentence_countries=sentence_countries,
                                together=together,
                            )
            kind = _plover(code)
            pairs = [(s, t) for s, t in pairs if (s.code, kind) not in done]
            if not pairs:
                recorder.add(label + ": no event (no source actor, or coded by a verb)")
                continue
            recorder.add(
                f"{label}: sources {[a.code for a in sources]}, "
                f"targets {[a.code for a in targets] or 'none'}"
            )
            verb_rule = f"{normalise_word(tok.text)} ({item.origin})"
            for src, tgt in pairs:
                found.append(
                    _candidate(
                        tok, sent, sentence, code, src, tgt, verb_rule, None, item.modality,
                        notes, (item.origin,), (tok.i,),
                    )
                )  # fmt: skip
        return found

    def _compound_doers(
        self,
        noun: Token,
        coder: ArgumentCoder,
        ctx: ArticleContext,
        doer: Callable[[CodedActor], bool],
    ) -> list[CodedActor]:
        """The actors the compounds before an act's noun name that ``doer`` says do such acts
        (one doer of a nationality and an agent side by side, as for other modifiers)."""
        coded = [
            (c, [a for a in self.arguments.code(c, coder, ctx, None) if doer(a)])
            for c in noun.children
            if c.dep_ == "compound" and c.i < noun.i
        ]
        return _one_doer(coded) or [a for _, found in coded for a in found]

    def uncoded_obligations(
        self,
        sentence: Sentence,
        sent: Span,
        coder: ArgumentCoder,
        ctx: ArticleContext,
        coded: set[int],
    ) -> list[Candidate]:
        """ "declared that China must drop barriers": a demand (CAMEO 100) of the subject even when
        the verb of what must be done has no code in the dictionary."""
        found: list[Candidate] = []
        for tok in sent:
            if tok.i in coded or not tok.tag_.startswith("VB"):
                continue
            speaker = self.implicit.reported_obligation(tok, coder, ctx)
            subj = subject_of(tok) if speaker else None
            if subj is None or _a_poll_finding(tok) or feeling_stirred(tok):
                # "said Americans should be encouraged by the law": a feeling is no one's duty
                continue
            if OPINION_HEADS.matches(tok) is not None or _inferred_state(tok):
                # "the American people should wonder ...", "the president's pronouncement must be
                # puzzling to any American": a thought or a state inferred, no act demanded
                # (forty-seventh session: both readers of a sample judged such requests wrong)
                continue
            targets = [
                a for a in self.arguments.code(subj, coder, ctx, speaker) if not among(a, speaker)
            ]
            targets = [a for a in targets if not a.code.startswith("---")]
            if not targets:
                continue
            verb_rule = (
                f"{normalise_word(tok.text)} (eventscribe: a reported obligation (must/should))"
            )
            hindsight = _hindsight_code(tok)
            notes = (
                "reported obligation: the speaker demands it of the subject"
                if hindsight is None
                else "what the subject should have done: the speaker criticizes it",
            )
            modality = modality_of(tok)
            for src in speaker:
                for tgt in targets:
                    found.append(
                        _candidate(
                            tok, sent, sentence, hindsight or "100", src, tgt, verb_rule, None,
                            modality, notes, (), (tok.i,),
                        )
                    )  # fmt: skip
        return found

    def _complement_is_the_event(self, verb: Token, actor_tokens: frozenset[int]) -> bool:
        """An intention verb ("plans", "decided", "hopes") whose own code is generic while its
        complement is conflict: the complement is coded, as a threat ("plans to impose
        restrictions"). Intended cooperation stays on the intention verb (030)."""
        if COMMIT_HEADS.matches(verb) is None and PLAN_HEADS.matches(verb) is None:
            return False
        if AGREE_LEMMAS.matches(verb) is not None:
            return False
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                vm = find_verb(child, self.verbs)
                code = self.matcher.best(vm, actor_tokens).code if vm is not None else None
                if code is not None and code[:2] >= "09" and threat_code(code) is not None:
                    return True
        return False


def _candidate(
    verb: Token,
    sent: Span,
    sentence: Sentence,
    code: str,
    source: CodedActor,
    target: CodedActor | None,
    verb_rule: str,
    pattern: str | None,
    modality: Modality,
    notes: tuple[str, ...],
    rules: tuple[str, ...],
    trigger: tuple[int, ...],
) -> Candidate:
    from eventscribe.ontology import cameo_info

    info = cameo_info(code)
    features = candidate_features(
        verb,
        sent,
        code=code,
        plover=info.plover_event if info else None,
        source=source,
        target=target,
        modality=modality,
        pattern=pattern is not None,
        notes=notes,
    )
    return Candidate(
        sentence_index=sentence.index,
        verb_index=verb.i,
        trigger=trigger,
        code=code,
        source=source,
        target=target,
        verb=verb_rule,
        pattern=pattern,
        modality=modality,
        notes=notes,
        rules=rules,
        features=features,
    )


_INTENDED = "intended act "


def _intended_note(done: str, code: str) -> str:
    """The note of an act coded as its intent: the root of the act intended, and the code."""
    return f"{_INTENDED}{done[:2]}: coded as its intent ({code})"


def without_press_consultations(
    candidates: Sequence[Candidate], recorder: Recorder
) -> list[Candidate]:
    """Candidates less the meetings and talks one of whose sides is the news media ("spoke to
    Reuters about the call", "met with reporters on the sidelines", "meeting with CNN, NBC"): an
    interview or a briefing, no consultation between political actors (PRESS_SECTORS;
    annotation guide: speaking to the press is a statement at most)."""
    out = []
    for c in candidates:
        sides = (c.source, *((c.target,) if c.target is not None else ()))
        if _plover(c.code) == "CONSULT" and any(_of_the_press(a.code) for a in sides):
            recorder.add(f"  verb or noun at {c.verb_index}: a talk with the press, no event")
            continue
        out.append(c)
    return out


def _of_the_press(code: str) -> bool:
    """An actor code with a news-media block anywhere ("MED" alone, "USAMED", "FRAMEDGOV")."""
    return any(code[k : k + 3] in PRESS_SECTORS for k in range(0, len(code), 3))


def without_orders_carried_out(
    candidates: Sequence[Candidate], doc: Doc, recorder: Recorder
) -> list[Candidate]:
    """Candidates less an order (ORDERING_VERBS coded as a demand, CAMEO 10) whose object, an act
    named by a noun, is coded as done by the one who ordered it ("Trump ordered the strike that
    killed Suleimani": an attack by Trump, not a demand of the United States too; the noun's own
    ``ORDERING_VERBS`` rule, coding/nominal.py)."""
    done = {
        (doc[c.verb_index].head.i, c.source.code)
        for c in candidates
        if doc[c.verb_index].dep_ == "dobj" and coarse(doc[c.verb_index].tag_) == "NOUN"
    }
    out = []
    for c in candidates:
        tok = doc[c.verb_index]
        if (
            c.code[:2] == "10"
            and ORDERING_VERBS.matches(tok) is not None
            and (tok.i, c.source.code) in done
        ):
            recorder.add(f"  verb '{tok.text}': the act it ordered is coded as done, no demand")
            continue
        out.append(c)
    return out


def without_attack_results(
    candidates: Sequence[Candidate], doc: Doc, recorder: Recorder
) -> list[Candidate]:
    """Candidates less the killings and woundings that are the result of an attack coded on the
    verb they hang on, by the same doer on the same country ("stormed a school, killing at least
    130 people", "opened fire on worshipers, killing 10"): one act, coded once on the attack
    (RESULT_PARTICIPLES). A killing that names victims of another country ("opened fire at a
    base, killing a U.S. general") stays."""

    def doer(c: Candidate) -> str:
        # attackers no one names are one doer, wherever the rules placed them ("A gunman opened
        # fire at Canada's memorial, killing one soldier")
        return UNNAMED_ATTACKERS if c.source.code.endswith("UAF") else c.source.code

    def dyad(c: Candidate) -> tuple[int, str, str]:
        return c.verb_index, doer(c), c.target.code[:3] if c.target else ""

    def result_of(c: Candidate) -> Token | None:
        tok = doc[c.verb_index]
        head = adverbial_participle_head(tok)
        if head is None or c.code[:2] not in VIOLENT_ROOTS:
            return None
        return head if RESULT_PARTICIPLES.matches(tok) is not None else None

    violent = {dyad(c) for c in candidates if c.code[:2] in VIOLENT_ROOTS}
    # an attack with no target whose result names the victims ("police returned fire, killing
    # the gunmen"): one act, coded on the result, which says whom it was done to
    aimed_results = {
        (head.i, doer(c)) for c in candidates if c.target and (head := result_of(c)) is not None
    }
    out = []
    for c in candidates:
        tok = doc[c.verb_index]
        head = result_of(c)
        if head is not None and (head.i, *dyad(c)[1:]) in violent:
            recorder.add(
                f"  verb '{tok.text}': the result of the attack coded on '{head.text}', no event"
            )
            continue
        if (
            c.target is None
            and c.code[:2] in VIOLENT_ROOTS
            and (c.verb_index, doer(c)) in aimed_results
        ):
            recorder.add(f"  verb '{tok.text}': its result names whom it was done to, no event")
            continue
        out.append(c)
    return out


def _governed_by_coded(verb: Token, coded: set[int]) -> bool:
    """A verb governed (through xcomp/conj, or as a participle of such a verb) by one already
    coded: "called on X to ensure ... and deepen ..." is the call, not three events. The path
    must pass an xcomp: coordinated main verbs ("resumed the effort and accused Republicans")
    are events each."""
    node = verb
    through_xcomp = False
    for _ in range(6):
        # a participle hangs on its verb's clause: "threatened to allow the law, permitting
        # citizens to sue"
        participle_of = adverbial_participle_head(node)
        if participle_of is not None:
            node = participle_of
            if node.i in coded and through_xcomp:
                return True
            continue
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.head.dep_ not in ("xcomp", "conj"):
            return False  # "pursues ... and supports": coordinated main verbs are events each
        through_xcomp = through_xcomp or node.dep_ == "xcomp"
        node = node.head
        if node.i in coded and through_xcomp:
            return True
    return False


def _enacts_its_complement(verb: Token) -> bool:
    """A verb done (past, no modal) whose infinitive complement is the act it enacts
    (ENACTING_VERBS: "voted to impeach the president", "voted to condemn the attack")."""
    if ENACTING_VERBS.matches(verb) is None or verb.tag_ not in ("VBD", "VBN"):
        return False  # "will vote to support the deal": the vote is still to come
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "would have voted to"
    return any(c.dep_ == "xcomp" and coarse(c.tag_) == "VERB" for c in verb.children)


def _deployed_to_help(verb: Token) -> bool:
    """Whether a deployment of forces is help: its purpose clause helps ("sent troops to help
    Iraq", DEPLOYMENT_AIMS), or it is offered or promised ("offered to send troops",
    DEPLOYMENT_OFFERS)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ in ("advcl", "xcomp", "acl", "relcl") and clause.i > verb.i:
                if DEPLOYMENT_AIMS.matches(clause) is not None:
                    return True
    head = verb.head
    return verb.dep_ == "xcomp" and DEPLOYMENT_OFFERS.matches(head) is not None


def _possessors(noun: Token) -> tuple[Token, ...]:
    """The possessive owners of a common noun ("Israel's attack", "Trump's remarks")."""
    if coarse(noun.tag_) != "NOUN":
        return ()
    return tuple(c for c in noun.children if c.dep_ == "poss")


def _given_up(noun: Token, yielding: set[int]) -> bool:
    """Whether an event noun is the object of a verb whose pattern codes it as yielding or easing
    (08x): "lifted the U.S. arms embargo against Vietnam" ends the embargo and imposes none."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.i in yielding


def _plover(code: str) -> str | None:
    from eventscribe.ontology import cameo_info

    info = cameo_info(code)
    return info.plover_event if info else None


PURPOSE_DONE_ROOTS = table("PURPOSE_DONE_ROOTS")
SELF_AIMED_VERBS = table("SELF_AIMED_VERBS")
PREDICTION_HEADS = table("PREDICTION_HEADS")
DELIBERATION_VERBS = table("DELIBERATION_VERBS")
OWNER_PRONOUNS = table("OWNER_PRONOUNS").words()


def _predicted(verb: Token) -> str | None:
    """The PREDICTION_HEADS word whose infinitive the verb is, up to two infinitives up, as an
    adjective or participle ("is likely to file", "is expected to try to meet", "is set to
    vote"), not a verb of that form ("set out what parliament wants"); or whose OF phrase it is
    ("is capable of shooting down")."""
    guess = _guessed(verb)
    if guess is not None:
        return guess
    node = shared_head(verb) or verb
    forecast = _forecast(node)
    if forecast is not None:
        return forecast
    for _ in range(2):
        if (
            node.dep_ == "pcomp"
            and normalise_word(node.head.text) == "OF"
            and coarse(node.head.head.tag_) == "ADJ"
        ):
            node = node.head  # "is capable of shooting down": the adjective's OF
        elif node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        head = node.head
        thought = DELIBERATION_VERBS.matches(head)
        if thought is not None and coarse(head.tag_) == "VERB":
            return thought  # "Obama weighed attacking the country": an act thought of
        word = PREDICTION_HEADS.matches(head)
        if word == "SUPPOSED" and any(
            c.dep_ == "aux" and token_lemma(c) == "HAVE" for c in node.children
        ):
            word = None  # "was supposed to have killed al Qaeda": said to have done it
        if word is not None and head.tag_ in ("JJ", "VBN", "RB", "IN"):
            return word
        node = head
    return None


def _guessed(verb: Token) -> str | None:
    """A GUESS_ADVERBS adverb of a verb of the past, its own ("Analysts say he likely pressed
    Chinese leaders", "Putin has pondered and probably rejected various methods"): a guess at
    what was done (forty-sixth session)."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    return next(
        (
            w
            for c in verb.children
            # before the verb: "forged probably the closest ties" guesses at a degree
            if c.dep_ == "advmod" and c.i < verb.i and (w := GUESS_ADVERBS.matches(c)) is not None
        ),
        None,
    )


def _forecast(verb: Token) -> str | None:
    """A PREDICTION_HEADS adverb of a verb in the future ("Obama and House Republicans will
    likely agree to raise taxes"), the verb's own or that of the verb it completes or is joined
    to ("will likely agree to raise taxes ... and curb spending"): the writer's forecast
    (forty-first session)."""
    node = verb
    for _ in range(3):
        if any(w in FUTURE_AUX for w in aux_words(node)):
            return next(
                (
                    w
                    for c in node.children
                    if c.dep_ == "advmod" and (w := PREDICTION_HEADS.matches(c)) is not None
                ),
                None,
            )
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


CAUSE_NOUNS = table("CAUSE_NOUNS")


def _blames_a_cause(verb: Token) -> bool:
    """Whether a verb of blame (ATTRIBUTION_VERBS) blames a cause no one is behind: its ON
    phrase's object, or with none its direct object, is a CAUSE_NOUNS word with no possessive
    ("blamed mechanical trouble for the incident"; not "blamed Russia's failure to act")."""
    if ATTRIBUTION_VERBS.matches(verb) is None:
        return False
    ons = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("on", "upon")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    blamed = ons or [c for c in verb.children if c.dep_ == "dobj"]
    return bool(blamed) and all(
        CAUSE_NOUNS.matches(o) is not None
        and coarse(o.tag_) == "NOUN"
        and not any(c.dep_ == "poss" for c in o.children)
        for o in blamed
    )


def _own_object(verb: Token) -> bool:
    """Whether the verb's direct object is its subject's own thing: "his decision", "its
    handling" (SELF_AIMED_VERBS)."""
    return any(
        c.dep_ == "dobj"
        and any(p.dep_ == "poss" and p.text.upper() in OWNER_PRONOUNS for p in c.children)
        for c in verb.children
    )


TALK_PURPOSE_ROOTS = table("TALK_PURPOSE_ROOTS")


def _purpose_done(verb: Token, code: str) -> bool:
    """Whether an infinitive of purpose is done by the act it hangs on: a demand or a protest
    by any act (PURPOSE_DONE_ROOTS: "rallied to demand"), thanks or a warning by a talk
    (TALK_PURPOSE_ROOTS: "called Modi to congratulate him")."""
    if code[:2] in PURPOSE_DONE_ROOTS:
        return True
    return verb.dep_ == "advcl" and code[:2] in _lemma_roots(TALK_PURPOSE_ROOTS, verb.head)


def _lemma_roots(roots_table: Table, tok: Token) -> tuple[str, ...]:
    """The CAMEO roots a "lemma -> roots" table (SELF_AIMED_VERBS, TALK_PURPOSE_ROOTS) lists for
    the token's word; none when it lists no such word."""
    key = roots_table.matches(tok)
    return tuple((roots_table.get(key) or "").split()) if key is not None else ()


NOT_DONE_HEADS = table("NOT_DONE_HEADS")
ADMISSION_VERBS = table("ADMISSION_VERBS")
ASSERTION_VERBS = table("ASSERTION_VERBS")
CLAIM_VERBS = table("CLAIM_VERBS")
CELEBRATION_PURPOSES = table("CELEBRATION_PURPOSES")
JOINING_PURPOSES = table("JOINING_PURPOSES")
VIEW_AGREEMENT_VERBS = table("VIEW_AGREEMENT_VERBS")
SPEECH_PARTICIPLES = table("SPEECH_PARTICIPLES")
QUESTION_VERBS = table("QUESTION_VERBS")
QUESTION_WORDS = table("QUESTION_WORDS")
WARNING_VERBS = table("WARNING_VERBS")
POSSIBILITY_MODALS = table("POSSIBILITY_MODALS")
RAID_WORDS = table("RAID_WORDS")
GUESS_ADVERBS = table("GUESS_ADVERBS")
POLICE_SECTORS = table("POLICE_SECTORS")
COMPLEMENT_TARGET_TYPES = table("COMPLEMENT_TARGET_TYPES")
WARNED_OF_PREPS = table("WARNED_OF_PREPS")
WARNED_OF_THREATS = table("WARNED_OF_THREATS")
UNSAID_VERBS = table("UNSAID_VERBS")
NOT_YET_ADVERBS = table("NOT_YET_ADVERBS")
DISASTER_WORDS = table("DISASTER_WORDS")
VERBAL_ATTACK_VERBS = table("VERBAL_ATTACK_VERBS")
RECIPROCAL_NOUNS = table("RECIPROCAL_NOUNS")
VERBAL_ATTACK_NOUNS = table("VERBAL_ATTACK_NOUNS")
WORD_MEDIA = table("WORD_MEDIA")
VERBAL_MANNER_WORDS = table("VERBAL_MANNER_WORDS")
WORDS_OBJECTS = table("WORDS_OBJECTS")
HINDSIGHT_AUX = table("HINDSIGHT_AUX")
WORD_MEDIA_PREPS = frozenset(w.lower() for w in table("WORD_MEDIA_PREPS"))
POLITICAL_SECTORS = table("POLITICAL_SECTORS")
POLL_SHARES = table("POLL_SHARES")
POLL_CUES = table("POLL_CUES")
POLL_RESPONDENTS = table("POLL_RESPONDENTS")
OPERATION_NOUNS = table("OPERATION_NOUNS")
POLL_PUBLICS = table("POLL_PUBLICS")
ARMED_SECTORS = table("ARMED_SECTORS")
UNARMED_SECTORS = table("UNARMED_SECTORS")
PRESS_SECTORS = table("PRESS_SECTORS")
WORDS_TARGET_SECTORS = table("WORDS_TARGET_SECTORS")
HOME_INSTITUTION_SECTORS = table("HOME_INSTITUTION_SECTORS")
INQUIRY_NOUNS = table("INQUIRY_NOUNS")
PRIVATE_SECTORS = table("PRIVATE_SECTORS")
WORDS_ATTACK_VERBS = table("WORDS_ATTACK_VERBS")
INQUIRING_SECTORS = table("INQUIRING_SECTORS")
NOMINAL_HOME_TYPES = table("NOMINAL_HOME_TYPES")
MEANS_PREPS = table("MEANS_PREPS")
MEANS_TYPES = table("MEANS_TYPES")


def _private_traveller(actor: CodedActor) -> bool:
    """A country's people, as a bare country or of a private sector (PRIVATE_SECTORS: civilians,
    refugees, students, business), or an armed group with no country: no official on a visit."""
    if actor.code[:3] in ARMED_GROUP_BLOCKS:
        return True
    sectors = actor.sectors
    return has_country(actor.code) and all(s in PRIVATE_SECTORS for s in sectors)


def _inquirer(actor: CodedActor) -> bool:
    """One who investigates (INQUIRING_SECTORS): the FBI, the House, a special counsel; not a
    president or a senator, who is investigated ("the Trump investigation")."""
    return any(
        s in INQUIRING_SECTORS and (not actor.is_person or INQUIRING_SECTORS.get(s) == "person")
        for s in actor.sectors
    )


def _aims_at_home(code: str, sources: Sequence[CodedActor]) -> bool:
    """Whether an act named by a noun, by one source and aimed at no one named, may be aimed at
    the source's own country (OWN_COUNTRY_TYPES, NOMINAL_HOME_TYPES: "anti-government protests
    spreading throughout the country", "Russia's heartland has seen deadly terrorist attacks";
    ``ImplicitActors.implicit_target`` decides, as for verbs)."""
    kind = _plover(code)
    return len(sources) == 1 and (kind in OWN_COUNTRY_TYPES or kind in NOMINAL_HOME_TYPES)


def _with_phrase(actor: CodedActor, sent: Span) -> bool:
    """Whether an actor is named in a WITH phrase ("clashes with American security forces"): the
    other side of a fight, not the one an unnamed attacker attacked."""
    if not 0 <= actor.start < len(sent):
        return False
    head = sent[actor.start]
    while head.dep_ not in ("pobj", "ROOT") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "with"


def _political(actor: CodedActor | None) -> bool:
    """A politician, a party, a government body or the press, armed by no sector."""
    if actor is None or actor.code.startswith("---"):
        return False
    sectors = actor.sectors
    if any(s in ARMED_SECTORS for s in sectors):
        return False
    return actor.is_person or any(s in POLITICAL_SECTORS for s in sectors)


def _unnamed_opposition(actor: CodedActor) -> bool:
    """Protesters or opponents no name gives (the agents dictionary's PROTESTER, OPP): a crowd,
    whose attacks are blows ("one protester shot another"), not an opposition politician's or
    party's words (forty-fifth session)."""
    return actor.sectors == ("OPP",) and not actor.is_person and actor.name is None


def _verbal_attack(source: CodedActor, target: CodedActor | None) -> bool:
    """Both sides in politics, of one country or both people; a politician and an unarmed
    international body or NGO ("Trump attacked the World Health Organization"); or, with no one
    attacked, a legislator, a party, a paper or a politician out of office ("Every time Kaine
    attacked, Pence parried"), who command no forces (VERBAL_ATTACK_VERBS, UNARMED_SECTORS)."""
    if target is None:
        return (
            _political(source)
            and any(s in UNARMED_SECTORS for s in source.sectors)
            and not _unnamed_opposition(source)
        )
    if (
        source.is_person
        and _political(source)
        and target.code[:3] in STATELESS_PREFIXES
        and not any(s in ARMED_SECTORS for s in target.sectors)
    ):
        return True  # "Trump attacked the World Health Organization": an unarmed body's critic
    if (
        source.is_person
        and _political(source)
        and target.code[:3] == source.code[:3]
        and target.sectors
        and all(s in HOME_INSTITUTION_SECTORS for s in target.sectors)
    ):
        return True  # "Trump attacked the FBI": his own country's police, spies or courts
    if not (_political(source) and _political(target)):
        return False
    return source.code[:3] == target.code[:3] or (source.is_person and target.is_person)


def _politicians_attack(source: CodedActor, noun: Token, countries: frozenset[str]) -> bool:
    """An attack named by a noun, aimed at no one named, by a politician of the one country the
    sentence names, the noun modified by nothing but its doer: words ("Trump's attacks, aimed at
    fixing the picture of 'Crooked Hillary'", "Marco Rubio's attack"); not "Assad's
    chemical-weapons attack", nor attacks that killed, nor an attack in a sentence naming
    another country."""
    if not (source.is_person and _political(source)) or not countries <= {source.code[:3]}:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and RESULT_PARTICIPLES.matches(noun.head) is not None:
        return False  # "Putin's attacks have killed thousands"
    return not any(
        c.dep_ in ("compound", "amod", "nmod")
        and coarse(c.tag_) in ("NOUN", "PROPN")
        and not (source.start <= c.i - noun.sent.start < source.end)
        for c in noun.children
        if c.i < noun.i
    )


def _in_words(tok: Token, *, media: bool = True) -> bool:
    """An attack said to be made in words, whoever makes it on whomever: its verb, or the attack
    noun the verb carries, has a phrase naming a medium of words ("launched a blistering attack
    on Iran in remarks at the Reagan Library", "struck back with a harsh statement", "has
    targeted Biden with increasing criticism", "attacked him on Twitter"; WORD_MEDIA) or a word
    of verbal manner ("a scathing attack", "verbally attacked"; VERBAL_MANNER_WORDS). Annotation
    guide: criticism, an accusation, is ACCUSE, never ASSAULT. ``media=False``: the words of
    manner only, for an attack noun, whose phrase the parser often gives the medium of the verb
    it hangs on ("cited the Benghazi attack in a statement")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj" and coarse(c.tag_) == "NOUN")]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("amod", "advmod") and VERBAL_MANNER_WORDS.matches(child) is not None:
                return True
            if not media or child.dep_ != "prep" or child.lower_ not in WORD_MEDIA_PREPS:
                continue
            if any(g.dep_ == "pobj" and WORD_MEDIA.matches(g) is not None for g in child.children):
                return True
    if media and any(
        prep.dep_ == "prep"
        and normalise_word(prep.text) in ("OVER", "ABOUT")
        and (
            any(g.dep_ == "pcomp" and coarse(g.tag_) in ("VERB", "AUX") for g in prep.children)
            # "over who should ...", the clause hung on the verb
            or (prep.i + 1 < len(prep.doc) and _opens_question(prep.doc[prep.i + 1]))
        )
        for prep in tok.children
    ):
        # "Washington and Moscow have already clashed over who should make the ultimate call":
        # a dispute over what should be done or said is one of words (forty-first session)
        return True
    # "attacked news coverage", "slammed the deal": what exists only in words or on paper
    return media and any(
        c.dep_ == "dobj" and WORDS_OBJECTS.matches(c) is not None for c in tok.children
    )


def _opens_question(tok: Token) -> bool:
    """ "who", "what", "how", "whether": a word that opens an indirect question."""
    return tok.tag_ in ("WP", "WRB") or normalise_word(tok.text) == "WHETHER"


def _aimed_at_words(noun: Token) -> bool:
    """An attack noun whose ON or AGAINST phrase names what exists only in words or on paper
    ("his attacks on the legitimacy of the Russia inquiry", "attacks on the deal";
    WORDS_OBJECTS): criticism whoever makes it, as attacking such an object is."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "against")
        and any(g.dep_ == "pobj" and WORDS_OBJECTS.matches(g) is not None for g in prep.children)
        for prep in noun.children
    )


def _carries_words_attack(verb: Token) -> bool:
    """A verb that carries an attack noun aimed at words ("renewed his attacks on the
    legitimacy of the inquiry": ``_aimed_at_words``)."""
    return any(
        c.dep_ == "dobj" and token_lemma(c) == "ATTACK" and _aimed_at_words(c)
        for c in verb.children
    )


def _attack_noun_carried(verb: Token) -> str | None:
    """ "attack" as the object a light verb carries ("continued his attacks on the court"), so
    that a politician's attack on another is criticism whether the verb or its noun says it
    (VERBAL_ATTACK_VERBS); only "attack": the other words of the table are weapons or blows as
    nouns ("a blast", "ordered the strike on Soleimani")."""
    for child in verb.children:
        if child.dep_ == "dobj" and coarse(child.tag_) == "NOUN" and token_lemma(child) == "ATTACK":
            return VERBAL_ATTACK_VERBS.matches(child)
    return None


def _with_weapon(verb: Token) -> bool:
    """An attack "with" something ("blasted the checkpoint with explosives"): an instrument, most
    often a weapon; such an attack stays one. Not for verbs done to one another
    (RECIPROCAL_VERBS), whose WITH names the other side ("clashed with Pelosi")."""
    if RECIPROCAL_VERBS.matches(verb) is not None:
        return False
    return any(c.dep_ == "prep" and normalise_word(c.text) == "WITH" for c in verb.children)


_BARE_HEADS = frozenset({"HAVE", "BE"})


def _under_unreal_noun(verb: Token) -> bool:
    """A gerund in the OF or FOR phrase of a noun of what has not happened ("the chances of the
    US killing Russians are quite high", "the risk of Russia attacking Ukraine";
    NOMINAL_UNREAL_HEADS, as for an event noun there): feared or expected, not reported; or of
    one with "no" that says it was not seen (UNSEEN_HEADS: "no indications of Ukraine firing
    back"), or that one's THAT clause ("no evidence that Russia attacked")."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ == "acl" and unseen(verb.head):
        # "there is no evidence that Russia attacked Ukraine", "no indications of Ukraine firing
        # back" parsed with the gerund on the noun (UNSEEN_HEADS)
        return True
    if verb.tag_ != "VBG":
        return False
    prep = verb.head
    if verb.dep_ == "acl" and prep.dep_ == "pobj":
        prep = prep.head  # "the chances of [the US killing]": the doer parsed as the object
    elif verb.dep_ == "acl" and coarse(prep.tag_) == "NOUN":
        # "the threat of North Korea launching a nuclear weapon", parsed with the gerund on the
        # noun and the doer alone in its OF phrase (forty-second session)
        found = next(
            (
                c
                for c in verb.head.children
                if c.dep_ == "prep" and c.i < verb.i and normalise_word(c.text) in ("OF", "FOR")
            ),
            None,
        )
        if found is None:
            return False
        prep = found
    elif verb.dep_ != "pcomp":
        return False
    return of_unreal_head(prep)


def _not_yet(verb: Token) -> bool:
    """ "has yet to agree", "is yet to meet": the act has not happened (NOT_YET_ADVERBS)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and token_lemma(head) in _BARE_HEADS
        and any(c.dep_ == "advmod" and NOT_YET_ADVERBS.matches(c) for c in head.children)
    )


def _reciprocal_object(verb: Token) -> bool:
    """Whether the verb's object, or a preposition's after it, is a reciprocal ("accused each
    other", "blamed one another", "have each accused the other", "fired at each other";
    RECIPROCAL_OBJECTS), or holds one as a possessive ("on each other's goods")."""
    for child in verb.children:
        if child.dep_ == "dobj":
            objects = [child]
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            # the object itself, or a possessive in its phrase ("imposed tariffs on $34
            # billion worth of each other's goods")
            for node in (obj, *(t for t in obj.subtree if t.dep_ == "poss")):
                words = sorted(
                    (node, *(c for c in node.children if c.dep_ in ("det", "nummod"))),
                    key=lambda t: t.i,
                )
                if "_".join(normalise_word(w.text) for w in words) in RECIPROCAL_OBJECTS:
                    return True
    return False


def _harm_of_a_mishap(verb: Token, meaning: str) -> bool:
    """A harm verb's participle joined to a verb of an accident (MISHAP_VERBS: "crashed ...,
    killing all 71 people on board")."""
    return (
        meaning in HARM_MEANINGS
        and verb.dep_ in ("advcl", "conj", "xcomp")
        and verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and MISHAP_VERBS.matches(verb.head) is not None
    )


def _met_someone_else(verb: Token) -> bool:
    """Whether a verb of meeting (MEETING_VERBS) names whom it met as its object or its WITH
    phrase, a person or a group, not an act ("met for talks") nor one another ("met each
    other")."""
    if MEETING_VERBS.matches(verb) is None or _reciprocal_object(verb):
        return False
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj":
            objects = [child]
        elif child.dep_ == "prep" and normalise_word(child.text) == "WITH":
            objects = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            if coarse(obj.tag_) in ("NOUN", "PROPN") and EVENT_NOUNS.matches(obj) is None:
                return True
    return False


def _done_to_one_another(verb: Token) -> bool:
    """A verb of violence done to one another (RECIPROCAL_VERBS) with no one as its object:
    "clashed", "exchanged fire", "traded accusations" (a verb whose object is what is exchanged),
    not "battled the attackers"."""
    entry = RECIPROCAL_VERBS.matches(verb)
    if entry is None:
        return False
    exchanged = RECIPROCAL_VERBS.get(entry) == "exchanged"
    return exchanged or not any(c.dep_ == "dobj" for c in verb.children)


def _face_each_other(sources: Sequence[CodedActor], code: str, together: bool) -> bool:
    """Whether the sources of two or more countries act on one another ("Israeli and Palestinian
    forces clashed in Hebron", "Russian and Ukrainian troops exchanged fire near Donetsk"), so the
    place is not their target: not when they act side by side or each alone (SEPARATE_ROOTS)."""
    countries = {s.code[:3] for s in sources if has_country(s.code)}
    return len(countries) >= 2 and not together and code[:2] not in SEPARATE_ROOTS


def _names_what_was_just_done(verb: Token) -> bool:
    """A naming participle joined to a verb and naming "it" or "them", that verb's object
    (NAMING_VERBS: "condemned the attack, calling it a 'heinous and barbaric terrorist attack'",
    "denied the allegations, calling them 'baseless'", "dismissed the indictment, calling it
    'just blabber'"): what the act it joins was, said in other words (forty-first session: 12
    such candidates of the labelled sets, none right; the act it joins is coded on its own
    verb)."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and head.i != verb.i
        and head.i < verb.i
        and coarse(head.tag_) == "VERB"
        and NAMING_VERBS.matches(verb) is not None
        and any(c.dep_ == "dobj" for c in head.children)
        and any(
            c.dep_ == "dobj" and normalise_word(c.text) in ("IT", "THEM") for c in verb.children
        )
    )


def _side_by_side_noun(noun: Token, code: str) -> bool:
    """ "involvement in airstrikes by Bahrain, Jordan, Saudi Arabia and the United Arab
    Emirates", "U.S. and French airstrikes": the doers of an act of violence a noun names
    (TOGETHER_ROOTS) act side by side, never on one another (forty-first session: twelve strikes
    of the four on one another), unless the noun names fighting between them (RECIPROCAL_VERBS,
    RECIPROCAL_NOUNS: "the clashes", "the Iran-Iraq war") or a BETWEEN phrase names its
    sides."""
    if code[:2] not in TOGETHER_ROOTS:
        return False
    if RECIPROCAL_VERBS.matches(noun) is not None or RECIPROCAL_NOUNS.matches(noun) is not None:
        return False
    for prep in noun.children:
        word = normalise_word(prep.text) if prep.dep_ == "prep" else ""
        if word == "BETWEEN":
            return False
        if word == "BY" and not any(g.dep_ == "pobj" and g.conjuncts for g in prep.children):
            # "the Iraqi reactor raid by Menachem Begin": one doer; the modifier is its victim
            return False
    return True


def _inferred_state(verb: Token) -> bool:
    """ "must be puzzling to any American", "must be laughing": MUST with BE and a present
    participle after it says what the speaker infers is so, not what someone must do ("must be
    tough on Russia", an adjective, stays a demand)."""
    if not any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
        return False
    return token_lemma(verb) == "BE" and any(
        c.dep_ == "acomp" and c.tag_ == "VBG" for c in verb.children
    )


def _done_together(verb: Token, code: str) -> bool:
    """ "The strike was carried out by the U.S., the U.K. and France", "the U.S. and France
    launched airstrikes": the doers of violence (TOGETHER_ROOTS) named by a passive's "by", or
    with the act itself as the object, or one force named by its nations' words with no object
    ("the Russian and Syrian air forces have begun to bomb"), act side by side, not against one
    another; "Israel and
    Hamas fought a war" (RECIPROCAL_VERBS) or "clashed" with no object stay mutual. Whatever the
    code, an operation the doers own together is theirs (OPERATION_NOUNS: "The U.S. and NATO
    ended their combat mission"; not "ended their war", fought between them), and so is an act
    done "together" (SIDE_BY_SIDE_ADVERBS: "U.S. and Libyan personnel battled the attackers
    together"), unless the act is one of cooperation done with one another (JOINT_ROOTS:
    "Washington and Moscow are working together", "met together")."""
    if _reciprocal_object(verb):
        return False  # "Israel and Hamas attacked each other's positions": on one another
    if _one_by_one(verb):
        # "pledging $500m each": each did it, to no one of the others (forty-sixth session)
        return True
    # the parser hangs "together" on the verb or on the phrase after it ("together in Benghazi")
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    if code[:2] not in JOINT_ROOTS and any(
        c.dep_ == "advmod" and SIDE_BY_SIDE_ADVERBS.matches(c) for c in near
    ):
        return True
    if any(
        c.dep_ == "dobj"
        and OPERATION_NOUNS.matches(c) is not None
        and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
        for c in verb.children
    ):
        return True
    if code[:2] not in TOGETHER_ROOTS:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    if RECIPROCAL_VERBS.matches(verb) is not None:
        return False
    # "The Russian and Syrian air forces have already begun to bomb": with no object either, one
    # force named by its nations' words bombs side by side (forty-seventh session: both readers
    # of a sample); "Syria and Israel have fired across the ceasefire line", two sides named
    # apart, fire on one another (the labelled sets' reading)
    return any(c.dep_ == "dobj" for c in verb.children) or _allied_modifiers(verb)


def _allied_modifiers(verb: Token) -> bool:
    """Whether the verb's subject (or its governing verb's) is one noun whose coordinated
    modifiers name the sides ("the Russian and Syrian air forces", "U.S. and Iraqi troops")."""
    subject = subject_of(verb)
    return (
        subject is not None
        and coarse(subject.tag_) == "NOUN"
        and any(
            c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
            for c in subject.children
        )
    )


def _one_by_one(verb: Token) -> bool:
    """ "pledging at least $500m each", "France and Britain each pledged": a distributive word
    (DISTRIBUTIVE_WORDS) hung on the verb, its subject or its object, not "each other"."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(
        c.dep_ in ("appos", "advmod", "npadvmod", "dep")
        and DISTRIBUTIVE_WORDS.matches(c) is not None
        and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("other", "another"))
        for host in hosts
        for c in host.children
    )


def _asks_a_question(verb: Token, coder: ArgumentCoder) -> bool:
    """ "asked why the FBI wasn't examining", "asked reporters about the strategy", "when asked",
    '"Do you want ...?" the president asked': a question put, which asks no one to do anything
    (QUESTION_VERBS). Asking someone to do something ("asked Zelenskiy to investigate"), for
    something ("asked NATO for two batteries") or that something be done stays a request. A
    participle opening the sentence ("Asked if he agreed, Priebus said ...") is the reporter's
    question, whatever follows it."""
    key = QUESTION_VERBS.matches(verb)
    if key is None:
        return False
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i == verb.sent.start
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        # "Asked by Baier if ..., Mattis said", "Asked to comment, ...": a reporter's question
        return True
    for child in verb.children:
        if child.dep_ == "xcomp":
            return False
        if child.dep_ == "prep" and QUESTION_WORDS.get(normalise_word(child.text)) == "request":
            return False
        if child.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children
        ):
            return False
    for child in verb.children:
        if child.dep_ == "prep" and QUESTION_WORDS.get(normalise_word(child.text)) == "question":
            return True  # "asked about the survivors"
        if (
            QUESTION_VERBS.get(key) != "no-object"
            and child.dep_ in ("dobj", "dative")
            and any(
                QUESTION_WORDS.get(token_lemma(t)) == "question"
                for t in child.subtree
                if t.i == child.i or (t.dep_ == "appos" and t.head.i == child.i)
            )
        ):
            return True  # "asked tough questions", "asked the ambassador his thoughts"
        if child.dep_ == "ccomp" and any(
            (t.tag_ in ("WDT", "WP", "WRB") and QUESTION_VERBS.get(key) != "no-object")
            or normalise_word(t.text) in ("IF", "WHETHER")
            for t in child.subtree
            if t.i < child.i
        ):
            return True  # "asked why ...", "asked whether ..." ("pressed what they say are
            # unanswered questions" presses them: no-object)
        if child.dep_ == "advmod" and child.lower_ == "when" and child.i < verb.i:
            return True  # "when asked"
        if child.dep_ == "advcl" and any(
            (m.dep_ == "mark" and normalise_word(m.text) in ("IF", "WHETHER"))
            or (m.dep_ == "advmod" and m.tag_ == "WRB")
            for m in child.children
        ):
            return True  # "asked him if he agreed", parsed as a clause of condition or time
        if child.dep_ == "mark" and child.lower_ == "when" and verb.tag_ == "VBN":
            return True
    if QUESTION_VERBS.get(key) != "no-object" and not any(
        c.dep_ in ("dobj", "dative", "ccomp", "attr", "oprd", "nsubjpass")
        or (c.dep_ == "advcl" and not _bare_participle(c))
        for c in verb.children
    ):
        # "Trump asked in a March New York Times interview": no one is asked for anything (the
        # question is the quotation around it; forty-third session); "Obama asked, triggering a
        # rare moment of laughter" (forty-sixth session)
        return True
    if (
        QUESTION_VERBS.get(key) != "no-object"
        and (asked := [c for c in verb.children if c.dep_ in ("dobj", "dative")])
        and all(_someone(c, coder) for c in asked)
        # "are asking that incoming FBI Director James Comey brief Congress", the clause parsed
        # as the object's modifiers
        and not any(t.lower_ == "that" for t in verb.doc[verb.i + 1 : asked[0].i])
        # "asking Zelenskiy in a July phone call to investigate Biden", the infinitive hung on
        # the call
        and not any(t.tag_ == "TO" and t.i > verb.i for t in verb.subtree)
        and not any(c.dep_ in ("ccomp", "attr", "oprd") for c in verb.children)
    ):
        # "Fiorina asked a voter as she worked the crowd": someone asked, nothing asked for
        # (forty-sixth session; "asked the public's help", "asked Iran to stop" stay requests)
        return True
    # a question quoted before its speaker: '"Do you want ...?" the president asked', which
    # the splitter cuts after the question mark, so that the speaker's sentence starts in lower
    # case
    doc = verb.doc
    return any(t.text == "?" for t in doc[: verb.i]) or (doc[0].is_alpha and doc[0].is_lower)


def _raid(verb: Token) -> str | None:
    """The RAID_WORDS entry of a raid: the verb itself ("police raided the offices") or its
    object ("carried out a series of raids", "launched six raids"); None for any other act."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "a series of raids": the object's OF phrase
    objects += [
        o
        for c in objects
        for p in c.children
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return next(
        (hit for tok in (verb, *objects) if (hit := RAID_WORDS.matches(tok)) is not None), None
    )


def _police(actor: CodedActor) -> bool:
    """An actor of the police, the courts, the spies or a government's authorities, and of no
    armed forces (POLICE_SECTORS)."""
    sectors = actor.sectors
    return bool(sectors) and all(s in POLICE_SECTORS for s in sectors)


def _bare_participle(clause: Token) -> bool:
    """A participle hung on a verb with no subordinating word of its own ("asked, triggering
    laughter"): what followed, no question or condition."""
    return clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in clause.children)


def _someone(tok: Token, coder: ArgumentCoder) -> bool:
    """Whether a noun phrase names a person or a body: a pronoun, a proper name, or a word the
    dictionaries know as an actor or an agent ("a voter", "Congress")."""
    return tok.tag_ in ("PRP", "NNP", "NNPS") or coder.match_at(tok) is not None


def _one_doer(coded: list[tuple[Token, list[CodedActor]]]) -> list[CodedActor]:
    """ "a Turkish military assault": a nationality adjective and an agent with no country
    modifying an act's noun side by side name one doer (TURMIL), not two facing each other; not
    a place's name ("the Benghazi terrorist attacks": terrorists in Benghazi). Empty otherwise."""
    if len(coded) != 2 or any(len(found) != 1 for _, found in coded):
        return []
    (first, [a]), (second, [b]) = coded
    for tok, country, agent in ((first, a, b), (second, b, a)):
        if (
            coarse(tok.tag_) == "ADJ"
            and len(country.code) == 3
            and has_country(country.code)
            and not has_country(agent.code)
        ):
            return [agent.of_country(country.code, "domestic")]
    return []


def _a_poll_share(verb: Token) -> bool:
    """ "58 percent of voters favor repealing the law", "a majority of Americans oppose",
    "opposed by a majority of Republicans", "20 percent of Americans calling for": a share of a
    public (POLL_SHARES, POLL_PUBLICS) as the doer is a poll's finding, no act."""
    doers = [subject_of(verb)]
    doers += [
        o for by in verb.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"
    ]
    if verb.dep_ == "acl":
        doers.append(verb.head)
    for doer in doers:
        if doer is None or POLL_SHARES.matches(doer) is None:
            continue
        for prep in doer.children:
            if prep.dep_ == "prep" and normalise_word(prep.text) == "OF":
                if any(POLL_PUBLICS.matches(o) is not None for o in prep.children):
                    return True
    return False


def _a_poll_finding(verb: Token) -> bool:
    """A sentence that reports a poll (POLL_CUES and a share: "By a 57%-41% margin, Americans say
    House Republicans shouldn't file the suit", "72% of Americans disapprove ..., and more
    Americans blame congressional Republicans", "67% opposed Bill Clinton's impeachment"): what
    a public (POLL_RESPONDENTS) or a bare share does or says, there, is the poll's finding, no
    act; as is what it says was done ("By 47%-39%, those surveyed said Trump ordered ..."). Not
    the parties' members (POLL_RESPONDENTS lacks them: "Republicans in Congress blamed the
    president")."""
    node: Token = verb
    for _ in range(3):
        doer = subject_of(node)
        if doer is not None and (
            POLL_SHARES.matches(doer) is not None
            or (POLL_RESPONDENTS.matches(doer) is not None and doer.tag_ in ("NNS", "NNPS"))
            or any(c.dep_ == "acl" and POLL_CUES.matches(c) is not None for c in doer.children)
        ):
            # the doer is a public or a share (few verbs' are): does the sentence report a poll?
            sent = verb.sent
            return any(
                t.text == "%" or normalise_word(t.text) in ("PERCENT", "PERCENTAGE") for t in sent
            ) and any(POLL_CUES.matches(t) is not None for t in sent)
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return False


def _refused_to_tell(verb: Token) -> bool:
    """ "declined to comment", "refused to describe it": a refusal (12x) of the verb's own telling,
    which refuses no one anything (UNSAID_VERBS)."""
    return (
        any(c.dep_ == "xcomp" and UNSAID_VERBS.matches(c) is not None for c in verb.children)
        and NOT_DONE_HEADS.matches(verb) is not None
    )


def _warns_how_things_are(verb: Token, coder: ArgumentCoder) -> str | None:
    """The WARNING_VERBS entry of a verb of warning that says how things are or may turn out: a
    that-clause with no modal ("warned that the economy was in danger"), or whose modal verb's
    subject is a thing, no actor ("warned a major conflict could result"), or a warning of
    something no one is threatened with ("warned of an extended period of weak growth", "about
    a possible pandemic": WARNED_OF_THREATS). "Warned that it would retaliate", "warned of
    consequences", "cautioned against a strike" are threats (None)."""
    warning = WARNING_VERBS.matches(verb)
    if warning is None:
        return None
    # the parser may hang "of" on a time ("warned on Wednesday of") or "about" on the one warned
    # ("warned Trump's staff about")
    hosts = [verb] + [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and is_time_phrase(c))
    ]
    hosts += [o for h in hosts[1:] if h.dep_ == "prep" for o in h.children if o.dep_ == "pobj"]
    for prep in (c for h in hosts for c in h.children):
        if prep.dep_ != "prep" or not WARNED_OF_PREPS.matches(prep):
            continue
        if normalise_word(prep.text) == "AGAINST":
            return None  # "cautioned against a strike"
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if any(WARNED_OF_THREATS.matches(o) is not None for o in objects):
            return None  # "warned of consequences", "of strikes"
        if objects:
            return warning
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) or next(
        (
            # "warned residents that Iran might strike", parsed as a relative clause of the one
            # warned with "that" for its object
            r
            for o in verb.children
            if o.dep_ == "dobj"
            for r in o.children
            if r.dep_ == "relcl"
            and r.left_edge.lower_ == "that"
            and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in r.children)
        ),
        None,
    )
    if clause is None:
        return None
    modals = [t for t in clause.subtree if _modal_of_what_may_come(t)]
    if not modals:
        return warning
    # the parser may take the clause's subject for the object of "warned" ("warned such a test
    # could involve")
    warned = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    subjects = [
        next((c for c in m.head.children if c.dep_ in ("nsubj", "nsubjpass")), warned)
        for m in modals
    ]
    if all(_a_thing(s, coder) for s in subjects):
        return warning
    # "Israel warned residents that Iran might strike", "staffers warn that Schumer and Pelosi
    # may be forgetting": what someone else may do is a prediction (forty-sixth session); "warned
    # that it may retaliate", "that we might respond" stay threats
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = _countries_named(warner, coder)
    if all(POSSIBILITY_MODALS.matches(m) is not None for m in modals) and all(
        s is not None
        and s.tag_ not in ("PRP", "PRP$")
        and (warner is None or s.lower_ != warner.lower_)
        and not (_side_named(s, coder) & own)  # "Iran warned that Iranian forces might"
        for s in subjects
    ):
        return warning
    return None


def _countries_named(head: Token | None, coder: ArgumentCoder) -> set[str]:
    """The countries the dictionaries give the words of a noun phrase's head and modifiers."""
    if head is None:
        return set()
    return {code[:3] for code in _codes_of(_phrase_words(head), coder)}


def _side_named(head: Token | None, coder: ArgumentCoder) -> set[str]:
    """The countries a noun phrase names as a side, not as a person's: a country itself
    ("Iran") or a country's word modifying it ("Iranian forces"); not "Schumer and Pelosi",
    people of the warner's country who are no side of the warning."""
    if head is None:
        return set()
    modifiers = _phrase_words(head)[1:]
    itself = {code for code in _codes_of([head], coder) if len(code) == 3}
    return itself | {code[:3] for code in _codes_of(modifiers, coder)}


def _phrase_words(head: Token) -> list[Token]:
    """A noun phrase's head and the words of its compounds, adjectives and possessives."""
    own = [c for c in head.children if c.dep_ in ("compound", "amod", "poss")]
    return [head, *(t for o in own for t in o.subtree)]


def _codes_of(words: Sequence[Token], coder: ArgumentCoder) -> set[str]:
    """The actor codes the dictionaries give the words, no code of no country."""
    return {
        role.code
        for t in words
        if (m := coder.match_at(t)) is not None
        for entry in m.actors
        for role in entry.roles
        if not role.code.startswith("---")
    }


def _gathered_to_celebrate(verb: Token) -> bool:
    """Whether the verb's purpose infinitive celebrates, mourns or welcomes (CELEBRATION_PURPOSES:
    "took to the streets to celebrate", "gathered to mourn the victims")."""
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and CELEBRATION_PURPOSES.matches(c) is not None
        for c in verb.children
    )


def _journey_to_join(verb: Token) -> bool:
    """Whether a journey's purpose infinitive joins a side or a fight (JOINING_PURPOSES), or tries
    to ("traveled to Syria to try to join the Islamic State", "went to Iraq to fight")."""
    for c in verb.children:
        if c.dep_ not in ("xcomp", "advcl") or c.i < verb.i:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        tried = [g for g in c.children if g.dep_ == "xcomp"] if token_lemma(c) == "TRY" else []
        if any(JOINING_PURPOSES.matches(p) is not None for p in (c, *tried)):
            return True
    return False


def _endangered_by_a_thing(verb: Token, coder: ArgumentCoder) -> bool:
    """ "China is most threatened by Trump's 'buy American' policy", "jobs threatened by the trade
    war": a passive of threatening whose BY phrase is a thing, no actor or agent by its own word
    (whoever owns it): what is put at risk, no threat made (forty-third session). "Israel was
    threatened by Iran" stays a threat."""
    if token_lemma(verb) != "THREATEN" or verb.tag_ != "VBN":
        return False
    for agent in verb.children:
        if agent.dep_ != "agent":
            continue
        for obj in agent.children:
            if obj.dep_ == "pobj" and coarse(obj.tag_) == "NOUN" and coder.match_at(obj) is None:
                return True
    return False


def _a_thing(subject: Token | None, coder: ArgumentCoder) -> bool:
    """Whether a clause's subject is a common noun that names no actor or agent, by itself or by
    its modifiers ("a major conflict with North Korea", "such a test"; not "police", "Iranian
    forces"): what may come of it is a prediction, no one's threat."""
    if subject is None or coarse(subject.tag_) != "NOUN":
        return False
    own = [c for c in subject.children if c.dep_ in ("compound", "amod", "poss")]
    words = [subject, *(t for o in own for t in o.subtree)]
    return all(coder.match_at(t) is None for t in words)


def _agrees_with_a_view(verb: Token) -> bool:
    """ "agreed that the euro was too strong", "agree with the governor that taxes are too high"
    (the parser may hang the that-clause on the person as a relative clause with "that" as its
    mark): a view shared, not an agreement to cooperate. A clause of what will or must be done
    stays an agreement ("agreed that the talks would resume", "that their countries should
    cooperate"). So is agreeing with someone or something and nothing more ("agreed with the
    plaintiffs", "agree with the goal of slashing the tax rate"), and agreeing while saying so
    ("agreed, saying the president doesn't need authorization"); agreeing to or on something,
    or to do it, stays an agreement ("Kerry reportedly agreed" to a request, too)."""
    if VIEW_AGREEMENT_VERBS.matches(verb) is None or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    preps = {normalise_word(c.text) for c in verb.children if c.dep_ in ("prep", "dative")}
    agreed_to = bool(preps & {"TO", "ON", "UPON"}) or any(
        c.dep_ in ("dobj", "ccomp") for c in verb.children
    )
    said = any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and SPEECH_PARTICIPLES.matches(c) is not None
        for c in verb.children
    )
    if not agreed_to and ("WITH" in preps or said):
        return True
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for prep in verb.children:
        if prep.dep_ == "prep" and normalise_word(prep.text) == "WITH":
            clauses += [
                rel
                for pobj in prep.children
                if pobj.dep_ == "pobj"
                for rel in pobj.children
                if rel.dep_ == "relcl"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in rel.children)
            ]
    return any(not _future_clause(c) and not _mandative(c) for c in clauses)


def _claims_what_is(verb: Token, coder: ArgumentCoder) -> bool:
    """ "Sessions argued the reforms will restore the rule of law", "Nuland claimed there were no
    secret talks": a claim whose that-clause names no actor as its subject states a view, no
    accusation (CLAIM_VERBS). With an actor or an agent as the subject it stays one ("Republicans
    argue that Obama has stretched his authority", "claim the Christians played a part"); so does
    a pronoun subject, who may be anyone."""
    if CLAIM_VERBS.matches(verb) is None or any(c.dep_ == "dobj" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:
            return False
        for subject in subjects:
            if subject.dep_ == "expl" or subject.lower_ == "there":
                continue  # "there were no talks": no one
            if coarse(subject.tag_) == "PRON" or coder.code(subject):
                return False
    return True


def _future_clause(clause: Token) -> bool:
    """A that-clause in the future ("agreed that the talks would resume"): what is agreed is to
    be done, not a view. Not "would have supported": what would have been is a view."""
    return not _modal_perfect(clause) and any(
        c.dep_ == "aux" and FUTURE_AUX.matches(c) is not None for c in clause.children
    )


def _modal_of_what_may_come(tok: Token) -> bool:
    """A modal auxiliary, unless with the perfect: "may have been radicalized", "could have
    known" say what may have been, not what someone may do."""
    return tok.tag_ == "MD" and not _modal_perfect(tok.head)


def _hindsight_code(verb: Token) -> str | None:
    """The code of criticism (HINDSIGHT_AUX) when ``verb`` is what someone should have done
    ("should have resigned": an obligation aux with the perfect), else None."""
    if not _modal_perfect(verb):
        return None
    for c in verb.children:
        if c.dep_ == "aux" and (aux := HINDSIGHT_AUX.matches(c)) is not None:
            return HINDSIGHT_AUX.get(aux)
    return None


def _modal_perfect(verb: Token) -> bool:
    """Whether the verb has the bare "have" of a modal perfect ("would have supported", "may
    have been")."""
    return any(
        c.dep_ == "aux" and c.tag_ == "VB" and normalise_word(c.text) == "HAVE"
        for c in verb.children
    )


def _sense_code(verb: Token) -> str | None:
    sense = verb_sense(verb)
    return sense.code if sense is not None else None


def _attributive(verb: Token) -> bool:
    """A past participle the parser took for a verb though it describes the name after it
    ("After ousted Egyptian President Mohammed Morsi's supporters called ..."): no auxiliary, no
    noun or pronoun before it, a capitalised word after it."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or not after.text[:1].isupper():
        return False
    return before is None or coarse(before.tag_) not in ("NOUN", "PROPN", "PRON")


def _mandative(clause: Token) -> bool:
    """Whether a that-clause says what must be, not what is: "must"/"should" ("insisting that any
    strike must be authorized") or the subjunctive, a bare verb with no auxiliary ("insists that
    Ukraine make no agreement", which the tagger takes for a plural present)."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(normalise_word(c.text) in OBLIGATION_AUX for c in aux):
        return True
    if aux:
        return False
    singular = any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in clause.children)
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and singular)


def _obliged(verb: Token) -> bool:
    """Whether ``verb`` has "must" ("should" is a hypothetical, dropped before)."""
    return any(c.dep_ == "aux" and normalise_word(c.text) == "MUST" for c in verb.children)


def _not_reported_as_done(modality: Modality) -> str | None:
    """Why a verb's clause reports no act that happened, if it plainly does not: a question, a
    habit, an opinion or what one asks another to do."""
    if modality.question:
        return "a question"
    if modality.imperative:
        return "a command"
    if modality.habitual:
        return f"a generic or habitual statement ({modality.habitual})"
    if modality.opinion:
        return f"an opinion ({modality.opinion})"
    if modality.asked:
        return f"asked of someone or alleged ({modality.asked})"
    # plans and futures ("will meet next week", "plans to visit") stay candidates, coded as
    # intents (03x) or threats (13x) as CAMEO has them; the scorer, trained on sentences
    # labelled by the annotation guide, decides whether they are written
    return None


def _is_actor_phrase(actor: CodedActor, sent: Span) -> bool:
    """Whether a target found in the text is a noun phrase (inferred targets always are)."""
    if actor.via not in ("", "dictionary", "agent") or not 0 <= actor.start < actor.end:
        return True
    return any(
        coarse(t.tag_) in ("NOUN", "PROPN", "PRON", "NUM", "ADJ")
        for t in sent[actor.start : min(actor.end, len(sent))]
    )


def _disaster(sent: Span) -> bool:
    """Whether a sentence names a natural disaster (DISASTER_WORDS)."""
    return any(DISASTER_WORDS.matches(t) is not None for t in sent)


def _by_phone(verb: Token) -> bool:
    """Whether the verb's own prepositional phrases say the talk was by telephone ("by phone",
    "on the telephone")."""
    return any(
        PHONE_WORDS.matches(obj) is not None
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _elected_body(actor: CodedActor) -> bool:
    """A legislature (LEG) of a country: "the House", "the Senate"."""
    return "LEG" in actor.sectors


def _party(actor: CodedActor) -> bool:
    """A political party or its legislators (PTY, LEG): who wins a chamber at the polls."""
    return bool({"PTY", "LEG"} & set(actor.sectors))
