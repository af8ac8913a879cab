// The figures explorer at /explore?measure=...: pick a normalised measure, see its values over
// time per organisation or region; each point opens its sentence in the reader.
import { $, api, errorText, esc, exportLinks, number, outletChips, path, query, status } from "./common.js";
import { lineChart } from "./charts.js";
import { lang, t } from "./i18n.js";
import { navigate, register } from "./router.js";

let measures = null;  // the picklist, fetched once

const measureName = (m) => (lang === "en" && m.measure_en ? m.measure_en : m.measure.replace(/_/g, " "));

// "2026", "2023-07" and "2023-07-27" all land on the time axis (at their first day).
function timeOf(date) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
  return match ? Date.UTC(+match[1], (+match[2] || 1) - 1, +match[3] || 1) : null;
}

const sentenceHref = (f) => path("doc", f.document.id) + "?" + query({ s: f.sentence || "" });

function fillPicklists(chosen) {
  $("#measure-pick").innerHTML = measures.map((m) =>
    `<option value="${esc(m.measure)}"${m.measure === chosen.measure ? " selected" : ""}>${esc(measureName(m))} (${m.count})</option>`).join("");
  const units = measures.find((m) => m.measure === chosen.measure)?.units || [];
  $("#unit-pick").innerHTML = units.map((u) => `<option${u === chosen.unit ? " selected" : ""}>${esc(u)}</option>`).join("");
  const form = $("#explore-form");
  form.by.value = chosen.by;
  form.date_from.value = chosen.date_from || "";
  form.date_to.value = chosen.date_to || "";
}

register("explore", async (route) => {
  status("#explore-status", t("loading"));
  try {
    measures ??= await api("/figures/measures");
    if (!measures.length) { status("#explore-status", t("figures.nomeasure")); return; }
    const measure = measures.find((m) => m.measure === route.params.get("measure")) || measures[0];
    const chosen = {
      measure: measure.measure,
      unit: measure.units.includes(route.params.get("unit")) ? route.params.get("unit") : measure.units[0] || "",
      by: route.params.get("by") === "region" ? "region" : "organization",
      date_from: route.params.get("date_from") || "",
      date_to: route.params.get("date_to") || "",
    };
    fillPicklists(chosen);
    const filters = { measure: chosen.measure, unit: chosen.unit, date_from: chosen.date_from, date_to: chosen.date_to };
    const page = await api("/figures", { ...filters, sort: "date", limit: 100 });
    const series = (f) => f[chosen.by] || t("figures.unknown");
    $("#figures").innerHTML = page.items.map((f) => `<tr>
      <td class="date">${esc(f.date || "")}</td>
      <td class="num"><a href="${esc(sentenceHref(f))}">${f.value === null ? esc(f.text || "") : number(f.value)}</a></td>
      <td>${esc(f.unit || "")}</td><td>${esc(series(f))}</td>
      <td>${esc(f.sentence || f.context || "")}<br><span class="meta">${esc(f.document.title || "")}</span> ${outletChips(f.outlets)}</td></tr>`).join("");
    const points = page.items.filter((f) => f.value !== null && timeOf(f.date) !== null).map((f) => ({
      time: timeOf(f.date), value: f.value, series: series(f), href: sentenceHref(f),
      title: `${f.date}: ${number(f.value)} ${f.unit || ""} (${series(f)}) ${f.sentence || ""}`,
    }));
    lineChart($("#figures-chart"), points, `${measureName(measure)} (${chosen.unit})`);
    exportLinks("#explore-exports", "figures", { ...filters, sort: "date" });
    status("#explore-status", t("figures.count", { n: page.total }) + (points.length ? "" : " · " + t("figures.few")));
  } catch (err) {
    $("#figures").innerHTML = "";
    $("#figures-chart").innerHTML = "";
    status("#explore-status", errorText(err), true);
  }
});

function submit(form, keepUnit) {
  const values = Object.fromEntries(new FormData(form).entries());
  if (!keepUnit) delete values.unit;  // a new measure starts on its own most used unit
  if (values.by === "organization") delete values.by;
  navigate("/explore?" + query(values));
}

export function setUp() {
  const form = $("#explore-form");
  form.addEventListener("submit", (e) => { e.preventDefault(); submit(form, true); });
  form.measure.addEventListener("change", () => submit(form, false));
}
