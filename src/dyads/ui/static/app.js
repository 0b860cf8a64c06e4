// The dyads dashboard: one page, its state in the URL hash (#/view/args?params) so that every
// view can be shared as a link. Data comes from the JSON API of the same server; charts are
// drawn with the Plotly that the server serves from its installed plotly package.
"use strict";

const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLORS = { 1: "#2e86c1", 2: "#1e8449", 3: "#e67e22", 4: "#c0392b" };
const PLOT_CONFIG = { displaylogo: false, responsive: true };
const view = document.getElementById("view");

// -- small helpers ------------------------------------------------------------------------------

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

function query(params) {
  const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return kept.length ? "?" + new URLSearchParams(kept).toString() : "";
}

function link(viewName, args = [], params = {}) {
  return "#/" + [viewName, ...args.map(encodeURIComponent)].join("/") + query(params);
}

function parseHash() {
  const [path, search] = location.hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || "actors", args: parts.slice(1), params: Object.fromEntries(new URLSearchParams(search || "")) };
}

function formValues(form) {
  return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v).trim()]));
}

function dateInputs(params) {
  return `<label>Since <input type="date" name="since" value="${esc(params.since)}"></label>
          <label>Until <input type="date" name="until" value="${esc(params.until)}"></label>`;
}

function quadLegend() {
  return `<div class="legend">${[1, 2, 3, 4].map((q) => `<span><span class="swatch q${q}"></span>${QUAD_NAMES[q]}</span>`).join("")}</div>`;
}

function goldsteinColor(value) {
  // Mean Goldstein from -10 (red) through 0 (grey) to +10 (green).
  const t = Math.max(-1, Math.min(1, (value ?? 0) / 10));
  const [from, to] = t < 0 ? [[150, 150, 150], [192, 57, 43]] : [[150, 150, 150], [30, 132, 73]];
  const k = Math.abs(t);
  return `rgb(${from.map((c, i) => Math.round(c + (to[i] - c) * k)).join(",")})`;
}

function gcd(a, b) {
  return b ? gcd(b, a % b) : a;
}

function eventsTable(events, { showArticle = true, selected = null } = {}) {
  if (!events.length) return `<p class="muted">No events.</p>`;
  const rows = events.map((e) => {
    const article = e.article ? e.article.id : null;
    const where = article ? link("article", [article], { event: e.id }) : null;
    return `<tr class="${where ? "clickable" : ""}${e.id === selected ? " selected" : ""}" data-href="${esc(where || "")}" data-event="${esc(e.id)}">
      <td>${esc(e.date || "")}</td>
      <td><span class="code">${esc(e.source?.code || "?")}</span> ${esc(e.source?.text || "")}</td>
      <td><span class="swatch q${e.quad_class}" title="${esc(QUAD_NAMES[e.quad_class])}"></span><span class="code">${esc(e.cameo)}</span> ${esc(e.cameo_name)}</td>
      <td><span class="code">${esc(e.target?.code || "-")}</span> ${esc(e.target?.text || "")}</td>
      <td>${esc(e.trigger?.text)}</td>
      <td>${e.goldstein ?? ""}</td>
      <td>${(e.confidence ?? 0).toFixed(2)}</td>
      ${showArticle ? `<td>${article ? `<a class="article-link" href="${esc(where)}">${esc(e.article.title || article)}</a>` : ""}</td>` : ""}
    </tr>`;
  });
  return `<table class="events"><thead><tr><th>date</th><th>source</th><th>event</th><th>target</th><th>trigger</th><th>Goldstein</th><th>conf.</th>${showArticle ? "<th>article</th>" : ""}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function wireRows(root) {
  root.querySelectorAll("tr.clickable[data-href]").forEach((row) =>
    row.addEventListener("click", (event) => {
      if (event.target.closest("a")) return;
      location.hash = row.dataset.href;
    }),
  );
}

function showError(error) {
  view.innerHTML = `<div class="error">${esc(error.message || error)}</div>`;
}

// -- Actors: the network of dyads ---------------------------------------------------------------

async function actorsView({ params }) {
  const colorBy = params.color === "quad" ? "quad" : "goldstein";
  view.innerHTML = `<h1>Actors${params.actor ? `: <span class="code">${esc(params.actor)}</span> <a href="${link("actors", [], { ...params, actor: "" })}" class="muted">(clear)</a>` : ""}</h1>
    <form class="filters" id="network-form">${dateInputs(params)}
      <label>Edge colour <select name="color"><option value="goldstein">mean Goldstein</option><option value="quad" ${colorBy === "quad" ? "selected" : ""}>quad class</option></select></label>
      <label>Pairs <input type="number" name="top" min="5" max="500" value="${esc(params.top || 40)}"></label>
      <button>Show</button></form>
    <div id="network" class="chart"></div>
    ${colorBy === "quad" ? quadLegend() : `<div class="legend"><span><span class="swatch" style="background:${goldsteinColor(-10)}"></span>conflict (Goldstein -10)</span><span><span class="swatch" style="background:${goldsteinColor(0)}"></span>0</span><span><span class="swatch" style="background:${goldsteinColor(10)}"></span>cooperation (+10)</span></div>`}
    <p class="muted">Node size: events. Click a node to filter by that actor, an edge's midpoint to open the dyad.</p>
    <h2>Pairs</h2><div id="pairs"></div><h2>Events</h2><div id="events"></div>`;
  document.getElementById("network-form").addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = link("actors", [], { ...params, ...formValues(event.target) });
  });
  const data = await api("/network" + query({ since: params.since, until: params.until, top: params.top || 40 }));
  let edges = data.edges;
  if (params.actor) edges = edges.filter((e) => e.source === params.actor || e.target === params.actor);
  const counts = {};
  edges.forEach((e) => { counts[e.source] = (counts[e.source] || 0) + e.events; counts[e.target] = (counts[e.target] || 0) + e.events; });
  const codes = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || a.localeCompare(b));
  drawNetwork(codes, counts, edges, colorBy, params);
  const dates = { since: params.since, until: params.until };
  document.getElementById("pairs").innerHTML = edges.length ? `<table><thead><tr><th>source</th><th>target</th><th>events</th>${[1, 2, 3, 4].map((q) => `<th><span class="swatch q${q}"></span>${QUAD_NAMES[q]}</th>`).join("")}<th>mean Goldstein</th></tr></thead><tbody>${edges.map((e) => `<tr class="clickable" data-href="${esc(link("dyad", [e.source, e.target], dates))}"><td><span class="code">${esc(e.source)}</span></td><td><span class="code">${esc(e.target)}</span></td><td>${e.events}</td><td>${e.quad1}</td><td>${e.quad2}</td><td>${e.quad3}</td><td>${e.quad4}</td><td>${e.mean_goldstein ?? ""}</td></tr>`).join("")}</tbody></table>` : `<p class="muted">No pairs with both actors coded in this range.</p>`;
  const events = await api("/events" + query({ actor: params.actor, since: params.since, until: params.until, limit: 50 }));
  document.getElementById("events").innerHTML = `<p class="muted">${events.total} event(s)${events.total > events.events.length ? `, the first ${events.events.length} shown; <a href="${link("events", [], { actor: params.actor, since: params.since, until: params.until })}">all</a>` : ""}</p>` + eventsTable(events.events);
  wireRows(view);
}

function drawNetwork(codes, counts, edges, colorBy, params) {
  const element = document.getElementById("network");
  if (!codes.length) { element.innerHTML = `<p class="muted" style="padding:1rem">No dyads to draw.</p>`; return; }
  // Nodes on a circle, a layout that stays put when the data changes a little. The busiest go
  // first, each a golden-ratio share of the circle on from the one before, so that the big
  // nodes spread round it instead of crowding one side.
  const position = {};
  const n = codes.length;
  let step = Math.max(1, Math.round(n * 0.382));
  while (gcd(step, n) !== 1) step += 1;
  codes.forEach((code, i) => {
    const angle = (2 * Math.PI * ((i * step) % n)) / n - Math.PI / 2;
    position[code] = codes.length === 1 ? [0, 0] : [Math.cos(angle), Math.sin(angle)];
  });
  const most = Math.max(...edges.map((e) => e.events));
  const traces = edges.map((e) => ({
    type: "scatter", mode: "lines", hoverinfo: "skip", showlegend: false,
    x: [position[e.source][0], position[e.target][0]], y: [position[e.source][1], position[e.target][1]],
    line: { width: 1.5 + 6 * (e.events / most), color: colorBy === "quad" ? QUAD_COLORS[e.quad_class] : goldsteinColor(e.mean_goldstein) },
  }));
  traces.push({
    type: "scatter", mode: "markers", meta: "edges", name: "pairs", showlegend: false,
    x: edges.map((e) => (position[e.source][0] * 0.55 + position[e.target][0] * 0.45)),
    y: edges.map((e) => (position[e.source][1] * 0.55 + position[e.target][1] * 0.45)),
    customdata: edges.map((e) => [e.source, e.target]),
    text: edges.map((e) => `${e.source} → ${e.target}: ${e.events} event(s), mean Goldstein ${e.mean_goldstein ?? "-"}`),
    hoverinfo: "text",
    marker: { size: 9, symbol: "diamond", color: edges.map((e) => (colorBy === "quad" ? QUAD_COLORS[e.quad_class] : goldsteinColor(e.mean_goldstein))), line: { width: 1, color: "#fff" } },
  });
  const largest = Math.max(...codes.map((c) => counts[c]));
  traces.push({
    type: "scatter", mode: "markers+text", meta: "nodes", name: "actors", showlegend: false,
    x: codes.map((c) => position[c][0]), y: codes.map((c) => position[c][1]),
    customdata: codes, text: codes, textposition: "top center", hovertext: codes.map((c) => `${c}: ${counts[c]} event(s)`), hoverinfo: "text",
    marker: { size: codes.map((c) => 10 + 26 * Math.sqrt(counts[c] / largest)), color: codes.map((c) => (c === params.actor ? "#f4d03f" : "#5dade2")), line: { width: 1.5, color: "#1b4f72" } },
  });
  const axis = { visible: false, range: [-1.35, 1.35] };
  Plotly.newPlot(element, traces, { margin: { l: 10, r: 10, t: 10, b: 10 }, xaxis: axis, yaxis: { ...axis, scaleanchor: "x" }, hovermode: "closest", dragmode: false }, PLOT_CONFIG);
  element.on("plotly_click", (event) => {
    const point = event.points[0];
    if (point.data.meta === "nodes") location.hash = link("actors", [], { ...params, actor: point.customdata });
    else if (point.data.meta === "edges") location.hash = link("dyad", point.customdata, { since: params.since, until: params.until });
  });
}

// -- Dyad: a pair's timeline ---------------------------------------------------------------------

async function dyadView({ args, params }) {
  let [a, b] = args;
  if (!a || !b) {
    const top = await api("/pairs?top=1");
    if (!top.length) { view.innerHTML = `<h1>Dyad</h1><p class="muted">The store has no pairs yet.</p>`; return; }
    location.replace(link("dyad", [top[0].source, top[0].target], params));
    return;
  }
  view.innerHTML = `<h1>Dyad <span class="code">${esc(a)}</span> ↔ <span class="code">${esc(b)}</span></h1>
    <form class="filters" id="dyad-form"><label>A <input name="a" value="${esc(a)}" size="8"></label><label>B <input name="b" value="${esc(b)}" size="8"></label>${dateInputs(params)}<button>Show</button>
    <a href="${link("compare", [a, b], {})}">compare these two…</a></form>
    <div id="timeline" class="chart small"></div>
    <h2>Events</h2><div id="events"></div>`;
  document.getElementById("dyad-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const { a: na, b: nb, ...rest } = formValues(event.target);
    location.hash = link("dyad", [na.toUpperCase(), nb.toUpperCase()], rest);
  });
  const dates = { since: params.since, until: params.until };
  const [days, events] = await Promise.all([
    api(`/timeline/${encodeURIComponent(a)}/${encodeURIComponent(b)}/days` + query(dates)),
    api("/events" + query({ dyad: `${a},${b}`, ...dates, limit: 200 })),
  ]);
  const traces = [1, 2, 3, 4].map((q) => {
    const rows = days.filter((d) => d.quad_class === q);
    return { type: "bar", name: QUAD_NAMES[q], x: rows.map((d) => d.date), y: rows.map((d) => d.events), marker: { color: QUAD_COLORS[q] } };
  });
  const sums = {};
  days.forEach((d) => { sums[d.date] = (sums[d.date] || 0) + d.goldstein_sum; });
  const sorted = Object.keys(sums).sort();
  traces.push({ type: "scatter", mode: "lines+markers", name: "Goldstein sum", x: sorted, y: sorted.map((d) => Math.round(sums[d] * 100) / 100), yaxis: "y2", line: { color: "#17202a" } });
  Plotly.newPlot("timeline", traces, {
    barmode: "stack", margin: { l: 50, r: 60, t: 10, b: 40 }, legend: { orientation: "h", y: -0.15 },
    xaxis: { type: "date" }, yaxis: { title: { text: "events" }, rangemode: "tozero" },
    yaxis2: { title: { text: "Goldstein sum" }, overlaying: "y", side: "right", zeroline: true },
  }, PLOT_CONFIG);
  document.getElementById("events").innerHTML = `<p class="muted">${events.total} event(s) between them${events.total > events.events.length ? `, the first ${events.events.length} shown` : ""}.</p>` + eventsTable(events.events);
  wireRows(view);
}

// -- Compare: A and B toward T -------------------------------------------------------------------

async function compareView({ args, params }) {
  const [a = "", b = ""] = args;
  const toward = params.toward || "";
  view.innerHTML = `<h1>Compare</h1>
    <form class="filters" id="compare-form"><label>A <input name="a" value="${esc(a)}" size="8" required></label><label>B <input name="b" value="${esc(b)}" size="8" required></label><label>toward <input name="toward" value="${esc(toward)}" size="8" required></label>${dateInputs(params)}<button>Compare</button></form>
    <div id="comparison"></div>`;
  document.getElementById("compare-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const { a: na, b: nb, ...rest } = formValues(event.target);
    location.hash = link("compare", [na.toUpperCase(), nb.toUpperCase()], { ...rest, toward: rest.toward.toUpperCase() });
  });
  if (!a || !b || !toward) {
    document.getElementById("comparison").innerHTML = `<p class="muted">Give two actors and the one they stand toward, e.g. USA, JPN toward PRK.</p>`;
    return;
  }
  const c = await api(`/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}` + query({ toward, since: params.since, until: params.until }));
  const evidence = (items) => items.map((e) => `<a class="evidence" href="${esc(link("article", [e.article], { [e.kind]: e.id }))}" title="${esc(e.sentence)}">${esc(e.article)} ${esc(e.id)}</a> <span class="muted">${e.weight > 0 ? "+" : ""}${e.weight.toFixed(2)} ${esc(e.detail)}</span>`).join("<br>");
  const score = (v) => (v === null || v === undefined ? "–" : (v > 0 ? "+" : "") + v.toFixed(2));
  const target = document.getElementById("comparison");
  target.innerHTML = `<p>${c.articles} article(s). Agreement <b>${c.agreement === null ? "–" : c.agreement.toFixed(2)}</b>; largest divergence <b>${esc(c.largest_divergence || "–")}</b>.</p>
    <div id="compare-chart" class="chart small"></div>
    <table class="dimensions"><thead><tr><th>dimension</th><th>${esc(c.a)}</th><th>${esc(c.b)}</th><th>gap</th><th>evidence ${esc(c.a)}</th><th>evidence ${esc(c.b)}</th></tr></thead><tbody>
    ${c.dimensions.map((d) => `<tr><td>${esc(d.name)}</td><td>${score(d.a)}</td><td>${score(d.b)}</td><td class="${d.name === c.largest_divergence ? "gap-big" : ""}">${d.gap === null ? "–" : d.gap.toFixed(2)}</td><td>${evidence(d.evidence_a)}</td><td>${evidence(d.evidence_b)}</td></tr>`).join("")}
    </tbody></table>
    ${c.between.length ? `<h2>Between them</h2><table><thead><tr><th>actor</th><th>toward</th><th>dimension</th><th>score</th></tr></thead><tbody>${c.between.map((s) => `<tr><td>${esc(s.actor)}</td><td>${esc(s.toward)}</td><td>${esc(s.dimension)}</td><td>${score(s.score)}</td></tr>`).join("")}</tbody></table>` : ""}`;
  if (c.dimensions.every((d) => d.a === null && d.b === null)) { document.getElementById("compare-chart").innerHTML = `<p class="muted" style="padding:1rem">No stances of either toward ${esc(c.toward)}.</p>`; return; }
  const names = c.dimensions.map((d) => d.name);
  Plotly.newPlot("compare-chart", [
    { type: "bar", name: c.a, x: names, y: c.dimensions.map((d) => d.a), marker: { color: "#2874a6" } },
    { type: "bar", name: c.b, x: names, y: c.dimensions.map((d) => d.b), marker: { color: "#b9770e" } },
    { type: "scatter", mode: "markers", name: "gap", x: names, y: c.dimensions.map((d) => d.gap), marker: { symbol: "line-ew-open", size: 24, color: "#922b21" } },
  ], { barmode: "group", margin: { l: 50, r: 10, t: 10, b: 40 }, yaxis: { range: [-1.05, 1.05], title: { text: `score toward ${c.toward}` } }, legend: { orientation: "h", y: -0.15 } }, PLOT_CONFIG);
}

// -- Article: the story with its actors, triggers and quotes -------------------------------------

function highlighted(text, marks) {
  // Cut the text at every mark's start and end, and give each piece the classes of the marks
  // that cover it: marks may overlap (a trigger inside a quotation).
  const cuts = new Set([0, text.length]);
  marks.forEach((m) => { cuts.add(m.start); cuts.add(m.end); });
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const piece = esc(text.slice(from, to));
    if (!covering.length) { html += piece; continue; }
    const classes = [...new Set(covering.map((m) => m.cls))].join(" ");
    const attrs = covering.map((m) => m.attrs || "").join(" ");
    const title = covering.map((m) => m.title).filter(Boolean).join("; ");
    html += `<span class="${classes}" ${attrs} title="${esc(title)}">${piece}</span>`;
  }
  return html;
}

async function articleView({ args, params }) {
  const [id] = args;
  if (!id) {
    const list = await api("/articles" + query({ limit: 100, offset: params.offset }));
    view.innerHTML = `<h1>Articles</h1><p class="muted">${list.total} stored.</p><table><thead><tr><th>date</th><th>title</th><th>source</th><th>events</th></tr></thead><tbody>${list.articles.map((a) => `<tr class="clickable" data-href="${esc(link("article", [a.id]))}"><td>${esc(a.date || "")}</td><td><a href="${esc(link("article", [a.id]))}">${esc(a.title || a.id)}</a></td><td>${esc(a.source || "")}</td><td>${a.events}</td></tr>`).join("")}</tbody></table>`;
    wireRows(view);
    return;
  }
  const article = await api(`/articles/${encodeURIComponent(id)}`);
  const marks = [];
  article.actors.forEach((actor) => actor.mentions.forEach(([start, end]) => marks.push({ start, end, cls: "actor", title: `${actor.code || "?"} ${actor.name}` })));
  article.events.forEach((e) => marks.push({ start: e.trigger.start, end: e.trigger.end, cls: "trigger" + (e.id === params.event ? " selected" : ""), attrs: `data-event="${esc(e.id)}"`, title: `${e.id} ${e.cameo} ${e.cameo_name}` }));
  article.quotes.forEach((q) => marks.push({ start: q.start, end: q.end, cls: "quote" + (q.id === params.quote ? " selected" : ""), title: `${q.id} ${q.speaker?.code || ""}` }));
  const events = article.events.map((e) => ({ ...e, article: null }));
  view.innerHTML = `<h1>${esc(article.title || article.id)}</h1>
    <p class="muted">${[esc(article.date || "undated"), esc(article.place || ""), article.url ? `<a href="${esc(article.url)}" rel="noreferrer">${esc(article.source || "source")}</a>` : esc(article.source || ""), `id <span class="code">${esc(article.id)}</span>`].filter(Boolean).join(" · ")}</p>
    <div class="legend"><span><span class="swatch" style="background:#d6eaf8"></span>actor</span><span><span class="swatch" style="background:#f9e79f"></span>event trigger</span><span><u>quotation</u></span></div>
    <div class="story">${highlighted(article.text, marks)}</div>
    <h2>Events</h2>${eventsTable(events, { showArticle: false, selected: params.event })}
    <h2>Quotes</h2>${article.quotes.length ? `<table class="quotes"><thead><tr><th>id</th><th>speaker</th><th>kind</th><th>cue</th><th>text</th></tr></thead><tbody>${article.quotes.map((q) => `<tr><td>${esc(q.id)}</td><td>${q.speaker ? `<span class="code">${esc(q.speaker.code || "?")}</span> ${esc(q.speaker.text)}` : "–"}</td><td>${esc(q.kind)}</td><td>${esc(q.cue)}</td><td>${esc(q.text)}</td></tr>`).join("")}</tbody></table>` : `<p class="muted">No quotes.</p>`}
    <h2>Actors</h2><p class="chips">${article.actors.map((x) => `<a href="${esc(link("actors", [], { actor: x.code || "" }))}"><span class="code">${esc(x.code || "?")}</span> ${esc(x.name)}</a>`).join(" ")}</p>`;
  view.querySelectorAll("table.events tr[data-event]").forEach((row) => row.classList.add("clickable"));
  view.querySelectorAll("table.events tr[data-event]").forEach((row) => row.addEventListener("click", () => {
    location.hash = link("article", [article.id], { event: row.dataset.event });
  }));
  view.querySelectorAll(".story .trigger").forEach((span) => span.addEventListener("click", () => {
    location.hash = link("article", [article.id], { event: span.dataset.event });
  }));
  const selected = view.querySelector(".story .selected");
  if (selected) selected.scrollIntoView({ block: "center" });
}

// -- Events: a filtered list ---------------------------------------------------------------------

async function eventsView({ params }) {
  const offset = Number(params.offset || 0);
  const result = await api("/events" + query({ ...params, limit: 100 }));
  view.innerHTML = `<h1>Events</h1>
    <form class="filters" id="events-form">
      <label>Source <input name="source" value="${esc(params.source)}" size="7"></label>
      <label>Target <input name="target" value="${esc(params.target)}" size="7"></label>
      <label>Either <input name="actor" value="${esc(params.actor)}" size="7"></label>
      <label>CAMEO <input name="cameo" value="${esc(params.cameo)}" size="5"></label>
      <label>Quad <select name="quad_class"><option value="">any</option>${[1, 2, 3, 4].map((q) => `<option value="${q}" ${String(q) === params.quad_class ? "selected" : ""}>${QUAD_NAMES[q]}</option>`).join("")}</select></label>
      ${dateInputs(params)}
      <label>Words <input name="q" value="${esc(params.q)}"></label>
      <label>Min. confidence <input name="min_confidence" type="number" step="0.05" min="0" max="1" value="${esc(params.min_confidence)}"></label>
      <button>Filter</button></form>
    <div class="pager"><span class="muted">${result.total} event(s); ${result.total ? offset + 1 : 0}–${offset + result.events.length}</span>
      ${offset > 0 ? `<a href="${esc(link("events", [], { ...params, offset: Math.max(0, offset - 100) }))}">previous</a>` : ""}
      ${offset + result.events.length < result.total ? `<a href="${esc(link("events", [], { ...params, offset: offset + 100 }))}">next</a>` : ""}</div>
    ${eventsTable(result.events)}`;
  document.getElementById("events-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const values = formValues(event.target);
    ["source", "target", "actor"].forEach((k) => { values[k] = values[k].toUpperCase(); });
    location.hash = link("events", [], values);
  });
  wireRows(view);
}

// -- Search ---------------------------------------------------------------------------------------

async function searchView({ params }) {
  const q = params.q || "";
  document.querySelector("#search input").value = q;
  if (!q) { view.innerHTML = `<h1>Search</h1><p class="muted">Type an actor code or name, an event code or words.</p>`; return; }
  const [found, events] = await Promise.all([api("/search" + query({ q })), api("/events" + query({ q, limit: 20 }))]);
  view.innerHTML = `<h1>Search: ${esc(q)}</h1><div class="cards">
    <section><h2>Actors</h2>${found.actors.map((x) => `<div><a class="actor-result" href="${esc(link("actors", [], { actor: x.code }))}"><span class="code">${esc(x.code)}</span> ${esc(x.name)}</a> <span class="muted">${x.articles} article(s)</span> · <a href="${esc(link("events", [], { actor: x.code }))}">events</a></div>`).join("") || `<p class="muted">none</p>`}</section>
    <section><h2>Event codes</h2>${found.event_codes.map((c) => `<div><a href="${esc(link("events", [], { cameo: c.cameo }))}"><span class="code">${esc(c.cameo)}</span> ${esc(c.name)}</a> <span class="muted">${c.events}</span></div>`).join("") || `<p class="muted">none</p>`}</section>
    <section><h2>Articles</h2>${found.articles.map((a) => `<div><a href="${esc(link("article", [a.id]))}">${esc(a.title || a.id)}</a> <span class="muted">${esc(a.date || "")}</span></div>`).join("") || `<p class="muted">none</p>`}</section></div>
    <h2>Events whose sentence has “${esc(q)}”</h2><p class="muted">${events.total} event(s)</p>${eventsTable(events.events)}`;
  wireRows(view);
}

// -- routing --------------------------------------------------------------------------------------

const VIEWS = { actors: actorsView, dyad: dyadView, compare: compareView, article: articleView, events: eventsView, search: searchView };

let renders = 0;

async function render() {
  const current = ++renders;
  const state = parseHash();
  const show = VIEWS[state.name];
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === state.name));
  document.body.dataset.view = state.name;
  delete document.body.dataset.ready;
  if (!show) { showError(`No view called "${state.name}".`); return; }
  view.innerHTML = `<p class="muted">Loading…</p>`;
  try {
    await show(state);
  } catch (error) {
    showError(error);
  }
  // Marks the view as drawn, for whoever waits on it (a person, or a browser test), unless the
  // URL changed meanwhile and a newer view is on its way.
  if (current === renders) document.body.dataset.ready = state.name;
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = link("search", [], { q: formValues(event.target).q });
});
window.addEventListener("hashchange", render);
render();
