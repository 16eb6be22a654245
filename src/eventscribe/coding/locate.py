"""Where an event happened, from its own clause: the places a parsed sentence names, and which of
them places the event's verb.

The event's clause is its verb's (``clause.in_own_clause``) together with the verbs that share its
subject and situation: an open complement's head ("agreed to meet in Beijing"), conjoined verbs
("shot and killed two men in Gursai"; not a conjoined clause with its own active subject and
finite verb), a participle adjunct's head ("blew himself up in Kidal, killing six"), and the
verbs of its means and purpose ("began the assault by storming X", "launched an offensive to
capture X"). Places come from, in that clause: locative phrases (``lexicon.txt`` [PLACE_PREPS],
``places.txt`` [LOCATIVE_PREPS], "north of" with [DIRECTION_WORDS]), through OF phrases ("in the
northern city of X"), possessives, compounds and appositives ("in Abuja's conference centre", "the
Baghdad headquarters", "Sudan's capital, Khartoum"); the verb's object when the act is done to a
place ("recaptured Kidal", "seized the town of Bentiu"; a protest's only when it is a site or a
settlement). A proper name the gazetteer lacks is kept as a place without coordinates when a
settlement noun introduces it ("the town of Umm Batna") or it heads a locative phrase or names a
site ([SITE_HEADS]: "the T-4 Military Airport").

Which wins (``Candidate.key``): a place outside the subject's words and outside a topic phrase
([TOPIC_PREPS]: "protested against the offensive in Gaza"); the verb's own words before those of
the verbs it hangs on; not a point to measure from ([BEARINGS]: "20 miles southwest of Belfast");
not a place named inside another town's phrase ("at Tamghas in Gulmi district"); the most
specific: a locality ([LOCALITY_NOUNS]: "the village of X", "the X area") or a smaller town of a
larger one's division, then a populated place, a name the gazetteer lacks, a division or a
region, a country; then the nearest the verb in the parse, then the first. A place in another
clause ("said in Beijing that ...", "the convoy that left Gao") never places this verb; for the
event record, where the clause names none, the sentence's country, division or region does
("rebels who hid in southern Colombia attacked a post"). An act done in words ([SAID_ROOTS]:
statements, appeals, demands, criticism, threats) takes no country it is about: none from
elsewhere in the sentence, none deeper in its own phrase than a preposition on its verb, but its
speaker's own ("criticized Israel in Germany" is in Germany; "called for a no-fly zone in Syria"
nowhere). "The Afghan capital", "Yemen's capital" are the capital ([CAPITAL_NOUNS]).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc, Span, Token

from eventscribe.coding.clause import in_own_clause, is_verb
from eventscribe.coding.lexicon import Table, parse_lexicon, table
from eventscribe.dictionaries.model import normalise_word
from eventscribe.geo.gazetteer import Gazetteer, Place
from eventscribe.nlp import coarse, token_lemma
from eventscribe.records import Location

__all__ = ["Candidate", "PlaceContext", "PlaceFinder", "PlaceHit", "place_table"]
PLACES_FILE = "places.txt"


@functools.cache
def _place_tables() -> dict[str, Table]:
    data = resources.files("eventscribe.coding").joinpath("data", PLACES_FILE)
    return parse_lexicon(data.read_text(encoding="utf-8"), source=PLACES_FILE)


def place_table(name: str) -> Table:
    """A table of ``coding/data/places.txt`` (the place finder's word lists) by name."""
    return _place_tables()[name]


PLACE_PREPS = table("PLACE_PREPS")
WATER_NOUNS = table("WATER_NOUNS")
LOCATIVE_PREPS = place_table("LOCATIVE_PREPS")
DIRECTION_WORDS = place_table("DIRECTION_WORDS")
BEARINGS = place_table("BEARINGS")
LOCALITY_NOUNS = place_table("LOCALITY_NOUNS")
SITE_HEADS = place_table("SITE_HEADS")
TOPIC_PREPS = place_table("TOPIC_PREPS")
TOPIC_HEADS = place_table("TOPIC_HEADS")
SETTLEMENT_NOUNS = place_table("SETTLEMENT_NOUNS")
FACILITY_HEADS = place_table("FACILITY_HEADS")
MISSION_HEADS = place_table("MISSION_HEADS")
CAPITAL_NOUNS = place_table("CAPITAL_NOUNS")
REACTION_VERBS = place_table("REACTION_VERBS")
SAID_ROOTS = place_table("SAID_ROOTS")
CIRCUMSTANCE_MARKERS = place_table("CIRCUMSTANCE_MARKERS")
CIRCUMSTANCE_ROOTS = place_table("CIRCUMSTANCE_ROOTS")
DIVISION_NOUNS = place_table("DIVISION_NOUNS")
PLACE_PART_NOUNS = place_table("PLACE_PART_NOUNS")
PLACE_OBJECT_ROOTS = place_table("PLACE_OBJECT_ROOTS")
_PROTEST_ROOT = "14"
VISIT_CODES = place_table("VISIT_CODES")
COMPOUND_PLACE_ROOTS = place_table("COMPOUND_PLACE_ROOTS")
_NOT_COMPOUND_PLACES = frozenset({"country", "region"})
# most specific first; a name the gazetteer lacks is most often a village or a district
_KIND_RANK = {"city": 1, "unknown": 2, "admin2": 3, "admin1": 4, "region": 4, "country": 5}
# what the sentence may give an event whose clause names no place
_AREA_KINDS = frozenset({"country", "admin1", "region"})
_SAID_HOPS = 2  # arcs from a verb to the object of its own preposition ("said in Germany")
_TITLE_MIN_WORDS = 4  # a headline in title case: this many words at least, and
_TITLE_CAPS = 0.7  # this share of them capitalised
# a place in the subject's own words describes the actor ("Ranimat of the village of Tsurif
# near Hebron detonated ... in Tel Aviv"): it places the event only when nothing else does
_SUBJECTS = frozenset({"nsubj", "csubj"})
_OF_DEPTH = 3
# a name the dictionaries code as an institution is a place only as a division, a region or a
# town this big ("Gaza" is PSEGZA and a city; "the White House" a town in Tennessee)
_INSTITUTION_TOWN = 100_000
_MAX_HOPS = 12


@dataclass(frozen=True)
class PlaceContext:
    """What the sentence and the article say that helps read a place name: the actors the
    sentence names as (start token, end token, code), the countries among them (ISO3), and the
    countries the article names most (ISO3, most named first). ``event``: the event record's
    place is asked (``locate``), where a name the dictionaries code as an institution may still
    be a large place; in the coder's own questions it never is one."""

    actors: tuple[tuple[int, int, str], ...] = ()
    countries: tuple[tuple[int, int, str], ...] = ()
    article: tuple[str, ...] = ()
    event: bool = False


@dataclass(frozen=True)
class PlaceHit:
    """A place named in a sentence: the gazetteer's place, the words and their token span."""

    place: Place
    text: str
    start: int  # token indices in the doc, end exclusive
    end: int

    def location(self, sent: Span) -> Location:
        doc = sent.doc
        start = doc[self.start].idx
        last = doc[self.end - 1]
        return Location(
            self.place.name,
            self.place.country,
            self.place.lat,
            self.place.lon,
            self.place.geonameid,
            self.text,
            start,
            last.idx + len(last.text),
            self.place.feature_class if self.place.kind != "unknown" else None,
            self.place.admin1,
        )


@dataclass(frozen=True)
class Candidate:
    """A place of the event's clause and what ranks it against the others: in the subject's own
    words (``described``), reached through another verb of the clause than the event's
    (``borrowed``: "launched an offensive in Hama, targeting the village of X" places
    "targeting" at X), a point to measure from (``bearing``: "20 miles north of X"), named by a
    locality noun (``locality``: "the village of X", "the X area"), and arcs from the verb."""

    hit: PlaceHit
    described: bool
    borrowed: bool
    bearing: bool
    locality: bool
    hops: int
    inside: bool = False

    def key(self, others: list[Candidate]) -> tuple[int, ...]:
        """Smaller wins: the event's own words first, then the most specific place, then the
        nearest in the parse, then the first in the sentence."""
        return (
            self.described,
            self.borrowed,
            self.bearing,
            self.inside,
            self.specificity(others),
            self.hops,
            self.hit.start,
        )

    def specificity(self, others: list[Candidate]) -> int:
        """0 for a locality (a name a locality noun introduces, or a town of the division of a
        larger town the clause names: "in Aleppo ... the town of Azaz"), else by kind: a populated
        place, a name the gazetteer lacks, a division, a region, a country."""
        place = self.hit.place
        if self.locality and place.kind in ("city", "unknown"):
            return 0
        if place.kind == "city" and any(
            o.hit.place.kind == "city"
            and (o.hit.place.country, o.hit.place.admin1) == (place.country, place.admin1)
            and o.hit.place.population > place.population
            for o in others
            if not o.bearing
        ):
            return 0
        return _KIND_RANK.get(place.kind, 9)


class PlaceFinder:
    """Finds the places of parsed sentences; one per coder. ``institutions`` are word tuples the
    actor dictionaries know as institutions ("the White House"), never places."""

    def __init__(
        self,
        institutions: frozenset[tuple[str, ...]] = frozenset(),
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.institutions = institutions
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    # one name ------------------------------------------------------------------------------

    def place(
        self,
        tok: Token,
        context: PlaceContext,
        *,
        strict: bool = False,
        unresolved: bool = False,
    ) -> PlaceHit | None:
        """The place a token names (with its compound parts), or None. ``strict``: the token is
        not after a place preposition, so a small place needs its phrase's support and no actor
        that is not a bare country is read as a place. ``unresolved``: a proper name the
        gazetteer lacks is still a place (its words, no coordinates)."""
        span = _proper_span(tok)
        if span is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
            return None  # "detonated his Mercedes": what someone owns is no place
        if span is not None and span[1] - span[0] > 1 and self.gazetteer.is_time(tok.text):
            # the parser joined a time to the name: "marched through Rome Saturday"
            tok, span = tok.doc[span[1] - 2], (span[0], span[1] - 1)
        if span is None:
            return self._named_part(tok, context, strict=strict, unresolved=unresolved)
        word = _noun(tok)
        if (word in FACILITY_HEADS or word in SITE_HEADS) and word not in SETTLEMENT_NOUNS:
            # "Kano's Central Mosque": the owner is the place, before the building's own name
            owner = self._named_part(tok, context, strict=strict, unresolved=False, possessor=True)
            if owner is not None:
                return owner
        hit = self._resolve(tok, span, context, strict=strict, unresolved=unresolved)
        if (
            hit is None
            and span[1] - span[0] > 1
            and (word in FACILITY_HEADS or word in SETTLEMENT_NOUNS)
            and word not in CAPITAL_NOUNS  # "Bain Capital" is a firm, no town called Bain
            and not (word in MISSION_HEADS and self._names_country(tok, span, context))
        ):
            # "Tehran University", "Kabul Airport", "Bama Town": the place it is named after
            settled = word in SETTLEMENT_NOUNS
            hit = self._resolve(
                tok,
                (span[0], span[1] - 1),
                context,
                # a building is named after a town of some size ("Kabul Airport"), not after a
                # hamlet spelled like its first word ("the Supreme Court": Supreme, Louisiana)
                strict=strict or not settled,
                unresolved=settled,
                named=settled,
            )
        if hit is None and word in SITE_HEADS and span[1] - span[0] > 1:
            # "the T-4 Military Airport", "the Heart Hospital": the site itself
            hit = self._resolve(tok, span, context, strict=strict, unresolved=True, site=True)
        return hit

    def _names_country(self, tok: Token, span: tuple[int, int], context: PlaceContext) -> bool:
        """Whether the proper name at ``span`` (without a mission's own head word) is a
        country."""
        end = span[1] - 1 if normalise_word(tok.doc[span[1] - 1].text) in MISSION_HEADS else span[1]
        if end <= span[0]:
            return False
        hit = self._resolve(tok.doc[end - 1], (span[0], end), context, strict=True)
        return hit is not None and hit.place.kind == "country"

    def _division_after(self, doc: Doc, span: tuple[int, int]) -> tuple[str, str] | None:
        """The country and first-level division named in apposition after a town's name
        ("Alexandria, Va.", "Portland, Maine"), or None."""
        head = doc[span[1] - 1]
        for appos in head.children:
            if appos.dep_ != "appos" or appos.i < span[1]:
                continue
            found = _proper_span(appos)
            if found is None:
                return None
            words = doc[found[0] : found[1]].text
            place = self.gazetteer.resolve(words, division=True)
            if place is not None and place.kind == "admin1" and place.country and place.admin1:
                return place.country, place.admin1
        return None

    def _capital(self, tok: Token, context: PlaceContext) -> PlaceHit | None:
        """The capital of the one country named before ``tok`` ("the Afghan capital": Kabul).
        None when a name says which town it is (in apposition, either way, or after OF: "Iraq's
        northern capital of Mosul"), or another word qualifies it ("the state capital"); then
        only a possessive name places it ("Saxony's state capital"), never an adjective ("the
        Chechen capital" is no town spelled like Chechen)."""
        if tok.dep_ == "appos" or _appositive(tok) is not None:
            return None
        if any(c.dep_ == "prep" and normalise_word(c.text) == "OF" for c in tok.children):
            return None
        found: set[str] = set()
        start = tok.i
        for child in tok.children:
            if child.i > tok.i or child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            spans = [(lo, c) for lo, hi, c in context.countries if lo <= child.i < hi]
            if not spans:
                return None
            found.update(c for _, c in spans)
            start = min([start, child.left_edge.i, *(lo for lo, _ in spans)])
        if len(found) != 1:
            return None
        place = self.gazetteer.capital(next(iter(found)))
        if place is None:
            return None
        words = tok.doc[start : tok.i + 1]
        if words and words[0].dep_ == "det":
            words = words[1:]
        return PlaceHit(place, words.text, words.start, words.end)

    def _named_part(
        self,
        tok: Token,
        context: PlaceContext,
        *,
        strict: bool,
        unresolved: bool,
        possessor: bool = False,
    ) -> PlaceHit | None:
        """The proper compound or possessive of a common noun: "Kidal region", "the Baghdad
        headquarters", "in Abuja's conference centre". On an object (``strict``) only a
        settlement or a building has one ("a US soldier" was not killed in the US).
        ``possessor``: only the possessive, of a proper name."""
        if coarse(tok.tag_) not in ("NOUN", "PROPN") and not possessor:
            return None  # (a proper noun here is a lower-case one: "the west coast")
        word = _noun(tok)
        if word in TOPIC_HEADS:
            return None  # "charged in the Russia investigation": a topic, no place
        capital = word in CAPITAL_NOUNS and not possessor
        if capital:
            hit = self._capital(tok, context)
            if hit is not None:
                return hit
        settled = word in SETTLEMENT_NOUNS
        site = word in SITE_HEADS and not possessor
        if strict and not settled and word not in SITE_HEADS and word not in FACILITY_HEADS:
            return None
        parts = [
            (c, found)
            for c in tok.children
            if c.dep_ in (("poss",) if possessor or capital else ("compound", "poss"))
            and (found := _proper_span(c)) is not None
        ]
        # nearest the noun first: "Mogadishu's Yaqshid district" is Yaqshid, known or not; at a
        # site, a name the gazetteer knows first ("Mecca's Al-Nur hospital" is in Mecca)
        owner = next(
            (
                known.place.country
                for part, part_span in parts
                if part.dep_ == "poss"
                and (known := self._resolve(part, part_span, context, strict=True)) is not None
            ),
            None,
        )
        if word in MISSION_HEADS:
            # "the U.S. embassy", "Saudi Arabia's consulate": the country owns it, it is abroad
            parts = [
                (part, part_span)
                for part, part_span in parts
                if not self._names_country(part, part_span, context)
            ]
        for part, part_span in reversed(parts):
            hit = self._resolve(
                part,
                part_span,
                context,
                strict=strict and not settled,
                division=word in DIVISION_NOUNS,
                unresolved=unresolved and settled and part is parts[-1][0],
                named=settled,
                within=owner if part.dep_ != "poss" else None,
            )
            if hit is not None:
                return hit
        if parts and site:
            part, part_span = parts[-1]
            return self._resolve(part, part_span, context, strict=strict, unresolved=True)
        return None

    def place_in(
        self, pobj: Token, context: PlaceContext, *, strict: bool = False, settled: bool = False
    ) -> PlaceHit | None:
        """The place a noun phrase names: its head, or the place it is part of ("near the town of
        Samarra", "in a district of eastern Beirut", "at the University of Tehran", "half of
        Zaire"); a settlement noun's OF phrase before its compound ("the West Bank city of
        Nablus" is Nablus). A proper name the gazetteer lacks is a place when a settlement noun
        introduces it ("the town of Umm Batna") or, without ``strict``, when it heads the
        phrase. ``settled``: a settlement noun introduced the phrase."""
        node = pobj
        for depth in range(_OF_DEPTH):
            of = next(
                (
                    g
                    for c in node.children
                    if c.dep_ == "prep" and normalise_word(c.text) == "OF"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            settlement = _noun(node) in SETTLEMENT_NOUNS and _proper_span(node) is None
            if of is not None and settlement:
                # "the Huriyah neighborhood of Baghdad" is Huriyah; "the West Bank city of
                # Nablus" is Nablus: the name before the noun, unless it is larger than a town
                named = self._named_part(node, context, strict=False, unresolved=True)
                hit = self.place_in(of, context, settled=True)
                smaller = _smaller_locality(node, named, hit)
                if smaller is not None:
                    return smaller
                if named is not None and named.place.kind in ("city", "unknown"):
                    # unless the two are in different countries ("the Catalan city of Girona"
                    # is Girona, no Turkish village called Catalan), or the noun is a town's
                    # and only the OF name is known ("the Mediterranean city of Alexandria")
                    elsewhere = (
                        hit is not None
                        and named.place.country
                        and hit.place.country
                        and named.place.country != hit.place.country
                    )
                    town_of = (
                        hit is not None
                        and named.place.kind == "unknown"
                        and hit.place.kind != "unknown"
                        and _noun(node) not in LOCALITY_NOUNS
                        and _noun(node) not in DIVISION_NOUNS  # "the X region of Damascus"
                    )
                    if not (elsewhere or town_of):
                        return named
                if hit is not None or named is not None:
                    return hit or named
            hit = self.place(
                node,
                context,
                strict=strict and not settled,
                unresolved=settled or settlement or (depth == 0 and not strict),
            )
            appos = _appositive(node)
            if (
                appos is not None
                and _proper_span(node) is None
                and (hit is None or hit.place.kind in _AREA_KINDS)
            ):
                # "Sudan's capital, Khartoum": a town in apposition to an area's noun; not
                # "Hasakah province, northeast Syria"
                # "raided four villages: Dangoma, ...": for the record, a settlement noun's name
                # may be one the gazetteer lacks
                named_appos = self.place(
                    appos,
                    context,
                    strict=strict and not settled,
                    unresolved=context.event and _noun(node) in SETTLEMENT_NOUNS,
                )
                if named_appos is not None and (
                    hit is None
                    or _KIND_RANK.get(named_appos.place.kind, 9) < _KIND_RANK[hit.place.kind]
                ):
                    return named_appos
            if hit is not None:
                return hit
            if of is None or settlement:
                return None
            node = of
        return None

    def _resolve(
        self,
        tok: Token,
        span: tuple[int, int],
        context: PlaceContext,
        *,
        strict: bool,
        division: bool = False,
        unresolved: bool = False,
        site: bool = False,
        within: str | None = None,
        named: bool = False,
    ) -> PlaceHit | None:
        """The gazetteer's place for the words of ``span``; with ``unresolved``, a proper name it
        lacks as a place without coordinates; ``site``: the words end in a site's head
        ("the Heart Hospital"), which may then name the place; ``within``: the country (ISO3) of
        the place it is part of ("Baghdad's Amriya district"); ``named``: a settlement noun
        calls it a place ("the Al-Assad suburb"), whatever else the dictionaries call it."""
        doc = tok.doc
        words = doc[span[0] : span[1]]
        name = words.text
        institution = tuple(normalise_word(w.text) for w in words) in self.institutions
        in_actor = [code for lo, hi, code in context.actors if lo < span[1] and span[0] < hi]
        if any(
            (lo < span[0] or span[1] < hi) and not _division_of_country(doc, span, lo, hi, code)
            for lo, hi, code in context.actors
            if lo < span[1] and span[0] < hi
        ):
            return None  # part of a longer name: "the Patriotic Union of Kurdistan"
        if strict and any(len(code) > 3 for code in in_actor):
            return None  # a person or an organisation, not a place
        if len({c for lo, hi, c in context.countries if span[0] <= lo and hi <= span[1]}) > 1:
            return None  # "the Saudi-Yemen border": two countries' relation, no place of either
        top = _phrase_top(tok)
        last = top.right_edge.i
        if top.dep_ == "ROOT" and top.i != tok.i:
            # a noun the parser made the sentence's root ("The Paris attacks especially alarmed
            # U.S. experts"): its phrase ends with it, not with the sentence
            last = top.i
        inside = set(range(top.left_edge.i, last + 1)) - _coordinated(top)
        phrase = [
            c
            for lo, hi, c in context.countries
            if lo in inside and not (lo < span[1] and span[0] < hi)
        ] + ([within] if within else [])
        sentence = [
            c for lo, hi, c in context.countries if lo not in inside and not span[0] <= lo < span[1]
        ]
        division_of = self._division_after(doc, span)
        if division_of is not None:
            phrase = [*phrase, division_of[0]]
        place = self.gazetteer.resolve(
            name,
            phrase=phrase,
            sentence=sentence,
            article=context.article,
            strict=strict,
            division=division,
            # a person's or a group's name is a place by a place's own name or a large city's
            # alternate name only ("Hamas" is no alternate name of Hamm, "Biden" no spelling of
            # Badin; "Gaza City" is Gaza); a country's actor by its spelling only in that country
            # ("Deir Ezzor" is Dayr az Zawr, Syria; "Saudi" no spelling of Saida, Algeria)
            exact=any(len(code) > 3 for code in in_actor),
            spelling_in=[code[:3] for code in in_actor] if in_actor else None,
            division_of=division_of,
        )
        if (
            place is not None
            and place.kind == "country"
            and top.i != tok.i
            and WATER_NOUNS.matches(top)
        ):
            return None  # "into the sea of Japan": a sea named after a country, not in it
        # a large place the dictionaries code as a body of its own country ("Gaza" is PSEGZA
        # and a city of Palestine): where an act with no one named at the receiving end
        # happened, in the coder's questions too ("Israeli jets struck targets in Gaza")
        own_body = (
            place is not None
            and bool(in_actor)
            and all(code[:3] == place.country for code in in_actor)
        )
        if (
            institution
            and not (named and place is None)
            and (
                not (context.event or own_body)
                or place is None
                or (place.kind == "city" and place.population < _INSTITUTION_TOWN)
            )
        ):
            # "the White House" is no town in Tennessee; "Gaza" (PSEGZA) is still Gaza
            return None
        if place is not None and place.kind != "country" and _acronym(words):
            return None  # "PRI", "A.M": an acronym names a country or nothing
        head = normalise_word(words[-1].text)
        if (
            place is not None
            and place.kind == "city"
            and len(words) > 1
            and self.gazetteer.holds_not_place_word(head)
            and head not in SETTLEMENT_NOUNS
            and head not in FACILITY_HEADS
        ):
            return None  # "the Six-Day War" is no town by a spelling of its words
        if place is None:
            if (
                not unresolved
                or (in_actor and not named)
                or not _named(words)
                # "the Middle East" is no one place; "the Caucasus region" is where it happened
                or (self.gazetteer.excluded(words.text) and not named)
                or self.gazetteer.holds_not_place_word((words[:-1] if site else words).text)
                or (normalise_word(words[-1].text) in FACILITY_HEADS and not site)
                # a headline capitalises its words: "Man Beheaded In Terrorist Attack On ..."
                or (_title_case(doc) and not named and not site)
            ):
                return None
            # a settlement the sentence's one country surrounds; a site only by its own phrase
            # ("French troops attacked the Indian Ocean base" is no French place)
            alone = sentence[0] if len(set(sentence)) == 1 and not site else None
            country = phrase[0] if phrase else alone
            place = Place(name, country, None, None, None, "unknown", 0)
        return PlaceHit(place, name, span[0], span[1])

    # one event -----------------------------------------------------------------------------

    def locate(
        self,
        verb: Token,
        sent: Span,
        context: PlaceContext,
        *,
        code: str = "",
        record: bool | None = None,
        speaker: str | None = None,
    ) -> Location | None:
        """Where the sentence places the event on ``verb`` (rules in the module docstring).
        ``speaker``: the source's country; an act done in words (SAID_ROOTS) takes the
        sentence's area only when it is the speaker's own country ("Some in South Korea have
        called for ..."), never another country the words are about.
        ``record``: the place is the event record's (by default when ``code`` is given), which
        may also be the sentence's country, division or region where the clause names no place,
        or a large place the dictionaries code as an institution ("Gaza"); where the coder asks
        in whose country an act with no named actor happened, the clause's plain places alone
        answer, so the record's place never changes who acted."""
        record = bool(code) if record is None else record
        context = replace(context, event=record)
        found = self.candidates(verb, sent, context, code=code)
        if record and code[:2] in SAID_ROOTS:
            # "McCain called for a no-fly zone in Syria", "expressed displeasure at Turkey's
            # failure": a country deep in the words' phrase is what they are about; "said in
            # Germany" (a phrase on the verb) is where they were said
            found = [
                c
                for c in found
                if c.hit.place.kind not in _AREA_KINDS
                or c.hit.place.country == speaker
                or c.hops <= _SAID_HOPS
            ]
        if found:
            best = min(found, key=lambda c: c.key(found))
            return best.hit.location(sent)
        if not record:
            return None
        if code[:2] in CIRCUMSTANCE_ROOTS:
            around = [
                c
                for clause in _circumstances(verb)
                for c in self.candidates(clause, sent, context, code=code)
            ]
            if around:
                best = min(around, key=lambda c: c.key(around))
                return best.hit.location(sent)
            owner = self._victims_country(verb, context) or self._parties_town(verb, context)
            if owner is not None:
                return owner.location(sent)
        if reacted_to(verb):
            return None  # the condemned attack's place is none its reaction's sentence gives
        hit = self._sentence_area(verb, sent, context)
        if hit is not None and code[:2] in SAID_ROOTS and hit.place.country != speaker:
            return None
        return hit.location(sent) if hit is not None else None

    def candidates(
        self, verb: Token, sent: Span, context: PlaceContext, *, code: str = ""
    ) -> list[Candidate]:
        """The places of the event's own clause, each with what ranks it (``Candidate.key``)."""
        chain = _verb_chain(verb)
        chain += [v for v in _means_and_purpose(chain) if v not in chain]
        members = {v.i for v in chain}
        own_phrase = {t.i for t in verb.subtree} if reacted_to(verb) else None
        kin = _kin(verb)
        subject = {t.i for v in chain for c in v.children if c.dep_ in _SUBJECTS for t in c.subtree}
        found: list[Candidate] = []

        def add(
            start: Token,
            hit: PlaceHit | None,
            *,
            own: bool,
            bearing: bool = False,
            described: bool = False,
        ) -> None:
            if hit is not None:
                found.append(
                    Candidate(
                        hit,
                        described=described or start.i in subject,
                        borrowed=not own,
                        bearing=bearing,
                        locality=_locality(sent.doc, hit),
                        hops=_hops(start, members),
                    )
                )

        for tok in sent:
            if tok.dep_ == "pobj" or (tok.dep_ == "conj" and tok.head.dep_ == "pobj"):
                prep = tok.head if tok.dep_ == "pobj" else tok.head.head
                if own_phrase is not None and prep.i not in own_phrase:
                    continue  # "In Washington, Obama condemned the shooting": not its place
                if _locative(prep, tok) and any(in_own_clause(prep, v) for v in chain):
                    hit = self.place_in(tok, context)
                    if _at_country(prep, hit):
                        continue
                    add(
                        tok,
                        hit,
                        own=any(in_own_clause(prep, v) for v in chain if v.i in kin),
                        bearing=_bearing(prep),
                        described=_in_other_phrase(prep, members),
                    )
        for member in chain:
            for obj in _objects(member):
                add(obj, self._object_place(obj, context, code), own=member.i in kin)
        if coarse(verb.tag_) == "NOUN" and (not code or code[:2] in COMPOUND_PLACE_ROOTS):
            # "the Paris attacks", "the Benghazi attack": a town or a division named before the
            # act's noun; a country there is most often the doer ("U.S. airstrikes")
            for child in verb.children:
                if child.dep_ == "compound" and child.i < verb.i and child.tag_ == "NNP":
                    hit = self.place_in(child, context, strict=True)
                    if hit is not None and hit.place.kind not in _NOT_COMPOUND_PLACES:
                        add(child, hit, own=True)
        return _mark_containers(sent.doc, found)

    def _victims_country(self, verb: Token, context: PlaceContext) -> PlaceHit | None:
        """The country whose possessive names who an attack, a coercion or a protest was done to
        ("Mexico's acting federal police chief was shot dead outside his home", "Japan's top
        police official has been shot"), where no phrase of the clause or its circumstance
        names a place: the record's place, as readers place such acts."""
        for obj in _objects(verb):
            for child in obj.children:
                if child.dep_ != "poss":
                    continue
                hit = self.place_in(child, context, strict=True)
                if hit is not None and hit.place.kind == "country":
                    return hit
        return None

    def _parties_town(self, verb: Token, context: PlaceContext) -> PlaceHit | None:
        """A town or a division named before the common noun that heads the doer's or the
        victim's phrase ("Dallas police shot and killed", "Kabul police arrested five men",
        "killed a Kandahar police chief"), where nothing else places an attack, a coercion or a
        protest: the record's place. Not a name's own part ("The Chicago Tribune": its head is
        a name, an organisation's)."""
        heads = [c for c in verb.children if c.dep_ in _SUBJECTS] + _objects(verb)
        for head in heads:
            if coarse(head.tag_) != "NOUN":
                continue
            for child in head.children:
                if child.dep_ not in ("compound", "poss") or child.tag_ not in ("NNP", "NNPS"):
                    continue
                hit = self.place_in(child, context, strict=True)
                if hit is not None and hit.place.kind in ("city", "admin1"):
                    return hit
        return None

    def _sentence_area(self, verb: Token, sent: Span, context: PlaceContext) -> PlaceHit | None:
        """A country, a division or a region that a locative phrase of the sentence names outside
        the event's clause ("rebels who hid in southern Colombia attacked a post"), the nearest
        to the verb in the parse: where the clause names no place, the sentence's area is the
        event's. A city in another clause never places the verb."""
        best: tuple[int, int, PlaceHit] | None = None
        for tok in sent:
            if tok.dep_ != "pobj" or not _locative(tok.head, tok):
                continue
            hit = self.place_in(tok, context, strict=True)
            if hit is None or hit.place.kind not in _AREA_KINDS or _at_country(tok.head, hit):
                continue
            here = (_distance(verb, tok), hit.start, hit)
            if best is None or here[:2] < best[:2]:
                best = here
        return best[2] if best is not None else None

    def _object_place(self, obj: Token, context: PlaceContext, code: str) -> PlaceHit | None:
        """The verb's object as the place acted on, when the act is done to a place (material
        conflict and force: "recaptured Kidal", "seized the town of Bentiu", "captured half of
        Zaire", "patrolled Harare", "invaded Iraq"; visits): a statement about Beijing is not made
        in Beijing. A capital the dictionaries know as its government is a place there. A
        protest's object is its place only when it is a site or a settlement ("marched the
        streets of Bucharest", "marched down Rustaveli Avenue"), never a country or a name."""
        site = _noun(obj) in SITE_HEADS or _noun(obj) in SETTLEMENT_NOUNS
        if (
            code
            and code[:2] not in PLACE_OBJECT_ROOTS
            and code not in VISIT_CODES
            and not (code[:2] == _PROTEST_ROOT and site)
        ):
            return None
        if code:
            context = PlaceContext(
                countries=context.countries, article=context.article, event=context.event
            )
        hit = self.place_in(obj, context, strict=True)
        if (
            hit is not None
            and hit.place.kind == "country"
            and coarse(obj.tag_) == "NOUN"
            and all(
                obj.doc[i].dep_ in ("compound", "amod", "nmod") and obj.doc[i].head.i == obj.i
                for i in range(hit.start, hit.end)
                if obj.doc[i].dep_ not in ("punct", "det")
            )
        ):
            return None  # "attacked a U.S. base in Iraq", "stormed the Russian embassy": whose it
            # is, not where
        return hit


def reacted_to(event: Token) -> bool:
    """An act named by a noun that is the object of a verb of reacting to it (REACTION_VERBS:
    "condemned the attack"): only the noun's own phrase places it."""
    return (
        coarse(event.tag_) == "NOUN"
        and event.dep_ in ("dobj", "nsubjpass")
        and event.head.i != event.i
        and REACTION_VERBS.matches(event.head) is not None
    )


def _at_country(prep: Token, hit: PlaceHit | None) -> bool:
    """A country after "at": what an act is aimed at ("lashed out at China"), never where it
    happened (one is "in" a country, "at" a town or a site)."""
    return hit is not None and hit.place.kind == "country" and normalise_word(prep.text) == "AT"


def _locative(prep: Token, pobj: Token) -> bool:
    """A preposition whose object is where something happened: "in", "near", "through" ...;
    "of" after a direction ("north of Baghdad"); any but "of" and "from" before a settlement, a
    building or a part of a place ("airstrikes on the towns of ...", "on a central square of
    Berlin", "on the doorstep of his Moscow home")."""
    word = normalise_word(prep.text)
    if word in PLACE_PREPS or word in LOCATIVE_PREPS:
        return True
    if word == "OF":
        return normalise_word(prep.head.text) in DIRECTION_WORDS
    head = _noun(pobj)
    return word != "FROM" and (
        head in SETTLEMENT_NOUNS or head in FACILITY_HEADS or head in PLACE_PART_NOUNS
    )


def _in_other_phrase(prep: Token, members: set[int]) -> bool:
    """Whether a locative phrase describes the object of a preposition of topic
    (``places.txt`` [TOPIC_PREPS]: "protested against the offensive in Gaza"): the place of what
    the event is about, not of the event."""
    node = prep.head
    for _ in range(_MAX_HOPS):
        if node.i in members or node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and normalise_word(node.head.text) in TOPIC_PREPS:
            return True
        node = node.head
    return False


def _mark_containers(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Mark a place named inside another place's phrase ("at Manigram in Rupandehi district",
    "Abu Saida, a town near the city of Baquba"): it says where the other is, and the other, a
    town or a name the gazetteer lacks but no named site, is the more specific ("the church in
    Madhu" is placed at Madhu)."""
    heads = {
        c.hit.end - 1
        for c in found
        if _noun(doc[c.hit.end - 1]) not in SITE_HEADS and c.hit.place.kind in ("city", "unknown")
    }
    # "at Tamghas in Gulmi district", the parser hanging both phrases on the verb: an IN phrase
    # right after a town's phrase says where the town is
    ends = {
        _phrase_top(doc[c.hit.end - 1]).right_edge.i + 1
        for c in found
        if c.hit.place.kind in ("city", "unknown")
    }
    out = []
    for c in found:
        first = doc[c.hit.start]
        above = {a.i for a in first.ancestors}
        inside = any(h in above and not c.hit.start <= h < c.hit.end for h in heads)
        top = _phrase_top(doc[c.hit.end - 1])
        prep = top.head if top.dep_ == "pobj" else None
        if (
            prep is not None
            and prep.i in ends
            and normalise_word(prep.text) == "IN"
            and _container_noun(doc, c.hit)
        ):
            inside = True
        out.append(replace(c, inside=inside) if inside else c)
    return out


def _noun(tok: Token) -> str:
    """The word a table entry is compared with: a plural noun by its lemma ("suburbs",
    "Mountains"), any other word as written."""
    if tok.tag_ in ("NNS", "NNPS"):
        return token_lemma(tok)
    return normalise_word(tok.text)


def _bearing(prep: Token) -> bool:
    """An OF after a compass word: "20 miles southwest of Belfast"."""
    return normalise_word(prep.text) == "OF" and normalise_word(prep.head.text) in BEARINGS


def _container_noun(doc: Doc, hit: PlaceHit) -> bool:
    """Whether the name may say where a town named just before it is: not one a locality noun
    introduces ("in southern Baghdad in a marketplace of Zafaraniyah neighborhood"), unless the
    noun also names a division ("at Tamghas in Gulmi district")."""
    nouns = _introducing_nouns(doc, hit)
    return not any(_noun(n) in LOCALITY_NOUNS and _noun(n) not in DIVISION_NOUNS for n in nouns)


def _introducing_nouns(doc: Doc, hit: PlaceHit) -> list[Token]:
    last = doc[hit.end - 1]
    nouns = [last.head] if last.dep_ == "compound" else []
    if last.dep_ == "pobj" and normalise_word(last.head.text) == "OF":
        nouns.append(last.head.head)
    nouns += [c for c in last.children if c.dep_ == "appos"]
    return nouns


def _division_of_country(doc: Doc, span: tuple[int, int], lo: int, hi: int, code: str) -> bool:
    """The actor phrase around a place's words is the place itself with a settlement noun, which
    the dictionaries list as a name of its country ("Nineveh province", "Anbar province": IRQ in
    the Phoenix files), not a longer name of something else."""
    if len(code) != 3:
        return False
    rest = [doc[i] for i in range(lo, hi) if not span[0] <= i < span[1]]
    return bool(rest) and all(_noun(t) in SETTLEMENT_NOUNS for t in rest)


def _smaller_locality(noun: Token, named: PlaceHit | None, hit: PlaceHit | None) -> PlaceHit | None:
    """A locality noun between a town and a name of OF that is a smaller place, or one the
    gazetteer lacks: "the Homs neighbourhood of Baba Amr", "the Damascus suburb of Douma" are
    Baba Amr and Douma, in the town's country when the gazetteer lacks the name ("the Huriyah
    neighborhood of Baghdad" stays Huriyah: Baghdad is the larger)."""
    if named is None or hit is None or _noun(noun) not in LOCALITY_NOUNS:
        return None
    if named.place.kind != "city" or hit.place.kind not in ("city", "unknown"):
        return None
    if hit.place.kind == "city" and (
        hit.place.population >= named.place.population
        or hit.place.country != named.place.country
        or not _near(hit.place, named.place)
    ):
        return None  # not a locality of the town ("Huriyah" read as Al Hillah, 100 km away)
    if hit.place.country is None:
        return replace(hit, place=replace(hit.place, country=named.place.country))
    return hit


# how far from a town its neighbourhoods and suburbs lie at most, in kilometres
_LOCALITY_KM = 40.0


def _near(a: Place, b: Place) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h)) <= _LOCALITY_KM


def _locality(doc: Doc, hit: PlaceHit) -> bool:
    """Whether a locality noun introduces the name: "the village of X", "the X area", "X
    village", "X, a neighbourhood in ..."."""
    return any(_noun(n) in LOCALITY_NOUNS for n in _introducing_nouns(doc, hit))


def _distance(a: Token, b: Token) -> int:
    """Arcs between two tokens of one sentence through their lowest common head."""
    up = {a.i: 0}
    node, steps = a, 0
    while node.head.i != node.i:
        node, steps = node.head, steps + 1
        up[node.i] = steps
    node, steps = b, 0
    while node.i not in up and node.head.i != node.i:
        node, steps = node.head, steps + 1
    return steps + up.get(node.i, _MAX_HOPS)


def _hops(tok: Token, members: set[int]) -> int:
    """How many arcs up from ``tok`` to the nearest verb of the event's clause."""
    node = tok
    for hops in range(_MAX_HOPS):
        if node.i in members:
            return hops
        if node.head.i == node.i:
            break
        node = node.head
    return _MAX_HOPS


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs that share its clause's place: the head of an open complement
    ("agreed to meet in Beijing"), conjoined verbs both ways ("shot and killed two men in
    Gursai") unless the conjunct has a subject of its own ("police arrested two men in Mombasa
    and soldiers captured a rebel"), and the head of a participle adjunct ("blew himself up in
    Kidal, killing six")."""
    chain = [verb]
    node = verb
    for _ in range(3):
        head = node.head
        if head.i == node.i or not is_verb(head):
            break
        shares = (
            node.dep_ == "xcomp"
            or (node.dep_ == "conj" and not _separate(node))
            or (node.dep_ == "advcl" and node.tag_ == "VBG")
        )
        if not shares:
            break
        chain.append(head)
        node = head
    for member in list(chain):
        chain += [
            c
            for c in member.children
            if c.dep_ == "conj" and is_verb(c) and c not in chain and not _separate(c)
        ]
    return chain


def _means_and_purpose(chain: list[Token]) -> list[Token]:
    """The verbs that say how or what for ("began the offensive by storming X", "launched an
    offensive to capture X", "an assault to recover the villages of X"): their places are the
    event's when its own words name none (they are never the verb's kin)."""
    out = []
    for verb in chain:
        for c in verb.children:
            if c.dep_ == "prep" and normalise_word(c.text) == "BY":
                out += [g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
            elif c.dep_ == "advcl" and c.tag_ == "VB" and any(a.dep_ == "aux" for a in c.children):
                out.append(c)
            elif c.dep_ == "dobj":
                out += [g for g in c.children if g.dep_ == "acl" and g.tag_ == "VB"]
    return out


def _kin(verb: Token) -> set[int]:
    """The verb and the verbs conjoined with it that share its subject ("shot and killed"): their
    places are the verb's own."""
    kin = {verb.i}
    if verb.dep_ == "conj" and is_verb(verb.head) and not _separate(verb):
        kin.add(verb.head.i)
    kin |= {c.i for c in verb.children if c.dep_ == "conj" and is_verb(c) and not _separate(c)}
    return kin


def _separate(conjunct: Token) -> bool:
    """A conjoined clause of its own: an active subject and a finite verb ("and soldiers
    captured a rebel"); not a passive ("were killed and 1,100 others were wounded in X") nor an
    elliptical participle ("were killed and 67 wounded in X"), which share the place."""
    return any(c.dep_ in ("nsubj", "csubj") for c in conjunct.children) and (
        conjunct.tag_ in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in ("aux", "auxpass") for c in conjunct.children)
    )


def _appositive(tok: Token) -> Token | None:
    """A proper noun in apposition to a common noun: "the capital, Khartoum"; or the name a
    settlement noun is a compound of ("the capital Chisinau" parsed as capital <- Chisinau)."""
    for c in tok.children:
        if c.dep_ == "appos" and _is_proper(c):
            return c
    return None


def _acronym(words: Span) -> bool:
    letters = [w.text.replace(".", "") for w in words]
    return all(t.isupper() for t in letters if t)


def _objects(verb: Token) -> list[Token]:
    """The direct object, or the passive subject ("Kidal was recaptured")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in list(out):
        out += [g for g in c.children if g.dep_ == "conj"]
    return out


def _named(words: Span) -> bool:
    """Words that can be a place's name the gazetteer lacks: tagged proper nouns, capitalised,
    not an acronym ("NATO"), not a number."""
    names = [w for w in words if w.tag_ != "HYPH"]
    return bool(names) and all(
        w.tag_ in ("NNP", "NNPS") and w.text[:1].isupper() and not w.text.isupper() for w in names
    )


def _is_proper(tok: Token) -> bool:
    """A capitalised proper noun, or a capitalised noun inside the sentence (the tagger misses
    some names)."""
    if not tok.text[:1].isupper():
        return False  # "the highland city of X", "in mid-February"
    return tok.tag_ in ("NNP", "NNPS") or (tok.tag_ in ("NN", "NNS") and tok.i > tok.sent.start)


def _proper_span(tok: Token) -> tuple[int, int] | None:
    """The proper noun ending at ``tok`` with its compound parts ("Sierra Leone", "New York"), as
    a token span."""
    if not _is_proper(tok):
        return None
    parts = [c for c in tok.children if c.dep_ == "compound" and _is_proper(c) and c.i < tok.i]
    start = min((c.i for c in parts), default=tok.i)
    return start, tok.i + 1


def _title_case(doc: Doc) -> bool:
    """Whether the sentence is a headline in title case: most of its words capitalised."""
    words = [t for t in doc if t.is_alpha]
    return len(words) >= _TITLE_MIN_WORDS and (
        sum(t.text[0].isupper() for t in words) >= _TITLE_CAPS * len(words)
    )


def _coordinated(top: Token) -> set[int]:
    """The tokens of the phrases that say where another item is, in a conjunct a coordinating
    word joins to a name's phrase ("the attacks in Brussels and the massacre in Paris": "in
    Paris" places the massacre, not Brussels). The conjunct itself stays, as does one after a
    comma alone ("Kidal, Mali and Gao": Mali says which Kidal)."""
    out: set[int] = set()
    for tok in top.subtree:
        if tok.dep_ != "conj" or tok.i in out:
            continue
        before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if before is not None and before.dep_ == "cc":
            for prep in tok.children:
                if prep.dep_ == "prep":
                    out.update(t.i for t in prep.subtree)
    return out


def _circumstances(verb: Token) -> list[Token]:
    """The clauses and event nouns that say how the act on ``verb`` happened
    (CIRCUMSTANCE_MARKERS): "killed when his convoy was hit ...", "shot as he stepped out ...",
    "killed during clashes ..."."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod")
            and m.i < child.i
            and CIRCUMSTANCE_MARKERS.matches(m) is not None
            for m in child.children
        ):
            found.append(child)
        elif child.dep_ == "prep" and CIRCUMSTANCE_MARKERS.matches(child) is not None:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _phrase_top(tok: Token) -> Token:
    """The noun whose phrase the name is part of: "the Malian town of Kidal" -> town."""
    node = tok
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("compound", "appos", "poss"):
            node = head
        elif node.dep_ == "pobj" and normalise_word(head.text) == "OF" and head.head.i != head.i:
            node = head.head
        else:
            break
    return node
