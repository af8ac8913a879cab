// Coverage search at /?q=...: the address holds the whole search, so back/forward, sharing
// and saving all start from it.
import { $, api, day, docLink, errorText, esc, exportLinks, fillForm, formValues, marked, originalLink,
  outletChips, query, status } from "./common.js";
import { barChart } from "./charts.js";
import { t } from "./i18n.js";
import { navigate, register } from "./router.js";

const FIELDS = ["q", "mode", "date_from", "date_to", "outlet", "doc_type", "sort"];
const LIST_FILTERS = ["organization", "person", "regulation"];  // added from the facets
const FACET_FILTER = { organizations: "organization", people: "person", regulations: "regulation" };
const state = { params: {}, cursor: null };

// The search in the address: single fields and the repeatable facet filters.
export function paramsFrom(url) {
  const params = {};
  for (const name of FIELDS) if (url.get(name)) params[name] = url.get(name);
  for (const name of LIST_FILTERS) if (url.getAll(name).length) params[name] = url.getAll(name);
  return params;
}

const go = (params) => navigate("/" + (query(params) ? "?" + query(params) : ""));

// The form replaces the single fields (the outlet box sets the one outlet filter); the facet
// filters in force are kept. Sort stays unset until the user picks one, so it follows the query.
function fromForm() {
  const form = formValues($("#search-form"));
  const params = {};
  for (const name of FIELDS) if (form[name]) params[name] = form[name];
  if (!sortChosen) delete params.sort;
  if (params.mode === "hybrid") delete params.mode;
  for (const name of LIST_FILTERS) if (state.params[name]) params[name] = state.params[name];
  return params;
}

let sortChosen = false;
const defaultSort = (params) => (params.q ? "relevance" : "date");

function renderChips(params) {
  const chips = [];
  if (params.outlet) chips.push(["outlet", params.outlet]);
  for (const key of LIST_FILTERS) for (const value of params[key] || []) chips.push([key, value]);
  $("#active-filters").innerHTML = chips.map(([key, value]) =>
    `<button type="button" data-key="${key}" data-value="${esc(value)}" aria-label="remove ${key} ${esc(value)}">` +
    `${esc(key)}: ${esc(value)} ✕</button>`).join("");
}

function renderHits(hits, append, q) {
  const items = hits.map((hit) => `
    <li>
      <h3>${docLink(hit, q, q ? hit.passage?.text : "")}</h3>
      <div class="meta">${esc(day(hit.published))} · ${outletChips(hit.outlets)}
        ${hit.duplicates.length ? `(${esc(t("search.copies", { n: hit.duplicates.length + 1 }))})` : ""}
        ${hit.passage && q ? `· ${esc(t("search.score"))} ${Number(hit.score.toPrecision(3))}` : ""} · ${originalLink(hit)}</div>
      ${hit.passage ? `<p class="passage">${marked(hit.passage.highlighted)}</p>` : ""}
    </li>`).join("");
  $("#hits").innerHTML = (append ? $("#hits").innerHTML : "") + items;
}

function renderFacets(facets) {
  const groups = ["outlets", "organizations", "people", "regulations", "months"].map((name) => {
    const values = facets?.[name] || [];
    if (!values.length) return "";
    const items = values.slice(0, 12).map((v) =>
      `<li><button type="button" data-facet="${name}" data-value="${esc(v.value)}">${esc(v.label || v.value)} <span>${v.count}</span></button></li>`).join("");
    return `<h4>${esc(t("facet." + name))}</h4><ul>${items}</ul>`;
  }).join("");
  $("#facets").innerHTML = groups;
  $("#outlet-list").innerHTML = (facets?.outlets || []).map((v) => `<option value="${esc(v.value)}">`).join("");
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

function clearResults() {
  $("#hits").innerHTML = "";
  $("#timeline").innerHTML = "";
  $("#facets").innerHTML = "";
  $("#search-exports").innerHTML = "";
  $("#more").hidden = true;
}

async function runSearch(append = false) {
  const params = { sort: defaultSort(state.params), ...state.params };
  status("#search-status", t("search.searching"));
  try {
    const page = await api("/search", { ...params, limit: 10, cursor: append ? state.cursor : "" });
    state.cursor = page.next_cursor;
    renderHits(page.hits, append, params.q || "");
    $("#more").hidden = !page.next_cursor;
    status("#search-status", page.total === 0 && params.q ? t("search.none")
      : `${t("search.stories", { n: page.total })} (${page.mode}, ${Math.round(page.took_ms)} ms)`);
    if (append) return;
    renderFacets(page.facets);
    exportLinks("#search-exports", "search", params);
    const timeline = await api("/timeline", { ...params, sort: "", interval: intervalFor(params) });
    barChart($("#timeline"), timeline.buckets.map((b) => ({ ...b, title: `${b.key}: ${b.count} / ${b.stories}` })),
      t("max.per", { n: Math.max(0, ...timeline.buckets.map((b) => b.count)) }));
  } catch (err) {
    clearResults();  // stale results under an error would look like the answer
    status("#search-status", errorText(err), true);
  }
}

register("search", (route) => {
  state.params = paramsFrom(route.params);
  sortChosen = Boolean(state.params.sort);
  fillForm($("#search-form"), { mode: "hybrid", ...state.params, sort: state.params.sort || defaultSort(state.params) });
  renderChips(state.params);
  return runSearch();
});

export function currentSearch() { return { ...state.params }; }

export function setUp() {
  const form = $("#search-form");
  form.addEventListener("submit", (e) => { e.preventDefault(); go(fromForm()); });
  form.q.addEventListener("input", () => { if (!sortChosen) form.sort.value = defaultSort({ q: form.q.value.trim() }); });
  form.sort.addEventListener("change", () => { sortChosen = true; });
  $("#more").addEventListener("click", () => runSearch(true));
  $("#facets").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-facet]");
    if (!button) return;
    const { facet, value } = button.dataset;
    const params = { ...state.params };
    if (facet === "months") [params.date_from, params.date_to] = monthRange(value);
    else if (facet === "outlets") params.outlet = value;  // one outlet at a time, as the box
    else params[FACET_FILTER[facet]] = [...new Set([...(params[FACET_FILTER[facet]] || []), value])];
    go(params);
  });
  $("#active-filters").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-key]");
    if (!button) return;
    const { key, value } = button.dataset;
    const params = { ...state.params };
    if (key === "outlet") delete params.outlet;
    else params[key] = (params[key] || []).filter((v) => v !== value);
    go(params);
  });
  $("#timeline").addEventListener("click", (e) => {
    const bar = e.target.closest("rect[data-key]");
    if (!bar || !/^\d{4}-\d{2}$/.test(bar.dataset.key)) return;
    const params = { ...state.params };
    [params.date_from, params.date_to] = monthRange(bar.dataset.key);
    go(params);
  });
}
