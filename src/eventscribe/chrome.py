"""Page chrome that scraped news text carries inside its sentences: a photo gallery's markers and
a video's title block.

CNN's galleries arrive as running text, each caption led by the previous one's counter and the
gallery's title: "Photos: Terror attacks in Brussels An injured woman leaves ... Hide Caption 1 of
22 Photos: Terror attacks in Brussels Windows are blown out ...". The counter and the title are no
words of the caption: the title is a headline ("Attack on U.S. mission in Benghazi") that the
coder would otherwise read as an act of the caption's sentence, once per photo, and a date of the
caption would date it. ``chrome_spans`` finds them in an article's text so that sentence splitting
starts each caption after them (the text itself, and so every offset into it, stays as it is).

A paragraph that links to another story ("Read more: Life After Corbyn? ...", "( Also on POLITICO:
GOP livid over Cuba)", "SEE ALSO: ...", "RELATED: ...", "See all photography related to the
Boston bombings.", a teaser ending "Read more", with its author after "|" or none) is another
story's headline, none of this one's acts; a credit line ("Contributing: Doyle Rice, ..., USA
TODAY", "... and The Associated Press contributed to this report.") names no actor of the story.

A paragraph in capitals ("PARIS TERRORIST ATTACK THREATENS CITY'S TOURISM, EXPERTS WARN") is a
headline carried into the text, and so is one in title case with no closing stop ("Ukraine Is
Investigating Whether U.S. Ambassador Yovanovitch Was Surveilled").

The Hill's links inside a sentence: a person's name is followed by their full name glued to
three headlines of other stories and "MORE" ("Rep. Elise Stefanik Elise Marie StefanikMeadows
slams ex-Bush aide's 'reprehensible' remark ... MORE (N.Y.), a Republican ..."): the headlines,
from the glued capital to "MORE", are other stories' acts. In the middle of a sentence they are
masked, not cut, so that the sentence keeps its words' offsets.

A video block ("JUST WATCHED Egypt's churches looted and torched Replay More Videos ... MUST WATCH
Egypt's churches looted and torched 06:22", or its first half alone) is a headline twice over, no
sentence of the story. A CNN summary box ("Story highlights Obama says ...") repeats the story in
headlines.

The title is what follows "Photos:" identically in three of four captions of the article (two or
more), as the page repeats it (sometimes twice, with a dash before the caption); with one caption
its end is unknown, and only the counter and "Photos:" go.

A wire photo's caption is a paragraph of its own, opened by "FILE PHOTO:" or AP's "FILE - In this
... file photo" (or a BBC page's "Image copyright AFP Image caption ..." or "Media caption ...") or
closed by the photo's credit ("(AP Photo/Evan Vucci)", "(Photo: Rahmat Gul, AP)", "(REUTERS/Kevin
Lamarque)"): ``is_caption_paragraph`` marks its sentences as captions, as a gallery's are, and
so does ``repeated_paragraphs`` for a gallery's captions the page gives twice in a row. The
annotation guide leaves scraped captions empty, and the coder codes no act of a caption (since the
forty-third session; before, the scorer weighed them down).
"""

from __future__ import annotations

import math
import re
from collections import Counter

# "Hide Caption 3 of 22 Photos: Photos: " (the counter may be missing before the first caption)
_MARKER = re.compile(r"(?:\bHide Caption \d+ of \d+\s+)?(?:\bPhotos:\s+)+")
_COUNTER = re.compile(r"\bHide Caption \d+ of \d+\b")
# a video's block: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 06:22"
_VIDEO = re.compile(
    r"\bJUST WATCHED\s.{1,300}?\sReplay More Videos\s*\.\.\."
    r"(?:\s*MUST WATCH\s.{0,300}?\s\d{1,2}:\d{2}\b)?"
)
# a link to another story, a paragraph of its own: "Read more: <headline>", "( Also on POLITICO:
# <headline>)", "SEE ALSO: ...", "RELATED: ...", "More: ...", "See all photography ...", a credit
# line "Contributing: ...", a summary box "Story highlights ...", or a teaser that ends "Read more"
_LINK = re.compile(
    r"^[ \t]*\(?[ \t]*(?:(?:Read|READ) (?:more|More|MORE)\b|More:|MORE:|Also on [A-Z][A-Za-z]+:"
    r"|PHOTOS?:|SEE ALSO:|See also:|RELATED:|Related:|RELATED COVERAGE:|WATCH:|READ:|Earlier:"
    # forty-sixth session: a video's summary or a linked headline ("Related Video President Trump
    # announced Tuesday that the U.S. will withdraw ...", "Exclusive: Two other Trump advisers
    # also spoke with Russian envoy during GOP convention"; 24 paragraphs in the corpora, none in
    # the labelled sets; Fox News' "EXCLUSIVE:" opens its own story's lead and stays)
    r"|Related Video\b|Video:|VIDEO:|Watch:|Exclusive:"
    # and Fox News' "More On This..." box, a section's "Opinion:", "Analysis:" or "Editorial:" link
    # ("More On This... Whistle-blower: Botched talking points hurt FBI probe of Benghazi attack",
    # "Opinion:Attack on U.S. Embassy in Iraq shows Trump is failing"; 180 paragraphs)
    r"|More On This\b|Opinion:|OPINION:|Analysis:|ANALYSIS:|Editorial:"
    r"|See all (?:photography|photos|coverage)\b|Contributing:|Story highlights\b)[^\n]*"
    r"|^[^\n]{1,300}\|[^\n]{1,80}\bRead more[ \t]*$"
    # forty-second session: a teaser with no author, "EU, China and Russia in move to sidestep US
    # sanctions on Iran Read more" (170 such paragraphs in the corpora)
    r"|^[^\n|]{1,200}\bRead more[ \t]*$"
    # forty-fourth session: a credit paragraph, "Fox News' Catherine Herridge and The Associated
    # Press contributed to this report." (833 such paragraphs in the corpora)
    r"|^[^\n]{0,400}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b[^\n]{0,80}$",
    re.MULTILINE,
)
# forty-third session: the same link inside a gallery's running text, mid-paragraph ("... wounded at
# least 170. See all photography related to the Boston bombings. Hide Caption 1 of 45 ...")
_SEE_ALL = re.compile(
    r"\bSee all (?:photography|photos|coverage) relat(?:ed|ing) to [^.\n]{1,120}\."
)
# The Hill's inline link ends "MORE"; its headlines are glued to a name the sentence gave just
# before ("Elise Stefanik Elise Marie StefanikMeadows slams ...", "Kevin McCarthy Kevin Owen
# McCarthyObstacles mount ...")
_MORE = re.compile(r" MORE\b")
_LINK_WINDOW = (
    1000  # forty-fifth session: 400 missed 19 longer runs (benchmarks/chrome_and_doers.py)
)
_NAME_WORDS_BACK = 8
_WORD = re.compile(r"\S+")
_MAX_TITLE_WORDS = 15
_DASHES = "-\u2013\u2014"
# a CNN summary box's first line, and its bullets: paragraphs with no closing stop
_HIGHLIGHTS = re.compile(r"^[ \t]*Story highlights\b[^\n]*", re.MULTILINE)
_MAX_HIGHLIGHT_CHARS = 300
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
_CLOSING_STOPS = frozenset(".?!\"\u201d'\u2019)")
# a headline in title case (forty-fourth session): the words a headline leaves in lower case
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
_TITLE_SMALL_WORDS = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by",
        "with", "from", "as", "vs", "is", "be", "into", "over", "after", "up", "off", "out",
        "about", "than", "via",
    }
)  # fmt: skip
_MIN_TITLE_WORDS = 5
_MIN_TITLE_CONTENT = 4
_MAX_HEADLINE_WORDS = 25
_MIN_SHORT_WORDS = 3
_MAX_SHORT_WORDS = 10
_CLOSED_INSIDE = re.compile(r"[.!?]\s")
_LEAD_IN_ENDS = frozenset(":,;-\u2013\u2014")
# a wire photo's caption paragraph (forty-second session): opened by "FILE PHOTO" or AP's "FILE -",
# or closed by a photo credit in brackets
# forty-third session: a BBC page's "Image copyright AFP Image caption Emmanuel Macron defended the
# strikes ..." (513 such paragraphs in the corpora), a scraped caption the annotation guide ignores
# forty-fourth session: its video's, "Media playback is unsupported on your device Media caption
# South Korea carries out live-fire drills ..." (518 such paragraphs in the world-news corpus:
# benchmarks/chrome_and_doers.py)
_CAPTION_OPENER = re.compile(
    r"^\s*(?:FILE(?: PHOTO)?\s*[:\-\u2013\u2014]|(?:Image copyright\b[^\n]{0,80}?)?Image caption\b"
    r"|(?:Media playback is unsupported on your device\s*)?Media caption\b)"
)
# forty-fifth session: the button word opening USA Today's video summary ("CLOSE Senators voted
# Thursday to recommend ... (Dec. 13) AP"); the summary is a lead of the story, whose acts the
# labelled training sets list (4 of 7 such items: benchmarks/chrome_and_doers.py), so only the
# word goes
_CLOSE_BUTTON = re.compile(r"(?m)^[ \t]*CLOSE(?= [A-Z\"“])")
_MIN_REPEATED_CHARS = 40  # a paragraph given twice in a row: a gallery's caption
# forty-sixth session: USA Today's caption may run on into its summary box in the same paragraph
# ("... for a meeting with Israeli Prime Minister Benjamin Netanyahu. (Photo: Pool photo by Larry
# Downing) Story Highlights Israel is cautiously optimistic about deal", 24 paragraphs in the
# corpora, none in the labelled sets)
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]{0,40}\b(?:Photo|PHOTO|Photograph|Images|IMAGES)\b[^()]{0,80}"
    r"|(?:REUTERS|Reuters|AFP|AP)/[^()]{1,60})\)\s*(?:\([^()]{0,80}\)\s*)*"
    r"(?:Story Highlights\b[^\n]*)?$"
)


# forty-fifth session: a credit in brackets closing Al Jazeera's captions ("... protest against
# India's newly inaugurated link road [Prakash Mathema/AFP]", 78 paragraphs, none in the labelled
# sets); and a credit after a bar with the section's title after it, closing Politico's and
# others' ("... raised concerns there. | REUTERS Iran talks complicate Israel push", "| John
# Shinkle/POLITICO McConnell defends deal, slams ACA tactics", 150 paragraphs), of which only the
# credit and title go: the labelled training sets list the acts of the sentence before the bar
# (2 items): benchmarks/chrome_and_doers.py
_BRACKET_CREDIT = re.compile(r"\[[^\[\]\n]{1,60}/[^\[\]\n]{1,40}\]\s*$")
_BAR_CREDIT = re.compile(
    r"(?m)\|\s*(?:AP(?: Photo)?|REUTERS|Reuters|AFP|Getty(?: Images)?"
    r"|[A-Z][\w.'’ -]{1,40}/(?:AP|POLITICO|Getty Images|AFP|Reuters|REUTERS|[A-Z]{2,}))\b"
    r"[^|\n]{0,120}$"
)


# forty-seventh session: an embedded tweet with a picture, scraped as a paragraph of its own ("...
# pic.twitter.com/L0km65KWS8 — Ryan Saavedra (@RealSaavedra) March 23, 2019"): a post that
# captions its picture or video ("Final photos from the funeral of former First Lady Barbara P.
# Bush", "JUST IN: Queen Elizabeth II welcomes Pres. Trump ...", "Rachel Maddow cries after
# Special Counsel Robert Mueller ended his investigation": both readers of a sample of the
# coder's events judged the acts coded there none), as a wire photo's caption does; 282
# paragraphs in the corpora, none in the labelled sets (benchmarks/chrome_and_doers.py). A post
# of words alone, signed the same way (625 more), often quotes an actor's own act ("I have just
# ordered Homeland Security to ...") and stays
_TWEET_EMBED = re.compile(r"\bpic\.twitter\.com/\w+")


def is_caption_paragraph(paragraph: str) -> bool:
    """Whether a paragraph is a wire photo's caption ("FILE PHOTO: ...", "... (AP Photo/Evan
    Vucci)", "... [Alaa al-Marjani/Reuters]") or an embedded tweet with a picture ("...
    pic.twitter.com/... — Name (@handle) March 23, 2019"): none of its sentences reports the
    story's acts."""
    return bool(
        _CAPTION_OPENER.match(paragraph)
        or _CAPTION_CREDIT.search(paragraph)
        or _BRACKET_CREDIT.search(paragraph)
        or _TWEET_EMBED.search(paragraph)
    )


def repeated_paragraphs(paragraphs: list[str]) -> set[int]:
    """The indexes of paragraphs given twice in a row, word for word ("Cruz speaks at the CPAC on
    March 6, 2014, in National Harbor, Maryland." twice): a photo gallery's captions, which the
    page repeats (the slide's and the thumbnail's), none of the story's sentences (forty-fourth
    session: 482 such pairs in 117 articles of the corpora, nearly all photo captions). Short
    paragraphs ("Read more.") are not counted."""
    texts = [p.strip() for p in paragraphs]
    out: set[int] = set()
    for k in range(1, len(texts)):
        if len(texts[k]) >= _MIN_REPEATED_CHARS and texts[k] == texts[k - 1]:
            out.update((k - 1, k))
    return out


def is_gallery_marker(chunk: str) -> bool:
    """Whether a chrome span's text is a photo gallery's marker ("Hide Caption 3 of 22 Photos:
    <title>", or a lone counter): the sentence after it is a photo's caption."""
    return "Photos:" in chunk or _COUNTER.search(chunk) is not None


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each gallery marker with its title, of each lone counter ("Hide Caption 22 of
    22" after the last caption), of each video block and of each paragraph that links to another
    story, in text order; empty without them."""
    spans = [(m.start(), m.end()) for m in _VIDEO.finditer(text)] if "JUST WATCHED" in text else []
    spans += [(m.start(), m.end()) for m in _LINK.finditer(text)]
    if "See all" in text:
        spans += [(m.start(), m.end()) for m in _SEE_ALL.finditer(text)]
    spans += _capital_headlines(text)
    spans += _title_case_headlines(text)
    spans += _short_headlines(text)
    if "CLOSE" in text:
        spans += [(m.start(), m.end()) for m in _CLOSE_BUTTON.finditer(text)]
    if "|" in text:
        spans += [(m.start(), m.end()) for m in _BAR_CREDIT.finditer(text)]
    if "Story highlights" in text:
        spans += _highlights(text)
    if " MORE" in text:
        spans += _inline_links(text)
    spans.sort()
    if "Photos:" not in text and "Hide Caption" not in text:
        return spans
    markers = [m for m in _MARKER.finditer(text) if "Photos:" in m.group()]
    followers = [
        _WORD.findall(text[m.end() : m.end() + 400])[: _MAX_TITLE_WORDS + 1] for m in markers
    ]
    titles = _titles(followers)
    for m, words in zip(markers, followers, strict=True):
        end = m.end()
        title = titles.get(words[0], "") if words else ""
        while title and text.startswith(title, end):  # the title may be given twice
            end += len(title)
            while end < len(text) and (text[end].isspace() or text[end] in _DASHES):
                end += 1
        spans.append((m.start(), end))
    covered = [range(s, e) for s, e in spans]
    for m in _COUNTER.finditer(text):
        if not any(m.start() in r for r in covered):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _titles(followers: list[list[str]]) -> dict[str, str]:
    """Each gallery's title by its first word: the longest run of words that three in four of the
    captions starting with that word share (a gallery's first marker may be a header of its own;
    an article may hold several galleries), short of a whole caption; none for a lone caption."""
    groups: dict[str, list[list[str]]] = {}
    for words in followers:
        if words:
            groups.setdefault(words[0], []).append(words)
    titles = {}
    for first, group in groups.items():
        need = max(2, math.ceil(0.75 * len(group)))
        best: tuple[str, ...] = ()
        for length in range(1, _MAX_TITLE_WORDS + 1):
            counts = Counter(tuple(w[:length]) for w in group if len(w) > length)
            if not counts:
                break
            prefix, count = counts.most_common(1)[0]
            if count < need:
                break
            best = prefix
        if best:
            titles[first] = " ".join(_unit(list(best)))
    return titles


def _unit(words: list[str]) -> list[str]:
    """A title the page gives twice ("Attack in Benghazi Attack in Benghazi –") once; the caller
    strips it as often as it comes."""
    for size in range(1, len(words) // 2 + 1):
        if words[size : 2 * size] == words[:size]:
            return words[:size]
    return words


_LINE = re.compile(r"[^\n]+")


def _highlights(text: str) -> list[tuple[int, int]]:
    """The bullets of a CNN summary box after its "Story highlights" line: the paragraphs that
    follow it with no sentence's closing stop ("Obama did not call the Egyptian military's
    overthrow of the government a coup"), up to the story's first sentence (forty-third session:
    338 articles of the corpora open with such a box; its bullets repeat the story's acts as
    headlines)."""
    spans = []
    for m in _HIGHLIGHTS.finditer(text):
        end = m.end()
        for line in _LINE.finditer(text, end):
            between = text[end : line.start()]
            if between.strip() or len(line.group()) > _MAX_HIGHLIGHT_CHARS:
                break
            closing = line.group().rstrip()
            if closing[-1:] in _CLOSING_STOPS and not _INITIALS_END.search(closing):
                break  # a closed sentence, not one ending in initials ("... from U.S.")
            spans.append((line.start(), line.end()))
            end = line.end()
    return spans


def _capital_headlines(text: str) -> list[tuple[int, int]]:
    """Paragraphs written in capitals ("PARIS TERRORIST ATTACK THREATENS CITY'S TOURISM, EXPERTS
    WARN"): a headline carried into the text, another story's or this one's title."""
    spans = []
    for m in _LINE.finditer(text):
        letters = [c for c in m.group() if c.isalpha()]
        if len(letters) >= 12 and len(m.group().split()) >= 3:
            if sum(c.isupper() for c in letters) >= 0.9 * len(letters):
                spans.append((m.start(), m.end()))
    return spans


def _short_headlines(text: str) -> list[tuple[int, int]]:
    """Paragraphs of a few words (3 to 10) with no closing stop, in sentence case ("French
    comedian arrested", "Obama urges Palestinians on peace", "ISIS claims mass execution in
    Syria", "Police chief warned of attack"): a section's heading or another story's headline,
    no sentence of the story (forty-seventh session: both readers of a sample of the coder's
    events judged the acts coded on such paragraphs none, "French comedian arrested" an arrest by
    the French; none among the labelled sets' items: benchmarks/chrome_and_doers.py). Not one
    closed by a colon, a comma or a dash, which leads into what follows, nor one with a comma or a
    sentence closed inside it, nor a caption (``is_caption_paragraph``); and only in a text with a
    closed sentence somewhere (a story): a headline given alone, as the gold sets' "First
    contingents of West African peacekeeping troops arrive in Monrovia", is the text to code."""
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    if not any(m.group().rstrip()[-1] in _CLOSING_STOPS for m in lines):
        return []  # no story around it: a headline given alone is the text to code
    spans = []
    for m in lines:
        line = m.group().rstrip()
        if line[-1] in _CLOSING_STOPS or line[-1] in _LEAD_IN_ENDS or "," in line:
            continue  # a comma: a sentence that lost its stop ("Last week, marauders ... overran")
        if _CLOSED_INSIDE.search(line) or is_caption_paragraph(line):
            continue  # "Trump met Abe. | John Shinkle/POLITICO ...": a sentence, then chrome
        if _MIN_SHORT_WORDS <= len(line.split()) <= _MAX_SHORT_WORDS:
            if len(_TITLE_WORD.findall(line)) >= _MIN_SHORT_WORDS:
                spans.append((m.start(), m.end()))
    return spans


def _title_case_headlines(text: str) -> list[tuple[int, int]]:
    """Paragraphs in title case with no closing stop ("Ukraine Is Investigating Whether U.S.
    Ambassador Yovanovitch Was Surveilled", "Benghazi Committee Faults Military Response To 2012
    Attack", "Sign up for Daily Newsletters Manage Newsletters"): a headline, a section's heading
    or a page's chrome carried into the text, no sentence of the story (forty-fourth session:
    1,870 such paragraphs in the corpora; none among the labelled sets' items)."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group().rstrip()
        if not line or line[-1] in _CLOSING_STOPS or line.isupper():
            continue  # (a paragraph in capitals is _capital_headlines')
        words = _TITLE_WORD.findall(line)
        if not _MIN_TITLE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS:
            continue
        content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
        if len(content) >= _MIN_TITLE_CONTENT and all(w[0].isupper() for w in content):
            spans.append((m.start(), m.end()))
    return spans


def _inline_links(text: str) -> list[tuple[int, int]]:
    """The Hill's headlines glued to a name, up to "MORE" (module docstring): in the words before
    each "MORE", the first word that is a name given in the eight words before it with a capital
    glued on ("StefanikMeadows" after "Stefanik") starts the headlines."""
    spans: list[tuple[int, int]] = []
    previous = 0
    for more in _MORE.finditer(text):
        begin = max(previous, more.start() - _LINK_WINDOW, text.rfind("\n", 0, more.start()) + 1)
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, begin, more.start())]
        for k, (at, word) in enumerate(words):
            before = {w.strip("(),.") for _, w in words[max(0, k - _NAME_WORDS_BACK) : k]}
            glue = next(
                (
                    j
                    for j in range(1, len(word))
                    if word[j].isupper() and word[j - 1].islower() and word[:j] in before
                ),
                None,
            )
            if glue is not None:
                spans.append((at + glue, more.end()))
                break
        previous = more.end()
    return spans
