"""Dyads: which source faces which target, PETRARCH's rule that an event needs both, the events
that stand without a target, and the domestic rule (an agent with no country is the one
country's own)."""

from __future__ import annotations

from collections.abc import Sequence

from eventscribe.actor_codes import is_country
from eventscribe.coding.actors import UNNAMED_ATTACKERS, CodedActor, same_actor
from eventscribe.coding.lexicon import table

ONE_SIDED_TYPES = table("ONE_SIDED_TYPES")
FOREIGN_TARGET_CODES = table("FOREIGN_TARGET_CODES")
SEPARATE_ROOTS = table("SEPARATE_ROOTS")
UNPAIRED_ROOTS = table("UNPAIRED_ROOTS")
GROUP_UNPAIRED_ROOTS = table("GROUP_UNPAIRED_ROOTS")
ONE_WAY_ROOTS = table("ONE_WAY_ROOTS")
ARMED_GROUP_BLOCKS = table("ARMED_GROUP_BLOCKS")
ARMED_SECTORS = table("ARMED_SECTORS")
NON_STATE_BLOCKS = table("NON_STATE_BLOCKS")

Pair = tuple[CodedActor, CodedActor | None]


class Pairing:
    """Pairs the sources and targets of a candidate. ``require_dyad``: both must have a country
    (a target may be missing only when the event is intransitive); ``allow_intransitive``: an act
    that is news by itself stands without a target (not PETRARCH's rule); ``infer_domestic``: the
    domestic rule (``domestic``, with ``keep_own``), and the subjects of an act each does alone
    (SEPARATE_ROOTS) are not paired with each other; ``one_way_at_home``: subjects of one country
    acting together make one event, from the first named (``at_home``), as do subjects meeting
    (ONE_WAY_ROOTS: "Obama and Abbas met" is one meeting, Obama's with Abbas)."""

    def __init__(
        self,
        *,
        require_dyad: bool,
        allow_intransitive: bool,
        infer_domestic: bool,
        keep_own: bool,
        one_way_at_home: bool = False,
    ) -> None:
        self.require_dyad = require_dyad
        self.allow_intransitive = allow_intransitive
        self.infer_domestic = infer_domestic
        self.keep_own = keep_own
        self.one_way_at_home = one_way_at_home

    def pairs(
        self,
        sources: Sequence[CodedActor],
        targets: Sequence[CodedActor],
        *,
        code: str,
        sentence_countries: frozenset[str] = frozenset(),
        together: bool = False,
        mutual: bool = False,
    ) -> list[Pair]:
        """The (source, target) pairs of an event with ``code``; a target of None where the act
        stands alone (``one_sided``, with ``allow_intransitive``) and no target was found.
        ``together``: the sources did the act side by side ("the strike was carried out by the
        U.S., the U.K. and France"), never to one another; ``mutual``: to one another ("accused
        each other"), whatever the act."""
        intransitive = self.allow_intransitive and not targets and one_sided(code)
        if self.infer_domestic:
            sources, targets = domestic(
                sources,
                targets,
                sentence_countries,
                keep_own=self.keep_own,
                foreign_target=code in FOREIGN_TARGET_CODES,
            )
        if self.require_dyad:
            # a target with no country ("joint military exercise") is no target at all
            targets = [t for t in targets if has_country(t.code)]
        pairs: list[Pair] = []
        if sources and targets:
            for s in sources:
                for t in targets:
                    if not same_actor(s, t):
                        pairs.append((s, t))
        elif (
            len(sources) >= 2
            and not together
            and (
                mutual
                or not self.infer_domestic
                or not code
                or code[:2] not in SEPARATE_ROOTS
                or (not intransitive and code[:2] not in UNPAIRED_ROOTS)
            )
            and not (
                # "Bahrain, Egypt, Jordan, Morocco and Saudi Arabia agreed to participate": five
                # agreeing, not twenty agreements among them (GROUP_UNPAIRED_ROOTS)
                not mutual
                and self.infer_domestic
                and (code or "")[:2] in GROUP_UNPAIRED_ROOTS
                and len({s.code[:3] for s in sources}) >= 3
            )
        ):
            # "Hungarian and Romanian officials agreed": events among the members; "the UK and
            # France opposed the resolution" is no rejection of each other (each stands alone)
            for i, s in enumerate(sources):
                for j, t in enumerate(sources):
                    if s.code == t.code:
                        continue
                    if (
                        j < i
                        and not mutual
                        and self.one_way_at_home
                        and (at_home(s, t) or (code or "")[:2] in ONE_WAY_ROOTS)
                    ):
                        continue
                    pairs.append((s, t))
        elif sources and (intransitive or not self.require_dyad):
            pairs = [(s, None) for s in sources]
        if self.require_dyad:
            pairs = [
                (s, t)
                for s, t in pairs
                if (has_country(s.code) or (unnamed_doer(s, code) and t is not None))
                and ((t is None and intransitive) or (t is not None and has_country(t.code)))
            ]
        return pairs


def at_home(a: CodedActor, b: CodedActor | None) -> bool:
    """Whether two sides of one act are of one country ("congressional Republicans and Democrats
    reached an agreement", "Republican lawmakers met with Trump"): readers list such an act once,
    from the first named, and the way back says nothing the country-to-country record does not.
    Acts done to one another ("accused each other") are two."""
    return b is not None and a.code[:3] == b.code[:3]


def one_sided(code: str) -> bool:
    """Whether an event stands without a coded target: "protesters marched", "the court rejected
    an appeal", "the army mobilised reservists". Only for PLOVER types whose act is news by
    itself (ONE_SIDED_TYPES); a statement, a meeting with no one named ("attended the meeting"),
    aid or sanctions to no one say nothing about a relation."""
    from eventscribe.ontology import cameo_info

    info = cameo_info(code)
    return info is not None and info.plover_event in ONE_SIDED_TYPES


def domestic(
    sources: Sequence[CodedActor],
    targets: Sequence[CodedActor],
    sentence_countries: frozenset[str] = frozenset(),
    *,
    keep_own: bool = False,
    foreign_target: bool = False,
) -> tuple[Sequence[CodedActor], Sequence[CodedActor]]:
    """An agent with no country ("---OPP": "arrested political opponents") facing a single country
    actor is read as that country's own: domestic events are the common case in news. With no
    country actor at all, the one country the sentence names, if only one, is theirs
    ("prime minister Papandreou ... Greece's"). With ``keep_own``, an agent acting on a country
    itself (not on its government, army or people) is not assumed to be of that country:
    "Democrats accused Russia", "opposition leaders accused Russia" are not Russia's. With
    ``foreign_target`` (an act whose target is another country's by nature, FOREIGN_TARGET_CODES:
    "expelled two diplomats"), a target with no country, or of the sources' own country ("ordered
    American diplomats out of Cuba"), takes the one country the sentence names other than the
    sources'; with none such, it is dropped."""
    if foreign_target:
        own = {a.code[:3] for a in sources if has_country(a.code)}
        others = set(sentence_countries) - own
        other = next(iter(others)) if len(others) == 1 else None
        foreign: list[CodedActor] = []
        for t in targets:
            if has_country(t.code) and t.code[:3] not in own:
                foreign.append(t)
            elif other is not None and has_country(t.code):
                # the source's own staff withdrawn from a country ("pulled its diplomats out
                # of Cuba") are no target: the country they leave is
                foreign.append(CodedActor(other, t.start, t.end, None, (), False, "foreign"))
            elif other is not None:
                foreign.append(t.of_country(other, "foreign"))
        targets = foreign
        sources, _ = domestic(sources, (), sentence_countries, keep_own=keep_own)
        return sources, targets
    # a country's mission abroad ("stormed the U.S. Embassy") says where no one else is from
    countries = {
        home(a.code) for a in (*sources, *targets) if not a.code.startswith("---") and not a.posted
    }
    if not countries and len(sentence_countries) == 1:
        countries = set(sentence_countries)
    if len(countries) != 1:
        return sources, targets
    (country,) = countries
    if country in NON_STATE_BLOCKS and country not in ("IGO", "IMG"):
        # "the Center for Reproductive Rights asked the Supreme Court": a company or an NGO of
        # no country, or a medium, gives an agent none (before: "NGOJUD", "MNCCVL"); one of a
        # country gives that country (home)
        return sources, targets
    # "lawmakers criticized the Islamic State": an armed group is no country an agent acting on
    # it can be of (what the group does to agents stays coded: "the Islamic State released 19
    # Christians"; an organisation's agents stay its own: "WFP began providing relief")
    fill_sources = country not in ARMED_GROUP_BLOCKS and not (
        keep_own
        and all(a.code.startswith("---") for a in sources)
        and any(
            len(t.code) == 3 and not t.code.startswith("---") and t.via in ("", "dictionary")
            for t in targets
        )
    )

    def fill(actors: Sequence[CodedActor]) -> list[CodedActor]:
        # attackers no one names (an implicit "---UAF") are not the country they attack
        return [
            a.of_country(country, "domestic")
            if not has_country(a.code) and a.via != "implicit" and not a.posted
            else a
            for a in actors
        ]

    return (fill(sources) if fill_sources else sources), fill(targets)


def home(code: str) -> str:
    """The country an actor's code is of: its first block, or the country a company or an NGO is
    of ("NGOUSAHRI", the ACLU: the United States), as the annotation guide codes them; a company
    or an NGO of no country stays stateless."""
    if code[:3] in ("NGO", "MNC") and is_country(code[3:6]):
        return code[3:6]
    return code[:3]


def has_country(code: str) -> bool:
    return not code.startswith("---")


def is_armed(actor: CodedActor) -> bool:
    """An armed actor: of an armed sector (ARMED_SECTORS: forces, police, rebels, spies) or an
    armed group with no country (ARMED_GROUP_BLOCKS: the Islamic State)."""
    return actor.code[:3] in ARMED_GROUP_BLOCKS or any(s in ARMED_SECTORS for s in actor.sectors)


def unnamed_doer(actor: CodedActor, code: str | None) -> bool:
    """Attackers no one names, of no country the text gives ("were killed", "the killing of
    three Kenyan soldiers": an implicit "---UAF"), or armed men named only as such ("a gunman",
    "the militants": Phoenix's UAF agents), who stand as an event's source against a target of a
    country. Not other agents with no country ("the military", "men"): the domestic rule gives
    those a country or nothing."""
    return (code or "")[:2] in ("17", "18", "19", "20") and (
        (actor.code.startswith("---") and actor.via == "implicit")
        or actor.code.startswith(UNNAMED_ATTACKERS)
    )
