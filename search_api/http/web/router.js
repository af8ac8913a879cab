// Client-side router over the History API: every view has its own address, back/forward
// re-render from the address alone, and an address the page cannot read says so.
import { t } from "./i18n.js";

// Path pattern -> view. The server answers index.html for these (routes/web.py).
const ROUTES = [
  [/^\/$/, "search"],
  [/^\/doc\/(.+)$/, "doc"],
  [/^\/partners$/, "partners"],
  [/^\/org\/(.+)$/, "org"],
  [/^\/explore$/, "explore"],
  [/^\/regs$/, "regs"],
  [/^\/reg\/(.+)$/, "reg"],
  [/^\/saved$/, "saved"],
];
// The old page kept its tab in the fragment: such links still land on the right view.
const LEGACY_TABS = { search: "/", commitments: "/partners", figures: "/explore", regulations: "/regs" };

// An in-page anchor (the skip link's #main) is left alone; an old tab name never is one.
const isAnchor = (hash) => !Object.hasOwn(LEGACY_TABS, hash) && document.getElementById(hash) !== null;

const views = {};
export const register = (name, show) => { views[name] = show; };

export function parse(loc) {
  for (const [pattern, view] of ROUTES) {
    const match = loc.pathname.match(pattern);
    if (!match) continue;
    let id = null;
    if (match[1] !== undefined) {
      try { id = decodeURIComponent(match[1]); } catch { break; }  // a broken %-escape
    }
    return { view, id, params: new URLSearchParams(loc.search) };
  }
  return { view: "search", error: "error.address", params: new URLSearchParams() };
}

function notice(key) {
  const el = document.getElementById("notice");
  el.hidden = !key;
  el.textContent = key ? t(key) : "";
}

let current = null;
let rendered = null;  // the address last shown, to tell a view change from an anchor jump
export const currentRoute = () => current;

export async function render() {
  let route = parse(location);
  let warning = route.error || null;
  const hash = location.hash.slice(1);
  if (hash && !isAnchor(hash)) {
    const target = Object.hasOwn(LEGACY_TABS, hash) ? LEGACY_TABS[hash] : null;
    history.replaceState(null, "", target ?? location.pathname + location.search);
    if (target) route = parse(location);
    else warning = "error.fragment";
  }
  rendered = location.pathname + location.search;
  const viewChanged = current !== null && current.view !== route.view;
  current = route;
  notice(warning);
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${route.view}`;
  const tab = { doc: "search", org: "partners", reg: "regs" }[route.view] || route.view;
  for (const link of document.querySelectorAll("nav [data-view]")) {
    if (link.dataset.view === tab) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = "newsintel";
  // A new view: keyboard and screen-reader users start at its top, not on a vanished link.
  if (viewChanged) document.getElementById("main").focus({ preventScroll: true });
  await views[route.view]?.(route);
}

export function navigate(url, { replace = false } = {}) {
  if (replace || url === location.pathname + location.search) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  if (!replace) window.scrollTo(0, 0);
  return render();
}

// Same-origin links to a view are followed without reloading the page; a modified click
// (new tab...), a download or a link elsewhere is left to the browser.
function followLink(event) {
  const link = event.target.closest("a[href]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
      event.shiftKey || event.altKey || link.target || link.hasAttribute("download")) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || parse(url).error) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}

export function start() {
  document.addEventListener("click", followLink);
  // A jump to an in-page anchor (the skip link's #main) is no new view; any other fragment
  // change is (an old #figures link typed into the open page).
  window.addEventListener("popstate", () => {
    const hash = location.hash.slice(1);
    if (location.pathname + location.search !== rendered || (hash && !isAnchor(hash))) render();
  });
  return render();
}
