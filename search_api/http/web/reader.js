// The document reader at /doc/{id}?q=...&s=...: the stored text with the query's words (q) and
// a quoted sentence (s) highlighted, the extraction beside it, and every syndicated copy.
import { $, api, day, errorText, esc, number, originalLink, path, query, status } from "./common.js";
import { t } from "./i18n.js";
import { register } from "./router.js";

const reEscape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The stretch of the text a figure's sentence came from. The extraction may tidy a sentence
// (spacing, its end), so words are matched loosely and, failing that, its longest opening.
function locate(text, sentence) {
  const words = (sentence || "").match(/[\p{L}\p{N}]+/gu) || [];
  for (let n = words.length; n >= Math.min(4, words.length) && n > 0; n--) {
    const found = new RegExp(words.slice(0, n).map(reEscape).join("[^\\p{L}\\p{N}]+"), "iu").exec(text);
    if (found) return found[0];
  }
  return null;
}

// One pattern for the sentence (whole) and the query's words (as word starts), longest first.
function pattern(q, sentence) {
  const words = [...new Set((q || "").toLowerCase().match(/[\p{L}\p{N}]{3,}|\p{N}+/gu) || [])]
    .sort((a, b) => b.length - a.length).map((w) => `(?<![\\p{L}\\p{N}])${reEscape(w)}`);
  const alternatives = [...(sentence ? [reEscape(sentence.trim())] : []), ...words];
  return alternatives.length ? new RegExp(`(${alternatives.join("|")})`, "giu") : null;
}

function highlight(paragraph, regex, sentence) {
  if (!regex) return { html: esc(paragraph), hit: false };
  const pieces = paragraph.split(regex);
  const html = pieces.map((piece, i) => {
    if (i % 2 === 0) return esc(piece);
    const isSentence = sentence && piece.toLowerCase() === sentence.trim().toLowerCase();
    return `<mark${isSentence ? ' class="sentence"' : ""}>${esc(piece)}</mark>`;
  }).join("");
  return { html, hit: pieces.length > 1 };
}

const orgHref = (org) => path("org", org.acronym || org.name);
const list = (items, render) => (items?.length ? `<ul>${items.map((x) => `<li>${render(x)}</li>`).join("")}</ul>` : "");

function extractionPanel(doc) {
  const x = doc.extraction;
  if (!x) return `<p class="meta">${esc(t("doc.none"))}</p>`;
  const sections = [
    ["doc.people", list(x.people, (p) => `<strong>${esc(p.name)}</strong>${p.role ? `, ${esc(p.role)}` : ""}` +
      (p.organization ? ` · <a href="${esc(path("org", p.organization))}">${esc(p.organization)}</a>` : ""))],
    ["doc.organizations", list(x.organizations, (o) => `<a href="${esc(orgHref(o))}">${esc(o.name)}</a>` +
      (o.acronym && o.acronym !== o.name ? ` (${esc(o.acronym)})` : ""))],
    ["doc.figures", list(x.figures, (f) => `<a href="${esc(path("doc", doc.id) + "?" + query({ s: f.sentence || "" }))}">` +
      `<strong>${esc(f.text || number(f.value))}</strong></a> ${esc(f.unit || "")}<br><span class="meta">${esc(f.context || "")}</span>`)],
    ["doc.regulations", list(doc.regulations, (r) => `<a href="${esc(path("reg", r.regulation_id))}">` +
      `${esc(r.type)} ${esc(r.number)}${r.year ? "/" + r.year : ""}</a> ${esc(r.title || "")}`)],
    ["doc.commitments", list(x.commitments, (c) => `<strong>${esc(c.kind || "")}</strong> ${esc(c.agreement || "")} · ` +
      `<a href="${esc(path("org", c.partner))}">${esc(c.partner)}</a>${c.date ? ` · ${esc(c.date)}` : ""}` +
      (c.signatories?.length ? `<br><span class="meta">${esc(c.signatories.join(", "))}</span>` : ""))],
    ["doc.groups", list(x.groups, (g) => `${esc(g.name)} <span class="meta">${esc(t("group." + g.category))}` +
      `${g.mentions > 1 ? ` · ${g.mentions}×` : ""}</span>`)],
  ];
  return sections.filter(([, html]) => html).map(([key, html]) => `<h3>${esc(t(key))}</h3>${html}`).join("");
}

function copiesPanel(doc) {
  const all = [doc, ...doc.copies].sort((a, b) => String(a.published).localeCompare(String(b.published)));
  return `<h3>${esc(t("doc.copies"))} (${all.length})</h3><ul class="copies">` + all.map((c) =>
    `<li>${c.id === doc.id ? `<strong>${esc(c.outlet || "")}</strong>` : `<a href="${esc(path("doc", c.id))}">${esc(c.outlet || c.id)}</a>`}` +
    ` <span class="meta">${esc(day(c.published))}</span> ${originalLink(c)}</li>`).join("") + "</ul>";
}

register("doc", async (route) => {
  const q = route.params.get("q") || "", sentence = route.params.get("s") || "";
  $("#doc").innerHTML = "";
  status("#doc-status", t("loading"));
  try {
    const doc = await api(path("documents", route.id));
    const found = locate(doc.text, sentence);
    const regex = pattern(q, found);
    let hits = 0;
    const paragraphs = doc.text.split(/\n+/).filter((p) => p.trim()).map((p) => {
      const { html, hit } = highlight(p, regex, found);
      hits += hit;
      return `<p${hit ? ' class="hit"' : ""}>${html}</p>`;
    }).join("");
    $("#doc").innerHTML = `
      <article class="text">
        <h2>${esc(doc.title || doc.id)}</h2>
        <p class="meta"><span class="outlet">${esc(doc.outlet || "")}</span> ${esc(day(doc.published))}
          ${doc.author ? "· " + esc(doc.author) : ""} · ${originalLink(doc)} · <a href="${esc(path("documents", doc.id))}">JSON</a></p>
        ${regex ? `<p class="meta">${esc(t("doc.highlighted", { n: hits }))}</p>` : ""}
        ${paragraphs}
      </article>
      <aside class="extraction">${copiesPanel(doc)}<h2>${esc(t("doc.extraction"))}</h2>${extractionPanel(doc)}</aside>`;
    status("#doc-status", "");
    document.title = `${doc.title || doc.id} · newsintel`;
    $("#doc mark.sentence, #doc p.hit")?.scrollIntoView({ block: "center" });
  } catch (err) {
    status("#doc-status", errorText(err), true);
  }
});
