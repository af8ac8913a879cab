"""Affiliations (session 34): a title that serves a kind of body the title does not name takes
the body its own sentence names as its place ("di ... Pengadilan ...") when the article names
several of that kind; a hearing panel's chair ("Ketua Majelis") alone takes the DKPP; a
university title with a portfolio ("Bidang Akademik"). The bare minister's title ("Menteri X")
takes no ministry (tried and dropped: a foreign minister, a list of ministers, a minister
speaking of another ministry would take the article's one ministry). Every sentence is
INVENTED, in the shape of the even-id detik-1000 articles named beside it or of the review's
refusals (/tmp/s34/reviews/affil.md)."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

from nlp.role_attachment import body_of_title_kind

people_of = Reading(published=None, title_line=True).people


COURTS = {
    "pengadilan-negeri-kota-medan": {"name": "PN Medan", "kind": "agency"},
    "pengadilan-tindak-pidana-korupsi-kota-medan": {
        "name": "Pengadilan Tindak Pidana Korupsi Medan",
        "kind": "agency",
    },
}
MINISTRIES = {
    "kementerian-pu": {"name": "Kementerian Pekerjaan Umum", "kind": "ministry"},
    "bpjt": {"name": "Badan Pengatur Jalan Tol", "kind": "agency"},
}
DKPP = {"dkpp": {"name": "DKPP", "kind": "agency"}}


def test_several_bodies_of_the_kind_the_sentence_names_one():
    tipikor = "pengadilan-tindak-pidana-korupsi-kota-medan"
    assert body_of_title_kind("Ketua Majelis Hakim", COURTS, frozenset({tipikor})) == tipikor
    # no body of the kind in the sentence, or both: none
    assert body_of_title_kind("Ketua Majelis Hakim", COURTS) is None
    assert body_of_title_kind("Ketua Majelis Hakim", COURTS, frozenset(COURTS)) is None


def test_a_bare_title_only():
    # the panel's chair alone: the DKPP; "Ketua Majelis Ulama" is another body's head
    assert body_of_title_kind("Ketua Majelis", DKPP) == "dkpp"
    assert body_of_title_kind("Anggota Majelis", DKPP) == "dkpp"
    assert body_of_title_kind("Ketua Majelis Ulama", DKPP) is None
    # a former chair, each former word of roles.yaml `former_words`
    for former in ("Mantan", "eks", "bekas"):
        assert body_of_title_kind(f"{former} Ketua Majelis", DKPP) is None
    # not a court: the bare title is the MK's, a party's ethics council's too
    court = {"pengadilan-negeri-kota-surabaya": {"name": "PN Surabaya", "kind": "agency"}}
    assert body_of_title_kind("Ketua Majelis", court) is None
    # no bare minister's title: the article's one ministry is not the minister's
    for role in ("Menteri", "Wakil Menteri", "Menteri Keuangan", "Perdana Menteri"):
        assert body_of_title_kind(role, MINISTRIES) is None


def test_a_portfolio_after_a_university_title():
    unis = {
        "universitas-sam-ratulangi": {"name": "Universitas Sam Ratulangi", "kind": "university"}
    }
    assert body_of_title_kind("Wakil Rektor Bidang Akademik", unis) == "universitas-sam-ratulangi"
    # other words after the title must stand in the body's name
    assert body_of_title_kind("Rektor Institut", unis) is None
    # the portfolio passes for a university's titles only
    dinas = {"dinas-kesehatan-kota-semarang": {"name": "Dinas Kesehatan Kota Semarang"}}
    assert body_of_title_kind("Kepala Dinas Kesehatan", dinas) == "dinas-kesehatan-kota-semarang"
    assert body_of_title_kind("Kepala Dinas Bidang Pelayanan", dinas) is None


@pytest.mark.parametrize(
    "text, name, org",
    [
        # invented, the shape of even 682 (two courts in the article, one in the sentence)
        (
            'Judul\nSaksi mengakui aliran dana itu. "Ini benar?," tanya Ketua Majelis Hakim '
            "Rudi Hartono di Ruang Sidang Utama Pengadilan Tindak Pidana Korupsi (Tipikor) "
            "Medan, Rabu (15/10). Perkara lain disidangkan di PN Medan pekan lalu.",
            "Rudi Hartono",
            "Pengadilan Tindak Pidana Korupsi Medan",
        ),
        # invented, the shape of even 650 (a portfolio after the title; two universities,
        # one in the sentence)
        (
            "Judul\nEddy adalah alumnus Universitas Indonesia. Kehadiran Eddy di Universitas "
            "Sam Ratulangi (Unsrat) disambut oleh Wakil Rektor Bidang Akademik Prof Ir Arthur "
            "Pinaria dan jajaran rektorat.",
            "Arthur Pinaria",
            "Unsrat",
        ),
        # invented, the shape of dev3 0532 (a hearing of the DKPP chaired by "Ketua Majelis")
        (
            "Judul\nDewan Kehormatan Penyelenggara Pemilu (DKPP) menggelar sidang etik. "
            "Sidang ini dipimpin Ketua Majelis Rina Susanti di Medan.",
            "Rina Susanti",
            "DKPP",
        ),
    ],
)
def test_the_body_of_the_kind_in_the_pipeline(full_nlp, text, name, org):
    person = people_of(full_nlp, text)[name]
    assert person["organization"] == org


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: two courts, neither in the judge's sentence
        (
            "Judul\nPerkara itu pernah disidangkan di PN Medan dan di Pengadilan Tindak Pidana "
            "Korupsi Medan. Sidang dipimpin Ketua Majelis Hakim Rudi Hartono.",
            "Rudi Hartono",
        ),
        # invented: a former minister in an article naming one ministry (each former word)
        (
            "Judul\nMantan Menteri Budi Santoso hadir dalam acara Kementerian Agama di Jakarta.",
            "Budi Santoso",
        ),
        (
            "Judul\nKementerian Agama menggelar seminar moderasi beragama di Jakarta. Acara itu "
            "dihadiri bekas Menteri Lukman Saifuddin yang kini aktif di kampus.",
            "Lukman Saifuddin",
        ),
        # invented: two ministries, neither in the minister's sentence
        (
            "Judul\nKementerian Agama dan Kementerian Sosial menggelar rapat. Acara itu dibuka "
            "Menteri Budi Santoso.",
            "Budi Santoso",
        ),
        # invented (review): a foreign minister, the article's one ministry Indonesia's
        (
            "Judul\nMenteri Luar Negeri Sugiono menerima kunjungan Menteri Wang Yi di Gedung "
            "Pancasila, Jakarta. Kementerian Luar Negeri menyebut pertemuan itu membahas kerja "
            "sama perdagangan.",
            "Wang Yi",
        ),
        (
            "Judul\nKementerian Luar Negeri RI menyambut baik pertemuan itu. Menteri Penny Wong "
            "menyebut Australia siap bekerja sama.",
            "Penny Wong",
        ),
        (
            "Judul\nKementerian Perdagangan menyambut delegasi Malaysia. Delegasi dipimpin "
            "Menteri Tengku Zafrul Aziz dari Malaysia.",
            "Tengku Zafrul Aziz",
        ),
        # invented (review): a list of ministers, one ministry named after it
        (
            "Judul\nPresiden Prabowo memanggil sejumlah menteri ke Istana, antara lain Menteri "
            "Bahlil Lahadalia, Menteri Budi Arie Setiadi, dan Menteri Zulkifli Hasan. Rapat itu "
            "membahas program Kementerian Pertanian.",
            "Budi Arie Setiadi",
        ),
        # invented (review): a minister speaking of another ministry, the only one named
        (
            "Judul\nMenteri Purbaya Yudhi Sadewa mengatakan anggaran Kementerian Pekerjaan Umum "
            "tahun depan akan dipangkas.",
            "Purbaya Yudhi Sadewa",
        ),
        (
            "Judul\nReshuffle kabinet diumumkan di Istana. Menteri Sri Mulyani Indrawati "
            "digantikan Purbaya, sementara Kementerian Koperasi kini dipimpin Ferry Juliantono.",
            "Sri Mulyani Indrawati",
        ),
        # invented (review): two ministries, the sentence names the one the minister addresses
        (
            "Judul\nKementerian Keuangan dan Kementerian Perdagangan menggelar rapat koordinasi. "
            "Menteri Budi Santoso meminta Kementerian Keuangan mempercepat pencairan anggaran.",
            "Budi Santoso",
        ),
        # invented (review): a bare "Ketua Majelis" of the MK, a district court named after
        (
            "Judul\nSidang uji materi di Mahkamah Konstitusi dipimpin Ketua Majelis Suhartoyo. "
            "Pemohon sebelumnya kalah di Pengadilan Negeri Surabaya.",
            "Suhartoyo",
        ),
        # invented (review): a party's ethics council's chair, a court named before
        (
            "Judul\nPengadilan Negeri Jakarta Selatan menolak gugatan itu pekan lalu. Sementara "
            "itu, Ketua Majelis Anwar Sadat dari Majelis Kehormatan Partai Golkar menyatakan "
            "akan memanggil kader tersebut.",
            "Anwar Sadat",
        ),
        # invented (review): an appeal, the sentence's court is the one whose verdict is
        # discussed, not the place of the hearing
        (
            "Judul\nPerkara itu sebelumnya diputus Pengadilan Negeri Medan. Ketua Majelis Hakim "
            "Rudi Hartono menilai putusan Pengadilan Tinggi Medan sudah tepat.",
            "Rudi Hartono",
        ),
    ],
)
def test_no_body_of_the_kind_where_it_is_not_one(full_nlp, text, name):
    person = people_of(full_nlp, text).get(name)
    assert person is not None and person["organization"] is None
