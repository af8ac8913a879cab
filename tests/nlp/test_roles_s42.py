"""Role attachment, session 42.

A headline "TITLE: quote" ("Mensos: Anggaran Bansos ...") quotes the title's holder. Since
session 21 the title goes to the person the body names most often when that person has no
role; when the most named person holds another title of his own (the article names "Presiden
Prabowo" more often than its speaker), the title now goes to the body's one untitled person
who speaks a quote named after its speech verb ("..., ujar Gus Ipul"). detik-1000 id 870 is
the case on the even half (shortened below); the other sentences are invented (labelled).
"""

from __future__ import annotations

import pytest
from extraction_helpers import people

MENSOS = "Mensos: Anggaran Bansos Era Prabowo Rp 110 Triliun, Terbesar dalam Sejarah"


def test_the_headline_title_goes_to_the_lone_untitled_speaker(full_nlp):
    # detik-1000 id 870 (shortened): Prabowo, named most, is the President
    text = (
        '"Tapi di era Bapak Presiden Prabowo itu dinaikkan menjadi Rp 110 triliun lebih," ujar '
        "Gus Ipul kepada wartawan, Minggu (19/10/2025). Gus Ipul menjelaskan, kenaikan anggaran "
        "bansos ini sebagai bentuk kepedulian Presiden Prabowo kepada masyarakat kelas bawah. "
        "Dia menyebut Prabowo juga ingin penerima bansos itu bisa naik kelas. Menurutnya, "
        "program Presiden Prabowo Subianto terbilang sukses."
    )
    found = people(full_nlp, text, MENSOS)
    assert found["Gus Ipul"]["role"] == "Mensos"
    assert found["Prabowo Subianto"]["role"] == "Presiden"


def test_two_untitled_people_leave_the_headline_title_unplaced(full_nlp):
    # invented: a second untitled person speaks too: whose title it is cannot be told
    text = (
        '"Anggaran naik," ujar Gus Ipul kepada wartawan. Presiden Prabowo setuju. Menurut '
        'Presiden Prabowo, bansos penting. "Kami senang," kata Budi Santoso. Presiden Prabowo '
        "hadir. Gus Ipul juga hadir."
    )
    found = people(full_nlp, text, MENSOS)
    assert all(p["role"] != "Mensos" for p in found.values())


def test_an_untitled_person_who_never_speaks_takes_no_headline_title(full_nlp):
    # invented: the one untitled person is only talked about (a recipient), never quoted
    # after a speech verb: the headline's holder is not named in the body
    text = (
        "Presiden Prabowo menaikkan anggaran bansos. Presiden Prabowo menyebut bansos penting. "
        "Penerima bansos Budi Santoso di Bekasi menerima bantuan pekan lalu. Budi Santoso "
        "memakai bantuan itu untuk sekolah anaknya. Prabowo meninjau lokasi."
    )
    found = people(full_nlp, text, MENSOS)
    assert all(p["role"] != "Mensos" for p in found.values())


def test_a_title_already_held_is_not_given_again(full_nlp):
    # invented: the body names the minister with his title: the untitled speaker keeps none
    text = (
        "Menteri Sosial Saifullah Yusuf menyebut anggaran naik. Presiden Prabowo setuju. "
        'Presiden Prabowo hadir. Presiden Prabowo senang. "Bagus," ujar Budi Santoso. '
        "Budi Santoso juga hadir."
    )
    found = people(full_nlp, text, MENSOS)
    assert found["Budi Santoso"]["role"] != "Mensos"


# Refusals added after the session-42 review: an untitled speaker who is not the title's
# holder. All invented (labelled), after the reviewer's probes.

MENKES_DBD = "Menkes: Kasus DBD Naik, Warga Diminta Waspada"


def test_a_resident_under_a_title_written_bare_takes_no_headline_title(full_nlp):
    # invented: the body writes the title with no name ("Menteri Kesehatan menyampaikan"):
    # its holder is in the article, unnamed; the one untitled speaker is a resident
    text = (
        "Menteri Kesehatan menyampaikan kasus DBD naik tajam pekan ini. Presiden Prabowo "
        "meminta semua daerah bersiap. Presiden Prabowo juga meminta puskesmas siaga. Menurut "
        'Presiden Prabowo, pencegahan lebih penting. "Kasus DBD naik, anak saya sudah tiga hari '
        'dirawat," kata Siti Aminah, warga Depok. Siti Aminah berharap fogging segera dilakukan.'
    )
    found = people(full_nlp, text, MENKES_DBD)
    assert found["Siti Aminah"]["role"] != "Menkes"


@pytest.mark.parametrize(
    ("headline", "text", "name"),
    [
        # invented: "Menkes menjamin ..." names the holder by his title only, after a patient's
        # quote that shares the headline's words
        (
            "Menkes: Pasien Kanker Tak Perlu Antre",
            "Presiden Prabowo meninjau rumah sakit. Presiden Prabowo menyapa pasien. Presiden "
            'Prabowo didampingi menteri. "Pasien kanker di sini harus antre dua bulan," kata '
            "Suryani Lestari kepada wartawan. Suryani Lestari pasien kanker payudara. Menkes "
            "menjamin antrean dipangkas.",
            "Suryani Lestari",
        ),
        # invented: a mother's quote shares only the topic noun ("obat") with the headline
        (
            "Menkes: Obat Sirup Ditarik",
            "Presiden Prabowo meminta obat sirup diawasi. Presiden Prabowo menyebut anak korban. "
            'Presiden Prabowo meminta BPOM bertindak. "Anak saya meninggal setelah minum obat '
            'itu," kata Desi Ratnasari sambil menangis. Desi Ratnasari menggugat produsen.',
            "Desi Ratnasari",
        ),
        # invented: the lawyer's quote shares no word with the headline's
        (
            "Menkes: Obat Sirup Ditarik",
            "Presiden Prabowo meminta obat sirup diawasi. Presiden Prabowo menyebut anak korban. "
            'Presiden Prabowo meminta BPOM bertindak. "Gugatan sudah kami daftarkan," kata Tegar '
            "Putuhena kepada wartawan. Tegar Putuhena mewakili keluarga korban.",
            "Tegar Putuhena",
        ),
        # invented: a hospital's complaint under the minister's promise: one shared topic noun
        # ("dokter") is not the headline's quote
        (
            "Menkes: Dokter Spesialis Akan Ditambah",
            "Presiden Prabowo meminta dokter spesialis ditambah. Presiden Prabowo menyebut "
            'kekurangan dokter. Presiden Prabowo juga meminta beasiswa. "Kami kekurangan dokter '
            'anestesi," kata Andi Mappanyukki. Andi Mappanyukki berharap pemerintah membantu.',
            "Andi Mappanyukki",
        ),
    ],
)
def test_a_speaker_the_headline_does_not_quote_takes_no_title(full_nlp, headline, text, name):
    assert people(full_nlp, text, headline)[name]["role"] != "Menkes"


def test_the_speaker_whose_quote_the_headline_sums_up_keeps_the_title(full_nlp):
    # invented: the minister's quote shares the headline's words and the body never writes
    # the title bare: the mends leave this reading
    text = (
        "Presiden Prabowo meminta layanan kesehatan diperbaiki. Presiden Prabowo menyebut BPJS "
        'harus dilayani. Presiden Prabowo juga menyinggung antrean. "Kami akan tindak rumah '
        'sakit yang menolak pasien," kata Budi Gunadi Sadikin di Jakarta. Budi Gunadi menyebut '
        "sanksi sudah disiapkan."
    )
    found = people(full_nlp, text, "Menkes: Rumah Sakit Wajib Layani Pasien BPJS")
    assert found["Budi Gunadi Sadikin"]["role"] == "Menkes"
