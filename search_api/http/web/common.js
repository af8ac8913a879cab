// Helpers every view shares: DOM lookup, escaping, the API client, links, status lines.
import { t } from "./i18n.js";
import { apiKey, withKey } from "./key.js";

export const $ = (sel, root = document) => root.querySelector(sel);
export const esc = (text) => String(text ?? "").replace(/[&<>"']/g, (c) =>
  ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
// The API escapes passages and adds <mark>; allow nothing else through.
export const marked = (html) => String(html ?? "").replace(/<(?!\/?mark>)/g, "&lt;");
export const number = (value) => new Intl.NumberFormat(document.documentElement.lang === "en" ? "en-GB" : "id-ID",
  { maximumFractionDigits: 2 }).format(value);
export const day = (date) => String(date || "").slice(0, 10);

export function query(params) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== "") out.append(key, v);
    }
  }
  return out.toString();
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body.message || `HTTP ${status}`);
    this.status = status;
    this.problems = body.problems || [];
  }
}

export async function api(path, params = {}, options = {}) {
  const qs = query(params);
  const response = await fetch(path + (qs ? "?" + qs : ""), { ...options, headers: withKey(options.headers) });
  if (response.status === 204) return null;
  const body = await response.json().catch(() => ({ message: response.statusText }));
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

// A short message for a failed request: a 422 names the parameters at fault, never echoes them
// (a 2,000-character query would fill the screen).
export function errorText(err) {
  if (err instanceof ApiError && err.status === 422) {
    const names = [...new Set(err.problems.map((p) => p.parameter).filter(Boolean))];
    return t("error.invalid") + (names.length ? ": " + names.join(", ") : "");
  }
  if (err instanceof ApiError && err.status === 404) return t("error.notfound");
  if (err instanceof ApiError && err.status === 401) return t(apiKey() ? "error.badkey" : "error.key");
  const text = String(err.message || err);
  return text.length > 160 ? text.slice(0, 157) + "…" : text;
}

export function status(id, text, isError = false) {
  const el = $(id);
  el.textContent = text;
  el.classList.toggle("error", isError);
}

// Only http(s) URLs become links: a javascript: or data: URL stored before ingest refused
// them would run in the reader's browser.
export const webUrl = (url) => (typeof url === "string" && /^https?:\/\//i.test(url.trim()) ? url.trim() : null);

export const path = (prefix, id) => `/${prefix}/${encodeURIComponent(id)}`;

// A document's title opens the reader (with the query, to highlight it); the original site
// stays one click away.
// A link to the reader; with a search hit's passage, the reader marks the passage the engine
// matched (its opening words are enough to find it: keeps the URL short).
export function docLink(doc, q = "", passage = "") {
  const s = (passage.match(/\S+/g) || []).slice(0, 24).join(" ");
  const qs = query({ q, s });
  return `<a href="${esc(path("doc", doc.id) + (qs ? "?" + qs : ""))}">${esc(doc.title || doc.id)}</a>`;
}

export function originalLink(doc) {
  const url = webUrl(doc.url);
  return url ? `<a class="original" href="${esc(url)}" target="_blank" rel="noopener">${esc(t("original"))} ↗</a>` : "";
}

export const outletChips = (outlets) => (outlets || []).map((o) => `<span class="outlet">${esc(o)}</span>`).join("");

export function exportLinks(id, resource, params) {
  const qs = query(params);
  $(id).innerHTML = esc(t("export")) + ": " + ["csv", "json"].map((fmt) =>
    `<a href="/export/${resource}.${fmt}${qs ? "?" + esc(qs) : ""}" download>${fmt.toUpperCase()}</a>`).join("");
}

export function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form).entries()) values[key] = value.trim();
  return values;
}

export function fillForm(form, params) {
  for (const element of form.elements) {
    if (element.name && element.name in params) element.value = params[element.name];
    else if (element.name && element.tagName !== "BUTTON") element.value = element.tagName === "SELECT" ? element.options[0]?.value ?? "" : "";
  }
}
