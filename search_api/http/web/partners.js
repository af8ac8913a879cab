// Partners at /partners (commitments and organisations) and one partner at /org/{id}: aliases,
// people, mentions per month, its commitments over time and its share of coverage.
import { $, api, day, docLink, errorText, esc, exportLinks, fillForm, formValues, outletChips, path,
  query, status } from "./common.js";
import { barChart } from "./charts.js";
import { t } from "./i18n.js";
import { navigate, register } from "./router.js";

const state = { params: {}, cursor: null };

const partnerCell = (c) => (c.partner_id
  ? `<a href="${esc(path("org", c.partner_id))}"><strong>${esc(c.partner)}</strong></a>` : `<strong>${esc(c.partner)}</strong>`) +
  `<br><span class="meta">${esc(c.partner_name || "")}</span>`;

async function loadCommitments(append) {
  status("#partners-status", t("loading"));
  try {
    const page = await api("/commitments", { ...state.params, limit: 50, cursor: append ? state.cursor : "" });
    const rows = page.items.map((c) => `<tr>
      <td class="date">${esc(c.date || "")}</td><td>${partnerCell(c)}</td>
      <td>${esc(c.kind || "")}<br><span class="meta">${esc(c.agreement || "")}</span></td>
      <td>${esc(c.signatories.join(", "))}</td>
      <td><ul>${c.scope.map((s) => `<li>${esc(s)}</li>`).join("")}</ul></td>
      <td>${outletChips(c.outlets)}<br>${c.documents.map((d) => docLink(d)).join("<br>")}</td></tr>`).join("");
    $("#commitments").innerHTML = (append ? $("#commitments").innerHTML : "") + rows;
    state.cursor = page.next_cursor;
    $("#partners-more").hidden = !page.next_cursor;
    status("#partners-status", t("partners.count", { n: page.total }));
    exportLinks("#partners-exports", "commitments", state.params);
  } catch (err) {
    $("#commitments").innerHTML = "";
    status("#partners-status", errorText(err), true);
  }
}

async function loadOrganizations() {
  try {
    const page = await api("/organizations", { limit: 100, sort: "documents" });
    $("#organizations").innerHTML = page.items.map((o) => `<li><a href="${esc(path("org", o.id))}">${esc(o.acronym || o.name)}</a>` +
      ` <span class="meta">${esc(t("org.documents", { n: o.document_count }))}</span></li>`).join("");
  } catch (err) {
    $("#organizations").innerHTML = `<li class="status error">${esc(errorText(err))}</li>`;
  }
}

register("partners", (route) => {
  state.params = Object.fromEntries([...route.params].filter(([, v]) => v));
  fillForm($("#partners-form"), state.params);
  return Promise.all([loadCommitments(false), loadOrganizations()]);
});

// Months from the first mention to the last, zeros included, so the bars keep time's scale.
function monthBuckets(counts) {
  if (!counts.length) return [];
  const byMonth = Object.fromEntries(counts.map((c) => [c.month, c.count]));
  const out = [];
  let [y, m] = counts[0].month.split("-").map(Number);
  const last = counts[counts.length - 1].month;
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ key, count: byMonth[key] || 0, title: `${key}: ${byMonth[key] || 0}` });
    if (key >= last) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

function shareBars(rows) {
  return `<ul class="share">` + rows.map((r) => `<li${r.current ? ' class="current"' : ""}>
    <a href="${esc(path("org", r.id))}">${esc(r.acronym || r.name)}</a>
    <meter min="0" max="1" value="${r.share}">${Math.round(r.share * 100)}%</meter>
    <span>${Math.round(r.share * 100)}% · ${esc(t("org.documents", { n: r.documents }))}</span></li>`).join("") + "</ul>";
}

function commitmentTimeline(items) {
  const sorted = [...items].sort((a, b) => String(a.date).localeCompare(String(b.date)));
  return `<ol class="events">` + sorted.map((c) => `<li><span class="date">${esc(c.date || "?")}</span>
    <strong>${esc(c.kind || "")}</strong> ${esc(c.agreement || "")}
    ${c.signatories.length ? `<br><span class="meta">${esc(c.signatories.join(", "))}</span>` : ""}
    ${c.scope.length ? `<ul>${c.scope.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>` : ""}
    <br>${outletChips(c.outlets)} ${c.documents.map((d) => docLink(d)).join(" · ")}</li>`).join("") + "</ol>";
}

register("org", async (route) => {
  $("#org").innerHTML = "";
  status("#org-status", t("loading"));
  try {
    const org = await api(path("organizations", route.id));
    const search = "/?" + query({ organization: org.id });
    $("#org").innerHTML = `
      <h2>${esc(org.name)}${org.acronym && org.acronym !== org.name ? ` (${esc(org.acronym)})` : ""}</h2>
      <p class="meta">${esc(org.kind || "")} · ${esc(t("org.documents", { n: org.document_count }))} ·
        ${esc(org.first_seen || "")} – ${esc(org.last_seen || "")} · <a href="${esc(search)}">${esc(t("nav.search"))}</a></p>
      <div class="cards">
        <section class="card"><h3>${esc(t("org.aliases"))}</h3><p>${org.aliases.map((a) => `<span class="outlet">${esc(a)}</span>`).join(" ") || "–"}</p>
          <h3>${esc(t("org.names"))}</h3><p>${esc(org.names_in_documents.join(" · ") || "–")}</p></section>
        <section class="card"><h3>${esc(t("org.people"))}</h3><ul>${org.people.map((p) =>
          `<li><strong>${esc(p.name)}</strong>${p.role ? ", " + esc(p.role) : ""} <span class="meta">(${p.documents})</span></li>`).join("") || "<li>–</li>"}</ul></section>
        <section class="card"><h3>${esc(t("org.share"))}</h3>${shareBars(org.coverage_share)}</section>
      </div>
      <h3>${esc(t("org.mentions"))}</h3><figure id="org-chart" class="chart"></figure>
      <h3>${esc(t("org.commitments"))} (${org.commitments.length})</h3>${commitmentTimeline(org.commitments)}
      <h3>${esc(t("org.recent"))}</h3><ul>${org.recent_documents.map((d) =>
        `<li>${esc(day(d.published))} ${docLink(d)} <span class="outlet">${esc(d.outlet || "")}</span></li>`).join("")}</ul>`;
    barChart($("#org-chart"), monthBuckets(org.mentions_by_month), t("org.mentions"));
    status("#org-status", "");
    document.title = `${org.acronym || org.name} · newsintel`;
  } catch (err) {
    status("#org-status", errorText(err), true);
  }
});

export function setUp() {
  $("#partners-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const qs = query(formValues($("#partners-form")));
    navigate("/partners" + (qs ? "?" + qs : ""));
  });
  $("#partners-more").addEventListener("click", () => loadCommitments(true));
}
