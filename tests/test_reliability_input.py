"""Bad input through the real CLI (issue 7): each case is ingested next to one good article.

A case the readers cannot use is a Reject: a message naming the file (and line) on stderr, a row in
``eventscribe rejects``, exit status 1, and the good article still coded. A case that is odd but
readable (NUL bytes, legacy encodings, HTML with scripts, huge or nested text, RTL and CJK) is
coded, with exit status 0. No case gives a traceback. The coder runs for real, in-process
(``--workers 1``: spaCy loads once for the module); few sentences hold actors, so coding is cheap.
"""

from __future__ import annotations

import json
import logging
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from eventscribe.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.issue(7)]

MEETING = (
    "Chinese President Xi Jinping met with Russian President Vladimir Putin in Beijing "
    "on Wednesday."
)
GOOD = {"id": "good", "date": "2023-11-23", "text": MEETING}
HEADER = "date 2023-11-23\n"


@dataclass(frozen=True)
class Run:
    code: int
    err: str
    rejects: str  # `eventscribe rejects` output
    db: Path
    case: Path

    def query(self, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
        con = duckdb.connect(str(self.db), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()

    def cameos(self, article_id: str | None = None) -> list[str]:
        """The CAMEO codes of the mentions of the case's articles (or of ``article_id``)."""
        if article_id is not None:
            rows = self.query(
                "SELECT cameo FROM mentions WHERE article_id = ? ORDER BY 1", [article_id]
            )
        else:
            rows = self.query(
                "SELECT m.cameo FROM mentions m JOIN articles a ON a.id = m.article_id "
                "WHERE a.origin LIKE ? ORDER BY 1",
                [f"{self.case}%"],
            )
        return [str(row[0]) for row in rows]

    def case_texts(self) -> list[str]:
        rows = self.query("SELECT text FROM articles WHERE origin LIKE ?", [f"{self.case}%"])
        return [str(row[0]) for row in rows]


def _ingest(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    *extra: str,
) -> Run:
    case = tmp_path / name
    case.write_bytes(data)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    capsys.readouterr()
    code = main(
        ["ingest", str(case), str(good), "--db", str(db), "--workers", "1", "--quiet", *extra]
    )
    err = capsys.readouterr().err
    assert main(["rejects", "--db", str(db)]) == 0
    rejects = capsys.readouterr().out
    run = Run(code=code, err=err, rejects=rejects, db=db, case=case)
    assert "Traceback" not in err
    assert run.cameos("good") == ["040"], "the good article next to the bad input is coded"
    return run


def _assert_rejected(run: Run, where: str, code: str, words: str = "") -> None:
    """Exit 1; stderr and the rejects table both name ``where`` (file or file:line) and the code."""
    assert run.code == 1, run.err
    expected = f"{where}: [{code}]"
    assert expected in run.err, run.err
    assert expected in run.rejects, run.rejects
    line = next(x for x in run.rejects.splitlines() if x.startswith(expected))
    assert words.lower() in line.lower()


def _jsonl(*records: object) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


# -- unusable input: a reject each -----------------------------------------------------------


@dataclass(frozen=True)
class RejectCase:
    name: str
    data: Callable[[], bytes]
    where: str  # "" : the file; ":N": line N
    code: str
    words: str


REJECT_CASES = [
    RejectCase("empty.txt", lambda: b"", "", "E112", "empty"),
    RejectCase("blank.txt", lambda: b"  \n\t\r\n   \n", "", "E112", "empty"),
    RejectCase("blank.jsonl", lambda: b"\n  \n\t\n", "", "E112", "empty"),
    RejectCase("random.txt", lambda: random.Random(7).randbytes(8192), "", "E121", "binary file"),
    RejectCase(
        "random.jsonl", lambda: b'{"x": 1}\n' + random.Random(8).randbytes(8192), "", "E121", ""
    ),
    RejectCase(
        "bad_utf8.jsonl",
        lambda: (
            _jsonl(GOOD | {"id": "g1"})
            + b'{"id": "b2", "date": "2023-11-23", "text": "Putin \xff\xfe met Xi."}\n'
            + _jsonl(GOOD | {"id": "g3"})
        ),
        ":2",
        "E115",
        "not valid UTF-8",
    ),
    RejectCase(
        "date_number.jsonl", lambda: _jsonl(GOOD | {"date": 20231123}), ":1", "E118", "date"
    ),
    RejectCase("id_list.jsonl", lambda: _jsonl(GOOD | {"id": ["a"]}), ":1", "E118", "'id'"),
    RejectCase("text_object.jsonl", lambda: _jsonl(GOOD | {"text": {"a": 1}}), ":1", "E114", ""),
    RejectCase(
        "text_missing.jsonl", lambda: _jsonl({"id": "t", "date": "2023-11-23"}), ":1", "E113", ""
    ),
    RejectCase("title_number.jsonl", lambda: _jsonl(GOOD | {"title": 5}), ":1", "E118", "title"),
    RejectCase("array_line.jsonl", lambda: b"[1, 2, 3]\n", ":1", "E117", "array"),
    RejectCase("malformed.jsonl", lambda: b'{"id": "m", "text": "unterminated\n', ":1", "E116", ""),
    RejectCase(
        "nested_json.jsonl",
        lambda: b'{"id": "n", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
        ":1",
        "E116",
        "",
    ),
    RejectCase(
        "impossible_date.jsonl", lambda: _jsonl(GOOD | {"date": "2023-02-30"}), ":1", "E119", ""
    ),
    RejectCase(
        "not_a_date.jsonl", lambda: _jsonl(GOOD | {"date": "last Tuesday"}), ":1", "E119", ""
    ),
    RejectCase("future.jsonl", lambda: _jsonl(GOOD | {"date": "2999-01-01"}), ":1", "E120", ""),
    RejectCase(
        "future_header.txt", lambda: f"date 2999-01-01\n{MEETING}".encode(), ":1", "E120", ""
    ),
    RejectCase(
        "bad_csv.csv",
        lambda: b'id,date,text\nc1,2023-11-23,"' + MEETING.encode() + b'"\nc2,2023-11-23,a,b,c\n',
        ":3",
        "E122",
        "fields",
    ),
]


@pytest.mark.parametrize("case", REJECT_CASES, ids=[c.name for c in REJECT_CASES])
def test_reliability_input_unusable_is_rejected_and_the_rest_coded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: RejectCase
) -> None:
    run = _ingest(tmp_path, capsys, case.name, case.data())
    _assert_rejected(run, f"{run.case}{case.where}", case.code, case.words)


def test_reliability_input_missing_date_is_a_reject_unless_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    undated = _jsonl({"id": "u1", "text": MEETING})
    run = _ingest(tmp_path, capsys, "undated.jsonl", undated)
    # Known at store time, after coding: stderr gives the count, `rejects` the file and line.
    assert run.code == 1
    assert "1 events had no date: see `eventscribe rejects`" in run.err
    assert f"{run.case}:1: [E410]" in run.rejects and "no date" in run.rejects
    assert run.cameos() == []
    (tmp_path / "store.duckdb").unlink()
    dated = _ingest(tmp_path, capsys, "undated.jsonl", undated, "--date", "2023-11-23")
    assert dated.code == 0, dated.err
    assert dated.cameos() == ["040"]


def test_reliability_input_thousand_lines_one_percent_malformed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each malformed line is a reject on its own line number; every other line is stored.

    10,000 lines here (the coder's cost); the readers take 100,000 in
    test_articles.py::test_articles_jsonl_hundred_thousand_lines_with_one_percent_malformed.
    """
    lines: list[bytes] = []
    broken: list[int] = []
    for number in range(1, 10_001):
        if number % 100 == 50:
            lines.append(b'{"id": "x%d", "text": "broken\n' % number)
            broken.append(number)
        else:
            text = MEETING if number % 2_000 == 1 else f"Markets were calm on day {number}."
            lines.append(_jsonl({"id": f"n{number}", "date": "2023-11-23", "text": text}))
    run = _ingest(tmp_path, capsys, "many.jsonl", b"".join(lines))
    assert run.code == 1
    rejected = sorted(int(x.split(":")[1]) for x in run.rejects.splitlines() if "[E116]" in x)
    assert rejected == broken
    assert run.err.count("[E116]") == len(broken) == 100
    assert run.query("SELECT count(*) FROM articles")[0][0] == 10_000 - 100 + 1
    assert run.cameos() == ["040"] * 5


def test_reliability_input_dictionary_syntax_error_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - name: Someone\n    roles: [\n      - {code: USAGOV\n")
    article = tmp_path / "a.txt"
    article.write_text(HEADER + MEETING)
    where = f"{bad}:4: [E204]"
    for argv in (
        ["ingest", str(article), "--db", str(tmp_path / "s.duckdb"), "--dictionary", str(bad)],
        ["code", str(article), "--dictionary", str(bad), "--workers", "1"],
        ["actors", "check", str(bad)],
    ):
        assert main([*argv]) == 1, argv
        out, err = capsys.readouterr()
        assert where in err and "YAML syntax error" in err, (argv, err)
        assert "Traceback" not in err
        assert out == ""


# -- odd but readable input: coded -------------------------------------------------------------


def test_reliability_input_nul_bytes_are_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (HEADER + MEETING).encode().replace(b"met", b"m\x00et").replace(b"Putin", b"Pu\x00tin")
    data += b'\n\n{"\x00"}'
    run = _ingest(tmp_path, capsys, "nul.txt", data)
    assert run.code == 0, run.err
    assert run.cameos() == ["040"]
    assert all("\x00" not in text for text in run.case_texts())


@pytest.mark.parametrize(
    ("name", "encoding", "words"),
    [
        ("latin1.txt", "latin-1", "Café société, naïve"),
        ("cp1252.txt", "cp1252", "“Quoted” – 5 € and œuvre"),
        ("utf16.txt", "utf-16", "Ünïcödé 中文 text"),
        ("utf16.csv", "utf-16", "Ünïcödé 中文 text"),
    ],
)
def test_reliability_input_legacy_and_utf16_encodings_are_decoded(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    name: str,
    encoding: str,
    words: str,
) -> None:
    article = f"{words}.\n\n{MEETING}"
    if name.endswith(".csv"):
        text = f'id,date,text\ncsv1,2023-11-23,"{article}"\n'
    else:
        text = f"{HEADER}{article}"
    with caplog.at_level(logging.WARNING, logger="eventscribe.articles"):
        run = _ingest(tmp_path, capsys, name, text.encode(encoding))
    assert run.code == 0, run.err
    assert run.cameos() == ["040"]
    assert run.case_texts() == [article]
    legacy = encoding not in ("utf-16", "utf-8")
    warned = [r.getMessage() for r in caplog.records if str(run.case) in r.getMessage()]
    assert bool(warned) == legacy, warned


def test_reliability_input_invalid_utf8_inside_a_text_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """A .txt with a stray byte: read (as cp1252, with a warning naming the file), still coded."""
    data = (HEADER + MEETING).encode() + b" Stray \xff\xfe bytes. " + MEETING.encode()
    with caplog.at_level(logging.WARNING, logger="eventscribe.articles"):
        run = _ingest(tmp_path, capsys, "stray.txt", data)
    assert run.code == 0, run.err
    assert run.cameos() == ["040", "040"]
    assert any(
        str(run.case) in r.getMessage() and "UTF-8" in r.getMessage() for r in caplog.records
    )


def test_reliability_input_invalid_utf8_keeps_the_valid_utf8_around_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = f"{HEADER}Café talks. {MEETING}".encode() + b" \xff "
    run = _ingest(tmp_path, capsys, "mixed.txt", data)
    assert run.case_texts()[0].startswith("Café talks.")


def test_reliability_input_html_scripts_and_styles_are_not_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        "<!doctype html><html><head><title>Summit</title>"
        '<meta property="article:published_time" content="2023-11-23">'
        "<script>var s = 'Putin attacked Xi Jinping'; alert(s);</script>"
        "<style>body { color: red } .x::after { content: 'Iran bombed Israel' }</style>"
        "</head><body><article><h1>Summit</h1><p>" + MEETING + "</p>"
        "<p>Markets were calm and the weather was mild in the capital.</p></article>"
        "<script>document.write('Russia invaded France.')</script>"
        "<noscript>Turkey threatened Greece.</noscript></body></html>"
    )
    run = _ingest(tmp_path, capsys, "page.html", page.encode())
    assert run.code == 0, run.err
    assert run.cameos() == ["040"]
    (text,) = run.case_texts()
    for word in ("alert", "attacked", "color", "bombed", "invaded", "document.write"):
        assert word not in text


def test_reliability_input_long_sentence_and_nested_brackets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_sentence = "Observers, " + "words and more words, " * 2_300 + "said nothing."
    nested = "(" * 5_000 + "[{" * 500 + "}]" * 500 + ")" * 5_000
    text = f"{HEADER}{long_sentence} {MEETING}\n\n{nested} {MEETING}\n\n{'(' * 3000}{MEETING}"
    assert len(long_sentence) > 50_000
    run = _ingest(tmp_path, capsys, "long.txt", text.encode())
    assert run.code == 0, run.err
    assert run.cameos() == ["040", "040", "040"]


def test_reliability_input_right_to_left_and_cjk_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = (
        "التقى رئيس الوزراء بوزير الخارجية في القاهرة. "
        "ראש הממשלה נפגש עם שר החוץ. "
        "中国国家主席习近平会见了俄罗斯总统普京。 "
        "日本の首相は韓国の大統領と会談した。 "
        "\u202eRTL override\u202c and \u200fmarks\u200e inside."
    )
    text = f"{HEADER}{foreign}\n\n{MEETING}\n\n{foreign} {MEETING}"
    run = _ingest(tmp_path, capsys, "foreign.txt", text.encode())
    assert run.code == 0, run.err
    assert run.cameos() == ["040", "040"]
    assert run.case_texts()[0].startswith(foreign[:40])


def test_reliability_input_ten_megabyte_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """10 MB in paragraphs, an actor sentence first and last: both coded."""
    paragraph = ("Markets were calm and the weather was mild in the region. " * 30).strip()
    count = 10_000_000 // (len(paragraph) + 2) + 1
    body = "\n\n".join([MEETING, *([paragraph] * count), MEETING.replace("Wednesday", "Monday")])
    run = _ingest(tmp_path, capsys, "huge.txt", (HEADER + body).encode())
    assert len(body) >= 10_000_000
    assert run.code == 0, run.err
    rows = run.query(
        "SELECT m.date, m.sentence_index FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE a.origin LIKE ? ORDER BY m.sentence_index",
        [f"{run.case}%"],
    )
    assert [str(date) for date, _ in rows] == ["2023-11-22", "2023-11-20"]
    assert int(str(rows[1][1])) > 100_000


def test_reliability_input_long_paragraph_is_coded_in_linear_time(tmp_path: Path) -> None:
    """8,000 sentences in one paragraph (400 KB): seconds when linear, minutes when quadratic."""
    paragraph = "Markets were calm and the weather was mild in the region. " * 8_000
    source = tmp_path / "paragraph.txt"
    source.write_text(f"{HEADER}{MEETING} {paragraph}", encoding="utf-8")
    command = [sys.executable, "-m", "eventscribe", "code", str(source), "--workers", "1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["cameo"] for line in done.stdout.splitlines()] == ["040"]
