"""Organisation recall, session 48 (issue 13): dev8's misses by mechanism.

- a short form written with its province takes the province's other names, as the long form
  already did ("Bawaslu NTT" of "Badan Pengawas Pemilu (Bawaslu) Provinsi Nusa Tenggara Timur
  (NTT)", dev8 504);
- a foreign state's chamber written bare ("Kongres", "Senat") in an article set abroad is that
  state's (dev8 850, a US report);
- KAI Commuter is a company of its own, not another name of KAI (dev8 770);
- the UN's specialised agencies named by their acronym alone ("standar global WHO & FAO", dev8 94).

Every sentence below is INVENTED after those shapes (not copied from an article); the refusals
are the near shapes: a short form with no place, a home article's academic senate, a party's
congress, a congress numbered as an event, an article not set abroad.
"""

from __future__ import annotations

from nlp.extract import extract_documents


def orgs(nlp, text: str, title: str = "") -> dict[str, dict]:
    item = {"title": title, "text": text, "published": "2025-10-20"}
    return {o["name"]: o for o in extract_documents([item], nlp=nlp)[0]["organizations"]}


def names_of(org: dict) -> set[str]:
    return {org["name"], org.get("acronym") or "", *org["aliases"]} - {""}


def every_name(found: dict[str, dict]) -> set[str]:
    return {n for org in found.values() for n in names_of(org)}


# -- a short form with its province ---------------------------------------------------------
def test_short_form_with_a_province_takes_its_short_name(full_nlp):
    # INVENTED: an interrupted long form, the province written in full
    found = orgs(
        full_nlp,
        "Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Nusa Tenggara Timur (NTT), Budi "
        "Santoso, mengeluhkan jumlah pengawas di Kupang, Senin (13/10/2025).",
    )
    bawaslu = next(o for o in found.values() if "Bawaslu NTT" in names_of(o))
    assert "Bawaslu Nusa Tenggara Timur" in names_of(bawaslu)


def test_short_form_with_a_province_short_name_takes_the_full_name(full_nlp):
    # INVENTED: the province written by its press short name
    found = orgs(
        full_nlp,
        "Anggaran itu berada di Badan Kesatuan Bangsa dan Politik (Kesbangpol) Sumut, kata "
        "Andi di Medan, Kamis (12/6/2025).",
    )
    assert "Kesbangpol Sumatera Utara" in names_of(found["Badan Kesatuan Bangsa dan Politik Sumut"])


def test_short_form_without_a_place_gets_no_province(full_nlp):
    # INVENTED: the bracket holds the bare short form, the place follows the long form only
    found = orgs(
        full_nlp,
        "Data itu dirilis Badan Pusat Statistik (BPS) pekan lalu. Kepala Dinas Sosial "
        "Provinsi Riau, Andi Saputra, membenarkannya di Pekanbaru, Senin (20/10/2025).",
    )
    assert not any(n.startswith("BPS ") for n in every_name(found))


# -- a foreign state's chamber written bare --------------------------------------------------
US_REPORT = (
    "Ribuan warga Amerika Serikat turun ke jalan di Washington, AS, Sabtu (18/10/2025). Para "
    'demonstran di AS menolak kebijakan imigrasi. Polisi AS berjaga di sekitar lokasi. "Kita '
    'tidak bisa mengandalkan Kongres," ujar seorang warga AS. Pemimpin Minoritas Senat, Chuck '
    "Schumer, ikut berorasi di depan massa di AS."
)


def test_bare_chambers_in_a_report_set_abroad_are_that_states(full_nlp):
    # INVENTED
    found = orgs(full_nlp, US_REPORT)
    assert "Kongres" in found["Kongres AS"]["aliases"]
    assert "Senat" in found["Senat AS"]["aliases"]


def test_bare_chamber_joins_the_chamber_written_with_its_country(full_nlp):
    # INVENTED: the country written after the chamber once, bare later
    found = orgs(
        full_nlp,
        "Presiden Peru dilengserkan oleh Kongres Peru pada Jumat (10/10/2025). Ia menolak hadir "
        "di sidang Kongres tersebut. Demonstran di Lima, ibu kota Peru, bentrok dengan polisi.",
    )
    assert "Kongres" in found["Kongres Peru"]["aliases"]
    assert [n for n in found if n.startswith("Kongres")] == ["Kongres Peru"]


def test_academic_senate_at_home_is_no_foreign_chamber(full_nlp):
    # INVENTED: a home article (a province named), the senate of a campus
    found = orgs(
        full_nlp,
        "Rektor membuka Sidang Senat Terbuka di kampus, Sabtu (18/10/2025). Mahasiswa dari "
        "Bandung, Jawa Barat, hadir. Senat universitas lalu menyetujui gelar itu.",
    )
    assert not any(n.startswith("Senat") for n in every_name(found))


def test_numbered_or_named_congress_is_no_chamber(full_nlp):
    # INVENTED: a party's congress is an event, even in an article set abroad
    found = orgs(
        full_nlp,
        "Partai Komunis China menggelar Kongres ke-20 di Beijing, China. Delegasi dari seluruh "
        "China hadir. Presiden China berpidato di depan Kongres Partai di China, Minggu "
        "(16/10/2022). Media China menyiarkannya.",
    )
    assert not any(n.startswith("Kongres") for n in every_name(found))


def test_bare_chamber_in_an_article_not_set_abroad_is_left(full_nlp):
    # INVENTED: one foreign country named once, no setting abroad
    found = orgs(
        full_nlp,
        "Pengamat menilai keputusan Kongres akan berdampak pada ekspor. Tarif dari Jepang "
        "belum berubah, kata Budi, Senin (20/10/2025).",
    )
    assert not any(n.startswith("Kongres") for n in every_name(found))


# -- KAI Commuter, the UN's agencies --------------------------------------------------------
def test_kai_commuter_is_a_company_of_its_own(full_nlp):
    # INVENTED
    found = orgs(
        full_nlp,
        "Integrasi tarif mencakup moda lain di bawah PT Kereta Api Indonesia, seperti KAI "
        "Commuter dan LRT Jabodebek, kata Budi di Jakarta, Rabu (3/9/2025).",
    )
    assert "KAI Commuter" in found
    kai = next(o for o in found.values() if o.get("acronym") == "KAI")
    assert "KAI Commuter" not in names_of(kai)


def test_un_agency_named_by_its_acronym_alone(full_nlp):
    # INVENTED
    found = orgs(
        full_nlp,
        "Sertifikat itu sejalan dengan standar global WHO & FAO, kata Ahmad di Jakarta, Senin "
        "(14/7/2025).",
    )
    assert found["Food and Agriculture Organization"]["acronym"] == "FAO"
    assert "World Health Organization" in found
