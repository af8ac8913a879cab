// Saved searches at /saved: open, run again (new matches since the last run), feeds, spikes.
import { $, api, ApiError, docLink, errorText, esc, number, outletChips, status } from "./common.js";
import { t } from "./i18n.js";
import { apiKey, setApiKey, validKey } from "./key.js";
import { register } from "./router.js";
import { currentSearch } from "./search.js";

const LIST_FILTERS = ["outlet", "organization", "person", "regulation", "date_from", "date_to", "doc_type"];

// The page's address for a saved search: the query string of the /search URL it runs.
const pageUrl = (s) => "/" + (s.search_url.includes("?") ? s.search_url.slice(s.search_url.indexOf("?")) : "");

function spikeFlag(spike) {
  if (!spike) return "";
  return `<p class="spike" role="note">⚠ ${esc(t("saved.spike", { n: spike.count, d: spike.day, b: number(Math.round(spike.baseline * 10) / 10) }))}</p>`;
}

function item(s) {
  const feed = `/saved-searches/${encodeURIComponent(s.id)}/feed`;
  return `<li data-id="${esc(s.id)}"><h3><a href="${esc(pageUrl(s))}">${esc(s.name)}</a></h3>
    <p><code>${esc(s.q)}</code> ${Object.entries(s.filters).map(([k, v]) => `<span class="outlet">${esc(k)}: ${esc(v)}</span>`).join("")}</p>
    ${spikeFlag(s.spike)}
    <p class="meta">${esc(t("saved.checked", { d: s.last_checked_at }))} · ${esc(t("saved.feeds"))}:
      <a href="${esc(feed)}.atom">Atom</a> <a href="${esc(feed)}.json">JSON</a></p>
    <p class="actions"><button type="button" data-act="run">${esc(t("saved.run"))}</button>
      <button type="button" data-act="delete">${esc(t("saved.delete"))}</button></p>
    <div class="found" role="status"></div></li>`;
}

function showKey() {
  status("#key-status", t(apiKey() ? "key.set" : "key.unset"));
}

async function load() {
  showKey();
  status("#saved-status", t("loading"));
  try {
    const saved = await api("/saved-searches");
    $("#saved-list").innerHTML = saved.map(item).join("") || `<li>${esc(t("saved.none"))}</li>`;
    status("#saved-status", "");
  } catch (err) {
    $("#saved-list").innerHTML = "";
    status("#saved-status", errorText(err), true);
  }
}

register("saved", load);

async function act(e) {
  const button = e.target.closest("button[data-act]");
  if (!button) return;
  const entry = button.closest("li[data-id]");
  const found = entry.querySelector(".found");
  const id = encodeURIComponent(entry.dataset.id);
  button.disabled = true;
  try {
    if (button.dataset.act === "delete") {
      await api(`/saved-searches/${id}`, {}, { method: "DELETE" });
      return await load();
    }
    const result = await api(`/saved-searches/${id}/run`, {}, { method: "POST" });
    found.innerHTML = `<p>${esc(t("saved.found", { n: result.new.length }))} · ${esc(result.checked_at || "")}</p>` +
      (result.new.length ? "<ul>" + result.new.map((h) => `<li>${docLink(h)} ${outletChips(h.outlets)}</li>`).join("") + "</ul>" : "");
  } catch (err) {
    // The re-run endpoint comes with the alerts work; a server without it answers 404/405.
    const missing = err instanceof ApiError && (err.status === 404 || err.status === 405);
    found.textContent = missing ? t("saved.norun") : errorText(err);
  } finally {
    button.disabled = false;
  }
}

async function save(e) {
  e.preventDefault();
  const form = $("#save-form");
  const params = currentSearch();
  const filters = {};
  for (const key of LIST_FILTERS) {
    const value = params[key];
    if (value && (!Array.isArray(value) || value.length)) filters[key] = value;
  }
  try {
    await api("/saved-searches", {}, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: form.name.value.trim(), q: params.q || "", mode: params.mode || "hybrid", filters }) });
    form.reset();
    $("#save-status").innerHTML = `${esc(t("saved.saved"))} <a href="/saved">${esc(t("nav.saved"))}</a>`;
  } catch (err) {
    status("#save-status", errorText(err), true);
  }
}

// The key goes to sessionStorage, never into the page: the field is emptied once it is kept.
function useKey(e) {
  e.preventDefault();
  const field = $("#key-form").key;
  const key = field.value.trim();
  if (!validKey(key)) return status("#key-status", t("key.invalid"), true);
  setApiKey(key);
  field.value = "";
  load();
}

function forgetKey() {
  setApiKey("");
  load();
}

export function setUp() {
  $("#saved-list").addEventListener("click", act);
  $("#save-form").addEventListener("submit", save);
  $("#key-form").addEventListener("submit", useKey);
  $("#key-forget").addEventListener("click", forgetKey);
}

