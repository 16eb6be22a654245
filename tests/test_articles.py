"""Tests of the article readers: every format, every Reject code, and the stream never stopping."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import random
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe import articles as articles_module
from eventscribe.articles import (
    READABLE_SUFFIXES,
    REJECT_CODES,
    normalise_text,
    parse_date,
    read_articles,
)
from eventscribe.errors import ArticleError
from eventscribe.records import Article, Reject, content_id

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SHARED = Path(__file__).parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_6f30cd15ffe565b0.txt"
CORPUS = SHARED / "corpus" / "international-news.jsonl"


def read(*paths: Path | str, **kwargs: object) -> list[Article | Reject]:
    return list(read_articles([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only_article(records: list[Article | Reject]) -> Article:
    assert len(records) == 1, records
    assert isinstance(records[0], Article), records[0]
    return records[0]


def only_reject(records: list[Article | Reject]) -> Reject:
    assert len(records) == 1, records
    assert isinstance(records[0], Reject), records[0]
    return records[0]


def write_jsonl(path: Path, *objects: object) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


# --- plain text ------------------------------------------------------------------------------


def test_articles_txt_date_prefix_on_the_same_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-11-23 Xi met Volodin.\n\nThey talked.\n", encoding="utf-8")
    article = only_article(read(path))
    assert article.date == dt.date(2023, 11, 23)
    assert article.text == "Xi met Volodin.\n\nThey talked."
    assert article.origin == f"{path}:1"
    assert article.id == content_id(article.text)


def test_articles_txt_date_line_with_colon(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Date: 20231124\r\nRebels attacked a convoy.\r\n", encoding="utf-8")
    article = only_article(read(path))
    assert article.date == dt.date(2023, 11, 24)
    assert article.text == "Rebels attacked a convoy."


def test_articles_txt_without_header_takes_the_default_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Date palms grow in the oasis of 2023-11-23.\n", encoding="utf-8")
    assert only_article(read(path)).date is None
    article = only_article(read(path, default_date=dt.date(2020, 1, 2)))
    assert article.date == dt.date(2020, 1, 2)
    assert article.text.startswith("Date palms")


def test_articles_txt_id_is_the_content_hash_wherever_the_file_lives(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    first, second = tmp_path / "one.txt", tmp_path / "x" / "two.txt"
    first.write_text("date 2023-11-23 Same text.", encoding="utf-8")
    second.write_text("Same text.\n", encoding="utf-8")
    a, b = read(first, second)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == b.id == content_id("Same text.")
    assert a.origin != b.origin


def test_articles_txt_ten_megabyte_article(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    paragraph = "The delegation met the minister in the capital on Monday. " * 20
    path.write_text("date 2023-11-23\n" + "\n\n".join([paragraph] * 9000), encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    article = only_article(read(path))
    assert len(article.text) > 10_000_000


def test_articles_seed_file_is_dated_and_starts_with_xi() -> None:
    if not SEED.exists():
        pytest.skip(f"shared data absent: {SEED}")
    article = only_article(read(SEED))
    assert article.date == dt.date(2023, 11, 23)
    assert article.text.startswith("Chinese President Xi Jinping")
    assert article.origin == f"{SEED}:1"


# --- JSON Lines ------------------------------------------------------------------------------


def test_articles_jsonl_fields(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "x1", "date": "2023-11-23", "text": "One.", "title": "T", "url": "u", "source": "S"},
        {"id": 7, "date": None, "text": "Two."},
        {"text": "Three.", "outlet": "CNN", "source": "dataset", "topic": "ignored"},
        {"id": "", "date": "2023-11-23T23:30:00-05:00", "text": "Four."},
    )
    one, two, three, four = read(path, default_date=dt.date(2001, 2, 3))
    assert one == Article("x1", "One.", dt.date(2023, 11, 23), "T", "u", "S", f"{path}:1")
    assert isinstance(two, Article) and (two.id, two.date) == ("7", dt.date(2001, 2, 3))
    assert isinstance(three, Article)
    assert (three.id, three.source) == (content_id("Three."), "CNN")
    assert isinstance(four, Article)
    assert (four.id, four.date, four.origin) == (
        content_id("Four."),
        dt.date(2023, 11, 23),
        f"{path}:4",
    )


def test_articles_jsonl_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.ndjson"
    body = '{"id": "a", "text": "One."}\r\n\r\n   \n{"id": "b", "text": "Two\\r\\nlines"}'
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    one, two = read(path)
    assert isinstance(one, Article) and isinstance(two, Article)
    assert (one.id, one.origin) == ("a", f"{path}:1")
    assert (two.text, two.origin) == ("Two\nlines", f"{path}:4")


def test_articles_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"g{i}", "text": f"Article {i}."}) + "\n")
    assert [r.id for r in read(path) if isinstance(r, Article)] == ["g0", "g1", "g2"]


def test_articles_jsonl_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [{"id": "u1", "text": "Zürich talks."}, {"id": "u2", "text": "Ελλάδα."}]
    path.write_bytes(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines).encode("utf-16")
    )
    records = read(path)
    assert [(r.id, r.text) for r in records if isinstance(r, Article)] == [
        ("u1", "Zürich talks."),
        ("u2", "Ελλάδα."),
    ]


GOOD_LINE = {"id": "ok", "text": "Fine."}


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('{"id": "x", "text": "unterminated', "E116"),
        ("[1, 2, 3]", "E117"),
        ('"just a string"', "E117"),
        ('{"id": "x", "date": "2023-11-23"}', "E113"),
        ('{"id": "x", "text": null}', "E113"),
        ('{"id": "x", "text": ["para 1", "para 2"]}', "E114"),
        ('{"id": "x", "text": ""}', "E112"),
        ('{"id": "x", "text": " \\n\\t "}', "E112"),
        ('{"id": "x", "text": "T.", "date": 20231123}', "E118"),
        ('{"id": ["x"], "text": "T."}', "E118"),
        ('{"id": true, "text": "T."}', "E118"),
        ('{"id": "x", "text": "T.", "title": 5}', "E118"),
        ('{"id": "x", "text": "T.", "url": {"href": "u"}}', "E118"),
        ('{"id": "x", "text": "T.", "date": "2023-02-30"}', "E119"),
        ('{"id": "x", "text": "T.", "date": "last Tuesday"}', "E119"),
        ('{"id": "x", "text": "T.", "date": "2999-01-01"}', "E120"),
        ("[" * 100_000, "E116"),
    ],
)
def test_articles_jsonl_bad_line_is_a_reject_and_the_stream_goes_on(
    tmp_path: Path, line: str, code: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(f"{json.dumps(GOOD_LINE)}\n{line}\n{json.dumps(GOOD_LINE)}\n", encoding="utf-8")
    first, reject, last = read(path)
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(reject, Reject)
    assert reject.code == code, reject
    assert reject.origin == f"{path}:2"
    assert reject.reason
    assert code in REJECT_CODES
    if code != "E116" and '"id": "x"' in line:
        assert reject.article_id == "x"


def test_articles_jsonl_invalid_utf8_line_is_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = json.dumps(GOOD_LINE).encode()
    path.write_bytes(good + b'\n{"id": "x", "text": "caf\xe9"}\n' + good + b"\n")
    first, reject, last = read(path)
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(reject, Reject) and reject.code == "E115"
    assert reject.origin == f"{path}:2"
    assert "UTF-8" in reject.reason


def test_articles_jsonl_of_blank_lines_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    reject = only_reject(read(path))
    assert (reject.code, reject.origin) == ("E112", str(path))


@pytest.mark.slow
def test_articles_jsonl_hundred_thousand_lines_with_one_percent_malformed(tmp_path: Path) -> None:
    rng = random.Random(20231123)
    path = tmp_path / "big.jsonl"
    bad_lines = set(rng.sample(range(1, 100_001), 1000))
    with path.open("w", encoding="utf-8") as f:
        for number in range(1, 100_001):
            if number in bad_lines:
                f.write('{"id": "broken", "text": "no end\n')
            else:
                f.write(
                    json.dumps({"id": f"n{number}", "text": f"Article number {number}."}) + "\n"
                )
    articles = rejects = 0
    for record in read_articles([str(path)]):
        if isinstance(record, Article):
            articles += 1
            assert record.id == f"n{record.origin.rsplit(':', 1)[1]}"
        else:
            rejects += 1
            assert record.code == "E116"
            assert int(record.origin.rsplit(":", 1)[1]) in bad_lines
    assert (articles, rejects) == (99_000, 1000)


@pytest.mark.slow
def test_articles_corpus_reads_cleanly() -> None:
    if not CORPUS.exists():
        pytest.skip(f"shared data absent: {CORPUS}")
    articles = rejects = dated = 0
    ids: set[str] = set()
    for record in read_articles([str(CORPUS)]):
        if isinstance(record, Reject):
            rejects += 1
            continue
        articles += 1
        dated += record.date is not None
        ids.add(record.id)
        assert record.text and record.source
    assert (articles, rejects, dated) == (4426, 0, 3803)
    assert len(ids) == 4426


# --- CSV / TSV -------------------------------------------------------------------------------


def test_articles_csv_fixture() -> None:
    path = FIXTURES / "sample.csv"
    first, second, third = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert isinstance(third, Article)
    assert first == Article(
        "c1",
        "Xi met Volodin in Beijing on Wednesday, officials said.",
        dt.date(2023, 11, 23),
        "Talks",
        "https://example.com/c1",
        "Example News",
        f"{path}:2",
    )
    assert second.text == 'A quoted "word" and a second paragraph.\n\nHere it is.'
    assert (second.id, second.date, second.origin) == (
        content_id(second.text),
        dt.date(2023, 11, 24),
        f"{path}:3",
    )
    assert (third.id, third.date, third.origin) == ("42", None, f"{path}:6")


def test_articles_tsv_and_large_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.tsv"
    big = "word " * 100_000  # beyond csv's default 131,072-character field limit
    path.write_text(f"ID\tText\tDate\nt1\t{big}\t2023-11-23\n", encoding="utf-8")
    article = only_article(read(path))
    assert (article.id, article.date, len(article.text)) == ("t1", dt.date(2023, 11, 23), 499_999)


def test_articles_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,Something.\n", encoding="utf-8")
    reject = only_reject(read(path))
    assert (reject.code, reject.origin) == ("E113", f"{path}:1")
    assert "'text' column" in reject.reason


def test_articles_csv_bad_rows_are_rejects_and_the_stream_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "id,date,text\n1,2023-11-23,Good.\n2,2023-11-23,Too,many,fields\n3,2023-13-01,Bad month.\n"
        "4,,Fine again.\n",
        encoding="utf-8",
    )
    one, too_many, bad_date, four = read(path)
    assert isinstance(one, Article) and isinstance(four, Article)
    assert isinstance(too_many, Reject) and isinstance(bad_date, Reject)
    assert (too_many.code, too_many.origin) == ("E122", f"{path}:3")
    assert (bad_date.code, bad_date.origin) == ("E119", f"{path}:4")
    assert four.origin == f"{path}:5"


def test_articles_csv_with_a_header_only_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,date,text\n\n", encoding="utf-8")
    reject = only_reject(read(path))
    assert (reject.code, reject.origin) == ("E112", str(path))


def test_articles_csv_in_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("id,text\n1,Caf\u00e9 talks \u201cended\u201d.\n".encode("cp1252"))
    assert only_article(read(path)).text == "Caf\u00e9 talks \u201cended\u201d."


# --- HTML ------------------------------------------------------------------------------------


def test_articles_html_main_text_metadata_and_no_scripts() -> None:
    path = FIXTURES / "page.html"
    article = only_article(read(path, default_date=dt.date(2000, 1, 1)))
    assert article.text.startswith("Chinese President Xi Jinping met with Chairman")
    assert "Volodin said the Russian parliament" in article.text
    assert "\n\n" in article.text
    for marker in ("SCRIPT_MARKER", "STYLE_MARKER", "color: red", "Home |", "Copyright"):
        assert marker not in article.text
    assert article.date == dt.date(2023, 11, 23)
    assert article.title == "Xi meets Volodin in Beijing"
    assert article.url == "https://news.example.com/2023/11/23/xi-volodin"
    assert article.source == "Example News"
    assert article.origin == f"{path}:1"


def test_articles_html_body_dates_do_not_date_the_page(tmp_path: Path) -> None:
    path = tmp_path / "a.htm"
    path.write_text(
        "<html><head><title>Talks</title><script>var d = '2019-01-01';</script></head><body>"
        "<article><p>The talks held on 4 May 2020 ended without agreement between the two "
        "delegations, officials said on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    article = only_article(read(path, default_date=dt.date(2021, 6, 1)))
    assert article.date == dt.date(2021, 6, 1)
    assert "2019" not in article.text


def test_articles_html_without_text_is_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<html><head><script>x = 1</script></head><body></body></html>", "utf-8")
    reject = only_reject(read(path))
    assert (reject.code, reject.origin) == ("E112", f"{path}:1")


# --- directories, stdin, sniffing ------------------------------------------------------------


def test_articles_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("C.", encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("skipped", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "D."}\n', encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "Z.TXT").write_text("upper.", encoding="utf-8")
    records = read(tmp_path)
    assert all(isinstance(r, Article) for r in records)
    assert [r.origin for r in records] == [
        f"{tmp_path / 'Z.TXT'}:1",
        f"{tmp_path / 'a.txt'}:1",
        f"{tmp_path / 'b' / 'c.txt'}:1",
        f"{tmp_path / 'c.jsonl'}:1",
    ]


def test_articles_fixture_directory() -> None:
    records = read(FIXTURES)
    origins = [r.origin for r in records]
    assert origins == [
        f"{FIXTURES / 'nested' / 'cp1252.txt'}:1",
        f"{FIXTURES / 'page.html'}:1",
        f"{FIXTURES / 'sample.csv'}:2",
        f"{FIXTURES / 'sample.csv'}:3",
        f"{FIXTURES / 'sample.csv'}:6",
    ]
    cp1252 = records[0]
    assert isinstance(cp1252, Article)
    assert (
        cp1252.text == "The minister said \u201ctalks\u201d would resume \u2013 probably in Paris."
    )
    assert cp1252.date == dt.date(2023, 11, 23)


def test_articles_stdin_jsonl_is_sniffed() -> None:
    data = b'\n{"id": "s1", "text": "From a pipe."}\n{"id": "s2"}\n'
    first, reject = read("-", stdin=io.BytesIO(data))
    assert isinstance(first, Article)
    assert (first.id, first.origin) == ("s1", "<stdin>:2")
    assert isinstance(reject, Reject)
    assert (reject.code, reject.origin) == ("E113", "<stdin>:3")


def test_articles_stdin_text_stream(tmp_path: Path) -> None:
    article = only_article(read("-", stdin=io.StringIO("date 2023-11-23\nTyped text.\n")))
    assert (article.text, article.date, article.origin) == (
        "Typed text.",
        dt.date(2023, 11, 23),
        "<stdin>:1",
    )
    wrapped = io.TextIOWrapper(io.BytesIO(b'{"text": "Wrapped."}\n'), encoding="utf-8")
    assert only_article(read("-", stdin=wrapped)).text == "Wrapped."


def test_articles_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "feed.dat").write_text('{"id": "j", "text": "JSON."}\n', encoding="utf-8")
    (tmp_path / "page.dat").write_text(
        "<!DOCTYPE html><html><body><article><p>An HTML page with a paragraph of text about "
        "the talks between the two ministers.</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "story").write_text("Plain text.", encoding="utf-8")
    json_article, html_article, text_article = read(
        tmp_path / "feed.dat", tmp_path / "page.dat", tmp_path / "story"
    )
    assert isinstance(json_article, Article) and json_article.id == "j"
    assert isinstance(html_article, Article) and "<" not in html_article.text
    assert isinstance(text_article, Article) and text_article.text == "Plain text."


class _SlowLines:
    """A pipe that hands out one line a read, and counts how many it has given."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines, self.given = lines, 0

    def read(self, size: int = -1) -> bytes:
        if self.given == len(self.lines):
            return b""
        self.given += 1
        return self.lines[self.given - 1]


def test_articles_are_streamed_not_read_whole() -> None:
    lines = [
        json.dumps({"id": str(i), "text": "A line of text."}).encode() + b"\n" for i in range(5000)
    ]
    pipe = _SlowLines(lines)
    records = read_articles(["-"], stdin=pipe)  # type: ignore[arg-type]
    first = next(records)
    assert isinstance(first, Article) and first.id == "0"
    assert pipe.given < len(lines) // 10
    assert sum(1 for _ in records) == len(lines) - 1


def test_articles_a_bare_path_is_not_iterated(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Text.", encoding="utf-8")
    records = list(read_articles(str(path)))
    assert [type(r) for r in records] == [Article]


# --- encodings and normalisation -------------------------------------------------------------


def test_articles_encodings(tmp_path: Path) -> None:
    text = "Caf\u00e9 \u201cZ\u00fcrich\u201d talks."
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "utf8sig.txt": text.encode("utf-8-sig"),
        "utf16le.txt": text.encode("utf-16"),
        "utf16be.txt": codecs_bom_be(text),
        "cp1252.txt": text.encode("cp1252"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    records = read(*(tmp_path / name for name in variants))
    assert [r.text for r in records if isinstance(r, Article)] == [text] * len(variants)


def codecs_bom_be(text: str) -> bytes:
    return b"\xfe\xff" + text.encode("utf-16-be")


def test_articles_latin1_fallback_for_bytes_cp1252_lacks(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Odd \x81 byte and caf\xe9.")
    assert only_article(read(path)).text == "Odd \x81 byte and caf\u00e9."


def test_articles_text_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    decomposed = "Cafe\u0301"
    write_jsonl(path, {"text": f"\r\n{decomposed}\x00 one\r\ntwo\rthree \ud800 "})
    article = only_article(read(path))
    assert article.text == "Caf\u00e9 one\ntwo\nthree \ufffd"
    assert unicodedata.is_normalized("NFC", article.text)


def test_articles_normalise_text_is_idempotent() -> None:
    text = normalise_text(" a\r\nb\x00\u0065\u0301 ")
    assert text == "a\nb\u00e9"
    assert normalise_text(text) == text


# --- whole-file rejects ----------------------------------------------------------------------


def test_articles_missing_file_is_a_reject_and_the_stream_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Text.", encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    reject, article = read(missing, good)
    assert isinstance(reject, Reject) and isinstance(article, Article)
    assert (reject.code, reject.origin) == ("E110", str(missing))


def test_articles_unopenable_file_is_a_reject(tmp_path: Path) -> None:
    parent = tmp_path / "file.txt"
    parent.write_text("Text.", encoding="utf-8")
    reject = only_reject(read(parent / "child.txt"))
    assert (reject.code, reject.origin) == ("E111", str(parent / "child.txt"))


def test_articles_truncated_gzip_is_a_reject_after_its_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    data = gzip.compress(
        "".join(
            json.dumps({"id": str(i), "text": f"A{i} " * 50}) + "\n" for i in range(2000)
        ).encode()
    )
    path.write_bytes(data[: len(data) // 2])
    records = read(path)
    *articles, reject = records
    assert articles and all(isinstance(r, Article) for r in articles)
    assert isinstance(reject, Reject) and reject.code == "E111"
    assert reject.origin.startswith(f"{path}:")


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.csv", "a.html", "a.txt.gz"])
def test_articles_empty_file_is_a_reject(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"  \n") if name.endswith(".gz") else b" \n\t\n")
    reject = only_reject(read(path))
    assert (reject.code, reject.origin) == ("E112", str(path))


def test_articles_date_header_only_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date: 2023-11-23\n\n", encoding="utf-8")
    reject = only_reject(read(path))
    assert (reject.code, reject.origin) == ("E112", f"{path}:1")


@pytest.mark.parametrize(("header", "code"), [("2023-02-30", "E119"), ("2999-01-01", "E120")])
def test_articles_txt_bad_date_header_is_a_reject(tmp_path: Path, header: str, code: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"date {header}\nText.", encoding="utf-8")
    reject = only_reject(read(path, default_date=dt.date(2020, 1, 1)))
    assert (reject.code, reject.origin) == (code, f"{path}:1")


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.csv", "a.html", "a.bin"])
def test_articles_binary_file_is_a_reject(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(random.Random(1).randbytes(5000) + b"\x00" * 500)
    good = tmp_path / "good.txt"
    good.write_text("Text.", encoding="utf-8")
    reject, article = read(path, good)
    assert isinstance(reject, Reject) and isinstance(article, Article)
    assert (reject.code, reject.origin) == ("E121", str(path))


def test_articles_bad_utf16_is_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xff\xfe" + "Text".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    reject = only_reject(read(path))
    assert (reject.code, reject.origin) == ("E115", f"{path}:1")


def test_articles_reject_codes_are_documented() -> None:
    source = Path(articles_module.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'code="(E\d+)"', source))
    assert used == set(REJECT_CODES)
    assert {".txt", ".jsonl", ".ndjson", ".csv", ".tsv", ".html", ".htm"} <= set(READABLE_SUFFIXES)


# --- parse_date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2023-11-23",
        " 20231123 ",
        "2023-11-23T10:00:00Z",
        "2023-11-23T23:59:59+05:30",
        "2023-11-23T10:00",
    ],
)
def test_articles_parse_date_formats(text: str) -> None:
    assert parse_date(text, origin="--date") == dt.date(2023, 11, 23)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2023-02-30", "E119"),
        ("20231301", "E119"),
        ("23/11/2023", "E119"),
        ("", "E119"),
        ("2023-11-23T25:00:00", "E119"),
        ("2023-W47-4", "E119"),
        ("2031-01-01", "E120"),
    ],
)
def test_articles_parse_date_errors(text: str, code: str) -> None:
    with pytest.raises(ArticleError) as info:
        parse_date(text, origin="--date", today=dt.date(2025, 1, 1))
    assert info.value.code == code
    assert str(info.value).startswith(f"--date: [{code}]")


def test_articles_parse_date_future_limit_is_one_year() -> None:
    today = dt.date(2024, 2, 29)
    assert parse_date("2025-02-28", origin="x", today=today) == dt.date(2025, 2, 28)
    with pytest.raises(ArticleError):
        parse_date("2025-03-01", origin="x", today=today)


# --- properties ------------------------------------------------------------------------------

_NAMES = st.sampled_from(["a.txt", "a.jsonl", "a.csv", "a.tsv", "a.html", "a.dat", "a.txt.gz"])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), name=_NAMES)
def test_articles_arbitrary_bytes_never_raise(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    records = read(path)
    assert records
    assert all(isinstance(r, Article | Reject) for r in records)
    for record in records:
        assert record.origin.startswith(str(path))
        if isinstance(record, Article):
            assert record.text and record.text == normalise_text(record.text)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "date", "text", "title", "url", "source", "x"]), children
        )
    ),
    max_leaves=12,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(values=st.lists(_JSON, min_size=1, max_size=10))
def test_articles_arbitrary_json_lines_give_one_record_each(
    tmp_path: Path, values: list[object]
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in values), encoding="utf-8")
    records = read(path)
    assert [r.origin for r in records] == [f"{path}:{i}" for i in range(1, len(values) + 1)]
    for value, record in zip(values, records, strict=True):
        assert isinstance(record, Article | Reject)
        if not isinstance(value, dict):
            assert isinstance(record, Reject) and record.code == "E117"


_WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1
).map(lambda s: unicodedata.normalize("NFC", s))
_ARTICLES = st.fixed_dictionaries(
    {
        "id": st.text(min_size=1).filter(lambda s: s.strip() == s and s),
        "date": st.dates(dt.date(1900, 1, 1), dt.date(2024, 12, 31)),
        "text": st.lists(_WORDS, min_size=1, max_size=20).map(" ".join),
    }
)


@settings(max_examples=100, deadline=None)
@given(articles=st.lists(_ARTICLES, max_size=20), ascii_only=st.booleans())
def test_articles_jsonl_round_trips(articles: list[dict[str, object]], ascii_only: bool) -> None:
    lines = [
        json.dumps({**a, "date": a["date"].isoformat()}, ensure_ascii=ascii_only)  # type: ignore[attr-defined]
        for a in articles
    ]
    stream = io.BytesIO(("\n".join(['{"text": "header"}', *lines]) + "\n").encode("utf-8"))
    records = read("-", stdin=stream)[1:]
    assert [(r.id, r.date, r.text) for r in records if isinstance(r, Article)] == [
        (a["id"], a["date"], a["text"]) for a in articles
    ]


# --- issue 12: other column names, whole messages -----------------------------------------------


@pytest.mark.issue(12)
def test_articles_csv_and_jsonl_columns_can_be_named(tmp_path: Path) -> None:
    from eventscribe.articles import ArticleFields

    fields = ArticleFields(text="Body", date="published", id="story_id")
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("story_id,published,Body\n7,2021-03-04,Police arrested him.\n")
    article = only_article(read(csv_path, fields=fields))
    assert (article.id, article.date, article.text) == (
        "7",
        dt.date(2021, 3, 4),
        "Police arrested him.",
    )
    jsonl = write_jsonl(
        tmp_path / "a.jsonl", {"story_id": "s9", "published": "2021-03-05", "Body": "Talks began."}
    )
    article = only_article(read(jsonl, fields=fields))
    assert (article.id, article.date, article.text) == ("s9", dt.date(2021, 3, 5), "Talks began.")


@pytest.mark.issue(12)
def test_articles_missing_text_column_points_to_the_options(tmp_path: Path) -> None:
    from eventscribe.articles import ArticleFields

    csv_path = tmp_path / "a.csv"
    csv_path.write_text("id,body\n1,Some text.\n")
    reject = only_reject(read(csv_path))
    assert reject.code == "E113" and "--text-column NAME" in reject.reason
    assert "it has id, body" in reject.reason
    csv_path.write_text("id,text\n1,Some text.\n")
    named = only_reject(read(csv_path, fields=ArticleFields(date="when")))
    assert "no 'when' column (from --date-column)" in named.reason
    jsonl = write_jsonl(tmp_path / "a.jsonl", {"id": "x", "body": "Some text."})
    reject = only_reject(read(jsonl))
    assert reject.code == "E113" and "--text-column KEY" in reject.reason
    assert "'body'" in reject.reason


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("line", "ending"),
    [
        ('{"id": "x", "n": ' + "9" * 5000 + ', "text": "t"}', "each line must be one JSON object"),
        ("[" * 100_000, "each line must be one flat JSON object"),
    ],
)
def test_articles_e116_message_is_whole(tmp_path: Path, line: str, ending: str) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    reject = only_reject(read(path))
    assert reject.code == "E116" and reject.reason.endswith(ending)
    # no word cut in two: the reason is made of whole words and sentences
    assert "  " not in reject.reason and not re.search(r"\w\.\.\.$", reject.reason)
    if "9999" in line:
        assert "4300 digits" in reject.reason  # Python's explanation, kept whole
