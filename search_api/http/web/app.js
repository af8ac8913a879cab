// newsintel web app: a thin client of the HTTP API (same origin), no framework, no build step.
// Each view lives in its own module and registers itself with the router; this file wires
// them up. No inline scripts, handlers or styles, so a strict Content-Security-Policy holds.
import { $ } from "./common.js";
import { switchLanguage, translatePage } from "./i18n.js";
import { render, start } from "./router.js";
import * as search from "./search.js";
import "./reader.js";
import * as partners from "./partners.js";
import * as figures from "./figures.js";
import * as regulations from "./regulations.js";
import * as saved from "./saved.js";

translatePage();
for (const view of [search, partners, figures, regulations, saved]) view.setUp();
$("#lang").addEventListener("click", () => { switchLanguage(); render(); });
start();
