from datetime import date, datetime, timedelta, timezone

import pytest

from indonesian.dates import find_dates, parse_date, parse_datetime

WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Selasa (9/8/2022)", date(2022, 8, 9)),  # day first
        ("Rabu (7/4/2021)", date(2021, 4, 7)),
        ("27/07/2023, 12:02 WIB", date(2023, 7, 27)),
        ("Kamis, 8 April 2021 | 14:29 WIB", date(2021, 4, 8)),
        ("8 Agustus 2022", date(2022, 8, 8)),
        ("Senin, 03 Jan 2022 10:00", date(2022, 1, 3)),
        ("2022-08-09T10:11:00+07:00", date(2022, 8, 9)),
        ("Jumat, 1 Nopember 2019", date(2019, 11, 1)),
        ("Diperbarui 12 Agu 2025, 09.15 WITA", date(2025, 8, 12)),
        ("Minggu, 31-12-23", date(2023, 12, 31)),
        ("October 5, 2024", date(2024, 10, 5)),
        ("12/31/2023", date(2023, 12, 31)),  # day-first impossible, so month first
    ],
)
def test_parse_date_reads_header_shapes(header, expected):
    assert parse_date(header) == expected


def test_parse_datetime_keeps_clock_and_zone():
    assert parse_datetime("27/07/2023, 12:02 WIB") == datetime(2023, 7, 27, 12, 2, tzinfo=WIB)
    assert parse_datetime("Rabu, 5 Juni 2024 pukul 19.30 WITA").utcoffset() == timedelta(hours=8)
    assert parse_datetime("8 Agustus 2022") == datetime(2022, 8, 8)


def test_relative_headers_need_a_reference():
    ref = datetime(2023, 11, 5, 10, 0)
    assert parse_datetime("2 jam yang lalu", ref) == datetime(2023, 11, 5, 8, 0)
    assert parse_date("kemarin", ref) == date(2023, 11, 4)
    assert parse_date("3 hari lalu", ref) == date(2023, 11, 2)
    assert parse_date("2 jam yang lalu") is None


@pytest.mark.parametrize(
    "text", ["", "   ", "Jumlah peserta 40 orang", "31/02/2023", "UU No. 24/2011"]
)
def test_parse_date_rejects_non_dates(text):
    assert parse_date(text) is None


def values(text, reference=None):
    return [m.value for m in find_dates(text, reference)]


def test_ranges():
    ref = date(2022, 8, 9)
    assert values("Kegiatan dari 3 sampai 5 Agustus 2022 di Bandung.") == ["2022-08-03/2022-08-05"]
    assert values("pameran 12-14 Oktober 2023") == ["2023-10-12/2023-10-14"]
    assert values("berlangsung 28 Juli hingga 2 Agustus 2022") == ["2022-07-28/2022-08-02"]
    assert values("program 30 Desember 2022 s.d. 3 Januari 2023") == ["2022-12-30/2023-01-03"]
    assert values("periode Januari-Maret 2024") == ["2024-01/2024-03"]
    assert values("RPJMN 2020-2024 disusun") == ["2020/2024"]
    assert values("pada kuartal III 2023") == ["2023-07/2023-09"]
    # Without a year, the range takes the nearest year to the reference date.
    assert values("digelar 3-5 Agustus", ref) == ["2022-08-03/2022-08-05"]


def test_partial_and_relative_dates_anchor_on_reference():
    ref = date(2023, 11, 20)  # a Monday
    assert values("hingga akhir Oktober, jumlah peserta", ref) == ["2023-10"]
    assert values("hingga akhir Oktober, jumlah peserta") == []  # year unknown without reference
    assert values("Program dimulai tahun depan.", ref) == ["2024"]
    assert values("Ia tiba kemarin.", ref) == ["2023-11-19"]
    assert values("rapat digelar pada Jumat", ref) == ["2023-11-17"]
    assert values("Bulan lalu iuran naik", ref) == ["2023-10"]
    assert values("dua tahun lalu", ref) == ["2021"]
    assert values("tiga puluh tahun lalu", ref) == []  # not "last year"
    assert values("tahun lalu", ref) == ["2022"]
    assert values("laporan 12 Mei", ref) == ["2023-05-12"]
    assert values("pada Februari", date(2024, 1, 10)) == ["2024-02"]
    assert values("sejak Desember", date(2024, 1, 10)) == [
        "2023-12"
    ]  # nearest December is last year's


def test_bare_years_only_when_used_as_dates():
    text = (
        "Target kami 70 juta tenaga kerja aktif sampai dengan 2026. Program dimulai pada 2019 "
        "sesuai Inpres Nomor 2 Tahun 2021 dan PP 44 Tahun 2015, di tahun anggaran 2024. "
        "Sebanyak 2026 peserta hadir."
    )
    assert values(text) == ["2026", "2019", "2024"]


def test_month_names_that_are_also_names_need_a_cue():
    assert values("April Yani mengatakan", date(2023, 1, 1)) == []
    assert values("pada bulan Juni", date(2023, 7, 1)) == ["2023-06"]
    assert values("Direktur Juli Budi Winantya dan Ibu April datang", date(2023, 7, 1)) == []


def test_months_with_a_relative_word_a_list_or_a_common_word_before():
    # Invented text: "Mei lalu", "Juli tahun lalu", months listed together, "inflasi Juli".
    ref = date(2025, 10, 17)
    assert values("pada Mei lalu dan Desember mendatang", ref) == ["2025-05", "2025-12"]
    assert values("naik dibandingkan Juli tahun lalu", ref) == ["2024-07"]
    assert values("untuk Oktober, November, dan Desember", ref) == ["2025-10", "2025-11", "2025-12"]
    assert values("inflasi Juli sebesar 2,37%", ref) == ["2025-07"]
    assert values("pidato pada 15 Agustus lalu", ref) == ["2025-08-15"]


def test_year_ranges_and_decades():
    ref = date(2025, 10, 17)
    assert values("Laporan dari tahun 2024 hingga tahun 2025 ini", ref) == ["2024/2025"]
    assert values("sejak 1950-an menegaskan", ref) == []


def test_mentions_carry_span_and_kind():
    text = "Penandatanganan dilakukan Selasa (9/8/2022) di Jakarta."
    (mention,) = find_dates(text)
    assert text[mention.start : mention.end] == mention.text == "Selasa (9/8/2022)"
    assert (mention.value, mention.kind) == ("2022-08-09", "absolute")


def test_periods_named_by_cardinals_or_relative_years():
    # Invented text.
    ref = date(2025, 10, 17)
    assert values("bansos pada triwulan empat", ref) == ["2025-10/2025-12"]
    assert values("kuartal IV tahun lalu", ref) == ["2024-10/2024-12"]
    assert values("semester II tahun ini", ref) == ["2025-07/2025-12"]
    assert values("disalurkan per triwulan dua kali", ref) == []


def _values(text: str, published: str = "2025-10-20") -> list[str]:
    return [m.value for m in find_dates(text, published)]


def test_the_weekday_fixes_a_mistyped_year_and_picks_the_year_of_a_short_date():
    # Real detik datelines with a mistyped year: 20/10/2026 is a Tuesday, 20/10/2025 a Monday.
    assert _values("kata dia di Kantor DJP, Jakarta, Senin (20/10/2026).") == ["2025-10-20"]
    assert _values("Fathurrahman, Rabu (8/10/2028. Fathurrahman mengatakan") == ["2025-10-08"]
    # Invented: in October, "Jumat (3/1)" is the January whose 3rd was a Friday (2025).
    assert _values("Ia ditangkap pada Jumat (3/1) lalu.") == ["2025-01-03"]
    # Real dateline (detik): a year typed out of range, read only when the weekday fits.
    assert _values("di Labuan Bajo, Senin (13/10/3025). Nonato", "2025-10-13") == ["2025-10-13"]
    assert _values("di Labuan Bajo, Selasa (13/10/3025). Nonato", "2025-10-13") == []
    # A weekday that fits the written year changes nothing.
    assert _values("Sidang digelar Kamis (22/11/2018).") == ["2018-11-22"]


def test_bare_years_listed_after_a_year_compared_or_of_an_election():
    # Short real quotes (detik): a list of years, an election year.
    assert _values("laju inflasi di kisaran 2,5% pada 2025 dan 2026. Ada beberapa faktor") == [
        "2025",
        "2026",
    ]
    assert _values("Tahun 2020 Rp 84,4 miliar, 2021 Rp 124,5 miliar dan tahun 2022 Rp 135,2") == [
        "2020",
        "2021",
        "2022",
    ]
    # Invented: a range read earlier does not break the list that follows.
    text = "Ia menjabat sejak 2019 hingga 2022. Tahun 2020 Rp 8 miliar, 2021 Rp 9 miliar."
    assert _values(text) == ["2019/2022", "2020", "2021"]
    assert _values("selama kampanye pemilihan presiden 2024 dan yang ditugaskan") == ["2024"]
    assert _values("untuk mendaftar sebagai caleg DPR RI pada Pileg 2024.") == ["2024"]
    assert _values("Buku II Nota Keuangan Beserta RAPBN 2026, dikutip") == ["2026"]
    # Invented: a comparison; a count that looks like a year is no date.
    assert _values("Angkanya naik dibandingkan 2024.") == ["2024"]
    assert _values("Sebanyak 2025 peserta dan 2026 orang hadir.") == []


def test_the_edge_of_the_year_and_days_counted_with_hari_ini():
    # Real headline (detik): "hingga Akhir Tahun" is the end of the publication year.
    assert _values("Kementerian PU Kejar Penyerapan Anggaran 94% hingga Akhir Tahun") == ["2025"]
    assert _values("akhir tahun lalu") == ["2024"]
    assert _values("awal tahun ajaran baru") == []
    # Real quote: "Perjalanan dua hari ini" are these two days, not today.
    assert _values("Perjalanan dua hari ini menjadi lebih dari sekadar penelusuran sejarah") == []


def test_an_election_of_a_place_and_a_day_whose_year_comes_a_word_later():
    # Short real quotes (detik): "Pilpres AS 2024"; "Sejak 1 Januari di 2004".
    assert _values("donor politik terbesar Trump dalam Pilpres AS 2024. Dia kemudian") == ["2024"]
    assert _values('"Sejak 1 Januari di 2004 sampai dengan sekarang', "2025-07-08") == [
        "2004-01-01"
    ]
    # Invented: without a year a word later the day is read from the reference.
    assert _values("Ia datang pada 5 Mei di Jakarta.", "2025-07-08") == ["2025-05-05"]


def test_a_run_of_quarters_is_one_range():
    # Real quote (detik): "DTSEN pada triwulan selanjutnya (triwulan II-IV)".
    assert _values("DTSEN pada triwulan selanjutnya (triwulan II-IV) yang", "2025-10-18") == [
        "2025-04/2025-12"
    ]
    # Invented: a range written with "sampai"; a dash before the year stays the year.
    assert _values("pada kuartal 1 sampai 3 tahun 2024") == ["2024-01/2024-09"]
    assert _values("pada kuartal III-2025 ekonomi tumbuh") == ["2025-07/2025-09"]


@pytest.mark.parametrize(
    "text, value",
    [
        # invented sentences; published on Wednesday 15 October 2025
        ("Rapat digelar Senin pekan depan.", "2025-10-20"),
        ("Ia tiba Jumat minggu lalu.", "2025-10-10"),
        ("Rapat digelar pagi ini di Jakarta.", "2025-10-15"),
        ("Tadi siang hujan deras.", "2025-10-15"),
        ("Ia tiba tadi malam.", "2025-10-14"),
    ],
)
def test_a_weekday_of_a_named_week_and_parts_of_the_day(text, value):
    assert [m.value for m in find_dates(text, date(2025, 10, 15))] == [value]


def test_counted_nights_are_no_date():
    # invented: "dua malam ini" is a span of two nights
    assert find_dates("Ia menginap selama dua malam ini.", date(2025, 10, 15)) == []


@pytest.mark.parametrize(
    "text, values",
    [
        # Short real quotes (detik-1000, even ids).
        ("periode libur Natal 2025 dan Tahun Baru 2026 (Nataru)", ["2025", "2026"]),
        ("potongan harga saat musim mudik Lebaran 2025, yakni", ["2025"]),
        ("guna mendukung target Indonesia Emas 2045.", ["2045"]),
        # "SPT" is the tax return, not September: the year after it is the return's year.
        ("Target Wajib Pajak Lapor SPT 2025 Turun", ["2025"]),
        # The constitution's year is its name.
        ("sebagaimana diatur dalam UUD Tahun 1945", []),
        # A habit, not a date.
        ("Setiap hari Rabu, jajaran kepolisian turun ke sekolah.", []),
    ],
)
def test_years_of_holidays_and_what_is_no_date(text, values):
    assert [m.value for m in find_dates(text, date(2025, 10, 21))] == values


def test_a_misnamed_weekday_beside_the_publication_date_keeps_the_year():
    # Real quote (detik-1000, even id): 4/9/2025 was a Thursday, the article says Rabu.
    found = find_dates("berlangsung di Senayan, Jakarta, pada Rabu (4/9).", date(2025, 9, 4))
    assert [m.value for m in found] == ["2025-09-04"]
    # Invented: far from the publication date the weekday still picks the year.
    found = find_dates("kejadian pada Jumat (3/1) lalu", date(2025, 10, 21))
    assert [m.value for m in found] == ["2025-01-03"]


def test_a_year_in_brackets_after_a_name_is_a_date():
    # Short real quotes (detik-1000, even ids): citations of works and bodies.
    text = (
        "Seperti diingatkan Baker & Salop (2015), kebijakan persaingan penting. UNESCO (2019) "
        "juga menegaskan hal itu (Pateman, 1970)."
    )
    assert [m.value for m in find_dates(text, date(2025, 5, 29))] == ["2015", "2019", "1970"]
    # Invented: a count with a bracketed number is no citation.
    assert find_dates("jumlahnya 2.000 (2024) orang", date(2025, 5, 29)) == []


@pytest.mark.parametrize(
    "text",
    [
        # invented: the capital-letter check binds to every month of the alternation, not only
        # to its first (longest) one, as the patterns' comments say
        "Rapat digelar pada juni lalu.",
        "Inflasi agustus lalu naik.",
        "Dana cair untuk oktober, november dan desember.",
    ],
)
def test_a_month_read_without_a_day_is_capitalised(text):
    assert find_dates(text, "2025-10-01") == []


def test_capitalised_months_without_a_day_still_read():
    found = find_dates("Dana cair untuk Oktober, November dan Desember.", "2025-10-01")
    assert [m.text for m in found] == ["Oktober", "November", "Desember"]


def test_a_weekday_ahead_is_the_next_such_day():
    # Invented (session 48): "pada Rabu mendatang" / "pada Rabu depan" is the coming Wednesday,
    # not the last one; the page is dated Monday 20 October 2025.
    assert values("Sisa peserta diumumkan pada Rabu mendatang.", "2025-10-20") == ["2025-10-22"]
    assert values("Hasilnya diumumkan pada Rabu depan.", "2025-10-20") == ["2025-10-22"]
    assert values("Hasilnya diumumkan Rabu mendatang.", "2025-10-20") == ["2025-10-22"]


def test_a_weekday_without_a_word_ahead_stays_in_the_past():
    # Invented refusals: "pada Rabu" in a report, or a "lalu" after a comma, is the last Wednesday
    assert values("Rapat digelar pada Rabu.", "2025-10-20") == ["2025-10-15"]
    assert values("Rapat digelar pada Rabu, lalu mereka pulang.", "2025-10-20") == ["2025-10-15"]


def test_a_weekday_date_with_its_second_slash_lost():
    # Invented (session 48): "Sabtu (18/102025)" lost the slash before the year
    assert values("kata dia, Sabtu (18/102025).", "2025-10-20") == ["2025-10-18"]


def test_a_slashless_date_needs_its_weekday_to_agree():
    # Invented refusals: the weekday names another day, or no weekday before a code in brackets
    assert values("kata dia, Senin (18/102025).", "2025-10-20") == []
    assert values("dengan kode (18/102025) di berkas.", "2025-10-20") == []


def test_a_span_ahead_from_now_is_a_duration():
    # Invented (session 48): "N bulan ke depan" is the coming span (the golds: a duration)
    assert values("Investasi cair dalam enam bulan ke depan.", "2025-10-20") == []
    assert values("Penyaluran berjalan hingga dua pekan ke depan.", "2025-10-20") == []
    assert values("Proyek rampung dalam 2-3 tahun ke depan.", "2025-10-20") == []
    assert values("Sepanjang lima tahun ke depan, investasi tumbuh.", "2025-10-20") == []


def test_n_ahead_without_a_span_frame_is_a_date():
    # Invented refusal (session 48 mend): no "dalam/hingga/selama/sepanjang/untuk/sampai" before
    # it, "dua pekan ke depan" points to a day
    assert values("Hasilnya akan diumumkan dua pekan ke depan.", "2025-10-01") == ["2025-10-15"]


def test_a_count_of_time_still_to_come_is_a_date():
    # Invented refusals: "lagi" and "mendatang" point to a date
    assert values("Pemilu digelar 4 tahun lagi.", "2025-10-20") == ["2029"]
    assert values("Pemilu digelar 4 tahun mendatang.", "2025-10-20") == ["2029"]
    assert values("Pendaftaran ditutup tiga bulan lagi.", "2025-10-20") == ["2026-01"]


def test_a_climate_goal_year():
    # Invented (session 49, the shape of dev9's "target net zero emission 2060"): the year of a
    # national goal written right after the goal's name, as "Indonesia Emas 2045"
    assert values("Perusahaan mendukung target net zero emission 2060 lewat program hijau.") == [
        "2060"
    ]
    assert values("Pemerintah mengejar NZE 2060 dan Net Zero Emissions tahun 2050.") == [
        "2060",
        "2050",
    ]


def test_a_goal_name_without_a_year_dates_nothing():
    # Invented refusals: the goal named with no year, or with an amount after it
    assert values("Untuk mencapai target net zero emission, permintaan nikel naik.") == []
    assert values("Program NZE 2.060 ton karbon dipangkas.") == []


def test_a_cited_year_whose_space_was_lost():
    # Invented (session 49, dev9's "Clean Energy Transition(2021)"): the crawl glued the
    # citation's bracket to the title; it is the same citation as "Transition (2021)"
    assert values("Laporan Energy Outlook(2021) memperkirakan permintaan naik.") == ["2021"]


def test_a_glued_bracket_holding_more_than_a_year_is_no_citation():
    # Invented refusals: a count, or a year with other words, in the glued bracket
    assert values("Peserta Jakarta(2021 orang) hadir.") == []
    assert values("Laporan Outlook(2021-an) terbit.") == []


def test_a_label_or_code_glued_to_a_year_bracket_is_no_citation():
    # Invented refusals (review, session 49): glued, only a written word cites
    assert values("Antrean di Ruang B(2021) dibuka pagi.") == []
    assert values("Kode PROMO(2025) berlaku hari ini.") == []


# --- session 50: addresses, a day written again, the text's own today -----------------------


def test_a_neighbourhood_number_is_no_date():
    # Invented: "RT 04/03/02" numbers a neighbourhood (rukun tetangga / rukun warga)
    assert values("Banjir merendam rumah di Kampung Sawah RT 04/03/02 RW 01.", "2025-10-22") == []
    assert values("Warga RW. 05/06/07 mengungsi ke balai desa.", "2025-10-22") == []


def test_a_numeric_date_after_other_words_stays_a_date():
    # Invented refusals: only RT/RW before the numbers make an address
    assert values("Rapat digelar Minggu, 31-12-23 di balai RT.", "2024-01-02") == ["2023-12-31"]
    assert values("Surat ERT 04/03/02 dikirim kemarin.", "2025-10-22")[0] == "2002-03-04"


def test_a_day_written_again_without_its_year_takes_the_year_written():
    # Invented: an October 2025 article recalling a hearing of May 2024, dated once in full
    text = (
        "Rapat digelar pada Rabu (15/5/2024) di gedung DPR. "
        '"Logistik harus aman," kata Ketua KPU kepada wartawan, Rabu (15/5).'
    )
    assert values(text, "2025-10-22") == ["2024-05-15", "2024-05-15"]


def test_a_day_written_again_keeps_the_nearest_year_when_the_weekday_differs():
    # Invented refusals: another weekday, or no full date of that day, keeps the reader's year
    text = "Rapat digelar pada Rabu (15/5/2024). Sidang lanjutan digelar Kamis (15/5)."
    assert values(text, "2025-10-22") == ["2024-05-15", "2025-05-15"]
    assert values("Sidang digelar Kamis (15/5).", "2025-10-22") == ["2025-05-15"]


def test_relative_days_count_from_the_today_the_text_dates():
    # Invented: the text calls Monday 20/10 "hari ini", the page is dated Tuesday 21/10
    text = (
        "Tersangka diperiksa hari ini, Senin (20/10/2025). "
        "Surat panggilan diterima kemarin, kata penyidik."
    )
    assert values(text, "2025-10-21") == ["2025-10-20", "2025-10-20", "2025-10-19"]


def test_the_page_date_stays_today_without_a_fitting_written_today():
    # Invented refusals: a weekday that does not fit, a date after the page date, a date far
    # before it, or a full date not called "hari ini"
    for written in ("Selasa (20/10/2025)", "Rabu (22/10/2025)", "Senin (13/10/2025)"):
        text = f"Tersangka diperiksa hari ini, {written}. Surat diterima kemarin."
        assert values(text, "2025-10-21")[-1] == "2025-10-20"
    text = "Tersangka diperiksa Senin (20/10/2025). Surat diterima kemarin."
    assert values(text, "2025-10-21") == ["2025-10-20", "2025-10-20"]


# --- session 50, review mends ----------------------------------------------------------------


def test_an_anniversary_without_a_weekday_keeps_this_years_date():
    # Invented refusals (review, session 50): a day and month written again without a weekday
    # is no restatement of the old full date (anniversaries, a law's yearly date)
    text = "Proklamasi dibacakan 17 Agustus 1945. Upacara HUT RI pada 17 Agustus nanti digelar."
    assert values(text, "2025-10-01") == ["1945-08-17", "2025-08-17"]
    text = "Tsunami Aceh terjadi pada Minggu, 26 Desember 2004. Setiap 26 Desember warga berziarah."
    assert values(text, "2025-10-01") == ["2004-12-26", "2025-12-26"]
    text = "UU itu diundangkan 2 November 2020. Aturan turunannya berlaku 2 November mendatang."
    assert values(text, "2025-10-01") == ["2020-11-02", "2025-11-02"]


def test_a_textual_day_written_again_with_its_weekday_takes_the_year_written():
    # Invented: the weekday named with the day fits the year written before
    text = "Pada Rabu, 15 Mei 2024 rapat digelar. Lalu Rabu, 15 Mei, ketua KPU bicara."
    assert values(text, "2025-10-22") == ["2024-05-15", "2024-05-15"]


def test_a_neighbourhood_with_a_four_digit_year_is_a_date():
    # Invented refusal: the last group has four digits, so the numbers are a date
    assert values("Dia terpilih sebagai Ketua RT 4/10/2025 lalu, kata warga.") == ["2025-10-04"]


def test_a_neighbourhood_in_lower_case_is_no_date():
    # Invented: "rt"/"rw" written in lower case number a neighbourhood too
    assert values("Longsor menimpa rumah warga di rt 01/07/22 Desa Sukamaju.", "2025-10-01") == []
    assert values("Warga rw 04/02/01 Desa Cikole menolak tambang.", "2025-10-01") == []


def test_a_quoted_today_leaves_the_page_date_today():
    # Invented refusal: "hari ini" inside a quotation is the day the speaker spoke
    for quoted in (
        '"Kami tangkap hari ini, Senin (29/9/2025)."',
        "“Kami tangkap hari ini, Senin (29/9/2025).”",
    ):
        text = f"Polisi menangkap pelaku kemarin. Kapolres sebelumnya berjanji, {quoted}"
        assert values(text, "2025-10-01")[0] == "2025-09-30"
    # Invented: outside a quotation the written today still counts
    text = 'Tersangka ditahan hari ini, Senin (29/9/2025). "Dia diperiksa kemarin," kata penyidik.'
    assert values(text, "2025-10-01")[-1] == "2025-09-28"


def test_a_day_written_again_keeps_the_readers_year_when_its_weekday_fits():
    # Invented refusal (lead, session 50): 1 October is a Wednesday in 2014 and in 2025, so the
    # restated "Rabu (1/10) kemarin" of a page dated 2 October 2025 is this week's Wednesday
    text = "Gedung itu diresmikan Rabu (1/10/2014). Warga berkumpul di sana Rabu (1/10) kemarin."
    assert values(text, "2025-10-02")[-1] == "2025-10-01"
