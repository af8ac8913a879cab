"""Organisation recall, session 46 (issue 13): an office named only in the headline, and a
regency's or city's short name ("Jakpus", "OKI", "Solo") as another name of a body.

detik-1000 id 276 (dev gold "Polres Jakarta Pusat") names its police resort only in the headline
("Polres Jakpus Buat Gerai Rakyat Mart ..."); the body writes "Kapolres" alone. Every sentence
below is INVENTED after the shapes (not copied from an article); the refusals are what the same
headline words are otherwise: a verb glued to a free place word, a headline that cuts a name the
body writes whole.
"""

from __future__ import annotations

from extraction_helpers import orgs as orgs_titled


def orgs(nlp, title: str, text: str) -> dict[str, dict]:
    return orgs_titled(nlp, text, title)


# -- an office named with its region in the headline only -------------------------------------
def test_headline_office_with_a_region_is_read(full_nlp):
    # INVENTED
    found = orgs(
        full_nlp,
        "Polres Jakpus Buka Gerai Sembako untuk Pengemudi Ojol",
        "Gerai itu dikelola koperasi, kata Kapolres kepada wartawan, Selasa (21/10/2025).",
    )
    assert "Polres Jakpus" in found
    assert "Polres Jakarta Pusat" in found["Polres Jakpus"]["aliases"]


def test_headline_court_with_a_province_short_name_is_read(full_nlp):
    # INVENTED: the body names the court only inside a combined name
    found = orgs(
        full_nlp,
        "Ratusan Buruh Datangi Pengadilan Hubungan Industrial Jogja",
        "Massa buruh mendatangi Pengadilan Tipikor dan Hubungan Industrial Jogja siang ini.",
    )
    assert "Pengadilan Hubungan Industrial Jogja" in found


def test_headline_office_refusals(full_nlp):
    # INVENTED: a free place word after a sector office; in a headline the next capitalised
    # word is a verb ("Tangkap"), so no gazetteer region, no organisation from the headline
    found = orgs(
        full_nlp,
        "Polsek Sukamaju Tangkap Dua Pencuri Motor",
        "Dua pencuri ditangkap polisi pada Senin (20/10/2025) malam.",
    )
    assert not any(name.startswith("Polsek") for name in found)
    # INVENTED: the headline cuts the name the body writes whole ("Polda Metro" of "Polda
    # Metro Jaya"; Metro is also a city of Lampung): the body's office stands alone
    found = orgs(
        full_nlp,
        "Aktivis yang Ditahan Polda Metro Dijerat UU ITE",
        "Aktivis itu ditahan di Polda Metro Jaya sejak Senin (20/10/2025), kata pengacaranya.",
    )
    assert [n for n in found if n.startswith("Polda")] == ["Polda Metro Jaya"]
    # INVENTED: the office word alone in a headline names nothing
    found = orgs(
        full_nlp,
        "Kejari Tahan Dua Tersangka Korupsi Dana Desa",
        "Dua tersangka ditahan penyidik pada Senin (20/10/2025).",
    )
    assert not any(name.startswith("Kejari") for name in found)


# -- a regency's or city's short name ---------------------------------------------------------
def test_area_short_name_and_official_name_are_aliases(full_nlp):
    # INVENTED
    found = orgs(
        full_nlp,
        "Kasus Korupsi",
        "Kejari OKI menahan dua tersangka, sementara Polres Jakarta Selatan memeriksa saksi.",
    )
    assert "Kejari Ogan Komering Ilir" in found["Kejari OKI"]["aliases"]
    assert "Polres Jaksel" in found["Polres Jakarta Selatan"]["aliases"]


def test_area_alias_refusals(full_nlp):
    # INVENTED: a place with no short name of the press list gets none; a province's names
    # stay as before (session 44's province aliases)
    found = orgs(
        full_nlp,
        "Kasus Korupsi",
        "Kejari Gresik menahan dua tersangka, sementara Polda Jabar memeriksa saksi.",
    )
    assert found["Kejari Gresik"]["aliases"] == []
    assert "Polda Jawa Barat" in found["Polda Jabar"]["aliases"]
    assert not any("Jakarta" in a for a in found["Polda Jabar"]["aliases"])


# -- session 46 review mends -------------------------------------------------------------------
def test_headline_office_only_from_the_title_line(full_nlp):
    # INVENTED (the review's probe): a Title Case line in the body is a link to another story
    found = orgs(
        full_nlp,
        "Harga Cabai Naik di Pasar Induk",
        "Pedagang mengeluhkan sepinya pembeli.\nPolda Jabar Ungkap Kasus Uang Palsu Rp 2 Miliar\n"
        "Sementara itu harga bawang stabil.",
    )
    assert not any(name.startswith("Polda") for name in found)


def test_two_headline_offices_of_one_kind_are_both_read(full_nlp):
    # INVENTED (the review's probe): the first headline office does not hide the second
    found = orgs(
        full_nlp,
        "Polres Cianjur dan Polres Sukabumi Gelar Operasi Gabungan",
        "Operasi digelar di perbatasan kedua kabupaten.",
    )
    assert {"Polres Cianjur", "Polres Sukabumi"} <= set(found)


def test_private_bodies_get_no_place_aliases(full_nlp):
    # INVENTED (the review's probes): a place that ends a company's, a foundation's or a
    # cooperative's own name is a word of that name, no region served
    found = orgs(
        full_nlp,
        "Usaha Daerah",
        "PT Batik Keris Solo membuka gerai baru di Yogyakarta. CV Mebel Jaya Solo mengekspor "
        "kursi ke Jepang. Yayasan Peduli Jakut membagikan 500 paket sembako. Yayasan Peduli "
        "Jabar juga hadir. Koperasi Warga OKI menyalurkan pupuk ke petani.",
    )
    for name in (
        "PT Batik Keris Solo",
        "CV Mebel Jaya Solo",
        "Yayasan Peduli Jakut",
        "Koperasi Warga OKI",
    ):
        assert name in found
        assert found[name]["aliases"] == [], name
    assert not any("Jawa Barat" in a for o in found.values() for a in o["aliases"])
    # INVENTED: public offices and schools keep theirs
    found = orgs(
        full_nlp,
        "Kasus Korupsi",
        "Kejaksaan Negeri Solo memeriksa saksi dari DPRD Solo.",
    )
    assert "Kejaksaan Negeri Surakarta" in found["Kejaksaan Negeri Solo"]["aliases"]
    assert "DPRD Surakarta" in found["DPRD Solo"]["aliases"]
