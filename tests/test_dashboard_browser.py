"""The dashboard end to end in Debian's headless Chromium, driven by Playwright (issue 5).

The seed article is coded by the real coder into a temp store; `serve`'s app runs under uvicorn in
a thread on a free loopback port. When ../shared is present, a few corpus articles that mention
China and Russia are stored too, so that the screenshots (docs/screenshots/) show a series over
years; the assertions are about the seed, and about the chart and the table agreeing whatever the
store holds.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from eventscribe.api.app import Settings, create_app
from eventscribe.articles import read_articles
from eventscribe.records import Article
from eventscribe.store.db import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).parents[1]
SHARED = Path(__file__).parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "international-news.jsonl"
SCREENSHOT = ROOT / "docs" / "screenshots" / "dashboard.png"
SCREENSHOT_FIRST = ROOT / "docs" / "screenshots" / "dashboard-first-load.png"
SEED = "000_6f30cd15ffe565b0.txt"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
EXTRA_ARTICLES = 10  # corpus articles for the screenshot: about 1 s of coding each


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _seed() -> Article:
    path = resources.files("eventscribe") / "data" / "seed" / SEED
    with resources.as_file(path) as file:
        items = list(read_articles([str(file)]))
    assert isinstance(items[0], Article)
    return items[0]


def _corpus_articles(limit: int) -> list[Article]:
    """Dated corpus articles that name China and Russia early on (none without ../shared)."""
    if not CORPUS.exists():
        return []
    found: list[Article] = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            head = record["text"][:1500]
            if record.get("date") and "Russia" in head and "China" in head:
                found.extend(a for a in read_articles_from(record) if isinstance(a, Article))
            if len(found) >= limit:
                break
    return found


def read_articles_from(record: dict[str, Any]) -> list[Article]:
    import datetime as dt

    text = record["text"][:4000]  # the first paragraphs: enough events, less coding time
    return [
        Article(
            id=record["id"],
            text=text,
            date=dt.date.fromisoformat(record["date"]),
            title=record.get("title"),
            url=record.get("url"),
            source=record.get("outlet") or record.get("source"),
        )
    ]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's chromium is not installed (.ci/run installs it: apt-get install chromium)"
        )
    import uvicorn

    from eventscribe.coding.coder import Coder

    coder = Coder()
    store = Store.open(tmp_path_factory.mktemp("dashboard") / "events.duckdb")
    articles = [_seed(), *_corpus_articles(EXTRA_ARTICLES)]
    store.ingest(coder.code_articles(articles))
    port = _free_port()
    app = create_app(store, Settings(port=port), coder_factory=lambda: coder)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield launched
        finally:
            launched.close()


def _pick(page: Any, role: str, code: str) -> None:
    box = page.locator(f"#{role}-input")
    box.fill(code)
    option = page.locator(f"#{role}-suggest li[data-code='{code}']")
    option.wait_for(state="visible", timeout=10_000)
    option.click()
    assert box.input_value() == code


def test_dashboard_seed_dyad_meeting_opens_highlighted_article(server: str, browser: Any) -> None:
    """Pick CHN and RUS, find the meeting (CHNGOV -> RUSLEG, CAMEO 04x), open its article."""
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)

    _pick(page, "source", "CHN")
    _pick(page, "target", "RUS")
    page.select_option("#freq", "year")
    page.click("#show")
    meeting = page.locator("#event-table tbody tr", has_text="CHNGOV").filter(has_text="RUSLEG")
    meeting = meeting.filter(has=page.locator("td.num", has_text="04"))
    meeting.first.wait_for(timeout=10_000)
    cells = meeting.first.locator("td").all_inner_texts()
    assert cells[1:3] == ["CHNGOV", "RUSLEG"] and cells[3].startswith("04")
    assert page.locator("#series-chart svg .period[data-count]").count() >= 1
    assert page.locator("#network-chart svg .node[data-code='CHN']").count() == 1

    meeting.first.click()
    panel = page.locator("#article-panel")
    panel.wait_for(state="visible")
    focus = page.locator("#article-text .sentence.focus")
    assert "met with" in focus.inner_text()
    assert focus.locator("mark.hl-trigger").first.inner_text() == "met with"
    assert focus.locator("mark.hl-source").first.inner_text() == "Chinese President Xi Jinping"
    assert focus.locator("mark.hl-target").first.inner_text() == "Russian State Duma"
    assert "MEET_WITH" in page.locator("#article-event dd[data-field='rule']").inner_text()

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    assert not errors, errors
    assert all(url.startswith(server) for url in requests), "the dashboard reached off the server"
    page.close()


def _box(page: Any, selector: str) -> dict[str, float]:
    box: dict[str, float] = page.locator(selector).first.bounding_box()
    return box


def _dyad_of(page: Any) -> tuple[str, str]:
    dyad = str(page.evaluate("new URLSearchParams(location.hash.slice(1)).get('dyad')"))
    source, target = dyad.split(":")
    return source, target


def _load_all_rows(page: Any) -> list[list[str]]:
    more = page.locator("#more")
    while more.is_visible():
        before = page.locator("#event-table tbody tr").count()
        more.click()
        page.wait_for_function(
            f"document.querySelectorAll('#event-table tbody tr').length > {before}"
        )
    rows = page.locator("#event-table tbody tr[data-id]")
    return [rows.nth(i).locator("td").all_inner_texts() for i in range(rows.count())]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("width", "height"), [(1400, 900), (1920, 1080)])
def test_dashboard_first_load_table_and_chart_show_the_same_dyad(
    server: str, browser: Any, width: int, height: int
) -> None:
    """On first load the chart shows the busiest dyad and the table under it the same dyad's
    events (its header says so); the count axis has whole numbers; the layout uses the height."""
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)

    source, target = _dyad_of(page)
    assert source and target
    label = f"{source} ⇄ {target}"
    assert page.locator("#series-title").inner_text().startswith(label)
    assert "busiest dyad" in page.locator("#series-title").inner_text()
    assert page.locator("#events-title").inner_text() == f"Events of {label}"
    assert "busiest dyad" in page.locator("#events-scope").inner_text()
    rows = _load_all_rows(page)
    assert rows, "the table is empty"
    for cells in rows:
        pair = (cells[1], cells[2])
        assert (pair[0].startswith(source) and pair[1].startswith(target)) or (
            pair[0].startswith(target) and pair[1].startswith(source)
        ), pair
    counts = page.locator("#series-chart .period").evaluate_all(
        "nodes => nodes.map(n => Number(n.dataset.count))"
    )
    assert sum(counts) == len(rows), "the chart and the table count different events"
    ticks = page.locator("#series-chart .count-tick").evaluate_all(
        "nodes => nodes.map(n => n.textContent)"
    )
    assert ticks and all(tick.isdigit() for tick in ticks), ticks

    # the layout uses the window's height: no empty band under the chart, the table down to the
    # bottom of its card, and the two rows inside the window
    series, chart = _box(page, ".card.series"), _box(page, "#series-chart svg")
    assert series["y"] + series["height"] - (chart["y"] + chart["height"]) < 40
    events, table = _box(page, ".card.events"), _box(page, ".table-wrap")
    assert events["y"] + events["height"] - (table["y"] + table["height"]) < 40
    assert events["y"] + events["height"] <= height
    page.set_viewport_size({"width": width, "height": height + 400})
    page.wait_for_timeout(400)
    grown = _box(page, ".table-wrap")["height"] - table["height"]
    grown_chart = _box(page, "#series-chart svg")["height"] - chart["height"]
    # 400 more pixels of window: the table and the chart share them (a scroll bar no longer)
    assert grown > 150 and grown_chart >= 0 and grown + grown_chart > 350, (grown, grown_chart)
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(400)

    # the confidence control filters chart and table alike
    page.fill("#min-confidence", "0.99")
    page.dispatch_event("#min-confidence", "change")
    page.wait_for_function("location.hash.includes('min_confidence=0.99')")
    page.wait_for_timeout(500)
    kept = _load_all_rows(page)
    counts = page.locator("#series-chart .period").evaluate_all(
        "nodes => nodes.map(n => Number(n.dataset.count))"
    )
    assert sum(counts) == len(kept) <= len(rows)

    if width == 1400:
        page.fill("#min-confidence", "")
        page.dispatch_event("#min-confidence", "change")
        page.locator("#min-confidence").blur()
        page.wait_for_timeout(500)
        page.screenshot(path=str(SCREENSHOT_FIRST), full_page=False)
    assert not errors, errors
    page.close()


def test_dashboard_code_box_highlights_events(server: str, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)
    page.fill(
        "#code-text",
        "Chinese President Xi Jinping met with Russian President Vladimir Putin in Moscow.",
    )
    page.fill("#code-date", "2023-03-20")
    page.click("#code-run")
    first = page.locator("#code-events li").first
    first.wait_for(timeout=30_000)
    assert first.locator(".dyad").inner_text().startswith("CHN")
    view = page.locator("#code-text-view")
    assert view.locator("mark.hl-trigger").first.inner_text() == "met with"
    assert "CHNGOV" in page.locator("#code-evidence").inner_text()
    page.close()


def test_dashboard_evidence_names_an_implied_target(server: str, browser: Any) -> None:
    # an actor a rule implies has no words (forty-ninth session): the evidence says so, where it
    # showed empty quotes
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)
    page.fill("#code-text", "Republican senators sharply criticized the decision on Monday.")
    page.fill("#code-date", "2023-03-20")
    page.click("#code-run")
    page.locator("#code-events li").first.wait_for(timeout=30_000)
    evidence = page.locator("#code-evidence").inner_text()
    assert "USA · implied, no words" in evidence, evidence
    assert "“”" not in evidence
    page.close()
