// Regulations at /regs and one regulation at /reg/{id}: its own page, the news citing it first.
import { $, api, day, docLink, errorText, esc, fillForm, formValues, path, query, status, webUrl } from "./common.js";
import { t } from "./i18n.js";
import { navigate, register } from "./router.js";

const label = (r) => `${r.type || ""} ${r.number || ""}${r.year ? "/" + r.year : ""}`.trim();

register("regs", async (route) => {
  const params = Object.fromEntries([...route.params].filter(([, v]) => v));
  fillForm($("#regs-form"), params);
  status("#regs-status", t("loading"));
  try {
    const page = await api("/regulations", { ...params, limit: 100 });
    $("#regulations").innerHTML = page.items.map((r) => `<tr>
      <td><a href="${esc(path("reg", r.id))}">${esc(label(r))}</a>
        ${r.resolved ? "" : `<span class="meta">(${esc(t("regs.notstored"))})</span>`}</td>
      <td>${esc(r.title || "")}</td><td class="num">${r.citing_news}</td><td>${esc(r.last_cited || "")}</td></tr>`).join("");
    status("#regs-status", t("regs.count", { n: page.total }));
  } catch (err) {
    $("#regulations").innerHTML = "";
    status("#regs-status", errorText(err), true);
  }
});

register("reg", async (route) => {
  $("#reg").innerHTML = "";
  status("#reg-status", t("loading"));
  try {
    const r = await api(path("regulations", route.id), { passages: 5 });
    const meta = Object.entries(r.metadata).filter(([k]) => k !== "pages")
      .map(([k, v]) => `<li>${esc(k)}: ${esc(typeof v === "object" ? JSON.stringify(v) : v)}</li>`).join("");
    const source = webUrl(r.url);
    $("#reg").innerHTML = `
      <h2>${esc(label(r))}${r.title ? ": " + esc(r.title) : ""}</h2>
      <p class="meta">${r.resolved ? esc(t("regs.stored")) : esc(t("regs.notstored"))}
        ${source ? ` · <a href="${esc(source)}" target="_blank" rel="noopener">${esc(t("regs.source"))} ↗</a>` : ""}
        · <a href="${esc("/?" + query({ regulation: r.key }))}">${esc(t("nav.search"))}</a></p>
      <h3 id="reg-news">${esc(t("regs.news", { n: r.citing.length }))}</h3>
      <ul class="citing">${r.citing.map((d) => `<li>${esc(day(d.published))} ${docLink(d)} <span class="outlet">${esc(d.outlet || "")}</span>
        ${d.citation ? `<br><span class="meta">${esc(d.citation)}</span>` : ""}</li>`).join("")}</ul>
      ${meta ? `<h3>${esc(t("regs.metadata"))}</h3><ul>${meta}</ul>` : ""}
      ${r.passages.length ? `<h3>${esc(t("regs.text"))}</h3>` + r.passages.map((p) =>
        `<p>${p.page ? `<span class="meta">p. ${p.page}</span> ` : ""}${esc(p.text)}</p>`).join("") : ""}`;
    status("#reg-status", "");
    document.title = `${label(r)} · newsintel`;
  } catch (err) {
    status("#reg-status", errorText(err), true);
  }
});

export function setUp() {
  $("#regs-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const qs = query(formValues($("#regs-form")));
    navigate("/regs" + (qs ? "?" + qs : ""));
  });
}
