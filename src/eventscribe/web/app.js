// eventscribe dashboard: plain JavaScript, SVG drawn by hand, no network but this server.
// Every piece of data reaches the page through text nodes or SVG attributes, never as markup.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUADS = [
  { key: "quad1", label: "verbal cooperation", color: "#59a26b" },
  { key: "quad2", label: "material cooperation", color: "#2f6fb0" },
  { key: "quad3", label: "verbal conflict", color: "#e3a13a" },
  { key: "quad4", label: "material conflict", color: "#c8413b" },
];

const state = {
  source: "",
  target: "",
  both: true,
  freq: "month",
  filters: {},
  cursors: [],
  rows: [],
  selectedPeriod: null,
  seriesRows: null,
  minConfidence: "",
  busiest: false, // the dyad was picked for the first view, not by the user
  token: sessionStorage.getItem("eventscribe-token") || "",
};

// -- small helpers -------------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function showStatus(message) {
  const box = $("status");
  if (!message) {
    box.hidden = true;
    return;
  }
  box.textContent = message;
  box.hidden = false;
}

class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.token) headers.authorization = "Bearer " + state.token;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, {
    method: options.method || "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  let data = null;
  try {
    data = await response.json();
  } catch (_) {
    data = null;
  }
  if (!response.ok) {
    const error = (data && data.error) || { code: "E000", message: response.statusText };
    if (response.status === 401) $("token-form").hidden = false;
    throw new ApiFailure(response.status, error.code, `[${error.code}] ${error.message}`);
  }
  return data;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined && value !== false) search.set(key, value);
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

function fmt(number, digits = 1) {
  if (number === null || number === undefined || Number.isNaN(number)) return "–";
  return Number(number).toFixed(digits);
}

function addDays(iso, days) {
  const date = new Date(iso + "T00:00:00Z");
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function periodEnd(iso, freq) {
  const date = new Date(iso + "T00:00:00Z");
  if (freq === "day") return iso;
  if (freq === "week") return addDays(iso, 6);
  if (freq === "month") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  return `${date.getUTCFullYear()}-12-31`;
}

function periodLabel(iso, freq) {
  if (freq === "year") return iso.slice(0, 4);
  if (freq === "month") return iso.slice(0, 7);
  return iso;
}

function goldsteinColor(value) {
  if (value === null || value === undefined) return "#b8bdc6";
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [184, 189, 198];
  const end = t < 0 ? [200, 65, 59] : [63, 157, 90];
  const k = Math.min(1, Math.abs(t) * 1.6);
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * k));
  return `rgb(${mix[0]},${mix[1]},${mix[2]})`;
}

// -- header ----------------------------------------------------------------------------------------

async function loadHealth() {
  try {
    const health = await api("/v1/health");
    const counts = health.store.counts;
    $("store-info").textContent =
      `${health.store.name} · ${counts.events.toLocaleString()} events from ` +
      `${counts.articles.toLocaleString()} articles · eventscribe ${health.version}`;
    if (health.ingest === "disabled" || health.token_all) $("code-note").textContent = "nothing is stored";
  } catch (error) {
    $("store-info").textContent = "server unreachable";
    showStatus(error.message);
  }
}

// -- dyad picker -------------------------------------------------------------------------------------

function setupSearch(input, list) {
  let timer = null;
  let items = [];
  let active = -1;
  let asked = 0; // answers to older searches, or after a choice, are dropped

  function close() {
    list.hidden = true;
    active = -1;
  }

  function choose(item) {
    asked += 1;
    clearTimeout(timer);
    input.value = item.code;
    state[input.dataset.role] = item.code;
    close();
  }

  function render() {
    list.replaceChildren();
    items.forEach((item, index) => {
      const li = el(
        "li",
        { role: "option", class: index === active ? "active" : "", "data-code": item.code },
        el("span", { class: "code" }, item.code),
        el("span", { class: `kind ${item.kind || "actor"}` }, item.kind || "actor"),
        el("span", { class: "label" }, item.label || ""),
        el("span", { class: "count" }, `${item.events}`),
      );
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(item);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
  }

  async function search() {
    const text = input.value.trim();
    const mine = ++asked;
    if (!text) {
      items = [];
      render();
      return;
    }
    try {
      const data = await api("/v1/actors" + query({ q: text, limit: 12 }));
      if (mine !== asked || document.activeElement !== input) return;
      items = data.actors;
      active = -1;
      render();
    } catch (error) {
      showStatus(error.message);
    }
  }

  input.addEventListener("input", () => {
    state[input.dataset.role] = input.value.trim().toUpperCase();
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener("focus", () => input.value.trim() && search());
  input.addEventListener("blur", () => {
    asked += 1;
    setTimeout(close, 100);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden || !items.length) {
      if (event.key === "Enter") showDyad();
      return;
    }
    if (event.key === "ArrowDown") active = Math.min(items.length - 1, active + 1);
    else if (event.key === "ArrowUp") active = Math.max(0, active - 1);
    else if (event.key === "Enter") {
      event.preventDefault();
      choose(items[Math.max(0, active)]);
      return;
    } else if (event.key === "Escape") return close();
    else return;
    event.preventDefault();
    render();
  });
}

function setActor(role, code) {
  state[role] = code;
  $(role + "-input").value = code;
}

async function loadTopActors() {
  try {
    const data = await api("/v1/actors?limit=14");
    const box = $("top-actors");
    box.replaceChildren();
    for (const actor of data.actors) {
      box.append(
        el(
          "button",
          {
            type: "button",
            class: "chip",
            title: `${actor.as_source} as source, ${actor.as_target} as target`,
            onclick: () => setActor(!state.source || (state.source && state.target) ? "source" : "target", actor.code),
          },
          el("b", {}, actor.code),
          el("span", {}, actor.events),
        ),
      );
    }
  } catch (error) {
    showStatus(error.message);
  }
}

function dyadText() {
  return `${state.source}:${state.target}`;
}

function writeHash() {
  const params = new URLSearchParams({ dyad: dyadText(), freq: state.freq, both: state.both ? "1" : "0" });
  if (state.minConfidence !== "") params.set("min_confidence", state.minConfidence);
  history.replaceState(null, "", "#" + params.toString());
}

// "" (no threshold) or a number from 0 to 1 as text; anything else is no threshold.
function confidenceValue(text) {
  const value = Number(String(text).trim());
  return String(text).trim() !== "" && value >= 0 && value <= 1 ? String(value) : "";
}

function dyadLabel() {
  return `${state.source || "any"} ${state.both ? "⇄" : "→"} ${state.target || "any"}`;
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const dyad = params.get("dyad");
  if (!dyad || !/^[A-Za-z0-9]*:[A-Za-z0-9]*$/.test(dyad)) return false;
  const [source, target] = dyad.split(":");
  setActor("source", source.toUpperCase());
  setActor("target", target.toUpperCase());
  if (["day", "week", "month", "year"].includes(params.get("freq"))) state.freq = params.get("freq");
  state.both = params.get("both") !== "0";
  state.minConfidence = confidenceValue(params.get("min_confidence") || "");
  $("freq").value = state.freq;
  $("both").checked = state.both;
  $("min-confidence").value = state.minConfidence;
  return true;
}

async function showDyad(busiest = false) {
  state.busiest = busiest === true;
  document.querySelectorAll(".suggest").forEach((list) => (list.hidden = true));
  state.source = $("source-input").value.trim().toUpperCase();
  state.target = $("target-input").value.trim().toUpperCase();
  state.both = $("both").checked;
  state.freq = $("freq").value;
  state.minConfidence = confidenceValue($("min-confidence").value);
  if (!state.source && !state.target) {
    showStatus("Pick a source or a target first.");
    return;
  }
  showStatus("");
  state.selectedPeriod = null;
  writeHash();
  await Promise.all([loadSeries(), loadEvents()]);
}

// -- time series -----------------------------------------------------------------------------------

async function loadSeries() {
  const box = $("series-chart");
  $("series-title").textContent =
    `${dyadLabel()} per ${state.freq}` + (state.busiest ? " (the busiest dyad)" : "");
  const base = {
    dyad: dyadText(),
    both: state.both ? "true" : "",
    freq: state.freq,
    min_confidence: state.minConfidence,
  };
  try {
    const [quads, sums] = await Promise.all([
      api("/v1/series" + query({ ...base, measure: "quad" })),
      api("/v1/series" + query({ ...base, measure: "goldstein" })),
    ]);
    state.seriesRows = quads.series.map((row, index) => ({ ...row, ...sums.series[index] }));
    drawSeries(box, state.seriesRows);
  } catch (error) {
    box.replaceChildren(el("p", { class: "empty" }, error.message));
  }
}

// The count axis: a whole-number step (1, 2, 5, 10, 20 ...) and the top tick, about four ticks.
function countAxis(value) {
  const raw = Math.max(1, value) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, Math.round([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)));
  return { step, top: Math.max(step, Math.ceil(Math.max(1, value) / step) * step) };
}

function drawSeries(box, rows) {
  box.replaceChildren();
  if (!rows.length) {
    box.append(el("p", { class: "empty" }, "No events between these actors."));
    return;
  }
  const width = Math.max(420, box.clientWidth || 700);
  const height = Math.max(220, box.clientHeight || 300); // the chart takes its card's height
  const margin = { top: 24, right: 44, bottom: 30, left: 38 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const counts = countAxis(Math.max(1, ...rows.map((r) => r.count)));
  const maxCount = counts.top;
  const band = plotW / rows.length;
  const barW = Math.max(1, Math.min(48, band * 0.72));
  const y = (v) => margin.top + plotH - (v / maxCount) * plotH;
  const yg = (v) => margin.top + plotH / 2 - (v / 10) * (plotH / 2);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events per period" });

  const axis = svg("g", { class: "axis" });
  for (let value = 0; value <= maxCount; value += counts.step) {
    axis.append(
      svg("line", { class: "grid-line", x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value) }),
      svg("text", { class: "count-tick", x: margin.left - 6, y: y(value) + 4, "text-anchor": "end" }, value),
    );
  }
  for (const g of [-10, -5, 0, 5, 10]) {
    axis.append(svg("text", { x: width - margin.right + 6, y: yg(g) + 4 }, g > 0 ? "+" + g : g));
  }
  axis.append(svg("line", { class: "zero", x1: margin.left, x2: width - margin.right, y1: yg(0), y2: yg(0) }));
  const every = Math.max(1, Math.ceil(rows.length / Math.max(1, Math.floor(plotW / 70))));
  rows.forEach((row, index) => {
    if (index % every !== 0) return;
    axis.append(
      svg("text", { x: margin.left + band * (index + 0.5), y: height - 10, "text-anchor": "middle" }, periodLabel(row.period, state.freq)),
    );
  });
  axis.append(svg("text", { x: margin.left - 6, y: 10, "text-anchor": "end" }, "events"));
  axis.append(svg("text", { x: width - margin.right + 6, y: 10 }, "Goldstein"));
  root.append(axis);

  rows.forEach((row, index) => {
    const x = margin.left + band * index;
    const group = svg("g", {
      class: "period" + (state.selectedPeriod === row.period ? " selected" : ""),
      "data-period": row.period,
      "data-count": row.count,
      onclick: () => selectPeriod(row),
    });
    group.append(svg("rect", { class: "hover-bg", x, y: margin.top, width: band, height: plotH }));
    let base = 0;
    for (const quad of QUADS) {
      const value = row[quad.key] || 0;
      if (!value) continue;
      group.append(
        svg("rect", {
          class: "bar",
          x: x + (band - barW) / 2,
          y: y(base + value),
          width: barW,
          height: Math.max(0.5, y(base) - y(base + value)),
          fill: quad.color,
          rx: Math.min(2, barW / 4),
        }),
      );
      base += value;
    }
    const mean = row.count ? row.goldstein / row.count : null;
    group.append(
      svg(
        "title",
        {},
        `${periodLabel(row.period, state.freq)}: ${row.count} events` +
          QUADS.map((q) => (row[q.key] ? `\n  ${q.label}: ${row[q.key]}` : "")).join("") +
          (mean === null ? "" : `\n  mean Goldstein ${fmt(mean)}`) +
          (row.count ? "\nclick: its events and the first article" : ""),
      ),
    );
    root.append(group);
  });

  let path = "";
  let open = false;
  const dots = svg("g", {});
  rows.forEach((row, index) => {
    if (!row.count) {
      open = false;
      return;
    }
    const cx = margin.left + band * (index + 0.5);
    const cy = yg(row.goldstein / row.count);
    path += `${open ? "L" : "M"}${cx.toFixed(1)},${cy.toFixed(1)}`;
    open = true;
    dots.append(svg("circle", { class: "g-dot", cx, cy, r: rows.length > 60 ? 2 : 3.5 }));
  });
  root.append(svg("path", { class: "g-line", d: path }), dots);
  box.append(root);
}

async function selectPeriod(row) {
  if (!row.count) return;
  state.selectedPeriod = row.period;
  document.querySelectorAll("#series-chart .period").forEach((node) => {
    node.classList.toggle("selected", node.dataset.period === row.period);
  });
  const form = $("event-filters");
  form.elements.since.value = row.period;
  form.elements.until.value = periodEnd(row.period, state.freq);
  readFilters();
  await loadEvents();
  if (state.rows.length) openArticle(state.rows[0]);
}

// -- network ----------------------------------------------------------------------------------------

async function loadNetwork() {
  const box = $("network-chart");
  try {
    const data = await api(
      "/v1/network" + query({ group: $("network-group").value, limit: 12, min_confidence: state.minConfidence }),
    );
    drawNetwork(box, data);
    return data;
  } catch (error) {
    box.replaceChildren(el("p", { class: "empty" }, error.message));
    return null;
  }
}

function drawNetwork(box, data) {
  box.replaceChildren();
  if (!data.nodes.length) {
    box.append(el("p", { class: "empty" }, "No dyadic events yet."));
    return;
  }
  const size = 360;
  const center = size / 2;
  const radius = data.nodes.length === 1 ? 0 : size / 2 - 46;
  const maxEvents = Math.max(...data.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.events));
  const position = {};
  data.nodes.forEach((node, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / data.nodes.length;
    position[node.code] = { x: center + radius * Math.cos(angle), y: center + radius * Math.sin(angle), angle };
  });
  const root = svg("svg", { viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "network of top actors" });
  const edges = svg("g", {});
  for (const edge of data.edges) {
    const a = position[edge.source];
    const b = position[edge.target];
    // Bend every edge to its right: A->B and B->A become two arcs instead of one line.
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const bend = 0.12 * length;
    const cx = mx + (dy / length) * bend;
    const cy = my - (dx / length) * bend;
    edges.append(
      svg(
        "path",
        {
          class: "edge",
          d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`,
          stroke: goldsteinColor(edge.goldstein),
          "stroke-width": (1.2 + 5 * Math.sqrt(edge.events / maxEdge)).toFixed(2),
          onclick: () => {
            setActor("source", edge.source);
            setActor("target", edge.target);
            $("both").checked = false;
            showDyad();
          },
        },
        svg("title", {}, `${edge.source} → ${edge.target}: ${edge.events} events, mean Goldstein ${fmt(edge.goldstein)}`),
      ),
    );
  }
  root.append(edges);
  for (const node of data.nodes) {
    const p = position[node.code];
    const r = 7 + 13 * Math.sqrt(node.events / maxEvents);
    const outside = radius ? r + 8 : 0;
    const lx = p.x + Math.cos(p.angle) * outside;
    const ly = p.y + Math.sin(p.angle) * outside + (radius ? 4 : r + 14);
    const anchor = !radius || Math.abs(Math.cos(p.angle)) < 0.3 ? "middle" : Math.cos(p.angle) > 0 ? "start" : "end";
    root.append(
      svg(
        "g",
        {
          class: "node",
          "data-code": node.code,
          onclick: () => {
            setActor(!state.source || (state.source && state.target) ? "source" : "target", node.code);
            if (state.source && state.target) showDyad();
          },
        },
        svg("circle", { cx: p.x, cy: p.y, r, fill: "#4e6fae" }),
        svg("text", { x: lx, y: ly, "text-anchor": anchor }, node.code),
        svg("title", {}, `${node.code}: ${node.events} dyadic events (click to pick)`),
      ),
    );
  }
  box.append(root);
}

// -- events table ------------------------------------------------------------------------------------

function readFilters() {
  const form = $("event-filters");
  state.filters = {
    text: form.elements.text.value.trim(),
    cameo: form.elements.cameo.value.trim(),
    quad: form.elements.quad.value,
    since: form.elements.since.value,
    until: form.elements.until.value,
  };
}

function directions() {
  if (!state.source && !state.target) return [{}];
  const forward = { dyad: `${state.source}:${state.target}` };
  if (!state.both || state.source === state.target) return [forward];
  return [forward, { dyad: `${state.target}:${state.source}` }];
}

async function loadEvents(more = false) {
  const tbody = document.querySelector("#event-table tbody");
  const scope = directions();
  const dyad = state.source || state.target;
  // The table follows the chart's dyad, and its header says which (issue 12).
  $("events-title").textContent = dyad ? `Events of ${dyadLabel()}` : "Events";
  $("events-scope").textContent = dyad
    ? (state.busiest ? "the busiest dyad, as in the chart" : "the dyad of the chart")
    : "all events";
  if (!more) {
    state.rows = [];
    state.cursors = scope.map(() => null);
  }
  try {
    const pages = await Promise.all(
      scope.map((params, index) => {
        if (more && !state.cursors[index]) return null;
        const filters = { ...state.filters, ...params, min_confidence: state.minConfidence };
        return api("/v1/events" + query({ ...filters, limit: 50, cursor: more ? state.cursors[index] : "" }));
      }),
    );
    const fresh = [];
    pages.forEach((page, index) => {
      if (!page) return;
      state.cursors[index] = page.next;
      fresh.push(...page.events);
    });
    fresh.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
    state.rows.push(...fresh);
    renderRows(tbody, more ? fresh : state.rows, more);
    $("more").hidden = !state.cursors.some(Boolean);
    showStatus("");
  } catch (error) {
    showStatus(error.message);
  }
}

function sentenceCell(record) {
  const text = record.text || "";
  const start = record.trigger ? record.trigger.start : -1;
  const end = record.trigger ? record.trigger.end : -1;
  const cell = el("td", { class: "sentence" });
  if (start < 0 || end > text.length) {
    cell.textContent = text;
    return cell;
  }
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 110);
  cell.append(
    (start > 90 ? "…" : "") + before,
    el("b", {}, text.slice(start, end)),
    after + (end + 110 < text.length ? "…" : ""),
  );
  return cell;
}

function renderRows(tbody, rows, append) {
  if (!append) tbody.replaceChildren();
  if (!append && !rows.length) {
    tbody.append(el("tr", {}, el("td", { colspan: 9, class: "empty" }, "No events match.")));
    return;
  }
  for (const record of rows) {
    const row = el(
      "tr",
      { "data-id": record.id, "data-article": record.article_id, title: "open the article" },
      el("td", { class: "date" }, record.date),
      el("td", { class: "code" }, record.source.code),
      el("td", { class: "code" }, record.target ? record.target.code : "–"),
      el("td", { class: "num" }, record.cameo),
      el("td", {}, record.event || "–"),
      el("td", {}, el("span", { class: `quad q${record.quad_class || 0}` }, record.quad_class || "?")),
      el("td", { class: "num" }, fmt(record.goldstein)),
      el("td", { class: "num" }, record.num_mentions),
      sentenceCell(record),
    );
    row.addEventListener("click", () => {
      document.querySelectorAll("#event-table tr.selected").forEach((node) => node.classList.remove("selected"));
      row.classList.add("selected");
      openArticle(record);
    });
    tbody.append(row);
  }
}

// -- highlighted text ---------------------------------------------------------------------------------

// The spans of one event record as article offsets (its own are sentence offsets).
function spansOf(record, index) {
  const base = record.sentence_start || 0;
  const spans = [
    { kind: "source", start: base + record.source.start, end: base + record.source.end, index },
    { kind: "trigger", start: base + record.trigger.start, end: base + record.trigger.end, index },
  ];
  if (record.target) spans.push({ kind: "target", start: base + record.target.start, end: base + record.target.end, index });
  return spans;
}

// Renders `text` with the spans of `records` marked; the selected record's sentence is focused.
function renderHighlighted(container, text, records, selected) {
  container.replaceChildren();
  const spans = records.flatMap((record, index) => spansOf(record, index)).filter((s) => s.start < s.end && s.end <= text.length);
  let focus = null;
  if (selected !== null && selected !== undefined && records[selected]) {
    const record = records[selected];
    const start = record.sentence_start || 0;
    focus = { start, end: start + (record.text || "").length };
  }
  const points = new Set([0, text.length]);
  for (const span of spans) {
    points.add(span.start);
    points.add(span.end);
  }
  if (focus) {
    points.add(focus.start);
    points.add(Math.min(text.length, focus.end));
  }
  const sorted = [...points].sort((a, b) => a - b);
  let focusNode = null;
  let target = container;
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const start = sorted[i];
    const end = sorted[i + 1];
    if (focus && start === focus.start) {
      focusNode = el("span", { class: "sentence focus" });
      container.append(focusNode);
      target = focusNode;
    }
    if (focus && start === focus.end) target = container;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const piece = text.slice(start, end);
    if (!covering.length) {
      target.append(piece);
      continue;
    }
    const mine = selected === null || selected === undefined ? covering : covering.filter((s) => s.index === selected);
    const kinds = new Set((mine.length ? mine : covering).map((s) => s.kind));
    const kind = kinds.has("trigger") ? "trigger" : kinds.has("source") ? "source" : "target";
    target.append(
      el("mark", { class: `hl-${kind}`, "data-kind": kind, "data-event": (mine.length ? mine : covering)[0].index }, piece),
    );
  }
  container.classList.toggle("dim", focus !== null);
  if (focusNode) focusNode.scrollIntoView({ block: "center", behavior: "instant" });
}

// an actor's code, its words (none for an actor a rule implies: "implied", see the rule's notes)
// and its dictionary name
function actorLine(actor) {
  const words = actor.text ? `“${actor.text}”` : "implied, no words";
  return `${actor.code} · ${words}${actor.name ? ` · ${actor.name}` : ""}`;
}

function evidenceBox(record, cameoName) {
  const rule = record.rule || {};
  const target = record.target ? record.target.code : "–";
  const rows = [
    ["date", `${record.date || "?"}${record.date_text ? ` (“${record.date_text}”)` : ""}`],
    ["source", actorLine(record.source)],
    ["target", record.target ? actorLine(record.target) : "–"],
    ["trigger", `“${record.trigger.text}”`],
    ["event", `CAMEO ${record.cameo}${cameoName ? ` ${cameoName}` : ""} · PLOVER ${record.event || "–"} · quad ${record.quad_class ?? "?"} · Goldstein ${fmt(record.goldstein)}`],
    ["rule", rule.verb || "–"],
    ["pattern", rule.pattern || "(the verb's own code)"],
    ["actors", (rule.actors || []).join(", ") || "–"],
  ];
  if (rule.notes && rule.notes.length) rows.push(["notes", rule.notes.join("; ")]);
  if (record.confidence !== null && record.confidence !== undefined) rows.push(["confidence", fmt(record.confidence, 2)]);
  if (record.location) rows.push(["place", `${record.location.name}${record.location.country ? ` (${record.location.country})` : ""}`]);
  return [
    el("div", { class: "dyad" }, `${record.source.code} → ${target}`),
    el("dl", {}, rows.flatMap(([key, value]) => [el("dt", {}, key), el("dd", { "data-field": key }, value)])),
  ];
}

// -- article panel ------------------------------------------------------------------------------------

async function openArticle(record) {
  try {
    const article = await api("/v1/articles/" + encodeURIComponent(record.article_id));
    const events = article.events;
    let selected = events.findIndex((e) => e.id === record.mention_id || e.event_id === record.id);
    if (selected < 0) selected = 0;
    showArticle(article, selected);
  } catch (error) {
    showStatus(error.message);
  }
}

function showArticle(article, selected) {
  $("article-title").textContent = article.title || `Article ${article.id}`;
  const meta = [article.date, article.source, article.id].filter(Boolean).join(" · ");
  const metaBox = $("article-meta");
  metaBox.replaceChildren(meta);
  if (article.url && /^https?:\/\//.test(article.url)) {
    metaBox.append(" · ", el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, "original"));
  }
  const pick = (index) => {
    const record = article.events[index];
    const box = $("article-event");
    box.replaceChildren(...(record ? evidenceBox(record, record.cameo_name) : [el("p", {}, "No events in this article.")]));
    if (article.events.length > 1) {
      const others = el("div", { class: "others" });
      article.events.forEach((event, i) => {
        others.append(
          el(
            "button",
            { type: "button", class: i === index ? "selected" : "", onclick: () => pick(i) },
            `${event.source.code}→${event.target ? event.target.code : "–"} ${event.cameo}`,
          ),
        );
      });
      box.append(others);
    }
    renderHighlighted($("article-text"), article.text, article.events, record ? index : null);
  };
  $("scrim").hidden = false;
  $("article-panel").hidden = false;
  document.body.classList.add("with-panel");
  redrawSeries();
  pick(selected);
}

function closeArticle() {
  $("scrim").hidden = true;
  $("article-panel").hidden = true;
  document.body.classList.remove("with-panel");
  redrawSeries();
}

// The chart is drawn for its box's width: draw it again when the box changes size.
function redrawSeries() {
  if (state.seriesRows) drawSeries($("series-chart"), state.seriesRows);
}

// -- code this text ---------------------------------------------------------------------------------

async function codeText(event) {
  event.preventDefault();
  const text = $("code-text").value;
  const result = $("code-result");
  if (!text.trim()) {
    showStatus("Paste some text to code.");
    return;
  }
  const button = $("code-run");
  button.disabled = true;
  button.textContent = "Coding…";
  try {
    const body = { text };
    if ($("code-date").value) body.date = $("code-date").value;
    const data = await api("/v1/code", { method: "POST", body });
    const textBox = el("div", { class: "article-text", id: "code-text-view" });
    const list = el("ul", { class: "event-list", id: "code-events" });
    const detail = el("div", { class: "evidence", id: "code-evidence" });
    const select = (index) => {
      list.querySelectorAll("li").forEach((li, i) => li.classList.toggle("selected", i === index));
      renderHighlighted(textBox, data.text, data.events, index);
      detail.replaceChildren(...evidenceBox(data.events[index], null));
    };
    data.events.forEach((record, index) => {
      list.append(
        el(
          "li",
          { onclick: () => select(index) },
          el("span", { class: "dyad" }, `${record.source.code} → ${record.target ? record.target.code : "–"}`),
          " ",
          el("span", { class: "what" }, `CAMEO ${record.cameo} ${record.event || ""} · “${record.trigger.text}”`),
        ),
      );
    });
    const side = el("div", {}, el("h3", {}, `${data.events.length} event${data.events.length === 1 ? "" : "s"}`), list, detail);
    result.replaceChildren(textBox, side);
    renderHighlighted(textBox, data.text, data.events, null);
    if (data.events.length) select(0);
    showStatus("");
  } catch (error) {
    showStatus(error.message);
  } finally {
    button.disabled = false;
    button.textContent = "Code";
  }
}

// -- start -------------------------------------------------------------------------------------------

function start() {
  setupSearch($("source-input"), $("source-suggest"));
  setupSearch($("target-input"), $("target-suggest"));
  $("show").addEventListener("click", showDyad);
  $("swap").addEventListener("click", () => {
    const source = $("source-input").value;
    setActor("source", $("target-input").value.trim().toUpperCase());
    setActor("target", source.trim().toUpperCase());
  });
  $("network-group").addEventListener("change", loadNetwork);
  $("min-confidence").addEventListener("change", () => {
    state.minConfidence = confidenceValue($("min-confidence").value);
    loadNetwork();
    if (state.source || state.target) showDyad(state.busiest);
    else loadEvents();
  });
  $("event-filters").addEventListener("submit", (event) => {
    event.preventDefault();
    readFilters();
    loadEvents();
  });
  $("filters-clear").addEventListener("click", () => {
    $("event-filters").reset();
    readFilters();
    state.selectedPeriod = null;
    document.querySelectorAll("#series-chart .period.selected").forEach((node) => node.classList.remove("selected"));
    loadEvents();
  });
  $("more").addEventListener("click", () => loadEvents(true));
  $("article-close").addEventListener("click", closeArticle);
  $("scrim").addEventListener("click", closeArticle);
  document.addEventListener("keydown", (event) => event.key === "Escape" && closeArticle());
  $("code-form").addEventListener("submit", codeText);
  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    state.token = $("token-input").value.trim();
    sessionStorage.setItem("eventscribe-token", state.token);
    $("token-form").hidden = true;
    boot();
  });
  let resize = null;
  window.addEventListener("resize", () => {
    clearTimeout(resize);
    resize = setTimeout(redrawSeries, 200);
  });
  boot();
}

async function boot() {
  loadHealth();
  loadTopActors();
  const hashed = readHash();
  const network = loadNetwork();
  readFilters();
  if (hashed) {
    await showDyad();
  } else {
    // Start on the busiest dyad, chart and table alike, so that the first view shows something.
    const data = await network;
    if (data && data.edges.length && !state.source && !state.target) {
      setActor("source", data.edges[0].source);
      setActor("target", data.edges[0].target);
      await showDyad(true);
    } else {
      await loadEvents();
    }
  }
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", start);
