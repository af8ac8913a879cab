"""Organisations, session 45: a unit written with its parent after its bracketed short form.

"Badan Anggaran (Banggar) DPR RI", "Dewan Perwakilan Mahasiswa (DPM) FISIP Unud": the unit
defined by its short form and written right after it with the body it belongs to goes by the
two together; its record takes "Badan Anggaran DPR RI" and "Banggar DPR RI" as aliases, keeps
its name, and the parent keeps its own record. The dev7 gold of detik-1000 ids 54 and 938
lists "Badan Anggaran DPR RI" (acronym "Banggar DPR RI"), "Dewan Perwakilan Mahasiswa FISIP
Unud" and "Himpunan Mahasiswa Ilmu Politik FISIP Unud" (acronym "Himapol FISIP Unud").
Sentences marked INVENTED are; the others are shortened from the article named.
"""

from __future__ import annotations

from nlp.extract import extract_documents


def orgs(nlp, text: str, title: str = "Rapat Anggaran") -> dict[str, dict]:
    item = {"title": title, "text": text, "published": "2025-10-20"}
    return {o["name"]: o for o in extract_documents([item], nlp=nlp)[0]["organizations"]}


def test_a_committee_written_with_its_parliament(full_nlp):
    # detik-1000 id 54 (dev7 gold)
    text = (
        "Saat dimintai konfirmasi langsung usai rapat bersama Badan Anggaran (Banggar) DPR RI, "
        "Sri Mulyani memilih diam seribu bahasa."
    )
    found = orgs(full_nlp, text)
    unit = found["Badan Anggaran"]
    assert unit["acronym"] == "Banggar"
    assert "Badan Anggaran DPR RI" in unit["aliases"]
    assert "Banggar DPR RI" in unit["aliases"]
    # the parliament stays a body of its own, without the unit's names
    assert "Dewan Perwakilan Rakyat" in found
    assert not any("Banggar" in a for a in found["Dewan Perwakilan Rakyat"]["aliases"])


def test_a_student_body_of_a_faculty_of_a_university(full_nlp):
    # detik-1000 id 938 (dev7 gold), shortened
    text = (
        "Mereka adalah pengurus Himpunan Mahasiswa Ilmu Politik (Himapol) Fakultas Ilmu Sosial "
        "dan Ilmu Politik (FISIP) Unud. Dewan Perwakilan Mahasiswa (DPM) FISIP Unud juga "
        "mengambil langkah."
    )
    found = orgs(full_nlp, text, title="Kampus")
    # the parent defined by its own short form in between: the short forms chain
    assert "Himapol FISIP Unud" in found["Himpunan Mahasiswa Ilmu Politik"]["aliases"]
    dpm = found["Dewan Perwakilan Mahasiswa"]
    assert "Dewan Perwakilan Mahasiswa FISIP Unud" in dpm["aliases"]
    assert "DPM FISIP Unud" in dpm["aliases"]


def test_a_directorate_general_of_a_ministry(full_nlp):
    # detik-1000 id 26 (even half), shortened
    text = (
        "Direktorat Jenderal Pajak (DJP) Kementerian Keuangan (Kemenkeu) memastikan penerimaan "
        "pajak tetap tumbuh."
    )
    found = orgs(full_nlp, text, title="Pajak")
    aliases = found["Direktorat Jenderal Pajak"]["aliases"]
    assert "Direktorat Jenderal Pajak Kementerian Keuangan" in aliases
    assert "DJP Kemenkeu" in aliases
    assert "Kementerian Keuangan" in found


def test_refuses_a_person_after_the_short_form(full_nlp):
    # INVENTED: "Bank Indonesia (BI) Perry Warjiyo": a name, not a parent, follows the bracket
    text = "Gubernur Bank Indonesia (BI) Perry Warjiyo mengatakan inflasi tetap terkendali."
    found = orgs(full_nlp, text, title="Inflasi")
    assert found["Bank Indonesia"]["aliases"] == []


def test_refuses_a_list_after_the_short_form(full_nlp):
    # INVENTED: a comma between: the next body is listed beside, not the parent
    text = (
        "Komisi Pemberantasan Korupsi (KPK), Polri dan Kejaksaan Agung menandatangani nota "
        "kesepahaman di Jakarta."
    )
    found = orgs(full_nlp, text, title="Nota Kesepahaman")
    assert not any("Polri" in a for a in found["Komisi Pemberantasan Korupsi"]["aliases"])


def test_refuses_a_word_between_the_short_form_and_the_body(full_nlp):
    # INVENTED: "pada" between the bracket and the body
    text = (
        "Usulan itu dibahas Badan Anggaran (Banggar) pada rapat DPR RI yang digelar Senin "
        "(20/10/2025)."
    )
    found = orgs(full_nlp, text)
    assert not any("DPR" in a for a in found["Badan Anggaran"]["aliases"])
