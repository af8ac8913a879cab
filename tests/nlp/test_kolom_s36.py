"""Opinion columns (session 36): the author's sign-off line and the authors the column cites.

The sign-off lines and the citing sentences marked "even NNN" are the articles' own text (even
ids of detik-1000); the column bodies around them and every sentence marked INVENTED are
invented in the same shape."""

from __future__ import annotations

import pytest

# INVENTED: a column body before the sign-off line
BODY = (
    "Menjaga Daya Beli di Tengah Perlambatan\n"
    "Pemerintah perlu menjaga daya beli masyarakat di tengah perlambatan ekonomi. "
    "Kebijakan fiskal yang tepat sasaran menjadi kunci agar pertumbuhan tetap terjaga.\n"
)


# even 536's own sign-off line: the citations are read in a column its author signs
SIGNER = "Wawan Sobari"
SIGN_OFF = f"{SIGNER}. Dosen Magister Ilmu Politik FISIP Universitas Brawijaya."


def people_of(analyse, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p["role"], p["organization"]) for p in analyse(text)["people"]}


@pytest.mark.parametrize(
    ("line", "name", "role", "org"),
    [
        # even 540: a trailing initial, the body by its kind's word ("Universitas ..."), a place
        (
            "Rilo Pambudi. S, Pengajar Hukum Tata Negara Universitas Maritim Raja Ali Haji, "
            "Tanjungpinang",
            "Rilo Pambudi. S",
            "Pengajar Hukum Tata Negara",
            "Universitas Maritim Raja Ali Haji",
        ),
        # even 888: two titles, the first naming no body: the one naming its body is kept
        (
            "Ukay Karyadi,Pengamat Ekonomi dan Kebijakan Publik, Mantan Ketua KPPU",
            "Ukay Karyadi",
            "Mantan Ketua",
            "KPPU",
        ),
        # even 814: degrees, the last glued to the title; the body after a comma
        (
            "Syahrir Rasyid, S.Si.,M.M., CRA.,CRPKepala Bagian Keuangan, Umum dan Kerja Sama "
            "Politeknik Pelayaran Sorong",
            "Syahrir Rasyid",
            "Kepala Bagian Keuangan, Umum dan Kerja Sama",
            "Politeknik Pelayaran Sorong",
        ),
        # even 406: no stop between the name and the title
        (
            "A.M. Hendropriyono Sekretaris Pengendalian Operasional Pembangunan RI (1995-1998)",
            "A.M. Hendropriyono",
            "Sekretaris Pengendalian Operasional Pembangunan RI",
            None,
        ),
        # even 270: a rank and an academic title before the name, dotted degrees after a space,
        # the title glued to the last degree
        (
            "Kombes Pol Dr Dedy Tabrani S.IK.M.Si.Ketua Perkumpulan Doktor Ilmu Kepolisian "
            "Indonesia.",
            "Dedy Tabrani",
            "Ketua",
            "Perkumpulan Doktor Ilmu Kepolisian Indonesia",
        ),
        # even 962 (read before this session, unchanged): the first title names its body
        (
            "Rosita Miladmahesi. Peneliti di Indonesia South-South Foundation & "
            "Tenaga Ahli DPR-RI.",
            "Rosita Miladmahesi",
            "Peneliti",
            "Indonesia South-South Foundation",
        ),
    ],
)
def test_sign_off_line(analyse, line, name, role, org):
    got = people_of(analyse, BODY + line + "\n")
    assert got.get(name) == (role, org)


def test_sign_off_body_is_an_organisation(analyse):
    # even 540 and 962: the body named only in the sign-off is one of the article's bodies
    for line, body in (
        (
            "Rilo Pambudi. S, Pengajar Hukum Tata Negara Universitas Maritim Raja Ali Haji, "
            "Tanjungpinang",
            "Universitas Maritim Raja Ali Haji",
        ),
        ("Rosita Miladmahesi. Peneliti di Indonesia South-South Foundation.", None),
    ):
        names = [o["name"] for o in analyse(BODY + line + "\n")["organizations"]]
        assert (body or "Indonesia South-South Foundation") in names


def test_sign_off_place_is_no_organisation(analyse):
    # INVENTED: "di" before a place, not a body
    result = analyse(BODY + "Budi Santoso Wibowo. Peneliti di Kota Bandung.\n")
    assert "Kota Bandung" not in [o["name"] for o in result["organizations"]]


def test_sign_off_with_a_body_alone(analyse):
    # even 436: "NAME, BODY": the author, no role
    got = people_of(analyse, BODY + "Said Abdullah, Fraksi PDI Perjuangan\n")
    assert "Said Abdullah" in got and got["Said Abdullah"][0] is None


@pytest.mark.parametrize(
    "line",
    [
        # INVENTED: a headline-shaped last line, a sentence with a comma after a title
        "Harga Beras Mahal, Inflasi Juli 0,30%",
        "Kapolres Tasikmalaya Kota, AKBP Moch Faruk Rozi menyebut kasus itu masih didalami.",
    ],
)
def test_sign_off_refuses(analyse, line):
    got = people_of(analyse, BODY + line + "\n")
    assert "Harga Beras Mahal" not in got
    # no one gets a role or a body from the last line ("Moch Faruk Rozi" is main's find, with
    # the title before the comma at most)
    assert all(role is None or "menyebut" not in role for role, _ in got.values())


# INVENTED (review of session 36): photo captions, headlines and two people as a last line
@pytest.mark.parametrize(
    ("line", "refused"),
    [
        ("Kantor Kementerian Keuangan, Kemenkeu", "Kantor Kementerian Keuangan"),
        ("Stasiun Gambir Jakarta, KAI", "Stasiun Gambir Jakarta"),
        ("Menara BCA, Bank Central Asia", "Menara BCA"),
        ("Kantor Pusat Pertamina, PT Pertamina (Persero)", "Kantor Pusat Pertamina"),
        # a caption's subject opening with a common word (second review of session 36)
        ("Pintu Masuk Tol Cikampek, Jasa Marga", "Pintu Masuk Tol Cikampek"),
        ("Ahmad Sahroni Wakil Ketua Komisi III Soroti Kasus Ini", "Ahmad Sahroni"),
        ("Erick Thohir Ketua Umum PSSI Minta Timnas Fokus", "Erick Thohir"),
        ("Ani Wijaya Peneliti CSIS dan Budi Santoso Direktur CORE", "Ani Wijaya"),
    ],
)
def test_sign_off_refuses_captions_headlines_and_pairs(analyse, line, refused):
    assert refused not in people_of(analyse, BODY + line + "\n")


def test_sign_off_with_no_stop_and_a_body(analyse):
    # INVENTED: the no-stop shape still reads one author with a title and a body
    got = people_of(analyse, BODY + "Ani Wijaya Peneliti Senior Lembaga Kajian Nusantara\n")
    assert got.get("Ani Wijaya") == ("Peneliti Senior", "Lembaga Kajian Nusantara")


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        # even 540
        (
            "Dukungan terhadap partai sejak pemilu 2009 memang telah memudar (Aminuddin dan "
            "Ramadlan, 2015).",
            {"Aminuddin", "Ramadlan"},
        ),
        # even 888
        (
            "Seperti diingatkan Baker & Salop (2015), kebijakan persaingan harus inklusif.",
            {"Baker", "Salop"},
        ),
        # even 536: the sentence's opening word is no author's name
        ("Bagi Dahl (1998), demokrasi adalah nilai universal.", {"Dahl"}),
        (
            "Sementara Page dan Gilens (2017) menambahkan bahwa elite lebih didengar.",
            {"Page", "Gilens"},
        ),
        # even 404: full names
        (
            "Namun dalam pandangan Liam Campling dan Elizabeth Havice (2018) dalam artikelnya, "
            "perdagangan ikan diatur kekuasaan.",
            {"Liam Campling", "Elizabeth Havice"},
        ),
        # INVENTED: several works in one bracket (a lone surname the name lists do not know,
        # "Pateman", is left: see test_a_lone_unknown_surname_is_left)
        ("Partisipasi memperkuat legitimasi (Pateman, 1970; Norris, 2015).", {"Norris"}),
    ],
)
def test_cited_authors(analyse, sentence, cited):
    # the columns cite academically, several works, one of them by two authors (even 536, 540)
    got = people_of(analyse, "Kolom Demokrasi\n" + ACADEMIC + sentence + "\n" + SIGN_OFF)
    assert cited <= set(got)
    assert all(got[n] == (None, None) for n in cited)


# even 536 and 540's own citing sentences, two works by two authors each
ACADEMIC = (
    "Achen dan Bartels (2016) pesimis dengan pemilih rasional. Ideologi partai sejak pemilu "
    "2009 memang telah memudar (Aminuddin dan Ramadlan, 2015).\n"
)


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        # INVENTED: one citation in a column: a known name word, a full name with a known given
        # name, an opening function word dropped, two authors
        ("Kemudian Habibie (1999) membuka keran kebebasan pers.", {"Habibie"}),
        (
            "Seperti ditulis Liam Campling (2018), perdagangan ikan diatur kekuasaan.",
            {"Liam Campling"},
        ),
        (
            "Menurut Acemoglu dan Robinson (2012), institusi menentukan kemakmuran.",
            {"Acemoglu", "Robinson"},
        ),
    ],
)
def test_cited_authors_alone(analyse, sentence, cited):
    got = people_of(analyse, "Kolom Ekonomi\n" + sentence + "\n" + SIGN_OFF)
    assert cited <= set(got)


def test_citations_read_only_in_a_signed_column(analyse):
    # INVENTED: a citation the column reader takes ("Dahl (1998)") in a news report that reports
    # speech and ends with a NAME, TITLE line is not read: reports cite bodies with a year far
    # more often than authors
    report = (
        'Demokrasi Kita\nBagi Dahl (1998), demokrasi adalah nilai universal. "Pemilu harus '
        'jujur," kata Ketua KPU Budi Santoso, Senin (6/10/2025).\nBudi Santoso, Ketua KPU'
    )
    assert "Dahl" not in people_of(analyse, report)
    column = "Demokrasi Kita\nBagi Dahl (1998), demokrasi adalah nilai universal.\n" + SIGN_OFF
    assert "Dahl" in people_of(analyse, column)


@pytest.mark.parametrize(
    "sentence",
    [
        # even 536, 540: real authors, left since columns cite media, surveys and services the
        # same way (invented probes of the session 36 review: below)
        "Hukum boleh dilanggar apabila untuk menghentikan ketidakdilan (Bodenheimer, 1981).",
        "Bagi Sen (1999), demokrasi adalah nilai universal.",
        # INVENTED
        "Whoosh (2023) menjadi kereta cepat pertama di Asia Tenggara.",
        "Susenas (2023) mencatat angka kemiskinan turun.",
        "Deforestasi terus meluas (Mongabay, 2023).",
        "Mandalika (2022) ramai dikunjungi wisatawan.",
        "Hingga Ramadan (2025), harga daging belum turun.",
    ],
)
def test_a_lone_unknown_surname_is_left(analyse, sentence):
    got = people_of(analyse, "Kolom Demokrasi\n" + ACADEMIC + sentence + "\n" + SIGN_OFF)
    assert set(got) <= {"Achen", "Bartels", "Aminuddin", "Ramadlan", SIGNER}, sentence


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        # even 888, 814: bodies and acronyms cited with a year
        ("Indonesia bisa disebut makmur oleh Harvard University (2024) sementara itu.", "Harvard"),
        ("Bappenas (2020) menyatakan bahwa SDM maritim harus unggul.", "Bappenas"),
        ("UNESCO (2019) juga menekankan pendidikan.", "UNESCO"),
        ("Pengguna internet mencapai 221 juta (APJII, 2022).", "APJII"),
        # even 872: months before a year
        ("Penerima Stimulus Ekonomi (Oktober-Desember 2025): 35 juta keluarga.", "Oktober"),
        # INVENTED: a place before a year, articles and laws, a title of common words
        ("Forum itu pertama kali digelar di ibu kota (Jakarta, 2019).", "Jakarta"),
        ("Hal itu diatur dalam Pasal 5 (2) dan UU No 13 (2003).", "Pasal"),
        ("Laporan Tahunan (2023) mencatat kenaikan.", "Laporan Tahunan"),
        ("Tim itu juara Piala Dunia (2022) lalu.", "Dunia"),
        # INVENTED: a body's data or survey cited with a year
        ("Survei Katadata (2023) menunjukkan minat investasi naik.", "Katadata"),
        ("Menurut data Statista (2024), pengguna internet terus bertambah.", "Statista"),
    ],
)
def test_citation_refuses(analyse, sentence, refused):
    got = people_of(analyse, "Kolom Ekonomi\n" + sentence + "\n" + SIGN_OFF)
    assert not any(refused in n for n in got)


# INVENTED (review of session 36): media, firms, events, programmes, holidays, songs and names
# headed by a content noun, cited with a year inside a signed column: none is a cited author
@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        ("Angka itu naik tajam dibanding tahun sebelumnya (Reuters, 2024).", "Reuters"),
        ("Kebijakan itu sempat diberitakan luas (Jakarta Post, 2023).", "Jakarta Post"),
        ("Data menunjukkan hal serupa (Katadata, 2023).", "Katadata"),
        ("Harga komoditas terus naik (Kontan, 2024).", "Kontan"),
        ("Kompas dan Tempo (2020) sama-sama melaporkan kenaikan harga beras.", "Kompas"),
        ("McKinsey (2023) memperkirakan ekonomi digital Indonesia terus tumbuh.", "McKinsey"),
        ("Asian Games (2018) membuktikan Indonesia mampu menjadi tuan rumah.", "Asian Games"),
        ("Piala Presiden (2025) kembali digelar di Bandung.", "Piala Presiden"),
        ("Nawacita (2014) menempatkan pembangunan dari pinggiran sebagai prioritas.", "Nawacita"),
        ("Tapera (2024) menuai penolakan dari kalangan pekerja.", "Tapera"),
        ("Whoosh (2023) menjadi kereta cepat pertama di Asia Tenggara.", "Whoosh"),
        ("Hingga Lebaran (2025), harga daging belum turun.", "Lebaran"),
        ("Lagu Indonesia Raya (1928) diciptakan oleh W.R. Supratman.", "Indonesia Raya"),
        ("Hal itu terlihat dari Susenas (2023) yang dirilis BPS.", "Susenas"),
        ("Kesepakatan Paris (2015) mewajibkan penurunan emisi.", "Paris"),
        ("Jalan Tol Trans Jawa (2018) memangkas waktu tempuh.", "Jawa"),
        ("Kredit macet meningkat tajam (Bisnis Indonesia, 2024).", "Indonesia"),
        ("Tragedi Kanjuruhan (2022) menjadi pelajaran mahal.", "Kanjuruhan"),
        ("Kartu Prakerja (2020) pernah menjadi andalan pemerintah.", "Prakerja"),
        ("Kasus Sambo (2022) mengguncang kepercayaan publik.", "Sambo"),
    ],
)
def test_citation_refuses_sources_events_and_headed_names(analyse, sentence, refused):
    got = people_of(analyse, "Kolom Ekonomi\n" + BODY + sentence + "\n" + SIGN_OFF)
    assert refused not in got


# INVENTED (review of session 36): a news report, a titled speaker reporting, that ends with a
# line shaped like a sign-off: its citations are not read
NEWS = (
    "Pencurian Motor Marak\n"
    "Polisi masih menyelidiki kasus pencurian kendaraan bermotor di wilayah tersebut. Kapolsek "
    "setempat mengatakan pelaku diduga lebih dari satu orang. Kasus serupa pernah diberitakan "
    "luas (Tempo, 2021). Reuters (2024) juga mencatat kenaikan kasus di kota besar.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Budi Santoso, Ketua RT 05",
        "Sri Mulyani Indrawati, Menteri Keuangan Terbaik Asia 2025",
        "Joko Widodo Presiden Ketujuh RI",
        "Erick Thohir Ketua Umum PSSI Minta Timnas Fokus",
    ],
)
def test_citations_not_read_in_a_news_report(analyse, line):
    got = people_of(analyse, NEWS + line + "\n")
    assert not {"Reuters", "Tempo"} & set(got)
    assert "Joko Widodo" not in got and "Erick Thohir" not in got
