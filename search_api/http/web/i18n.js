// Labels in Indonesian by default, English on request (remembered in localStorage).
const WORDS = {
  id: {
    skip: "Lompat ke isi", tagline: "Liputan jaminan sosial ketenagakerjaan (BPJS Ketenagakerjaan) di media Indonesia",
    "nav.search": "Cari liputan", "nav.partners": "Mitra & komitmen", "nav.figures": "Angka",
    "nav.regulations": "Regulasi", "nav.saved": "Pencarian tersimpan", "nav.docs": "Dok. API",
    "search.placeholder": "mis. target 70 juta peserta, atau: kerja sama dengan asosiasi",
    "search.mode": "Mode", "search.outlet": "Media", "search.type": "Jenis", "search.go": "Cari",
    "search.timeline": "Liputan dari waktu ke waktu", "search.searching": "Mencari…",
    "search.none": "Tidak ada hasil: tidak ada yang cukup cocok dengan pencarian ini.",
    "search.stories": "{n} berita", "search.copies": "{n} salinan", "search.score": "skor",
    from: "Dari", to: "Sampai", any: "semua", all: "semua", sort: "Urutan", "sort.relevance": "relevansi",
    "sort.newest": "terbaru", "type.news": "berita", "type.regulation": "regulasi", show: "Tampilkan",
    more: "Lebih banyak", date: "Tanggal", export: "Ekspor", original: "situs asli", loading: "Memuat…",
    "error.invalid": "Permintaan tidak valid (terlalu panjang?)", "error.notfound": "Tidak ditemukan.",
    "error.key": "Server ini meminta kunci API: isi di Pencarian tersimpan.",
    "error.badkey": "Kunci API ditolak (salah atau sudah dicabut): ganti di Pencarian tersimpan.",
    "error.address": "Alamat ini tidak dikenali; kembali ke pencarian.",
    "error.fragment": "Bagian alamat setelah # tidak dikenali dan diabaikan.",
    "facet.outlets": "Media", "facet.organizations": "Organisasi", "facet.people": "Tokoh",
    "facet.regulations": "Regulasi", "facet.months": "Bulan", "max.per": "maks. {n} per periode",
    "doc.copies": "Salinan sindikasi", "doc.extraction": "Ekstraksi", "doc.people": "Tokoh",
    "doc.organizations": "Organisasi", "doc.figures": "Angka", "doc.regulations": "Regulasi",
    "doc.commitments": "Komitmen", "doc.none": "Belum diekstraksi.", "doc.back": "← kembali",
    "doc.groups": "Kelompok pemangku kepentingan", "group.government": "pemerintah",
    "group.industry": "industri", "group.society": "masyarakat", "group.experts": "pakar",
    "group.other": "lainnya",
    "doc.highlighted": "{n} bagian cocok dengan pencarian",
    "partners.partner": "Mitra", "partners.kind": "Jenis", "partners.placeholder": "nama, singkatan atau alias",
    "partners.agreement": "Perjanjian", "partners.signatories": "Penanda tangan", "partners.scope": "Ruang lingkup",
    "partners.reported": "Diberitakan oleh", "partners.organizations": "Organisasi",
    "partners.count": "{n} komitmen", "org.aliases": "Alias", "org.names": "Nama dalam berita",
    "org.people": "Tokoh", "org.mentions": "Disebut per bulan", "org.commitments": "Linimasa komitmen",
    "org.share": "Pangsa liputan dibanding mitra lain", "org.recent": "Berita terbaru", "org.documents": "{n} dokumen",
    "figures.measure": "Yang diukur", "figures.unit": "Satuan", "figures.by": "Per", "figures.byorg": "organisasi",
    "figures.byregion": "wilayah", "figures.value": "Nilai", "figures.series": "Organisasi / wilayah",
    "figures.sentence": "Kalimat", "figures.chart": "Nilai dari waktu ke waktu", "figures.count": "{n} angka",
    "figures.nomeasure": "Belum ada ukuran yang dinormalisasi.", "figures.unknown": "(tidak disebut)",
    "figures.few": "Grafik butuh sedikitnya satu angka bertanggal.",
    "regs.placeholder": "jenis, nomor, tahun atau kata judul", "regs.held": "Tersimpan", "regs.stored": "tersimpan",
    "regs.notstored": "dikutip, tidak tersimpan", "regs.regulation": "Regulasi", "regs.title": "Judul",
    "regs.citing": "Berita yang mengutip", "regs.last": "Terakhir dikutip", "regs.count": "{n} regulasi",
    "regs.news": "Berita yang mengutipnya ({n})", "regs.text": "Teks", "regs.source": "sumber",
    "regs.metadata": "Keterangan",
    "saved.save": "Simpan pencarian ini", "saved.name": "Nama pencarian tersimpan", "saved.saved": "Tersimpan.",
    "saved.none": "Belum ada.", "saved.run": "Jalankan lagi", "saved.new": "Ada yang baru?", "saved.delete": "Hapus",
    "saved.open": "Buka", "saved.nothing": "Tidak ada yang baru sejak {d}.", "saved.found": "{n} baru",
    "saved.checked": "terakhir dicek {d}", "saved.norun": "Server ini belum bisa menjalankan ulang pencarian.",
    "saved.spike": "Lonjakan: {n} berita pada {d} (biasanya {b})", "saved.feeds": "Umpan",
    "key.label": "Kunci API", "key.use": "Pakai kunci", "key.forget": "Lupakan kunci",
    "key.set": "Kunci dipakai di tab ini.", "key.unset": "Tanpa kunci.",
    "key.invalid": "Itu bukan kunci API (huruf dan angka tanpa spasi).",
  },
  en: {
    skip: "Skip to content", tagline: "Coverage of workers' social security (BPJS Ketenagakerjaan) in Indonesian news",
    "nav.search": "Coverage search", "nav.partners": "Partners & commitments", "nav.figures": "Figures",
    "nav.regulations": "Regulations", "nav.saved": "Saved searches", "nav.docs": "API docs",
    "search.placeholder": "e.g. target 70 juta peserta, or: partnership agreements with associations",
    "search.mode": "Mode", "search.outlet": "Outlet", "search.type": "Type", "search.go": "Search",
    "search.timeline": "Coverage over time", "search.searching": "Searching…",
    "search.none": "No results: nothing matches this query closely enough.",
    "search.stories": "{n} stories", "search.copies": "{n} copies", "search.score": "score",
    from: "From", to: "To", any: "any", all: "all", sort: "Sort", "sort.relevance": "relevance",
    "sort.newest": "newest", "type.news": "news", "type.regulation": "regulation", show: "Show",
    more: "More", date: "Date", export: "Export", original: "original site", loading: "Loading…",
    "error.invalid": "Invalid request (too long?)", "error.notfound": "Not found.",
    "error.key": "This server needs an API key: enter it under Saved searches.",
    "error.badkey": "The API key was refused (wrong or revoked): change it under Saved searches.",
    "error.address": "This address is not recognised; back to search.",
    "error.fragment": "The part of the address after # is not recognised and was ignored.",
    "facet.outlets": "Outlets", "facet.organizations": "Organisations", "facet.people": "People",
    "facet.regulations": "Regulations", "facet.months": "Months", "max.per": "max {n} per period",
    "doc.copies": "Syndicated copies", "doc.extraction": "Extraction", "doc.people": "People",
    "doc.organizations": "Organisations", "doc.figures": "Figures", "doc.regulations": "Regulations",
    "doc.commitments": "Commitments", "doc.none": "Not extracted yet.", "doc.back": "← back",
    "doc.groups": "Stakeholder groups", "group.government": "government",
    "group.industry": "industry", "group.society": "society", "group.experts": "experts",
    "group.other": "other",
    "doc.highlighted": "{n} passages match the query",
    "partners.partner": "Partner", "partners.kind": "Kind", "partners.placeholder": "name, acronym or alias",
    "partners.agreement": "Agreement", "partners.signatories": "Signatories", "partners.scope": "Scope",
    "partners.reported": "Reported by", "partners.organizations": "Organisations",
    "partners.count": "{n} commitments", "org.aliases": "Aliases", "org.names": "Names in the news",
    "org.people": "People", "org.mentions": "Mentions per month", "org.commitments": "Commitments timeline",
    "org.share": "Share of coverage against other partners", "org.recent": "Latest news", "org.documents": "{n} documents",
    "figures.measure": "Measure", "figures.unit": "Unit", "figures.by": "By", "figures.byorg": "organisation",
    "figures.byregion": "region", "figures.value": "Value", "figures.series": "Organisation / region",
    "figures.sentence": "Sentence", "figures.chart": "Values over time", "figures.count": "{n} figures",
    "figures.nomeasure": "No normalised measures yet.", "figures.unknown": "(not stated)",
    "figures.few": "The chart needs at least one dated figure.",
    "regs.placeholder": "type, number, year or title words", "regs.held": "Held", "regs.stored": "stored",
    "regs.notstored": "cited, not stored", "regs.regulation": "Regulation", "regs.title": "Title",
    "regs.citing": "News citing", "regs.last": "Last cited", "regs.count": "{n} regulations",
    "regs.news": "News citing it ({n})", "regs.text": "Text", "regs.source": "source",
    "regs.metadata": "Details",
    "saved.save": "Save this search", "saved.name": "Name of this saved search", "saved.saved": "Saved.",
    "saved.none": "None yet.", "saved.run": "Run again", "saved.new": "New matches?", "saved.delete": "Delete",
    "saved.open": "Open", "saved.nothing": "Nothing new since {d}.", "saved.found": "{n} new",
    "saved.checked": "last checked {d}", "saved.norun": "This server cannot re-run saved searches yet.",
    "saved.spike": "Spike: {n} stories on {d} (usually {b})", "saved.feeds": "Feeds",
    "key.label": "API key", "key.use": "Use key", "key.forget": "Forget key",
    "key.set": "Key in use in this tab.", "key.unset": "No key.",
    "key.invalid": "That is not an API key (letters and digits, no spaces).",
  },
};

const KEY = "newsintel.lang";

function stored() {
  try { return localStorage.getItem(KEY); } catch { return null; }  // storage may be blocked
}

export let lang = WORDS[stored()] ? stored() : "id";

export function t(key, values = {}) {
  const text = WORDS[lang][key] ?? WORDS.id[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

// The static labels of index.html carry their key: data-i18n (text), -placeholder, -aria.
export function translatePage() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll("[data-i18n-aria]")) el.setAttribute("aria-label", t(el.dataset.i18nAria));
  const button = document.getElementById("lang");
  button.textContent = lang === "id" ? "EN" : "ID";
  button.setAttribute("aria-label", lang === "id" ? "Switch to English" : "Ganti ke Bahasa Indonesia");
}

export function switchLanguage() {
  lang = lang === "id" ? "en" : "id";
  try { localStorage.setItem(KEY, lang); } catch { /* not remembered, still switched */ }
  translatePage();
}
