"""Organisation recall (session 37): a body defined with its short form whose long form lists
its fields with commas or "&" ("Badan Teknologi, Informasi, dan Intelejen Keuangan (BaTII)").
Sentences marked real are shaped on even-id detik articles (60, 78, 796; 78 is a dev5 gold
article); the others are invented."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_JUDUL = Reading(title="Judul", published=None)
_extract = _JUDUL.extract
_orgs = _JUDUL.orgs


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        # real (78): "&" between the fields; main cut the name at it
        (
            "Kepala Departemen Pengelolaan Moneter & Aset Sekuritas (DPMA) BI Erwin Gunawan "
            "Hutapea mengatakan penahanan suku bunga tersebut wajar.",
            "Departemen Pengelolaan Moneter & Aset Sekuritas",
            "DPMA",
        ),
        # real (60): commas, the last field after "dan"
        (
            "5. Badan Teknologi, Informasi, dan Intelejen Keuangan (BaTII): Rp 1,5 triliun",
            "Badan Teknologi, Informasi, dan Intelejen Keuangan",
            "BaTII",
        ),
        # invented: a regional office whose place follows the short form
        (
            "Kepala Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata (Disbudporapar) Kota "
            "Semarang Wing Wiyarso mengatakan acara digelar besok.",
            "Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Kota Semarang",
            "Disbudporapar Kota Semarang",
        ),
        # invented: a general head word ("Masyarakat") as a field
        (
            "Pusat Studi Agama, Politik dan Masyarakat (PSAPM) Universitas Airlangga merilis "
            "kajian terbaru.",
            "Pusat Studi Agama, Politik dan Masyarakat",
            "PSAPM",
        ),
        # invented: a unit of a body, the body after the short form
        (
            "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan (Pusdatinkom) BNPB Abdul "
            "Muhari mengatakan hujan lebat masih akan turun.",
            "Pusat Data, Informasi, dan Komunikasi Kebencanaan",
            "Pusdatinkom",
        ),
    ],
)
def test_a_long_form_listing_its_fields_is_read_whole(rules_nlp, text, name, acronym):
    orgs = _orgs(rules_nlp, text)
    assert name in orgs
    assert orgs[name]["acronym"] == acronym
    # the name cut at the first comma or "&" is gone
    assert not any(n != name and name.startswith(n) for n in orgs)


def test_a_known_body_misspelt_with_its_fields_listed_is_that_body(rules_nlp):
    """Real (796): the long form misspelt ("Metereologi"); the short form names BMKG, and the
    name cut at the first comma is no body of its own."""
    text = (
        "Menurut Badan Metereologi, Klimatologi, dan Geofisika (BMKG), wilayah-wilayah itu "
        "paling rawan."
    )
    orgs = _orgs(rules_nlp, text)
    assert "Badan Metereologi" not in orgs
    assert orgs["Badan Meteorologi, Klimatologi, dan Geofisika"]["acronym"] == "BMKG"


@pytest.mark.parametrize(
    "text, made, not_made",
    [
        # invented: a list of bodies, the acronym the last one's
        (
            "Rapat dihadiri Kementerian Keuangan, Bank Indonesia dan Otoritas Jasa Keuangan "
            "(OJK) di Jakarta.",
            "Otoritas Jasa Keuangan",
            "Kementerian Keuangan, Bank Indonesia dan Otoritas Jasa Keuangan",
        ),
        # invented: a list of bodies whose later items have no head of their own
        (
            "Program itu dijalankan Dinas Kesehatan, Puskesmas Sukamaju dan Rumah Sakit Umum "
            "Daerah (RSUD) setempat.",
            None,
            "Dinas Kesehatan, Puskesmas Sukamaju dan Rumah Sakit Umum Daerah",
        ),
        # invented: people listed after a body
        (
            "Ketua Badan Pengawas, Budi Santoso dan Ahmad Dahlan (BPBSAD) hadir dalam rapat.",
            None,
            "Badan Pengawas, Budi Santoso dan Ahmad Dahlan",
        ),
        # invented: places listed after a body
        (
            "Bantuan disalurkan Badan Amil, Semarang dan Kendal (BASK) sejak pagi.",
            None,
            "Badan Amil, Semarang dan Kendal",
        ),
        # invented: an open list (no "dan"/"serta"/"&" before the last item)
        (
            "Anggaran Badan Teknologi, Informasi Keuangan (BTIK) naik tahun ini.",
            None,
            "Badan Teknologi, Informasi Keuangan",
        ),
        # invented (review probe): known bodies after the first, one item with "dan"
        (
            "Pemerintah menunjuk Komisi Yudisial, Ombudsman dan Komnas HAM (KOK) sebagai pengawas.",
            "Komisi Yudisial",
            "Komisi Yudisial, Ombudsman dan Komnas HAM",
        ),
        # invented (review probe): short forms are no spelled-out fields
        (
            "Pelatihan digelar Dinas Sosial, Damkar dan Satpol PP (DSDS) di aula.",
            None,
            "Dinas Sosial, Damkar dan Satpol PP",
        ),
        # invented: a yearly event named like a forum
        (
            "Peserta Forum Sains, Teknologi, dan Industri (FSTI) 2025 berkumpul di Bandung.",
            None,
            "Forum Sains, Teknologi, dan Industri",
        ),
    ],
)
def test_a_list_before_a_short_form_that_lists_no_fields_is_no_long_form(
    rules_nlp, text, made, not_made
):
    orgs = _orgs(rules_nlp, text)
    assert not_made not in orgs
    if made:
        assert made in orgs


@pytest.mark.parametrize(
    "text, first, last",
    [
        # invented (review S1): ministries shortened to one head word, the short form the last's
        (
            "Rapat koordinasi melibatkan Kementerian Pertanian, Perdagangan, dan Perindustrian "
            "(Kemenperin) untuk membahas harga pupuk.",
            "Kementerian Pertanian",
            "Kementerian Perindustrian",
        ),
        # invented (review S1)
        (
            "Pengawasan pupuk dilakukan Kementerian Pertanian, Kelautan dan Perikanan (KKP) "
            "bersama pemerintah daerah.",
            "Kementerian Pertanian",
            "Kementerian Kelautan dan Perikanan",
        ),
        # invented (review S1)
        (
            "Aturan itu diteken Kementerian Perdagangan, Perindustrian, dan Keuangan (Kemenkeu) "
            "pekan lalu.",
            "Kementerian Perdagangan",
            "Kementerian Keuangan",
        ),
        # invented (review S1)
        (
            "Kementerian Lingkungan Hidup, Kehutanan dan Pertanian (KLHK) menolak izin tambang "
            "itu.",
            "Kementerian Lingkungan Hidup",
            "Kementerian Lingkungan Hidup dan Kehutanan",
        ),
    ],
)
def test_a_list_of_bodies_sharing_one_head_is_no_long_form(rules_nlp, text, first, last):
    """The first item, head and first field, is a known body: the list names several bodies,
    and both stay as the plain reading gives them (the first is not lost)."""
    orgs = _orgs(rules_nlp, text)
    assert first in orgs
    assert last in orgs
    assert not any("," in n for n in orgs)
    assert not any("," in a for o in orgs.values() for a in o.get("aliases") or [])


def test_a_list_of_bodies_sharing_one_head_keeps_the_first_bodys_mentions(rules_nlp):
    """Invented (review S1): the first ministry written again later keeps both mentions."""
    text = (
        "Kementerian Pertanian, Perdagangan, dan Perindustrian (Kemenperin) menggelar rapat. "
        "Kementerian Pertanian menyiapkan pupuk."
    )
    orgs = _orgs(rules_nlp, text)
    assert orgs["Kementerian Pertanian"]["mentions"] == 2
    assert not any("," in a for a in orgs["Kementerian Perindustrian"].get("aliases") or [])


def test_a_list_closed_by_atau_is_no_long_form(rules_nlp):
    """Invented: "atau" offers a choice of bodies; it closes no list of a name's fields. A
    guard: "atau" is no connector of a name's run either, so the reviewed branch gave nothing
    here too (the list closer only said otherwise)."""
    text = "Warga dapat melapor ke Dinas Pendidikan, Kesehatan atau Sosial (DPKS) setempat."
    assert "Dinas Pendidikan, Kesehatan atau Sosial" not in _orgs(rules_nlp, text)


def test_the_holder_of_a_listed_unit_keeps_the_body_after_it(rules_nlp):
    """Real (78): the person of the unit's title keeps BI, and the title keeps its fields."""
    people = {
        p["name"]: p
        for p in _extract(
            rules_nlp,
            (
                "Kepala Departemen Pengelolaan Moneter & Aset Sekuritas (DPMA) BI Erwin Gunawan "
                "Hutapea mengatakan penahanan suku bunga tersebut wajar."
            ),
        )["people"]
    }
    erwin = people["Erwin Gunawan Hutapea"]
    assert erwin["organization"] == "BI"
    assert erwin["role"] == "Kepala Departemen Pengelolaan Moneter & Aset Sekuritas"


# -- a body's secretariat written before it ------------------------------------------------------


def test_a_secretariat_written_before_its_body_is_an_organisation_of_its_own(rules_nlp):
    """Real (208, a dev2 gold article): the long and the short form are one secretariat; the
    body stays an organisation too."""
    text = (
        "Saya berharap semua pegawai di Sekretariat Jenderal MPR lebih waspada. Aparatur di "
        "lingkungan Setjen MPR harus menjaga integritas."
    )
    orgs = _orgs(rules_nlp, text)
    assert orgs["Sekretariat Jenderal MPR"]["acronym"] == "Setjen MPR"
    assert orgs["Sekretariat Jenderal MPR"]["mentions"] == 2
    assert "Majelis Permusyawaratan Rakyat" in orgs


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        # real (30)
        (
            "Pihak yang berurusan dengan diler adalah Sekretariat Daerah (Setda) Pemkab "
            "Bantaeng di Bagian Aset.",
            "Sekretariat Daerah Pemkab Bantaeng",
            "Setda Pemkab Bantaeng",
        ),
        # invented
        (
            "Sekretariat Jenderal (Setjen) DPR RI menggelar lelang pengadaan kendaraan dinas.",
            "Sekretariat Jenderal DPR RI",
            "Setjen DPR RI",
        ),
        # invented (review probe): a plain "ke" before it, like "di", is no venue
        (
            "Berkas perkara dikirim ke Sekretariat Jenderal Mahkamah Konstitusi (MK) kemarin.",
            "Sekretariat Jenderal Mahkamah Konstitusi",
            "Setjen Mahkamah Konstitusi",
        ),
    ],
)
def test_a_secretariat_defined_before_its_body_takes_both_names(rules_nlp, text, name, acronym):
    assert _orgs(rules_nlp, text)[name]["acronym"] == acronym


@pytest.mark.parametrize(
    "text",
    [
        # invented: a title, not the secretariat
        "Sekretaris Jenderal MPR Siti Fauziah meminta pegawai berhati-hati.",
        # invented: the building
        "Rapat digelar di Kantor Setjen Kemnaker, Jakarta.",
        # invented (shaped on even 490): a party's secretariat is its office
        "Perayaan HUT digelar di Sekretariat Golkar Makassar, Jalan Lasinrang, Senin.",
        # (session 49: "Setda Provinsi Jawa Barat", a place after the word, is now the
        # region's secretariat, test_organizations_s49_orgid.py; a venue before it still refuses)
        "Apel pagi digelar di halaman Setda Provinsi Jawa Barat, Senin.",
        # invented: the word alone
        "Namun staf di Setwan tidak bisa langsung berkoordinasi dengan Setjen.",
        # invented (review S2): a room, a venue or "depan" before it names the place
        "Rapat digelar di ruang rapat Setda Pemkot Bogor, Senin pagi.",
        "Apel pagi digelar di halaman Setda Pemkab Sleman dan diikuti seluruh ASN.",
        "Sosialisasi digelar di Aula Setda Pemkab Gowa, Selasa.",
        "Massa berunjuk rasa di depan Setjen DPR, Jakarta, Kamis.",
    ],
)
def test_a_secretariat_word_without_a_body_it_serves_is_no_organisation(rules_nlp, text):
    assert not any(n.startswith(("Sekretariat", "Setjen", "Setda")) for n in _orgs(rules_nlp, text))


def test_the_holder_of_a_title_in_a_secretariat_keeps_the_body(rules_nlp):
    """Invented: the secretariat has no span, so the person's body is read as before."""
    found = _extract(
        rules_nlp, "Kepala Biro Humas Setjen DPR RI Indra Pahlevi mengatakan anggaran dipangkas."
    )
    people = {p["name"]: p for p in found["people"]}
    assert people["Indra Pahlevi"]["organization"] == "DPR"
    assert "Sekretariat Jenderal DPR RI" in {o["name"] for o in found["organizations"]}
