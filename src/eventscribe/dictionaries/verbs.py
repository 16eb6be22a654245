"""Reader for PETRARCH verb dictionaries in both styles: PETRARCH2's tree patterns
(CAMEO.2.0.txt, ``- * (TO {BANNED PARTIES}) [1722]``) and PETRARCH-1/TABARI linear patterns
(CAMEO.verbpatterns.150430, PETR.Validate.verbs: ``- $ * CONCERN OVER CLASHES AT + [012]``).

Decisions (FORMATS.md "R:"), each reported as a warning where it changes what PETRARCH did:
duplicate patterns in a block keep the first; undefined synsets stay literal (dead) words; P2
``_``-joined pattern tokens become adjacent words (P1 semantics) instead of dead tokens; ``[080!]``
loses its ``!``; headers are read with a regex so ``[120]---`` and ``###`` are tolerated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from eventscribe.dictionaries.model import (
    ActorSlot,
    AnyPhrase,
    NounPhrase,
    PatternItem,
    PrepPhrase,
    SynsetRef,
    Transformation,
    VerbDictionary,
    VerbEntry,
    VerbPattern,
    Word,
    normalise_word,
)
from eventscribe.dictionaries.parsers import (
    Line,
    Reporter,
    noun_plural,
    phrase_tokens,
    read_lines,
    source_label,
)

__all__ = ["parse_code", "parse_verb_file", "verb_forms"]

_HEADER = re.compile(r"^-{3,}\s*([^\s\[]+(?:\s+[^\s\[-][^\s\[]*)*)\s*((?:\[[^\]]*\]?\s*)*)[\s-]*$")
_CODE_TOKEN = re.compile(r"\[([^\]]*)\]\s*$")
_ANY_CODE = re.compile(r"\[([^\]]*)\]")
_TRANSFORMATION = re.compile(
    r"^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$"
)
# CAMEO codes are 2-4 digits; the validation suite also has WEIS-era and test codes (075A, +++).
_CODE_TEXT = re.compile(r"^[0-9A-Z+?]{1,6}$")
_SLOTS = {"$": "source", "+": "target", "%": "compound"}


@dataclass(frozen=True)
class Code:
    """A parsed ``[...]`` code: ``code`` None is ``[---]``."""

    code: str | None
    reverse: str | None = None
    passive_only: bool = False


def parse_code(text: str) -> tuple[Code | None, list[str]]:
    """``042`` / ``042:043`` / ``:173`` / ``---`` / ``080!`` -> (Code or None, problems)."""
    problems: list[str] = []
    raw = "".join(text.split()).upper()
    if "!" in raw:
        problems.append(f"code [{text}] has a stray '!'; read as [{raw.replace('!', '')}]")
        raw = raw.replace("!", "")

    def one(part: str) -> str | None:
        if part == "---":
            return None
        if not _CODE_TEXT.match(part):
            raise ValueError(part)
        return part

    try:
        if ":" in raw:
            first, _, second = raw.partition(":")
            if first == "":
                return Code(one(second), None, True), problems
            return Code(one(first), one(second)), problems
        return Code(one(raw)), problems
    except ValueError:
        return None, [*problems, f"code [{text}] is not a CAMEO code, a:b, :b or ---"]


# --- verb forms --------------------------------------------------------------------------------


def verb_forms(verb: str) -> tuple[str, ...]:
    """The regular forms of an upper-case verb: itself, 3rd person, past, -ING.

    S/X/Z/SH/CH +ES, consonant+Y -> IES/IED; final E +D; -ING drops a final E after a consonant.
    """
    if not verb.isalpha():
        return (verb,)
    consonant_y = verb.endswith("Y") and len(verb) > 1 and verb[-2] not in "AEIOU"
    if verb.endswith(("S", "X", "Z", "SH", "CH")):
        third = verb + "ES"
    elif consonant_y:
        third = verb[:-1] + "IES"
    else:
        third = verb + "S"
    if verb.endswith("E"):
        past = verb + "D"
    elif consonant_y:
        past = verb[:-1] + "IED"
    else:
        past = verb + "ED"
    if verb.endswith("E") and len(verb) > 2 and verb[-2] not in "AEIOU":
        ing = verb[:-1] + "ING"
    else:
        ing = verb + "ING"
    return tuple(dict.fromkeys((verb, third, past, ing)))


_BRITISH_LL = re.compile(r"^(.*[AEIOU])LL(ED|ING)$")


def _american_forms(
    forms: list[tuple[tuple[str, ...], str, tuple[str, ...]]],
) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """The American spellings of listed British forms that double a final L ("CANCEL {CANCELLED
    CANCELLING}": CANCELED, CANCELING; "LABELLED": LABELED), which the PETRARCH dictionaries
    often list alone. A form that exists in neither spelling ("EXPELED") is harmless: no text
    holds it."""
    have = {form for _, form, _ in forms}
    extra = []
    for prefix, form, particle in forms:
        match = _BRITISH_LL.match(form)
        if match is not None:
            single = f"{match.group(1)}L{match.group(2)}"
            if single not in have:
                have.add(single)
                extra.append((prefix, single, particle))
    return extra


def _split_verb_token(token: str) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """``RE_+ARREST`` -> (("RE",), "ARREST", ()); ``+ASK_FOR`` -> ((), "ASK", ("FOR",))."""
    words = [w for w in token.split("_") if w]
    if not words:
        return None
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    index = marked[0] if marked else 0
    clean = [normalise_word(w.lstrip("+")) for w in words]
    if not clean[index]:
        return None
    return tuple(clean[:index]), clean[index], tuple(clean[index + 1 :])


# --- pattern items -----------------------------------------------------------------------------


class _PatternError(ValueError):
    pass


@dataclass
class _Context:
    synsets: dict[str, tuple[tuple[str, ...], ...]]
    reporter: Reporter
    line: int

    def synset(self, token: str, *, adjacent: bool = False) -> SynsetRef | Word:
        name = _synset_key(token)
        if name in self.synsets:
            return SynsetRef(name, adjacent)
        self.reporter.warn(self.line, f"synset {token} is not defined; kept as a literal word")
        return Word(normalise_word(token), adjacent)


def _synset_key(token: str) -> str:
    return "&" + normalise_word(token.lstrip("&")).rstrip("_")


def _atom_p1(part: str, adjacent: bool, ctx: _Context) -> PatternItem:
    if part in _SLOTS:
        return ActorSlot(_SLOTS[part], adjacent)
    if part == "^":
        return AnyPhrase(adjacent)
    if part.startswith("&"):
        return ctx.synset(part, adjacent=adjacent)
    return Word(normalise_word(part), adjacent)


def _linear_items(text: str, ctx: _Context) -> tuple[list[PatternItem], list[PatternItem], bool]:
    """P1 pattern body -> (pre, post, verb_adjacent): a space lets words intervene, ``_`` not."""
    pre: list[PatternItem] = []
    post: list[PatternItem] = []
    verb_seen = False
    verb_adjacent = False
    for chunk in text.split():
        parts = chunk.split("_")
        joined = False  # whether the next non-empty part is joined to the previous one by "_"
        for i, part in enumerate(parts):
            if i > 0:
                joined = True
            if not part:
                continue
            if part == "*":
                if verb_seen:
                    raise _PatternError("more than one * (verb)")
                verb_seen = True
                verb_adjacent = joined and bool(pre)
            else:
                (post if verb_seen else pre).append(_atom_p1(part, joined, ctx))
            joined = False
    if not verb_seen:
        raise _PatternError("no * (verb)")
    return pre, post, verb_adjacent


def _tree_tokens(text: str) -> list[str | tuple[str, list[str | tuple[str, list[str]]]]]:
    """P2 body -> atoms and ("{", [...]) / ("(", [...]) groups (a PP may hold one NP group)."""
    result: list[str | tuple[str, list[str | tuple[str, list[str]]]]] = []
    stack: list[tuple[str, list[str | tuple[str, list[str]]]]] = []
    closers = {"{": "}", "(": ")"}
    for match in re.finditer(r"[{}()]|[^\s{}()]+", text):
        token = match.group(0)
        target = stack[-1][1] if stack else result
        if token in closers:
            if stack and (stack[-1][0] == "{" or token == "("):
                raise _PatternError(f"{token} nested too deeply")
            stack.append((token, []))
        elif token in ("}", ")"):
            if not stack or closers[stack[-1][0]] != token:
                raise _PatternError(f"unbalanced {token}")
            kind, items = stack.pop()
            holder = stack[-1][1] if stack else result
            holder.append((kind, items))  # type: ignore[arg-type]
        else:
            target.append(token)
    if stack:
        raise _PatternError(f"{stack[-1][0]} is not closed")
    return result


def _noun_phrase(words: list[str], ctx: _Context) -> NounPhrase:
    flat: list[str] = []
    for word in words:
        if word.startswith("&"):
            ref = ctx.synset(word)  # kept as "&NAME" (a modifier or head from the set)
            flat.append(ref.name if isinstance(ref, SynsetRef) else ref.text)
        else:
            flat.extend(normalise_word(w) for w in word.split("_") if w)
    if not flat:
        raise _PatternError("empty {}")
    return NounPhrase(flat[-1], tuple(flat[:-1]))


def _tree_atom(token: str, ctx: _Context) -> list[PatternItem]:
    if token in _SLOTS:
        return [ActorSlot(_SLOTS[token])]
    if token == "^":
        return [AnyPhrase()]
    if token.startswith("&"):
        return [ctx.synset(token)]
    parts = [p for p in token.split("_") if p]
    return [Word(normalise_word(p), i > 0) for i, p in enumerate(parts)]


def _tree_items(text: str, ctx: _Context) -> tuple[list[PatternItem], list[PatternItem], bool]:
    """P2 pattern body -> (pre, post, verb_adjacent)."""
    pre: list[PatternItem] = []
    post: list[PatternItem] = []
    verb_seen = False
    verb_adjacent = False
    for token in _tree_tokens(text):
        side = post if verb_seen else pre
        if isinstance(token, str):
            if "*" in token:
                if token.count("*") > 1 or verb_seen:
                    raise _PatternError("more than one * (verb)")
                before, _, after = token.partition("*")
                if before.strip("_"):
                    pre.extend(_tree_atom(before.rstrip("_"), ctx))
                verb_adjacent = before.endswith("_") and bool(before.strip("_"))
                verb_seen = True
                if after.strip("_"):
                    items = _tree_atom(after.lstrip("_"), ctx)
                    first = items[0]
                    if after.startswith("_") and isinstance(first, Word):
                        items[0] = Word(first.text, True)
                    post.extend(items)
            else:
                side.extend(_tree_atom(token, ctx))
        elif token[0] == "{":
            if not all(isinstance(t, str) for t in token[1]):
                raise _PatternError("group inside {}")
            side.append(_noun_phrase([t for t in token[1] if isinstance(t, str)], ctx))
        else:
            side.append(_prep_phrase(token[1], ctx))
    if not verb_seen:
        raise _PatternError("no * (verb)")
    return pre, post, verb_adjacent


def _prep_phrase(items: list[str | tuple[str, list[str]]], ctx: _Context) -> PrepPhrase:
    if not items or not isinstance(items[0], str):
        raise _PatternError("() without a preposition")
    prep = normalise_word(items[0])
    rest = items[1:]
    if not rest:
        return PrepPhrase(prep)
    if len(rest) == 1:
        only = rest[0]
        if isinstance(only, tuple):
            return PrepPhrase(prep, _noun_phrase(only[1], ctx))
        if only in _SLOTS:
            return PrepPhrase(prep, ActorSlot(_SLOTS[only]))
        if only == "^":
            return PrepPhrase(prep, AnyPhrase())
        if only.startswith("&"):
            return PrepPhrase(prep, ctx.synset(only))
        words = [w for w in only.split("_") if w]
        if len(words) == 1:
            return PrepPhrase(prep, Word(normalise_word(words[0])))
        return PrepPhrase(prep, _noun_phrase(words, ctx))
    if any(isinstance(r, tuple) for r in rest):
        raise _PatternError("() holds words and a {} group")
    # (TO A VOTE): the last word heads the object noun phrase
    return PrepPhrase(prep, _noun_phrase([r for r in rest if isinstance(r, str)], ctx))


# --- the file ----------------------------------------------------------------------------------


def _detect_style(lines: list[Line]) -> str:
    p2 = p1 = 0
    for line in lines:
        text = line.text.strip()
        if text.startswith("-") and not text.startswith("---"):
            if "(" in text or "{" in text:
                p2 += 1
            if any(mark in text.split() for mark in ("$", "+", "%")) or "_" in text:
                p1 += 1
    return "p1" if p1 > p2 else "p2"


@dataclass
class _Block:
    meaning: str
    code: Code
    line: int


def _read_synsets(
    raw: dict[str, tuple[int, bool, list[tuple[int, str]]]], reporter: Reporter
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Members with plurals; ``+&SET`` members (one level of nesting) are expanded."""
    direct: dict[str, list[tuple[str, ...]]] = {}
    for name, (_, no_plurals, members) in raw.items():
        phrases: list[tuple[str, ...]] = []
        for _, member in members:
            if member.startswith("&"):
                continue
            tokens = phrase_tokens(member)
            if not tokens:
                continue
            phrases.append(tokens)
            if len(tokens) == 1 and not no_plurals and not member.rstrip().endswith("_"):
                plural = noun_plural(tokens[0])
                if plural is not None:
                    phrases.append((plural,))
        direct[name] = phrases
    result: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name, (_, _, members) in raw.items():
        phrases = list(direct[name])
        for line, member in members:
            if member.startswith("&"):
                nested = _synset_key(member)
                if nested in direct:
                    phrases.extend(direct[nested])
                else:
                    reporter.warn(line, f"nested synset {member} is not defined; ignored")
        result[name] = tuple(dict.fromkeys(phrases))
    return result


def parse_verb_file(
    path: Path,
    *,
    strict: bool = False,
    source: str | None = None,
    style: str | None = None,
    known_synsets: Mapping[str, tuple[tuple[str, ...], ...]] | None = None,
) -> VerbDictionary:
    """Read a PETRARCH verb dictionary, PETRARCH2 (``style="p2"``) or PETRARCH-1/TABARI (``"p1"``).

    The style is detected from the patterns when not given: ``(..)``/``{..}`` groups mean P2;
    ``$ + %`` markers and ``_`` joins mean P1. Problems are in ``VerbDictionary.warnings`` (or raise
    DictionaryError in strict mode). ``known_synsets`` are the sets of the file this one extends
    (an additions file may use them); the file's own sets of the same name win.
    """
    reporter = Reporter(source_label(path, source), strict)
    lines = list(read_lines(path, reporter))
    if style is None:
        style = _detect_style(lines)
    elif style not in ("p1", "p2"):
        raise ValueError(f"style must be 'p1' or 'p2', not {style!r}")

    raw_synsets: dict[str, tuple[int, bool, list[tuple[int, str]]]] = {}
    current_set: str | None = None
    block: _Block | None = None
    verbs: dict[str, list[VerbEntry]] = {}
    pattern_lines: list[tuple[_Block, Line, str]] = []
    transformation_lines: list[Line] = []

    for line in lines:
        text = line.text.strip()
        if text.startswith("&"):
            label = text.split()[0]
            current_set = _synset_key(label)
            if current_set in raw_synsets:
                reporter.warn(line.number, f"synset {label} defined twice; members merged")
            else:
                raw_synsets[current_set] = (line.number, label.endswith("_"), [])
            continue
        if text.startswith("+") and current_set is not None:
            raw_synsets[current_set][2].append((line.number, text[1:].strip()))
            continue
        current_set = None
        if text.startswith("~"):
            transformation_lines.append(line)
        elif re.match(r"^-{3,}(\s|\w)", text):
            header = _HEADER.match(text)
            if header is None:
                reporter.warn(line.number, f"verb block header {text!r} not understood; skipped")
                block = None
                continue
            meaning = "_".join(header.group(1).split()).upper()
            brackets = _ANY_CODE.findall(header.group(2)) or re.findall(r"\[(.*)", header.group(2))
            code_text = brackets[0] if brackets else None
            if len(brackets) > 1:
                reporter.warn(line.number, f"block {meaning} has several codes; the first is used")
            code: Code | None = None
            if code_text is None:
                reporter.warn(line.number, f"block {meaning} has no [code]; read as [---]")
            else:
                code, problems = parse_code(code_text)
                for problem in problems:
                    reporter.warn(line.number, problem)
            block = _Block(meaning, code or Code(None), line.number)
        elif text.startswith("-"):
            if block is None:
                reporter.warn(line.number, "pattern outside a verb block; skipped")
                continue
            body = text.lstrip("-")
            if text.startswith("--"):
                reporter.warn(line.number, "pattern starts with more than one '-'")
            pattern_lines.append((block, line, body))
        elif block is None:
            reporter.warn(line.number, f"verb line {text!r} outside a verb block; skipped")
        else:
            _read_verb_line(text, line, block, verbs, reporter)

    synsets = {**(known_synsets or {}), **_read_synsets(raw_synsets, reporter)}
    patterns: dict[str, list[VerbPattern]] = {}
    seen: dict[tuple[str, tuple[PatternItem, ...], tuple[PatternItem, ...], bool], int] = {}
    for owner, line, body in pattern_lines:
        pattern = _read_pattern(owner, line, body, style, synsets, reporter)
        if pattern is None:
            continue
        key = (owner.meaning, pattern.pre, pattern.post, pattern.verb_adjacent)
        if key in seen:
            reporter.warn(
                line.number,
                f"duplicate pattern in block {owner.meaning} (first at line {seen[key]}); ignored",
            )
            continue
        seen[key] = line.number
        patterns.setdefault(owner.meaning, []).append(pattern)

    transformations = tuple(
        t
        for t in (_read_transformation(line, verbs, reporter) for line in transformation_lines)
        if t
    )
    return VerbDictionary(
        verbs={form: tuple(entries) for form, entries in verbs.items()},
        patterns={meaning: tuple(items) for meaning, items in patterns.items()},
        synsets=synsets,
        transformations=transformations,
        style=style,
        warnings=tuple(reporter.warnings),
    )


def _read_verb_line(
    text: str, line: Line, block: _Block, verbs: dict[str, list[VerbEntry]], reporter: Reporter
) -> None:
    head = text
    forms_text: str | None = None
    code = block.code
    bracket = _CODE_TOKEN.search(head) or _ANY_CODE.search(head)
    if bracket:
        if bracket.end() < len(head.rstrip()):
            reporter.warn(line.number, "verb code [..] should be the last token; read anyway")
        parsed, problems = parse_code(bracket.group(1))
        for problem in problems:
            reporter.warn(line.number, problem)
        if parsed is None:
            return
        code = parsed
        head = head[: bracket.start()] + " " + head[bracket.end() :]
    if "{" in head:
        head, _, rest = head.partition("{")
        forms_text, closed, _ = rest.partition("}")
        if not closed:
            reporter.warn(line.number, "verb forms { are not closed")
    words = head.split()
    if not words:
        reporter.warn(line.number, "verb line has no verb; skipped")
        return
    if len(words) > 1:
        reporter.warn(line.number, f"verb {' '.join(words)!r} has spaces; read as joined by _")
    split = _split_verb_token("_".join(words))
    if split is None:
        reporter.warn(line.number, "verb line has no verb; skipped")
        return
    prefix, verb, particle = split
    forms: list[tuple[tuple[str, ...], str, tuple[str, ...]]]
    if forms_text is None:
        forms = [(prefix, form, particle) for form in verb_forms(verb)]
    else:
        forms = [(prefix, verb, particle)]
        for token in forms_text.split():
            parts = _split_verb_token(token)
            if parts is None:
                continue
            if "+" not in token and "_" in token and prefix:
                # an unmarked multi-word form: its verb sits where the head's verb does
                words_of = [normalise_word(w) for w in token.split("_") if w]
                if len(words_of) == len(prefix) + 1 + len(particle):
                    parts = (
                        tuple(words_of[: len(prefix)]),
                        words_of[len(prefix)],
                        tuple(words_of[len(prefix) + 1 :]),
                    )
            forms.append(parts)
        forms.extend(_american_forms(forms))
    for form_prefix, form, form_particle in forms:
        entry = VerbEntry(
            form=form,
            lemma=verb,
            meaning=block.meaning,
            code=code.code,
            particle=form_particle,
            prefix=form_prefix,
            origin=reporter.origin(line.number),
            reverse_code=code.reverse,
            passive_only=code.passive_only,
        )
        existing = verbs.setdefault(form, [])
        if not any(_same_entry(entry, other) for other in existing):
            existing.append(entry)


def _same_entry(a: VerbEntry, b: VerbEntry) -> bool:
    return (a.lemma, a.meaning, a.code, a.particle, a.prefix, a.reverse_code, a.passive_only) == (
        b.lemma,
        b.meaning,
        b.code,
        b.particle,
        b.prefix,
        b.reverse_code,
        b.passive_only,
    )


def _read_pattern(
    block: _Block,
    line: Line,
    body: str,
    style: str,
    synsets: dict[str, tuple[tuple[str, ...], ...]],
    reporter: Reporter,
) -> VerbPattern | None:
    bracket = _CODE_TOKEN.search(body)
    if bracket is None:
        reporter.warn(line.number, "pattern has no [code] at its end; skipped")
        return None
    code, problems = parse_code(bracket.group(1))
    for problem in problems:
        reporter.warn(line.number, problem)
    if code is None:
        return None
    items_text = body[: bracket.start()]
    ctx = _Context(synsets, reporter, line.number)
    try:
        if style == "p1":
            if "{" in items_text:
                reporter.warn(line.number, "TABARI disjunction {..} in a P1 pattern; skipped")
                return None
            pre, post, verb_adjacent = _linear_items(items_text, ctx)
        else:
            pre, post, verb_adjacent = _tree_items(items_text, ctx)
    except _PatternError as e:
        reporter.warn(line.number, f"pattern not understood ({e}); skipped")
        return None
    return VerbPattern(
        pre=tuple(pre),
        post=tuple(post),
        code=code.code,
        reverse_code=code.reverse,
        passive_only=code.passive_only,
        origin=reporter.origin(line.number),
        text=line.text.strip(),
        verb_adjacent=verb_adjacent,
        comment=line.comment,
    )


def _read_transformation(
    line: Line, verbs: dict[str, list[VerbEntry]], reporter: Reporter
) -> Transformation | None:
    match = _TRANSFORMATION.match(line.text.strip())
    if match is None:
        reporter.warn(line.number, "transformation not of the form ~ a (b c VERB) VERB = a b CODE")
        return None
    g = [normalise_word(x) if i in (3, 4) else x for i, x in enumerate(match.groups())]
    for verb in (g[3], g[4]):
        if verb != "Q" and verb not in verbs:
            reporter.warn(line.number, f"transformation names {verb}, which is not a verb here")
    return Transformation(
        outer_source=g[0],
        lower=(g[1], g[2], g[3]),
        outer_verb=g[4],
        result=(g[5], g[6], g[7]),
        origin=reporter.origin(line.number),
    )
