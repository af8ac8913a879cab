import pytest

from indonesian.numbers import find_numbers, parse_amount, parse_number, parse_numeral


@pytest.mark.parametrize(
    "token, expected",
    [
        ("91.703", 91703),
        ("40,2", 40.2),
        ("1.234.567,89", 1234567.89),
        ("1,234,567", 1234567),
        ("3.000", 3000),
        ("1.5", 1.5),
        ("0,75", 0.75),
        ("12", 12),
    ],
)
def test_parse_numeral_uses_indonesian_separators(token, expected):
    assert parse_numeral(token) == expected


@pytest.mark.parametrize(
    "text, value, approximate",
    [
        ("40,2 juta", 40_200_000, False),
        ("1,5 miliar", 1_500_000_000, False),
        ("2,75 triliun", 2_750_000_000_000, False),
        ("sebelas", 11, False),
        ("dua", 2, False),
        ("dua belas", 12, False),
        ("dua puluh lima", 25, False),
        ("seratus dua puluh tiga ribu", 123_000, False),
        ("satu juta lima ratus ribu", 1_500_000, False),
        ("sejuta", 1_000_000, False),
        ("setengah juta", 500_000, False),
        ("puluhan", 10, True),
        ("ratusan", 100, True),
        ("puluhan ribu", 10_000, True),
        ("ribuan", 1_000, True),
        ("Rp 22 Triliun", 22_000_000_000_000, False),
    ],
)
def test_parse_number(text, value, approximate):
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == value and isinstance(parsed.value, int)
    assert parsed.approximate is approximate


@pytest.mark.parametrize("text", ["", "juta", "dua tiga", "peserta", "tiga orang"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Rp 22 Triliun", 22_000_000_000_000, "rupiah"),
        ("Rp1.500.000", 1_500_000, "rupiah"),
        ("Rp 5 M", 5_000_000_000, "rupiah"),
        ("IDR 3,2 miliar", 3_200_000_000, "rupiah"),
        ("15 triliun rupiah", 15_000_000_000_000, "rupiah"),
        ("US$ 5 juta", 5_000_000, "USD"),
        ("2,5 juta dolar AS", 2_500_000, "USD"),
        ("48 persen", 48, "persen"),
        ("647%", 647, "persen"),
        ("7,5 persen", 7.5, "persen"),
    ],
)
def test_parse_amount_reads_currency_and_percent(text, value, unit):
    amount = parse_amount(text)
    assert (amount.value, amount.unit) == (value, unit)


def test_find_numbers_spans_and_flags():
    text = (
        "Jumlah peserta mencapai 40,2 juta pekerja, 48 persennya formal; dana Rp22 triliun. "
        "Salah satu dari puluhan ribu buruh di COVID-19 dan satuan tugas."
    )
    found = {m.text: m for m in find_numbers(text)}
    assert set(found) == {"40,2 juta", "48 persennya", "Rp22 triliun", "satu", "puluhan ribu"}
    assert found["40,2 juta"].value == 40_200_000 and found["40,2 juta"].scaled
    assert found["48 persennya"].unit == "persen"
    assert found["Rp22 triliun"].unit == "rupiah"
    assert found["satu"].words_only and not found["satu"].scaled
    assert found["puluhan ribu"].approximate and found["puluhan ribu"].words_only
    for mention in found.values():
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text, surface, low, high, unit",
    [
        ("mendapat sekitar 15-20 persen dari nilai", "15-20 persen", 15, 20, "persen"),
        ("naik 15–20% tahun ini", "15–20%", 15, 20, "persen"),
        ("turun 0,24 sampai 1,74 persen", "0,24 sampai 1,74 persen", 0.24, 1.74, "persen"),
        ("nilainya Rp 5-10 miliar", "Rp 5-10 miliar", 5_000_000_000, 10_000_000_000, "rupiah"),
        (
            "antara Rp 500 ribu hingga Rp 1 juta",
            "Rp 500 ribu hingga Rp 1 juta",
            500_000,
            1_000_000,
            "rupiah",
        ),
        ("genangan 10-20 cm", "10-20", 10, 20, None),
        ("sekitar 5 s.d. 10 persen", "5 s.d. 10 persen", 5, 10, "persen"),
        # short real quote (detik-1000, even id 850): after "antara", "dan" joins the ends
        ("diperkirakan antara 8.000 dan 10.000 orang.", "8.000 dan 10.000", 8_000, 10_000, None),
    ],
)
def test_a_range_is_one_mention_with_both_ends(text, surface, low, high, unit):
    (mention,) = find_numbers(text, ranges=True)
    assert (mention.text, mention.value, mention.value_max, mention.unit) == (
        surface,
        low,
        high,
        unit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "menang 2-1 atas tuan rumah",
        "Rp 3 miliar hingga 2025",
        "dari 36 menjadi 50 siswa",
        # invented: "dan" without "antara" lists two numbers; "antara" with a noun between
        "sebanyak 36 dan 50 siswa",
        "antara 5 orang dan 3 mobil",
        # invented: two years after "antara" are a period, not a range of values
        "Antara 2019 dan 2023 pemerintah membangun 120 jembatan.",
        "Data antara 2020 dan 2024 warga miskin turun.",
        "antara 2019 dan 50 siswa",
        # invented: the difference between two numbers
        "Selisih antara 36 dan 50 siswa itu besar.",
    ],
)
def test_what_is_not_a_range(text):
    assert all(m.value_max is None for m in find_numbers(text, ranges=True))


def test_ranges_only_when_asked():
    assert [m.text for m in find_numbers("naik 15–20%")] == ["15", "20%"]


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # invented sentences in the style of market reports
        ("saham itu (-14,99%) turun", "-14,99%", -14.99),
        ("suku bunga dipotong menjadi -0,25% tahun ini", "-0,25%", -0.25),
        ("suhu turun ke −2 derajat", "−2", -2),
    ],
)
def test_a_minus_sign_after_a_space_or_bracket_makes_a_negative_number(text, surface, value):
    (mention,) = [m for m in find_numbers(text, ranges=True) if not m.words_only]
    assert (mention.text, mention.value) == (surface, value)


@pytest.mark.parametrize("text", ["COVID-19", "kalah 0-1", "15-20 persen"])
def test_a_dash_after_a_digit_or_letter_is_no_minus_sign(text):
    assert all(m.value >= 0 for m in find_numbers(text, ranges=True))


def test_rupiah_glued_to_the_word_before_is_still_a_currency():
    # Real quote (detik-1000, even id): the scrape lost the space before "Rp".
    found = find_numbers("denda paling banyakRp 400.000.000 Pasal 45A")
    assert [(m.value, m.unit) for m in found[:1]] == [(400_000_000, "rupiah")]
    # Invented: a company suffix is no currency.
    assert [(m.value, m.unit) for m in find_numbers("PT Maju Corp 5 unit")] == [(5, None)]


def test_more_currency_codes_before_the_amount():
    # Invented amounts.
    assert [(m.value, m.unit) for m in find_numbers("AUD 8 miliar dan GBP 2 juta")] == [
        (8_000_000_000, "AUD"),
        (2_000_000, "GBP"),
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        # Invented: scraped text that lost the brackets of "12 (dua belas)" writes the number
        # twice; it is one number, not 12 + 12 (session 45 review of dev7's "1 satu orang")
        ("menangkap 12 dua belas orang", 12),
        ("sebanyak 20 dua puluh korban", 20),
        ("1 sebelas orang", 1),
        ("10 sepuluh orang", 10),
    ],
)
def test_digits_then_the_same_number_in_words_is_not_a_sum(text, value):
    assert [m.value for m in find_numbers(text)][:1] == [value]


def test_number_words_alone_still_read():
    # Invented: the refusal above reads only a word right after digits.
    assert [m.value for m in find_numbers("sebelas orang dan dua puluh lima warga")] == [11, 25]
    assert [m.value for m in find_numbers("12 ribu orang")] == [12_000]


@pytest.mark.parametrize(
    "text, value",
    [
        # Invented (session 49, the shape of dev9's "1.410.000.000 miliar porsi"): digits written
        # in full already carry the magnitude; the scale word after them restates it
        ("sudah 1.250.000.000 miliar porsi dibagikan", 1_250_000_000),
        ("dana Rp 2.000.000.000.000 triliun", 2_000_000_000_000),
        ("sebanyak 3,500,000,000 miliar liter", 3_500_000_000),
    ],
)
def test_full_digits_then_their_own_scale_word_is_not_multiplied(text, value):
    assert [m.value for m in find_numbers(text)][:1] == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        # Invented refusals: digits below the scale are counted in that scale
        ("belanja Rp 1.275,6 triliun", 1_275_600_000_000_000),
        ("investasi Rp 10.300 triliun", 10_300_000_000_000_000),
        ("aset Rp 6.056,14 miliar", 6_056_140_000_000),
        ("sekitar 40,2 juta peserta", 40_200_000),
        ("anggaran 500 miliar", 500_000_000_000),
        # Invented (review, session 49): statistics and budget tables write thousands or
        # millions in full digits before "ribu"/"juta"; those do multiply
        ("produksi 31.540 ribu ton", 31_540_000),
        ("gaji Rp 3.500 ribu per bulan", 3_500_000),
        ("pagu Rp 1.250.000 juta", 1_250_000_000_000),
    ],
)
def test_grouped_digits_below_their_scale_are_multiplied(text, value):
    assert [m.value for m in find_numbers(text)][:1] == [value]


def test_rupiah_sign_alone_in_brackets_before_the_digits():
    # Invented (session 52, the shape of a quoted statement "mencapai (Rp) 335 triliun")
    text = "anggarannya mencapai (Rp) 40 triliun tahun depan"
    [mention] = find_numbers(text)
    assert (mention.value, mention.unit) == (40_000_000_000_000, "rupiah")
    assert text[mention.start : mention.end] == "(Rp) 40 triliun"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Invented refusals: a bracketed "Rp" with no digits after it is no sign of a number
        ("harga (Rp) naik 5 persen", [(5, "persen")]),
        # another currency in brackets is left as it was
        ("nilainya (USD) 5 juta", [(5_000_000, None)]),
        # a whole amount in brackets reads as before
        ("dana (Rp 5 juta) cair", [(5_000_000, "rupiah")]),
    ],
)
def test_bracketed_rupiah_sign_refusals(text, expected):
    assert [(m.value, m.unit) for m in find_numbers(text)] == expected
