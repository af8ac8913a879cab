// newsintel web page: a thin client of the HTTP API (same origin), no framework, no build step.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const esc = (text) => String(text ?? "").replace(/[&<>"']/g, (c) =>
  ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
// The API escapes passages and adds <mark>; allow nothing else through.
const marked = (html) => String(html ?? "").replace(/<(?!\/?mark>)/g, "&lt;");
const number = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const LIST_FILTERS = ["outlet", "organization", "person", "regulation"];

function query(params) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== "") out.append(key, v);
    }
  }
  return out.toString();
}

async function api(path, params = {}, options = {}) {
  const qs = query(params);
  const response = await fetch(path + (qs ? "?" + qs : ""), options);
  if (response.status === 204) return null;
  const body = await response.json().catch(() => ({ message: response.statusText }));
  if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
  return body;
}

function status(id, text, isError = false) {
  const el = $(id);
  el.textContent = text;
  el.classList.toggle("error", isError);
}

function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form).entries()) values[key] = value.trim();
  return values;
}

function exportLinks(id, resource, params) {
  const qs = query(params);
  $(id).innerHTML = "Export: " + ["csv", "json"].map((fmt) =>
    `<a href="/export/${resource}.${fmt}${qs ? "?" + qs : ""}" download>${fmt.toUpperCase()}</a>`).join("");
}

// Only http(s) URLs become links: a javascript: or data: URL stored before ingest refused
// them would run in the reader's browser.
const webUrl = (url) => (typeof url === "string" && /^https?:\/\//i.test(url.trim()) ? url.trim() : null);

function docLink(doc) {
  const title = esc(doc.title || doc.id);
  const url = webUrl(doc.url);
  return url ? `<a href="${esc(url)}" target="_blank" rel="noopener">${title}</a>` : title;
}

const outletChips = (outlets) => (outlets || []).map((o) => `<span class="outlet">${esc(o)}</span>`).join("");

// -- bar chart of counts per period (inline SVG) ----------------------------------------------
function barChart(buckets, onPick) {
  if (!buckets.length) return "";
  const width = 800, height = 140, pad = 18;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = Math.min(60, (width - 2 * pad) / buckets.length);  // one bucket: not a wall
  const labelEvery = Math.ceil(buckets.length / 12);
  const bars = buckets.map((b, i) => {
    const h = Math.round((height - 2 * pad) * b.count / max);
    const x = pad + i * step, y = height - pad - h;
    const anchor = x > width - 60 ? ` text-anchor="end"` : "";  // keep the last label inside
    const label = i % labelEvery === 0 ? `<text x="${anchor ? x + step : x}" y="${height - 4}"${anchor}>${esc(b.key)}</text>` : "";
    return `<rect class="bar" data-key="${esc(b.key)}" x="${x + 1}" y="${y}" width="${Math.max(1, step - 2)}" height="${h}">` +
      `<title>${esc(b.key)}: ${b.count} documents, ${b.stories} stories</title></rect>${label}`;
  }).join("");
  return `<svg viewBox="0 0 ${width} ${height}" role="img"><text x="${pad}" y="12">max ${max} per period</text>${bars}</svg>`;
}

// -- coverage search --------------------------------------------------------------------------
const search = { params: {}, cursor: null };

function searchParams() {
  const form = formValues($("#search-form"));
  const params = { ...form };
  for (const key of LIST_FILTERS) params[key] = [...(search.params[key] || [])];
  if (form.outlet) params.outlet = [...new Set([...params.outlet, form.outlet])];
  return params;
}

function renderChips() {
  const chips = [];
  for (const key of LIST_FILTERS) {
    for (const value of search.params[key] || []) {
      chips.push(`<button type="button" data-key="${key}" data-value="${esc(value)}">${key}: ${esc(value)} ✕</button>`);
    }
  }
  $("#active-filters").innerHTML = chips.join("");
}

function renderHits(hits, append) {
  const items = hits.map((hit) => `
    <li>
      <h3>${docLink(hit)}</h3>
      <div class="meta">${esc((hit.published || "").slice(0, 10))} · ${outletChips(hit.outlets)}
        ${hit.duplicates.length ? `(${hit.duplicates.length + 1} copies)` : ""}
        ${hit.passage && search.params.q ? `· score ${Number(hit.score.toPrecision(3))}` : ""} · <a href="/documents/${encodeURIComponent(hit.id)}" target="_blank">data</a></div>
      ${hit.passage ? `<p class="passage">${marked(hit.passage.highlighted)}</p>` : ""}
    </li>`).join("");
  $("#hits").innerHTML = (append ? $("#hits").innerHTML : "") + items;
}

const FACET_FILTER = { outlets: "outlet", organizations: "organization", people: "person", regulations: "regulation" };

function renderFacets(facets) {
  if (!facets) { $("#facets").innerHTML = ""; return; }
  const groups = ["outlets", "organizations", "people", "regulations", "months"].map((name) => {
    const values = facets[name] || [];
    if (!values.length) return "";
    const items = values.slice(0, 12).map((v) =>
      `<li><button type="button" data-facet="${name}" data-value="${esc(v.value)}">${esc(v.label || v.value)} <span>${v.count}</span></button></li>`).join("");
    return `<h4>${name}</h4><ul>${items}</ul>`;
  }).join("");
  $("#facets").innerHTML = groups;
  $("#outlet-list").innerHTML = (facets.outlets || []).map((v) => `<option value="${esc(v.value)}">`).join("");
}

// Months by default; weeks or days when the chosen date range is short.
function intervalFor(params) {
  if (!params.date_from || !params.date_to) return "month";
  const days = (Date.parse(params.date_to) - Date.parse(params.date_from)) / 86400000;
  return days <= 31 ? "day" : days <= 120 ? "week" : "month";
}

function monthRange(key) {
  const [y, m] = key.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${key}-01`, `${key}-${String(last).padStart(2, "0")}`];
}

// Until the user picks a sort, it follows the query: relevance when one is typed, newest
// when the box is empty (a browse has no relevance to sort by).
let sortChosen = false;
function followQueryWithSort() {
  const form = $("#search-form");
  if (!sortChosen) form.sort.value = form.q.value.trim() ? "relevance" : "date";
}

// The address bar carries the search (?q=...&outlet=...#tab), so a view can be shared.
function restoreFromAddress() {
  const url = new URLSearchParams(location.search);
  const form = $("#search-form");
  for (const name of ["q", "mode", "date_from", "date_to", "doc_type", "sort"]) {
    if (url.has(name) && form[name]) form[name].value = url.get(name);
  }
  if (url.has("sort")) sortChosen = true;
  for (const key of LIST_FILTERS) search.params[key] = url.getAll(key);
  return url.toString() !== "";
}

function rememberInAddress(params) {
  const qs = query(params);
  history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
}

async function runSearch(append = false) {
  // "More" pages on with the filters of the shown results, whatever the form says now.
  const params = append ? search.params : searchParams();
  search.params = params;
  renderChips();
  rememberInAddress(params);
  status("#search-status", "Searching…");
  try {
    const page = await api("/search", { ...params, limit: 10, cursor: append ? search.cursor : "" });
    search.cursor = page.next_cursor;
    renderHits(page.hits, append);
    $("#more").hidden = !page.next_cursor;
    status("#search-status", page.total === 0 && params.q
      ? `No results: nothing matches “${params.q}” closely enough (${page.mode}).`
      : `${page.total} ${page.total === 1 ? "story" : "stories"} (${page.mode}, ${Math.round(page.took_ms)} ms)`);
    if (!append) {
      renderFacets(page.facets);
      exportLinks("#search-exports", "search", params);
      const timeline = await api("/timeline", { ...params, sort: "", interval: intervalFor(params) });
      $("#timeline").innerHTML = barChart(timeline.buckets);
    }
  } catch (err) {
    status("#search-status", err.message, true);
  }
}

// -- saved searches ---------------------------------------------------------------------------
async function loadSaved() {
  try {
    const saved = await api("/saved-searches");
    $("#saved-list").innerHTML = saved.map((s) => `
      <li data-id="${s.id}"><strong>${esc(s.name)}</strong> <code>${esc(s.q)}</code>
        <span class="meta">last checked ${esc(s.last_checked_at)}</span>
        <button type="button" data-act="new">New matches?</button>
        <button type="button" data-act="delete">Delete</button><div class="found"></div></li>`).join("") || "<li>None yet.</li>";
  } catch (err) {
    $("#saved-list").innerHTML = `<li class="status error">${esc(err.message)}</li>`;
  }
}

async function saveSearch() {
  const params = searchParams();
  const name = window.prompt("Name of this saved search", params.q || "my search");
  if (!name) return;
  const filters = {};
  for (const key of [...LIST_FILTERS, "date_from", "date_to", "doc_type"]) {
    const value = params[key];
    if (value && (!Array.isArray(value) || value.length)) filters[key] = value;
  }
  try {
    await api("/saved-searches", {}, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name, q: params.q, mode: params.mode, filters }) });
    $("#saved").open = true;
    loadSaved();
  } catch (err) {
    status("#search-status", err.message, true);
  }
}

async function savedAction(event) {
  const button = event.target.closest("button[data-act]");
  if (!button) return;
  const item = button.closest("li");
  const id = item.dataset.id;
  try {
    if (button.dataset.act === "delete") {
      await api(`/saved-searches/${id}`, {}, { method: "DELETE" });
      return loadSaved();
    }
    const result = await api(`/saved-searches/${id}/new`);
    item.querySelector(".found").innerHTML = result.new.length
      ? "<ul>" + result.new.map((h) => `<li>${docLink(h)} ${outletChips(h.outlets)}</li>`).join("") + "</ul>"
      : "Nothing new since " + esc(result.previous_check);
  } catch (err) {
    item.querySelector(".found").textContent = err.message;
  }
}

// -- commitments, figures, regulations --------------------------------------------------------
function pager(name, load) {
  const state = { params: {}, cursor: null };
  $(`#${name}-form`).addEventListener("submit", (e) => { e.preventDefault(); load(state, false); });
  $(`#${name}-more`)?.addEventListener("click", () => load(state, true));
  return state;
}

async function loadCommitments(state, append) {
  if (!append) state.params = formValues($("#commitments-form"));
  status("#commitments-status", "Loading…");
  try {
    const page = await api("/commitments", { ...state.params, limit: 50, cursor: append ? state.cursor : "" });
    const rows = page.items.map((c) => `<tr>
      <td class="date">${esc(c.date || "")}</td>
      <td><strong>${esc(c.partner)}</strong><br><span class="meta">${esc(c.partner_name || "")}</span></td>
      <td>${esc(c.kind || "")}<br><span class="meta">${esc(c.agreement || "")}</span></td>
      <td>${esc(c.signatories.join(", "))}</td>
      <td><ul>${c.scope.map((s) => `<li>${esc(s)}</li>`).join("")}</ul></td>
      <td>${outletChips(c.outlets)}<br>${c.documents.map(docLink).join("<br>")}</td></tr>`).join("");
    $("#commitments").innerHTML = (append ? $("#commitments").innerHTML : "") + rows;
    state.cursor = page.next_cursor;
    $("#commitments-more").hidden = !page.next_cursor;
    status("#commitments-status", `${page.total} commitments`);
    exportLinks("#commitments-exports", "commitments", state.params);
  } catch (err) {
    status("#commitments-status", err.message, true);
  }
}

function valueChart(items) {
  // Plot the most frequent unit only: values of different units do not share an axis.
  const counts = {};
  for (const f of items) if (f.date && f.value !== null) counts[f.unit] = (counts[f.unit] || 0) + 1;
  const unit = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
  const points = items.filter((f) => f.unit === unit && f.date && f.value !== null && /^\d{4}-\d{2}/.test(f.date));
  if (points.length < 2) return "";
  const width = 800, height = 140, pad = 24;
  const times = points.map((f) => Date.parse(f.date.slice(0, 10).padEnd(10, "-01").slice(0, 10)));
  const t0 = Math.min(...times), t1 = Math.max(...times) || t0 + 1;
  const vmax = Math.max(...points.map((f) => f.value)) || 1;
  const dots = points.map((f, i) => {
    const x = pad + (width - 2 * pad) * (t1 === t0 ? 0.5 : (times[i] - t0) / (t1 - t0));
    const y = height - pad - (height - 2 * pad) * f.value / vmax;
    return `<circle cx="${x}" cy="${y}" r="4"><title>${esc(f.date)}: ${number.format(f.value)} ${esc(unit)} (${esc(f.context || "")})</title></circle>`;
  }).join("");
  const axis = `<line x1="${pad}" x2="${width - pad}" y1="${height - pad}" y2="${height - pad}" stroke="#b9c4cf"/>` +
    `<text x="${pad}" y="${height - 6}">${esc(new Date(t0).toISOString().slice(0, 10))}</text>` +
    `<text x="${width - pad}" y="${height - 6}" text-anchor="end">${esc(new Date(t1).toISOString().slice(0, 10))}</text>`;
  return `<svg viewBox="0 0 ${width} ${height}" role="img"><text x="${pad}" y="12">${esc(unit)} over time (0 to ${number.format(vmax)})</text>${axis}${dots}</svg>`;
}

async function loadFigures(state, append) {
  if (!append) state.params = formValues($("#figures-form"));
  status("#figures-status", "Loading…");
  try {
    const page = await api("/figures", { ...state.params, limit: 50, cursor: append ? state.cursor : "" });
    const rows = page.items.map((f) => `<tr>
      <td class="date">${esc(f.date || "")}</td><td class="num">${f.value === null ? "" : number.format(f.value)}</td>
      <td>${esc(f.unit || "")}</td><td>${esc(f.context || f.text || "")}</td>
      <td>${esc(f.sentence || "")}</td>
      <td>${docLink(f.document)}<br>${outletChips(f.outlets)}</td></tr>`).join("");
    $("#figures").innerHTML = (append ? $("#figures").innerHTML : "") + rows;
    state.cursor = page.next_cursor;
    $("#figures-more").hidden = !page.next_cursor;
    if (!append) $("#figures-chart").innerHTML = valueChart(page.items);
    status("#figures-status", `${page.total} figures`);
    exportLinks("#figures-exports", "figures", state.params);
  } catch (err) {
    status("#figures-status", err.message, true);
  }
}

async function loadRegulations(state) {
  state.params = formValues($("#regulations-form"));
  status("#regulations-status", "Loading…");
  try {
    const page = await api("/regulations", { ...state.params, limit: 100 });
    $("#regulations").innerHTML = page.items.map((r) => `<tr>
      <td><a href="#" data-reg="${esc(r.id)}">${esc(r.type || "")} ${esc(r.number || "")}${r.year ? "/" + r.year : ""}</a>
        ${r.resolved ? "" : '<span class="meta">(not stored)</span>'}</td>
      <td>${esc(r.title || "")}</td><td class="num">${r.citing_news}</td><td>${esc(r.last_cited || "")}</td></tr>`).join("");
    status("#regulations-status", `${page.total} regulations`);
  } catch (err) {
    status("#regulations-status", err.message, true);
  }
}

async function showRegulation(id) {
  try {
    const r = await api(`/regulations/${encodeURIComponent(id)}`, { passages: 5 });
    const meta = Object.entries(r.metadata).filter(([k]) => k !== "pages")
      .map(([k, v]) => `<li>${esc(k)}: ${esc(typeof v === "object" ? JSON.stringify(v) : v)}</li>`).join("");
    $("#regulation-detail").innerHTML = `<div class="card">
      <h3>${esc(r.type || "")} ${esc(r.number || "")}${r.year ? " Tahun " + r.year : ""}: ${esc(r.title || "")}</h3>
      ${webUrl(r.url) ? `<p><a href="${esc(webUrl(r.url))}" target="_blank" rel="noopener">source</a></p>` : ""}
      <ul>${meta}</ul>
      <h4>News citing it (${r.citing.length})</h4>
      <ul>${r.citing.map((d) => `<li>${esc((d.published || "").slice(0, 10))} ${docLink(d)} <span class="outlet">${esc(d.outlet || "")}</span></li>`).join("")}</ul>
      ${r.passages.length ? "<h4>Text</h4>" + r.passages.map((p) => `<p>${p.page ? `<span class="meta">p. ${p.page}</span> ` : ""}${esc(p.text)}</p>`).join("") : ""}
    </div>`;
  } catch (err) {
    $("#regulation-detail").textContent = err.message;
  }
}

// -- wiring -----------------------------------------------------------------------------------
function showTab(name) {
  if (!$(`#tab-${name}`)) name = "search";
  history.replaceState(null, "", location.pathname + location.search + (name === "search" ? "" : "#" + name));
  for (const button of document.querySelectorAll("nav [data-tab]")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === name));
  }
  for (const section of document.querySelectorAll(".tab")) section.hidden = section.id !== `tab-${name}`;
}

document.addEventListener("DOMContentLoaded", () => {
  $("nav").addEventListener("click", (e) => {
    const tab = e.target.closest("[data-tab]");
    if (tab) showTab(tab.dataset.tab);
  });
  $("#search-form").addEventListener("submit", (e) => { e.preventDefault(); runSearch(); });
  $("#more").addEventListener("click", () => runSearch(true));
  $("#facets").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-facet]");
    if (!button) return;
    const { facet, value } = button.dataset;
    if (facet === "months") {
      [$("#search-form").date_from.value, $("#search-form").date_to.value] = monthRange(value);
    } else {
      const key = FACET_FILTER[facet];
      search.params[key] = [...new Set([...(search.params[key] || []), value])];
    }
    runSearch();
  });
  $("#active-filters").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-key]");
    if (!button) return;
    const { key, value } = button.dataset;
    search.params[key] = (search.params[key] || []).filter((v) => v !== value);
    if (key === "outlet" && $("#search-form").outlet.value === value) $("#search-form").outlet.value = "";
    runSearch();
  });
  $("#timeline").addEventListener("click", (e) => {
    const bar = e.target.closest("rect[data-key]");
    if (!bar || !/^\d{4}-\d{2}$/.test(bar.dataset.key)) return;
    [$("#search-form").date_from.value, $("#search-form").date_to.value] = monthRange(bar.dataset.key);
    runSearch();
  });
  $("#save-search").addEventListener("click", saveSearch);
  $("#saved-list").addEventListener("click", savedAction);
  $("#saved").addEventListener("toggle", () => { if ($("#saved").open) loadSaved(); });
  const commitments = pager("commitments", loadCommitments);
  const figures = pager("figures", loadFigures);
  const regulations = pager("regulations", loadRegulations);
  $("#regulations").addEventListener("click", (e) => {
    const link = e.target.closest("a[data-reg]");
    if (link) { e.preventDefault(); showRegulation(link.dataset.reg); }
  });
  // Something to look at on arrival: the shared search, else the newest coverage.
  $("#search-form").q.addEventListener("input", followQueryWithSort);
  $("#search-form").sort.addEventListener("change", () => { sortChosen = true; });
  restoreFromAddress();
  followQueryWithSort();
  showTab(location.hash.slice(1) || "search");
  runSearch();
  loadCommitments(commitments, false);
  loadFigures(figures, false);
  loadRegulations(regulations);
});
