"""One body written two ways in one article, session 44 (nlp/name_variants.py).

detik-1000 id 210 writes "PT Praba Indopersada", "PT Praba Indopersasa" and "PT Praba" for one
company; the hand-checked samples judged the cut "PT Praba" wrong five times. Sentences marked
INVENTED are.
"""

from __future__ import annotations

from nlp.extract import extract_documents
from nlp.name_variants import Form, folded_keys, misspelt


def organisations(nlp, text: str) -> dict[str, dict]:
    item = {"title": "", "text": text, "published": "2025-10-20"}
    return {o["name"]: o for o in extract_documents([item], nlp=nlp)[0]["organizations"]}


def test_misspelt_is_one_letter_or_space_and_never_a_digit():
    assert misspelt("PT Praba Indopersada", "PT Praba Indopersasa")
    assert misspelt("PT Indobuildco", "PT Indobuild Co")
    assert misspelt("Bank Sentral Swiss", "Bank Sentral Swisss")
    assert not misspelt("SMP 2 Denpasar", "SMP 3 Denpasar")
    assert not misspelt("SMPN 12 Bogor", "SMPN 112 Bogor")
    assert not misspelt("PT ABC", "PT ABD")  # too short to tell a misspelling
    assert not misspelt("Bank Sentral Swiss", "Bank Sentral Swiss")


def test_a_shorter_form_folds_into_the_one_name_it_opens():
    forms = [
        Form("praba-indopersada", "PT Praba Indopersada", 1, 10),
        Form("praba", "PT Praba", 2, 50),
        Form("maju-jaya", "PT Maju Jaya", 1, 90),
        Form("maju-makmur", "PT Maju Makmur", 1, 120),
        Form("maju", "PT Maju", 1, 150),
    ]
    folds = folded_keys(forms)
    assert folds == {"praba": "praba-indopersada"}


def test_a_misspelling_folds_into_the_form_written_more_often():
    forms = [
        Form("sentra", "Bank Sentra Swiss", 1, 10),
        Form("sentral", "Bank Sentral Swiss", 3, 40),
    ]
    assert folded_keys(forms) == {"sentra": "sentral"}


def test_a_chain_ends_at_the_fullest_name():
    forms = [
        Form("a", "PT Maju", 1, 0),
        Form("b", "PT Maju Jaya", 1, 20),
        Form("c", "PT Maju Jaya Abadi", 1, 40),
    ]
    assert folded_keys(forms) == {"a": "c", "b": "c"}


def test_the_article_case(full_nlp):
    # detik-1000 id 210 (shortened)
    text = (
        "Perusahaan itu diduga mengalihkan seluruh pekerjaan kepada PT Praba Indopersada pada "
        "2009. Polisi menduga ada pemberian fee kepada KSO BRN oleh HYL selaku Direktur PT Praba "
        "Indopersasa. Sementara tiga lainnya dari pihak swasta, dan HYL selaku PT Praba."
    )
    found = organisations(full_nlp, text)
    assert "PT Praba" not in found and "PT Praba Indopersasa" not in found
    assert {"PT Praba", "PT Praba Indopersasa"} <= set(found["PT Praba Indopersada"]["aliases"])


def test_a_regional_office_stays_apart(full_nlp):
    # detik-1000 id 214 (shortened): the longer name adds a place, the company's branch
    text = (
        "Sidang menghadirkan Direktur Operasional PT MAM Energindo, Nasori, dan Kepala Cabang "
        "PT MAM Energindo Jateng-DIY Agus Hananto."
    )
    found = organisations(full_nlp, text)
    assert "PT MAM Energindo" in found and "PT MAM Energindo Jateng-DIY" in found


def test_two_schools_a_number_apart_stay_two(full_nlp):
    # INVENTED
    text = "Siswa SMP 2 Denpasar dan SMP 3 Denpasar ikut lomba. Kepala SMP 3 Denpasar hadir."
    found = organisations(full_nlp, text)
    assert "SMP 2 Denpasar" in found and "SMP 3 Denpasar" in found


def test_a_short_form_opening_two_names_stays(full_nlp):
    # INVENTED
    text = (
        "Hal itu disampaikan kemarin. PT Maju Jaya dan PT Maju Makmur bersaing dalam tender. "
        "Direktur PT Maju hadir."
    )
    found = organisations(full_nlp, text)
    assert {"PT Maju Jaya", "PT Maju Makmur"} <= set(found)


def test_a_known_body_and_its_branch_stay_two(full_nlp):
    # INVENTED
    text = (
        "Komisi Pemilihan Umum (KPU) menetapkan jadwal. Ketua Komisi Pemilihan Umum Makassar "
        "Yasir Arafat mengatakan KPU Makassar siap."
    )
    found = organisations(full_nlp, text)
    assert "Komisi Pemilihan Umum" in found
    assert any("Makassar" in name for name in found)


def people_named(nlp, text: str) -> set[str]:
    item = {"title": "", "text": text, "published": "2025-10-20"}
    return {p["name"] for p in extract_documents([item], nlp=nlp)[0]["people"]}


def test_a_misspelt_full_name_takes_the_writing_used_more_often(full_nlp):
    # after detik-1000 id 272 ("Rahman Akil" twice, "Rahman Aqil" once); INVENTED wording
    text = (
        "Direktur Utama PT SPR Rahman Akil ditahan. Rahman Akil membantah tuduhan itu. "
        "Kuasa hukum Rahman Aqil mengatakan kliennya kooperatif."
    )
    assert people_named(full_nlp, text) == {"Rahman Akil"}


def test_people_a_digit_or_two_letters_apart_stay_two(full_nlp):
    # INVENTED
    text = (
        "Hal itu disampaikan kemarin. Ketua tim Ahmad Fauzan dan wakilnya Ahmad Fauzi "
        "meninjau lokasi bersama Kepala Dusun Budi Hartono."
    )
    assert {"Ahmad Fauzan", "Ahmad Fauzi"} <= people_named(full_nlp, text)
