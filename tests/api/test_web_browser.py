"""The web app in a real browser (Debian's chromium through Playwright) against a real
`newsintel serve` over the test store: search, filters, the reader, a partner page, the
figures chart and its export, regulations, back/forward, 400 px, the language switch and
saved searches. Every test fails on a console error; screenshots go to tests/artifacts/."""

from __future__ import annotations

import re
from typing import Iterator

import httpx
import pytest
from api_server import newsintel, serve
from browser import Tab, find_chromium

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (scripts/setup.sh installs it)"
)
expect = playwright_api.expect
CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium found (scripts/test.sh installs Debian's with apt where it can; "
    "or set NEWSINTEL_CHROMIUM)",
)
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    """One browser for all the browser tests; each test gets a fresh context (no shared
    storage). Module scope: Playwright's sync API runs an event loop in this thread while it
    is started, and later tests call asyncio.run()."""
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()


@pytest.fixture()
def tab(chromium, base_url: str) -> Iterator[Tab]:
    context = chromium.new_context(viewport={"width": 1200, "height": 900}, locale="id-ID")
    context.set_default_timeout(TIMEOUT_MS)
    tab = Tab(context.new_page(), base_url)
    yield tab
    context.close()
    assert tab.errors == [], "console errors:\n" + "\n".join(tab.errors)


def search_done(tab: Tab) -> None:
    expect(tab.page.locator("#search-status")).to_have_text(re.compile(r"berita|stories|hasil"))


def test_search_filters_and_the_outlet_box_replaces_the_outlet(tab):
    tab.open("/")
    search_done(tab)
    form = tab.page.locator("#search-form")
    form.locator("input[name=q]").fill("nota kesepahaman APHTN-HAN")
    form.locator("button[type=submit]").click()
    expect(tab.page).to_have_url(re.compile(r"/\?q=nota\+kesepahaman\+APHTN-HAN"))
    search_done(tab)
    expect(tab.page.locator("#hits li").first).to_contain_text("APHTN-HAN")
    expect(form.locator("select[name=sort]")).to_have_value("relevance")  # a query: relevance

    # A facet narrows the search; the outlet box then replaces the outlet, not adds one.
    tab.page.locator("#facets button[data-facet=outlets]", has_text="kabarekonomi.id").click()
    expect(tab.page).to_have_url(re.compile(r"outlet=kabarekonomi\.id"))
    search_done(tab)
    form.locator("input[name=outlet]").fill("wartakerja.id")
    form.locator("button[type=submit]").click()
    expect(tab.page).to_have_url(re.compile(r"outlet=wartakerja\.id"))
    search_done(tab)
    assert tab.path().count("outlet=") == 1
    expect(tab.page.locator("#active-filters button")).to_have_count(1)
    expect(tab.page.locator("#hits li .outlet").first).to_have_text("wartakerja.id")
    tab.shot("search-filtered")


def test_sort_follows_the_query_and_nonsense_finds_nothing(tab):
    tab.open("/")
    search_done(tab)
    sort = tab.page.locator("#search-form select[name=sort]")
    expect(sort).to_have_value("date")  # a browse: newest first
    tab.page.locator("#search-form input[name=q]").fill("APHTN-HAN")
    expect(sort).to_have_value("relevance")  # follows the typed query before it is sent
    tab.page.locator("#search-form input[name=q]").fill("zzqxv flibbertigibbet")
    tab.page.locator("#search-form button[type=submit]").click()
    expect(tab.page.locator("#search-status")).to_have_text(re.compile("^Tidak ada hasil"))
    expect(tab.page.locator("#hits li")).to_have_count(0)
    # Once the user picks a sort, it stays, and the address carries it.
    sort.select_option("date")
    tab.page.locator("#search-form input[name=q]").fill("APHTN-HAN")
    tab.page.locator("#search-form button[type=submit]").click()
    expect(tab.page).to_have_url(re.compile(r"sort=date"))
    expect(sort).to_have_value("date")


def test_reader_opens_from_a_result_with_passages_extraction_and_copies(tab):
    tab.open("/?q=nota+kesepahaman")
    search_done(tab)
    first = tab.page.locator("#hits li h3 a").first
    title = first.inner_text()
    passage = tab.page.locator("#hits li p.passage").first.inner_text()
    first.click()
    expect(tab.page).to_have_url(re.compile(r"/doc/[^?]+\?q=nota\+kesepahaman&s=\S+$"))
    reader = tab.page.locator("#doc")
    expect(reader.locator("h2").first).to_have_text(title)
    expect(reader.locator("mark").first).to_be_visible()
    # The passage the engine matched is marked as a whole, not only the query's words.
    matched = reader.locator("mark.sentence")
    expect(matched).to_have_count(1)
    assert " ".join(passage.split()[:6]) in " ".join(matched.inner_text().split())
    assert reader.locator("p.hit").count() >= 1
    # Every syndicated copy: outlet, date, link to its reader and to the original site.
    copies = reader.locator("ul.copies li")
    expect(copies).to_have_count(2)
    expect(copies.nth(0)).to_contain_text("2022-08-09")
    expect(copies.nth(1)).to_contain_text("2022-08-10")
    for href in reader.locator("ul.copies a.original").evaluate_all("a => a.map(e => e.href)"):
        assert href.startswith("https://")
    aside = reader.locator("aside.extraction")
    expect(aside).to_contain_text("Guntur Hamzah")
    expect(aside).to_contain_text("Ketua Umum")
    expect(aside.locator("a[href='/org/APHTN-HAN']").first).to_be_visible()
    expect(aside).to_contain_text("70 juta")
    expect(aside).to_contain_text("MoU")
    expect(aside).to_contain_text("pekerja masyarakat · 2×")  # a stakeholder group, its kind
    tab.shot("reader")

    # Back to the same results, forward to the same document.
    tab.page.go_back()
    expect(tab.page).to_have_url(re.compile(r"/\?q=nota\+kesepahaman$"))
    search_done(tab)
    expect(tab.page.locator("#search-form input[name=q]")).to_have_value("nota kesepahaman")
    tab.page.go_forward()
    expect(tab.page.locator("#doc h2").first).to_have_text(title)


def test_partner_page_from_the_commitments(tab):
    tab.open("/partners")
    expect(tab.page.locator("#partners-status")).to_contain_text("5")
    tab.page.locator("#commitments a[href='/org/aphtn-han']").click()
    expect(tab.page).to_have_url(re.compile(r"/org/aphtn-han$"))
    org = tab.page.locator("#org")
    expect(org.locator("h2")).to_contain_text("APHTN-HAN")
    expect(org).to_contain_text("Guntur Hamzah")
    expect(org.locator("#org-chart svg rect.bar")).to_have_count(1)  # one month, 2022-08
    share = org.locator("ul.share li")
    assert share.count() >= 3
    expect(org.locator("ul.share li.current")).to_contain_text("APHTN-HAN")
    expect(org.locator("ol.events > li")).to_contain_text("Nota Kesepahaman")
    expect(tab.page.locator("nav a[aria-current=page]")).to_have_attribute("href", "/partners")
    tab.shot("partner")
    tab.page.go_back()
    expect(tab.page).to_have_url(re.compile(r"/partners$"))
    expect(tab.page.locator("#view-partners")).to_be_visible()


def test_figures_chart_points_open_their_sentence_and_export(tab):
    tab.open("/explore")
    expect(tab.page.locator("#explore-status")).to_contain_text("2")
    expect(tab.page.locator("#measure-pick")).to_have_value("peserta_aktif")
    chart = tab.page.locator("#figures-chart svg")
    points = chart.locator("a circle")
    expect(points).to_have_count(2)
    assert not _overlapping(chart.locator("text.xlabel")), "x axis labels collide"
    assert not _overlapping(chart.locator("text.ylabel")), "y axis labels collide"
    expect(tab.page.locator("#figures-chart .legend")).to_contain_text("BPJS Ketenagakerjaan")

    export = tab.page.locator("#explore-exports a", has_text="CSV")
    href = export.get_attribute("href")
    assert "measure=peserta_aktif" in href
    csv = tab.page.request.get(tab.base_url + href)
    assert csv.ok and len(csv.text().strip().splitlines()) == 3  # header + 2 figures
    tab.shot("figures")

    chart.locator("a").first.click()
    expect(tab.page).to_have_url(re.compile(r"/doc/warta-juli\?s="))
    expect(tab.page.locator("#doc mark.sentence")).to_contain_text("36,7 juta")
    tab.page.go_back()
    expect(tab.page.locator("#figures-chart svg a circle")).to_have_count(2)


def _overlapping(labels) -> bool:
    boxes = [b for b in (labels.nth(i).bounding_box() for i in range(labels.count())) if b]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if (
                a["x"] < b["x"] + b["width"]
                and b["x"] < a["x"] + a["width"]
                and a["y"] < b["y"] + b["height"]
                and b["y"] < a["y"] + a["height"]
            ):
                return True
    return False


def test_regulation_has_its_own_page_with_the_news_in_view(tab):
    tab.open("/regs")
    tab.page.locator("#regulations a", has_text="Inpres 2/2021").click()
    expect(tab.page).to_have_url(re.compile(r"/reg/ref-inpres-2-2021$"))
    news = tab.page.locator("#reg ul.citing li")
    expect(news).to_have_count(2)
    expect(tab.page.locator("#reg-news")).to_be_in_viewport()
    expect(news.first).to_be_in_viewport()
    tab.shot("regulation")
    news.first.locator("a").first.click()
    expect(tab.page).to_have_url(re.compile(r"/doc/"))
    tab.page.go_back()
    tab.page.go_back()
    expect(tab.page).to_have_url(re.compile(r"/regs$"))
    expect(tab.page.locator("#regulations tr")).not_to_have_count(0)


@pytest.mark.parametrize(
    "path, ready",
    [
        ("/", "#hits li"),
        ("/doc/kabar-aphtn?q=target", "#doc aside"),
        ("/org/aphtn-han", "#org-chart svg"),
        ("/explore", "#figures-chart svg"),
        ("/partners", "#commitments tr"),
    ],
)
def test_usable_at_400_px_without_sideways_scroll(chromium, base_url, path, ready):
    context = chromium.new_context(viewport={"width": 400, "height": 800})
    context.set_default_timeout(TIMEOUT_MS)
    tab = Tab(context.new_page(), base_url)
    try:
        tab.open(path)
        expect(tab.page.locator(ready).first).to_be_visible()
        assert tab.sideways_overflow() == 0
        # Chart text is drawn at the screen's scale: at least 11 px tall on a phone, and the
        # axis labels do not collide.
        for label in tab.page.locator(".chart:visible text").all()[:3]:
            assert label.bounding_box()["height"] >= 11
        for chart in tab.page.locator(".chart:visible svg").all():
            assert not _overlapping(chart.locator("text.xlabel"))
            assert not _overlapping(chart.locator("text.ylabel"))
        tab.shot("narrow-" + (path.strip("/").split("/")[0].split("?")[0] or "search"))
    finally:
        context.close()
    assert tab.errors == []


def test_language_switch_is_remembered(tab):
    tab.open("/")
    nav = tab.page.locator("nav a[data-view=search]")
    expect(nav).to_have_text("Cari liputan")
    assert tab.page.evaluate("document.documentElement.lang") == "id"
    tab.page.locator("#lang").click()
    expect(nav).to_have_text("Coverage search")
    expect(tab.page.locator("#search-status")).to_contain_text("stories")
    tab.page.reload()
    expect(nav).to_have_text("Coverage search")
    assert tab.page.evaluate("document.documentElement.lang") == "en"
    tab.shot("english")
    tab.page.locator("#lang").click()
    expect(nav).to_have_text("Cari liputan")


def test_too_long_query_says_so_briefly_and_clears_the_results(tab):
    tab.allow_failed("/search?")
    tab.open("/")
    search_done(tab)
    assert tab.page.locator("#hits li").count() > 0
    tab.page.locator("#search-form input[name=q]").fill("jaminan " * 250)
    tab.page.locator("#search-form button[type=submit]").click()
    status = tab.page.locator("#search-status.error")
    expect(status).to_contain_text("q")
    assert len(status.inner_text()) < 120 and "jaminan" not in status.inner_text()
    expect(tab.page.locator("#hits li")).to_have_count(0)
    expect(tab.page.locator("#timeline svg")).to_have_count(0)


def test_broken_addresses_show_a_message(tab):
    tab.allow_failed("/documents/no-such-doc")
    tab.open("/doc/%E0%A4%A")
    expect(tab.page.locator("#notice")).to_be_visible()
    expect(tab.page.locator("#view-search")).to_be_visible()
    for fragment in ("no-such-tab", "constructor", "%E0%A4%A"):
        tab.open("/regs#" + fragment)
        expect(tab.page.locator("#notice")).to_contain_text("#")
        expect(tab.page).to_have_url(re.compile(r"/regs$"))
        expect(tab.page.locator("#regulations tr").first).to_be_visible()
    tab.open("/#figures")  # the old page's tab fragment still lands on its view
    expect(tab.page).to_have_url(re.compile(r"/explore$"))
    expect(tab.page.locator("#notice")).to_be_hidden()
    tab.open("/doc/no-such-doc")
    expect(tab.page.locator("#doc-status.error")).to_have_text("Tidak ditemukan.")


def test_keyboard_reaches_the_views_with_visible_focus(tab):
    tab.open("/")
    search_done(tab)
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate("document.activeElement.className") == "skip"
    for _ in range(8):
        tab.page.keyboard.press("Tab")
        if tab.page.evaluate("document.activeElement.dataset.view") == "explore":
            break
    else:
        pytest.fail("the figures link is not reachable with Tab")
    outline = tab.page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    tab.page.keyboard.press("Enter")
    expect(tab.page).to_have_url(re.compile(r"/explore$"))
    expect(tab.page.locator("#figures-chart svg")).to_be_visible()

    tab.open("/")  # the skip link jumps to the content, with no warning about its #main
    search_done(tab)
    tab.page.keyboard.press("Tab")
    tab.page.keyboard.press("Enter")
    assert tab.page.evaluate("document.activeElement.id") == "main"
    expect(tab.page.locator("#notice")).to_be_hidden()
    expect(tab.page.locator("#hits li").first).to_be_visible()


def test_saved_search_from_the_page_and_run_again(tab, base_url):
    tab.allow_failed("/run")  # the re-run endpoint arrives with the alerts work
    tab.open("/?q=APHTN-HAN")
    search_done(tab)
    tab.page.locator("#save-form input[name=name]").fill("Browser: APHTN-HAN")
    tab.page.locator("#save-form button").click()
    expect(tab.page.locator("#save-status")).to_contain_text("Tersimpan")
    tab.page.locator("#save-status a").click()
    expect(tab.page).to_have_url(re.compile(r"/saved$"))
    entry = tab.page.locator("#saved-list li", has_text="Browser: APHTN-HAN")
    expect(entry.locator("a[href$='/feed.atom']")).to_be_visible()
    entry.locator("button[data-act=run]").click()
    found = entry.locator(".found")
    expect(found).not_to_be_empty()
    run = httpx.post(f"{base_url}saved-searches/{entry.get_attribute('data-id')}/run")
    if run.status_code == 404:
        expect(found).to_have_text("Server ini belum bisa menjalankan ulang pencarian.")
    else:
        expect(found).to_contain_text("baru")
    tab.shot("saved")
    entry.locator("a").first.click()  # the saved search opens as a search
    expect(tab.page).to_have_url(re.compile(r"/\?q=APHTN-HAN"))
    search_done(tab)
    tab.page.go_back()
    entry.locator("button[data-act=delete]").click()
    expect(entry).to_have_count(0)


STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def test_every_view_holds_under_a_strict_content_security_policy(tab):
    """No inline script, handler or style: with a strict policy on the page, every view works
    and the browser reports no violation (a violation is a console error)."""

    def with_policy(route):
        if route.request.resource_type != "document":
            return route.continue_()
        response = route.fetch()
        route.fulfill(
            response=response,
            headers={**response.headers, "content-security-policy": STRICT_CSP},
        )

    tab.page.route("**/*", with_policy)
    violations: list[str] = []
    tab.page.on(
        "console", lambda m: "Content Security Policy" in m.text and violations.append(m.text)
    )
    checks = [
        ("/?q=kesepahaman", "#hits li"),
        ("/doc/kabar-aphtn?q=kesepahaman", "#doc mark"),
        ("/org/aphtn-han", "#org-chart svg"),
        ("/explore", "#figures-chart svg"),
        ("/reg/ref-inpres-2-2021", "#reg ul.citing li"),
        ("/partners", "#commitments tr"),
        ("/saved", "#saved-list li"),
    ]
    for path, ready in checks:
        tab.open(path)
        expect(tab.page.locator(ready).first).to_be_visible()
    assert violations == []


def test_saved_search_spike_is_flagged(tab, client):
    """The alerts work adds `spike` to a saved search (its contract); the list shows it. The
    server's real answer is passed through with a spike set on one saved search."""
    created = client.post("/saved-searches", json={"name": "Spike check", "q": "JHT"}).json()
    try:

        def with_spike(route):
            response = route.fetch()
            body = response.json()
            for saved in body:
                if saved["id"] == created["id"]:
                    saved["spike"] = {"day": "2024-01-10", "count": 9, "baseline": 1.25}
            route.fulfill(response=response, json=body)

        tab.page.route(re.compile(r"/saved-searches$"), with_spike)
        tab.open("/saved")
        entry = tab.page.locator("#saved-list li", has_text="Spike check")
        expect(entry.locator(".spike")).to_contain_text("9")
        expect(entry.locator(".spike")).to_contain_text("2024-01-10")
        others = tab.page.locator("#saved-list li:not(:has-text('Spike check')) .spike")
        expect(others).to_have_count(0)
        tab.shot("saved-spike")
    finally:
        client.delete(f"/saved-searches/{created['id']}")


def test_saved_searches_with_an_api_key_typed_on_the_page(chromium, private_copy):
    """Once a key exists, writes need it: the page says so on a 401, takes the key on the
    saved-searches view, keeps it in this tab's sessionStorage (never in the page, localStorage
    or another tab) and sends it as X-API-Key; a refused key says so; "forget" drops it."""
    key = newsintel(private_copy, "keys", "create", "browser").stdout.strip()
    assert key.startswith("ni_")
    with serve(private_copy) as url:
        context = chromium.new_context(viewport={"width": 1200, "height": 900}, locale="id-ID")
        context.set_default_timeout(TIMEOUT_MS)
        tab = Tab(context.new_page(), url)
        tab.allow_failed("/saved-searches")  # the 401s this test provokes
        page = tab.page
        tab.open("/?q=APHTN-HAN")
        search_done(tab)
        page.locator("#save-form input[name=name]").fill("Dengan kunci: APHTN-HAN")
        page.locator("#save-form button").click()
        expect(page.locator("#save-status")).to_have_text(
            "Server ini meminta kunci API: isi di Pencarian tersimpan."
        )

        tab.open("/saved")
        expect(page.locator("#key-status")).to_have_text("Tanpa kunci.")
        field = page.locator("#key-form input[name=key]")
        field.fill("ni_000000000000_bukan-kunci-yang-benar")
        page.locator("#key-form button[type=submit]").click()
        expect(page.locator("#saved-status")).to_contain_text("Kunci API ditolak")
        field.fill("dua kata")
        page.locator("#key-form button[type=submit]").click()
        expect(page.locator("#key-status")).to_have_text(re.compile("bukan kunci API"))
        field.fill(key)
        page.locator("#key-form button[type=submit]").click()
        expect(page.locator("#key-status")).to_have_text("Kunci dipakai di tab ini.")
        expect(page.locator("#saved-list")).to_have_text("Belum ada.")
        expect(field).to_have_value("")
        assert page.evaluate("sessionStorage.getItem('newsintel.apiKey')") == key
        assert key not in page.evaluate("JSON.stringify(localStorage)") + page.content()

        tab.open("/?q=APHTN-HAN")  # the key stays with the tab across views and loads
        search_done(tab)
        page.locator("#save-form input[name=name]").fill("Dengan kunci: APHTN-HAN")
        with page.expect_request(re.compile(r"/saved-searches$")) as sent:
            page.locator("#save-form button").click()
        assert sent.value.headers.get("x-api-key") == key
        expect(page.locator("#save-status")).to_contain_text("Tersimpan")
        tab.open("/saved")
        entry = page.locator("#saved-list li", has_text="Dengan kunci: APHTN-HAN")
        entry.locator("button[data-act=run]").click()
        expect(entry.locator(".found")).to_contain_text("baru")
        tab.shot("saved-with-key")

        other = Tab(context.new_page(), url)  # another tab: a sessionStorage of its own
        other.open("/saved")
        expect(other.page.locator("#key-status")).to_have_text("Tanpa kunci.")
        other.page.close()

        page.locator("#key-forget").click()
        expect(page.locator("#key-status")).to_have_text("Tanpa kunci.")
        assert page.evaluate("sessionStorage.getItem('newsintel.apiKey')") is None
        entry.locator("button[data-act=delete]").click()  # a write again without the key
        expect(entry.locator(".found")).to_have_text(
            "Server ini meminta kunci API: isi di Pencarian tersimpan."
        )
        context.close()
        assert tab.errors == [] and other.errors == [], tab.errors + other.errors
