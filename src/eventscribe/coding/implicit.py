"""Actors a verb's own arguments do not name: the target of its purpose clause ("staged a strike
to demand ..."), the country visited, the country where a protest, coercion or attack happened,
the speaker who says another party must do something (a demand of it), and the country of the
agents of a protest, coercion or attack when the text names none."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from eventscribe.coding.actors import ArgumentCoder, CodedActor
from eventscribe.coding.arguments import ArgumentFinder, violent_act
from eventscribe.coding.context import ArticleContext
from eventscribe.coding.events import PatternMatcher, VerbMatch, find_verb, subject_of
from eventscribe.coding.lexicon import Table, table
from eventscribe.coding.modality import obliging
from eventscribe.coding.pairing import home
from eventscribe.coding.scope import ScopedPlaces
from eventscribe.coding.senses import KEEP, untargeted_sense
from eventscribe.dictionaries.model import VerbDictionary, normalise_word

# an international organisation, an NGO or a company has no country to aim at
STATELESS_PREFIXES = frozenset({"IGO", "NGO", "MNC"})
# nor has an international militant group ("the leader of the Islamic State criticized the
# decision" is aimed at no "IMG" country; the labelled sets never name one), nor the Holy See
# (forty-sixth session: "The Pope urged world leaders to act" was aimed at the Vatican; the
# Pope's words address the Church and the world, not the city state)
HOMELESS_PREFIXES = STATELESS_PREFIXES | {"IMG", "VAT"}
IMPLICIT_TARGET_TYPES = table("IMPLICIT_TARGET_TYPES")
OWN_COUNTRY_TYPES = table("OWN_COUNTRY_TYPES")
HOME_GROUND_TYPES = table("HOME_GROUND_TYPES")
MUTUAL_HOME_TYPES = table("MUTUAL_HOME_TYPES")
ARMED_SECTORS = table("ARMED_SECTORS")
NON_STATE_BLOCKS = table("NON_STATE_BLOCKS")
EVENT_NOUNS = table("EVENT_NOUNS")
CONDEMNED_ACT_ROOTS = table("CONDEMNED_ACT_ROOTS")
FOREIGN_GROUP_NOUNS = table("FOREIGN_GROUP_NOUNS")
OBLIGATION_AUX = table("OBLIGATION_AUX")
SAY_LEMMAS = table("SAY_LEMMAS")
PURPOSE_ROOTS = table("PURPOSE_ROOTS")
MEETING_PURPOSE_ROOTS = table("MEETING_PURPOSE_ROOTS")
JOURNEY_MEANINGS = table("JOURNEY_MEANINGS")
LOCAL_BODY_NOUNS = table("LOCAL_BODY_NOUNS")
# the smallest town whose name before an agent gives it the town's country (implicit.town_agents):
# the noun says it is a town ("Ferguson police"), so a small one will do
TOWN_AGENT_POPULATION = 15_000


class ImplicitActors:
    """Finds the actors a verb implies: ``verbs`` and ``matcher`` code the clauses it governs,
    ``arguments`` codes their arguments, ``places`` says where it happened."""

    def __init__(
        self,
        verbs: VerbDictionary,
        matcher: PatternMatcher,
        arguments: ArgumentFinder,
        places: ScopedPlaces,
    ) -> None:
        self.verbs = verbs
        self.matcher = matcher
        self.arguments = arguments
        self.places = places

    def _governed_clauses(
        self, verb: Token, deps: tuple[str, ...]
    ) -> Iterator[tuple[Token, VerbMatch]]:
        """Each clause after the verb hung on it by one of ``deps``, with the clause's dictionary
        verb (clauses whose verb the dictionaries lack are skipped)."""
        for child in verb.children:
            if child.dep_ not in deps or child.i < verb.i:
                continue
            clause_verb = find_verb(child, self.verbs)
            if clause_verb is not None:
                yield child, clause_verb

    def purpose_target(
        self,
        verb: Token,
        coder: ArgumentCoder,
        ctx: ArticleContext,
        sources: Sequence[CodedActor],
        roots: Table = PURPOSE_ROOTS,
    ) -> list[CodedActor]:
        """The target of the verb's purpose clause ("to demand ...", "to protest against ..."),
        when the clause's act is of one of ``roots``: a protest's demand (PURPOSE_ROOTS), a
        journey's meeting ("traveled to Singapore to meet with President Trump":
        MEETING_PURPOSE_ROOTS)."""
        for child, purpose in self._governed_clauses(verb, ("advcl", "xcomp")):
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                continue
            code = self.matcher.best(purpose, frozenset()).code or ""
            if code[:2] not in roots:
                continue  # "marched to mourn X": X is no target of the march
            found = self.arguments.find_target(child, purpose, coder, ctx, sources)
            if found:
                return found
        return []

    def complement_target(
        self, verb: Token, coder: ArgumentCoder, ctx: ArticleContext, sources: Sequence[CodedActor]
    ) -> list[CodedActor]:
        """The target of the act an agreement commits to ("the United States agreed to lift
        sanctions imposed on Iran": Iran), when it is another country's."""
        own = {a.code[:3] for a in sources}
        for child, agreed in self._governed_clauses(verb, ("xcomp",)):
            # with the agreed act's own code, as the agreeing verb's own phrases are read with
            # its code: the agreed act's own ON phrase is what it is about (TOPIC_ON_ROOTS). Only
            # when the agreement's own phrases and complements name no target: "agreed to
            # cooperate on Iran" reaches Iran there first (docs/accuracy.md, thirty-ninth session)
            code = self.matcher.best(agreed, frozenset()).code or ""
            found = self.arguments.find_target(child, agreed, coder, ctx, sources, code=code)
            found = [a for a in found if a.code[:3] not in own and not a.code.startswith("---")]
            if found:
                return found
        return []

    def implicit_target(
        self,
        verb: Token,
        code: str,
        sources: Sequence[CodedActor],
        sent: Span,
        offset: int,
        sentence_countries: frozenset[str] = frozenset(),
    ) -> list[CodedActor]:
        """A protest, a coercion or an attack with no one named at the receiving end is aimed at
        the country where it happens ("demonstrated in Kirkuk", "imposed a curfew in Cizre",
        "fired at targets in Jericho"); a protest or coercion placed nowhere, at the actor's own
        country. The event's location gives the country (the offline gazetteer). An accusation,
        a request, a rejection or support (OWN_COUNTRY_TYPES) by a body of one country (an actor
        with a sector, not the country itself; a company or an NGO of the country too: "the ACLU
        sued over the policy") is aimed at that country."""
        from eventscribe.ontology import cameo_info

        info = cameo_info(code)
        kind = info.plover_event if info else None
        if kind in OWN_COUNTRY_TYPES:
            # "Democrats accused him of ...": a country's body aims at its own country; not when
            # what it condemns is a violent act ("condemned the attack"), whose doer is unknown
            own = {
                home(a.code) for a in sources if len(a.code) > 3 and not a.code.startswith("---")
            }
            named = {home(a.code) for a in sources if not a.code.startswith("---")}
            if not named and len(sentence_countries) == 1 and all(len(a.code) > 3 for a in sources):
                # "The attorney went on to criticize leaks from the House committee": an agent of
                # no country is of the one country the sentence names (the domestic rule, which
                # runs after this), and aims at it as that country's bodies do
                own = named = set(sentence_countries)
            if own & HOMELESS_PREFIXES:
                return []  # "the UN Security Council condemned the coup": no country of its own
            if len(own) != 1 or own != named:
                # one country's bodies only; an agent with no country beside them is theirs by
                # the domestic rule ("Sebelius and the entire administration declined")
                return []
            if any(c.dep_ == "dobj" and violent_act(c) for c in verb.children):
                return []
            if any(
                normalise_word(o.text) in FOREIGN_GROUP_NOUNS
                and not any(c.dep_ == "poss" for c in o.children)
                for o in _objects(verb)
            ):
                # "asked those three Latin American countries": other states; not someone's own
                # ("Trump's Republican allies")
                return []
            i = verb.i - offset
            return [CodedActor.implicit(own.pop(), i)]
        if kind not in IMPLICIT_TARGET_TYPES and kind not in HOME_GROUND_TYPES:
            return []
        location = self.places.location(verb, sent)
        if location is None and kind == "THREATEN":
            # "threatened to impose a curfew in Diyarbakir": where the threatened act would be
            for complement in verb.children:
                if complement.dep_ == "xcomp" and location is None:
                    location = self.places.location(complement, sent)
        country = location.country if location is not None else None
        if country is None and kind in ("PROTEST", "COERCE"):
            own = {a.code[:3] for a in sources if not a.code.startswith("---")}
            if not own and len(sentence_countries) == 1:
                own = set(sentence_countries)  # "Islamic fundamentalists" of the one country named
            country = own.pop() if len(own) == 1 else None
        if country is None and kind in HOME_GROUND_TYPES:
            # "security forces crushed two protest camps", "Trump threatened to end the
            # payments", "the government eased restrictions": placed nowhere, in a sentence that
            # names no other country, aimed at the actor's own
            own = {a.code[:3] for a in sources if not a.code.startswith("---")}
            if not own and len(sentence_countries) == 1 and sources:
                # "Russia's heartland has seen deadly terrorist attacks": unnamed agents are of
                # the one country the sentence names (the domestic rule, which runs after this)
                own = set(sentence_countries)
            if kind in MUTUAL_HOME_TYPES and len({a.code for a in sources}) >= 2:
                return []  # "Republicans and Democrats reached a deal": with one another
            sense = untargeted_sense(verb)
            if sense is not None and sense.code not in (None, KEEP):
                return []  # "North Korea launched missiles": a show of force, aimed at no one
            if kind == "ASSAULT" and not any(
                sec in ARMED_SECTORS for a in sources for sec in a.sectors
            ):
                # "Judge Posner blasted ...", "Republican and Democratic leaders battled over
                # procedure": no armed actor, no attack on their own country
                return []
            if any(a.code in own for a in sources):
                return []  # "Iran has vowed revenge": a country aims at no one by itself
            if (
                len(own) == 1
                and sentence_countries <= own
                and not any(o in NON_STATE_BLOCKS for o in own)
            ):
                i = verb.i - offset
                return [CodedActor.implicit(own.pop(), i)]
            return []
        if country is None:
            return []
        if kind in ("MOBILIZE", "AID") and any(a.code[:3] == country for a in sources):
            return []  # forces moved or aid given at home: aimed at no one named
        if any(a.code == country for a in sources):
            if kind != "PROTEST":
                return []
            # "Iraqis demonstrated in Kirkuk": a protest at home is addressed to the government
            country += "GOV"
            if any(a.code == country for a in sources):
                return []
        i = verb.i - offset
        return [CodedActor.implicit(country, i)]

    def town_agents(
        self, sources: Sequence[CodedActor], targets: Sequence[CodedActor], sent: Span
    ) -> tuple[list[CodedActor], list[CodedActor]]:
        """A town's own bodies and people (LOCAL_BODY_NOUNS) of no country whose phrase names the
        town or a division of a country by a proper noun before them, which no dictionary codes:
        "Baltimore police", "Aleppo residents" are of that town's country, as "Minneapolis
        police" are by the dictionaries' Minneapolis. Only a place the gazetteer reads by its own
        name as a town of at least TOWN_AGENT_POPULATION people or a first-level division
        ("Texas prosecutors"), so that a name no one knows ("Smith supporters") names no
        place."""

        def placed(actor: CodedActor) -> CodedActor:
            if not actor.code.startswith("---") or actor.via == "implicit":
                return actor
            for tok in sent[actor.start : min(actor.end, len(sent))]:
                if LOCAL_BODY_NOUNS.matches(tok) is None:
                    continue
                for mod in tok.children:
                    if mod.dep_ != "compound" or mod.i > tok.i or mod.tag_ not in ("NNP", "NNPS"):
                        continue
                    hit = self.places.place(mod)
                    if hit is None:
                        continue
                    place = hit[0]
                    if normalise_word(place.name) != normalise_word(hit[1]):
                        continue  # by its own name, not an alternate one ("Predator drone")
                    big = place.kind == "admin1" or (
                        place.kind == "city" and place.population >= TOWN_AGENT_POPULATION
                    )
                    if big and place.country:
                        return actor.of_country(place.country, "town")
            return actor

        return [placed(a) for a in sources], [placed(a) for a in targets]

    def placed_agents(
        self, verb: Token, sources: Sequence[CodedActor], targets: Sequence[CodedActor], sent: Span
    ) -> tuple[list[CodedActor], list[CodedActor]]:
        """Agents the text gives no country, on either side of a protest, a coercion or an attack
        ("killed three civilians", "protesters stormed the U.S. embassy"), are of the country
        where it happened when that is none of the other side's: "Russian jets killed civilians
        in Idlib" are Syrian civilians and "protesters stormed the U.S. embassy in Sanaa" Yemeni
        protesters, where the domestic rule would give them the other side's country; "Rebels
        attacked the town of Bentiu" are South Sudanese rebels, the town being where it happened,
        not another side. Unchanged when the clause names no place."""
        unnamed = [a for a in (*sources, *targets) if a.code.startswith("---")]
        if not unnamed:
            return list(sources), list(targets)
        location = self.places.location(verb, sent)
        if (location is None or not location.country) and verb.dep_ == "relcl":
            # "the attacks in Paris that killed 130 people": where what "that" stands for was
            location = self.places.location(verb.head, sent)
        country = location.country if location is not None else None
        if not country:
            return list(sources), list(targets)

        def the_place(actor: CodedActor) -> bool:
            """The town the act happened in, named as an actor ("Rebels attacked the town of
            Bentiu": the dictionaries code Bentiu SSD), not a country facing the agent."""
            if location is None or location.start is None or location.end is None:
                return False
            if location.feature_class == "country" or not 0 <= actor.start < actor.end:
                return False
            words = sent[actor.start : min(actor.end, len(sent))]
            if not len(words):
                return False
            first = words[0].idx - sent.start_char
            last = words[-1].idx + len(words[-1].text) - sent.start_char
            return first < location.end and location.start < last

        def fill(side: Sequence[CodedActor], other: Sequence[CodedActor]) -> list[CodedActor]:
            if any(a.code[:3] == country and not the_place(a) for a in other):
                return list(side)
            return [
                # not the attackers no one names, of no country (arguments.py)
                a.of_country(country, "place")
                if a.code.startswith("---") and not a.posted and a.via != "implicit"
                else a
                for a in side
            ]

        return fill(sources, targets), fill(targets, sources)

    def reported_obligation(
        self, verb: Token, coder: ArgumentCoder, ctx: ArticleContext
    ) -> list[CodedActor]:
        """The speaker, when ``verb`` is what someone said another party must or should do."""
        if not any(
            c.dep_ == "aux" and normalise_word(c.text) in OBLIGATION_AUX for c in verb.children
        ) and not obliging(verb):
            return []
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return []
        subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        auxes = [
            c.i
            for c in verb.children
            if c.dep_ == "aux" and normalise_word(c.text) in OBLIGATION_AUX
        ]
        if subjects and auxes and min(auxes) < min(subjects):
            return []  # "should Washington take such a step, ...": a condition, no demand
        head = verb.head
        said = find_verb(head, self.verbs)
        if SAY_LEMMAS.matches(head) is None and (
            said is None or not (said.entry.code or "").startswith("01")
        ):
            return []  # a statement (CAMEO 01), or a verb of saying with no code ("wrote that")
        subj = subject_of(head)
        if subj is None:
            return []
        return [
            a for a in self.arguments.code(subj, coder, ctx, None) if not a.code.startswith("---")
        ]

    def visited(
        self, verb: Token, coder: ArgumentCoder, sources: Sequence[CodedActor]
    ) -> list[CodedActor]:
        """The country of the place a visit is in, at or to ("arrived in Amman"), unless it is the
        visitors' own."""
        mine = {a.code[:3] for a in sources}
        for child in verb.children:
            if child.dep_ == "prep" and normalise_word(child.text) in ("IN", "AT", "TO"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    found = [
                        a
                        for a in coder.code(pobj)
                        if a.code[:3] not in mine and not a.code.startswith("---")
                    ]
                    # a place, or a country the dictionaries know that the gazetteer does not
                    # (PETRARCH's "arrived in Gondor")
                    if found and (
                        self.places.place(pobj) is not None
                        or any(len(a.code) == 3 and a.code not in NON_STATE_BLOCKS for a in found)
                    ):
                        return [
                            CodedActor(
                                a.code[:3], a.start, a.end, a.name, a.entries, False, "place"
                            )
                            for a in found
                        ]
        return []


def _objects(verb: Token) -> Iterator[Token]:
    """The verb's direct objects, the objects of its prepositions and the subjects of its
    clauses ("urged nations", "called on the allies", "demanded allies increase defense
    spending")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.i > verb.i:
            yield child
        if child.dep_ in ("ccomp", "xcomp") and child.i > verb.i:
            yield from (c for c in child.children if c.dep_ == "nsubj")
        if (
            child.dep_ in ("prep", "dative", "prt")
            and child.i > verb.i
            and normalise_word(child.text) != "BY"
        ):
            yield from (c for c in child.children if c.dep_ == "pobj")
