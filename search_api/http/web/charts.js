// Inline SVG charts drawn at the container's width in pixels, so the text stays 12px and
// readable on a phone, with as many axis labels as fit without colliding.
import { esc, number } from "./common.js";

const HEIGHT = 170, LABEL_GAP = 96, CHAR_PX = 7.5, PAD = { left: 52, right: 12, top: 14, bottom: 26 };

function widthOf(figure) {
  return Math.max(260, Math.floor(figure.clientWidth || figure.parentElement?.clientWidth || 600) - 18);
}

function compact(value) {
  const locale = document.documentElement.lang === "en" ? "en-GB" : "id-ID";
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

// Every k-th label, k chosen so neighbours are at least LABEL_GAP px apart.
const labelStep = (count, span) => Math.max(1, Math.ceil(count / Math.max(1, Math.floor(span / LABEL_GAP))));

/** Bars of counts per period: buckets [{key, count, title}]. */
export function barChart(figure, buckets, caption) {
  if (!buckets.length) { figure.innerHTML = ""; return; }
  const width = widthOf(figure), plot = width - PAD.left - PAD.right;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = Math.min(60, plot / buckets.length);
  const every = labelStep(buckets.length, Math.min(plot, step * buckets.length));
  const y = (v) => HEIGHT - PAD.bottom - (HEIGHT - PAD.top - PAD.bottom) * v / max;
  const parts = buckets.map((b, i) => {
    const x = PAD.left + i * step;
    const label = i % every === 0
      ? `<text class="xlabel" x="${x + step / 2}" y="${HEIGHT - 8}" text-anchor="middle">${esc(b.key)}</text>` : "";
    return `<rect class="bar" data-key="${esc(b.key)}" x="${x + 1}" y="${y(b.count)}" width="${Math.max(1, step - 2)}"` +
      ` height="${HEIGHT - PAD.bottom - y(b.count)}"><title>${esc(b.title || `${b.key}: ${b.count}`)}</title></rect>${label}`;
  });
  figure.innerHTML = `<svg viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" role="img">` +
    axes(width, max >= 2 ? [0, Math.round(max / 2), max] : [0, max], y) + parts.join("") + `</svg>` +
    (caption ? `<figcaption>${esc(caption)}</figcaption>` : "");
}

function axes(width, ticks, y) {
  const base = HEIGHT - PAD.bottom;
  return `<line class="axis" x1="${PAD.left}" x2="${width - PAD.right}" y1="${base}" y2="${base}"/>` +
    ticks.map((v) => `<text class="ylabel" x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${esc(compact(v))}</text>` +
      `<line class="grid" x1="${PAD.left}" x2="${width - PAD.right}" y1="${y(v)}" y2="${y(v)}"/>`).join("");
}

/** Values over time, one line per series: points [{time, value, series, href, title}]. */
export function lineChart(figure, points, caption) {
  if (!points.length) { figure.innerHTML = ""; return; }
  const width = widthOf(figure), plot = width - PAD.left - PAD.right;
  const times = points.map((p) => p.time);
  let t0 = Math.min(...times), t1 = Math.max(...times);
  if (t0 === t1) { t0 -= 15 * 86400000; t1 += 15 * 86400000; }  // one date: centre it
  const vmax = Math.max(...points.map((p) => p.value), 0) || 1;
  const x = (time) => PAD.left + plot * (time - t0) / (t1 - t0);
  const y = (v) => HEIGHT - PAD.bottom - (HEIGHT - PAD.top - PAD.bottom) * v / vmax;
  const series = [...new Set(points.map((p) => p.series))];
  const lines = series.map((name, s) => {
    const own = points.filter((p) => p.series === name).sort((a, b) => a.time - b.time);
    const line = own.length > 1
      ? `<polyline class="line s${s % 6}" points="${own.map((p) => `${x(p.time)},${y(p.value)}`).join(" ")}"/>` : "";
    const dots = own.map((p) => `<a href="${esc(p.href)}"><circle class="dot s${s % 6}" cx="${x(p.time)}" cy="${y(p.value)}" r="5">` +
      `<title>${esc(p.title)}</title></circle></a>`).join("");
    return line + dots;
  }).join("");
  // Days on a short span, months otherwise; a label equal to its neighbour's is dropped. The
  // end labels hang inwards, so neighbours need 1.5 label widths between their anchors.
  const chars = t1 - t0 < 180 * 86400000 ? 10 : 7;
  const count = Math.max(2, Math.min(6, Math.floor(plot / (1.5 * (chars * CHAR_PX + 10))) + 1));
  const dates = Array.from({ length: count }, (_, i) => t0 + (t1 - t0) * i / (count - 1));
  const xlabels = dates.map((time, i) => {
    const text = new Date(time).toISOString().slice(0, chars);
    if (i > 0 && text === new Date(dates[i - 1]).toISOString().slice(0, chars)) return "";
    const anchor = i === 0 ? "start" : i === count - 1 ? "end" : "middle";
    return `<text class="xlabel" x="${x(time)}" y="${HEIGHT - 8}" text-anchor="${anchor}">${esc(text)}</text>`;
  }).join("");
  const legend = series.map((name, s) => `<li><span class="swatch s${s % 6}"></span>${esc(name)}</li>`).join("");
  figure.innerHTML = `<svg viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" role="img">` +
    axes(width, [0, vmax / 2, vmax], y) + xlabels + lines + `</svg>` +
    `<figcaption>${esc(caption)}<ul class="legend">${legend}</ul></figcaption>`;
}

export const formatValue = (v) => number(v);
