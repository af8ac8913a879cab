"""newsintel_figures: figures = number + scale + unit + what it measures.

"mencapai 40,2 juta pekerja" -> {value: 40200000, unit: "pekerja", kind: "achievement",
measure: "jumlah_pekerja", measure_en: "number of workers", organization, region, ...}.
Numbers are read by indonesian.numbers (decimal comma, thousands dot, scale words, number words,
Rp and persen). A number is a figure when it counts or measures something:

* its unit is a currency, "persen", or the noun after it ("pekerja", "tenaga kerja",
  "wali kota"); a headline in Title Case gives its unit capitalised ("70 Juta Pekerja"). A word
  that is never a noun (a verb, adverb or particle: "merupakan", "tak", "menjadi"; nlp/word_classes)
  is no unit: "5 orang tak dikenal" counts orang. Acronyms count only when they name people or
  things counted ("20 juta KPM", "3.414 ASN"), and "35 Keluarga Penerima Manfaat (KPM)" counts
  its long form;
* a number without a unit takes the unit of the number it is set against ("dari 36 menjadi 50
  siswa", "164 dari 166 titik") or, before "di antaranya", the unit of the figure before it;
* a number without a unit after the name of an index ("IPM 74,39 tahun 2023", "Indeks Risiko
  Bencana 100,80", "Nilai Tukar Petani (NTP) menjadi 124,36") is the index's value: ``unit``
  None, ``measure`` the index's name (``_index_value``; a stock index's level is left out);
* a range ("15-20 persen", "0,24 sampai 1,74 persen", "Rp 5-10 miliar") is ONE figure:
  ``value`` its low end, ``value_max`` its high end (None for a single number);
* it is not a date, a year, a regulation number ("Nomor 2 Tahun 2021"), a phone number, a clock
  time ("12:02", "14.29 WIB"), a list number ("1."), an article or floor number ("Pasal 5",
  "Lantai 11"), nor a duration ("dalam 5 tahun");
* numbers written in words ("tiga pihak", "puluhan korban", "miliaran rupiah") are not reported
  figures: Indonesian news writes what it reports in digits (the annotation convention too).

kind is "target" when the clause says so (target, menargetkan, ditargetkan, sasaran, akan...),
"achievement" for mencapai, tercatat, sebanyak, hingga, realisasi, and None otherwise. context is
a short phrase of what is measured, sentence the whole sentence. ``measure`` (and ``measure_en``)
is the normalised label of the quantity (nlp/measures.py, vocabulary in nlp/data/measures.yaml);
``organization`` the organisation named nearest to it in its sentence (its acronym when it has
one) and ``region`` the place, both None when the sentence names none. A figure repeated in one
article (the headline restating the body, or rounding it) is listed once, from its fullest
sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from indonesian.dates import find_dates
from indonesian.function_words import HEADLINE_FUNCTION_WORDS
from indonesian.numbers import NumberMention, find_numbers, looks_like_year, parse_number
from indonesian.regulations import find_regulations
from nlp.lexicon import cues, roles
from nlp.measures import Measure, MeasureVocabulary, measure_vocabulary, value_kind
from nlp.textutil import doc_text
from nlp.vocabulary import is_common
from nlp.word_classes import is_non_noun, treebank_nouns

EXTENSION = "figures"
for extension in (EXTENSION, "published"):
    if not Doc.has_extension(extension):
        Doc.set_extension(extension, default=None)

# Nouns of two words that are one unit, as dictionaries list them ("70 juta tenaga kerja",
# "98 wali kota", "40 ahli waris"); a noun and its modifier are not ("2.317 kasus [kecelakaan
# kerja]": kasus).
COMPOUND_UNITS = {
    "basis poin",  # "25 basis poin": a rate change, not "basis"
    "poin persentase",
    "tenaga kerja",
    "wali kota",
    "kepala daerah",
    "kepala desa",
    "kepala keluarga",
    "kepala badan",
    "kepala dinas",
    "pemberi kerja",
    "badan usaha",
    "pelaku usaha",
    "perusahaan rintisan",
    "usaha mikro",
    "rumah tangga",
    "rumah sakit",
    "anak usaha",
    "anggota keluarga",
    "peserta didik",
    "pekerja migran",
    "perangkat desa",
    "penerima upah",
    "penerima bantuan",
    "penerima manfaat",
    "kecelakaan kerja",
    "kantor cabang",
    "mitra kerja",
    "balai latihan",
    "satuan kerja",
    "unit usaha",
    "lapangan kerja",
    "lapangan pekerjaan",
    "kali lipat",
    "sekolah dasar",
    "rombongan belajar",  # a class of pupils ("4 rombongan belajar (Rombel)"), not "rombongan"
    "kepala sekolah",
    "tempat tidur",
    "ton co2",
    "metrik ton",  # "196 metrik ton": a tonne, not "metrik"
    "kilo meter",
    "meter persegi",
    "hektare lahan",
    "angkatan kerja",
    "ahli waris",
    "surat kuasa",
    "surat keputusan",
    "tenaga kesehatan",
    "tenaga pendidik",
    "tenaga kependidikan",  # school staff beside the teachers (UU Sisdiknas), not "tenaga"
    "tenaga honorer",
    "pegawai negeri",
    "perguruan tinggi",
    "kantor wilayah",
    "pondok pesantren",
    "anak buah",
    "orang tua",
    "buruh tani",
    "awak kapal",
    "anak yatim",
    "satuan pendidikan",
    "keluarga penerima",
    "pemerintah daerah",  # "109 pemerintah daerah (Pemda)": not "pemerintah"
    "peraturan daerah",  # "480.000 peraturan daerah" (Perda): not "peraturan"
    "wakil rakyat",  # "45 wakil rakyat": members of a legislature (KBBI), not "wakil"
    "anggota parlemen",  # members of a parliament, as "wakil rakyat": not any "anggota"
    "warga sipil",  # civilians set against soldiers or police ("24 warga sipil dan 78 polisi")
}
# Acronyms of people, households and documents that news counts ("20 juta KPM", "3.414 ASN",
# "1,3 juta SIM"); with the measuring units below, the acronyms that are units after a number. Any
# other acronym after a number names something ("11 ALB") and is no unit.
COUNTED_THINGS = {
    "KPM",
    "ASN",
    "PNS",
    "PPPK",
    "UMKM",
    "PMI",
    "TKI",
    "TKA",
    "WNI",
    "WNA",
    "KK",
    "ODGJ",
    "ABK",
    "CPNS",
    "ODP",
    "PDP",
    "OTG",
    "PSK",
    # documents people hold or file, counted by the million ("1,3 juta SIM", "14 juta WP")
    "SIM",
    "KTP",
    "NIK",
    "NPWP",
    "WP",
}
# The long forms of counted acronyms above, three words each, written in lower case without the
# acronym after them ("77 ribu keluarga penerima manfaat"): the whole long form is the unit, not
# its first two words (COMPOUND_UNITS has "keluarga penerima" for the headline's shorter form).
COUNTED_LONG_FORMS = {
    "keluarga penerima manfaat",  # KPM
    "aparatur sipil negara",  # ASN
    "pegawai negeri sipil",  # PNS
    "pekerja migran indonesia",  # PMI
    "tenaga kerja indonesia",  # TKI
    "tenaga kerja asing",  # TKA
    "warga negara indonesia",  # WNI
    "warga negara asing",  # WNA
    "anak buah kapal",  # ABK
}
# Measuring units written as acronyms ("100 MW", "10 GB"): units after a number, never read back
# from a sentence before a number without a noun (a measure is no thing counted).
MEASURE_ACRONYMS = {
    "MW",
    "GW",
    "KW",
    "KWH",
    "MWH",
    "GWH",
    "GB",
    "TB",
    "MB",
    "TEU",
    "TEUS",
    "DWT",
    "GT",
    "CC",
    "BOPD",
    "BPH",
}
COUNTED_ACRONYMS = COUNTED_THINGS | MEASURE_ACRONYMS
# Facilities, permits and bodies news counts by their acronym ("38 RS pusat", "43 IUP", "4.965 RT
# dan 992 RW", "6 TPS", "47 BUMN"): units after a number, like COUNTED_ACRONYMS; read back before
# a number without a noun only when an earlier figure of the article counted them ("12.508 SPPG"),
# and never where the acronym names an item by the number after it ("RT 05 ... mencapai 3.000").
COUNTED_FACILITIES = {
    "RS",
    "RSUD",
    "SPPG",
    "IUP",
    "TPS",
    "RT",
    "RW",
    "SPBU",
    "BUMN",
    "BUMD",
    "PTN",
    "PTS",
    "OPD",
    "PAUD",
    "SLB",
}
# Counted agreements, governments, bylaws and facilities written in mixed case ("penandatanganan
# 2 MoU", "400 Pemda", "18 Perda"); matched as written.
COUNTED_MIXED_CASE = {"MoU", "Pemda", "Perda", "Ormas", "Puskesmas", "Posyandu"}
# A square or cubic unit whose superscript was decoded twice: "mÂ²", "kmÂ²", "mÂ³".
MOJIBAKE_SUPERSCRIPT = re.compile(r"^[kcd]?mÂ[²³]$")
# "N lebih X", "N-an lebih X": the number is a lower bound of a count of X.
OVER_WORDS = {"lebih"}
# Classifiers: "5.000 orang pekerja" counts pekerja; "5.000 orang" counts orang.
# "jiwa" is no classifier to read past: it is the unit a population is counted in (BPS, the
# social ministries), "96,8 juta jiwa penerima bantuan iuran" counts 96.8 million souls, the words
# after it say who they are. In brackets it is one ("jumlahnya 5 (jiwa)", BRACKETED_CLASSIFIER).
CLASSIFIERS = {"orang", "buah", "unit", "ekor", "lembar", "batang", "butir"}
# Between the two counts of a ratio written side by side ("5 TPS 1 desa"): spaces only.
RATIO_GAP = re.compile(r"[ \t]+")
# Adjacency alone is no ratio ("3 laki-laki 1 perempuan" is a list). The base of 1 of a ratio is a
# unit things are shared out over: an area or a station (a closed class: polling stations,
# administrative units, neighbourhood units, classrooms). "sekolah" is left out: "4 rumah 1
# sekolah rusak" lists damaged buildings.
RATIO_BASE_UNITS = {
    "tps",
    "desa",
    "kelurahan",
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
    "rt",
    "rw",
    "dusun",
    "kelas",
    "posko",
    # the ratio's own word read as the unit of its 1: "1 berbanding 5.000 penduduk"
    "berbanding",
    "banding",
}
# Or a cue right before the pair: "Setiap 1 TPS 2 petugas", "sejumlah 1 TPS 1 orang",
# "Idealnya 1 guru 20 siswa" (a cue earlier in the clause, "Setiap kecamatan mendapat 1 ambulans 2
# perawat", shares out over its own noun: the pair is a list).
RATIO_CUE_BEFORE = re.compile(
    r"\b(?:setiap|tiap|per|rasio(?:nya)?|perbandingan(?:nya)?|sejumlah|idealnya|komposisi)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# A value restated without its place is the first mention's fact only when it counts places
# (the places are the fact: "22 kabupaten/kota di NTT" ... "di seluruh 22 kabupaten/kota") or
# points back to it ("seluruh", "semua", "itu", "tersebut"); "5 orang ditangkap lagi" after "5
# orang di Bogor" is another arrest.
PLACE_COUNT_UNITS = {
    "kabupaten",
    "kota",
    "kabupaten/kota",
    "provinsi",
    "kecamatan",
    "kelurahan",
    "desa",
    "desa/kelurahan",
    "dusun",
    "negara",
    "wilayah",
    "daerah",
}
POINTS_BACK_BEFORE = re.compile(r"\b(?:seluruh|semua|segenap)\s+$", re.IGNORECASE)
POINTS_BACK_AFTER = re.compile(r"\s+(?:itu|tersebut|tadi)\b", re.IGNORECASE)
# "5 (orang)": a classifier in brackets right after a number is its unit.
BRACKETED_CLASSIFIER = re.compile(
    r"[ \t]*\((" + "|".join(sorted(CLASSIFIERS | {"jiwa"})) + r")\)", re.IGNORECASE
)
# Words after a number that are not what it counts.
NOT_UNITS = {
    "di",
    "dan",
    "yang",
    "dari",
    "ke",
    "pada",
    "untuk",
    "dengan",
    "atau",
    "itu",
    "ini",
    "tersebut",
    "adalah",
    "sebagai",
    "oleh",
    "dalam",
    "hingga",
    "sampai",
    "per",
    "lebih",
    "kurang",
    "saja",
    "pun",
    "lagi",
    "lalu",
    "sejak",
    "atas",
    "bagi",
    "antara",
    "s",
    "d",
    "sd",
    "hari",
    "yakni",
    "yaitu",
    "kepada",
    "akan",
    "telah",
    "sudah",
    "masih",
    "juga",
    "namun",
    "tetapi",
    "karena",
    "agar",
    "sehingga",
    "bahwa",
    "jika",
    "maka",
    "pula",
    "tahun",
    "nomor",
    "no",
    "ayat",
    "pasal",
    "huruf",
    "lainnya",
    "di antaranya",
    "diantaranya",
    "x",
    "sekitar",
    "ribu",
    "juta",
    "miliar",
    "triliun",
    "silam",
    "mendatang",
    "terakhir",
    "pertama",
    "kedua",
    "ketiga",
    "besar",
    "kecil",
    "wib",
    "wita",
    "wit",
    "tersisa",
    "se",
    "sekian",  # "2.500 sekian": "2,500-odd", a count whose noun is elsewhere
    # Demonstratives of degree ("that many", "this much"), spoken after a number whose noun was
    # named before: "Batch ini yang 100 ribu segitu" counts no "segitu".
    "segitu",
    "segini",
    "sebegitu",
    "sebegini",
    "begitu",
    "begini",
    "gitu",
    "gini",
}
DURATION_UNITS = {
    "tahun",
    "bulan",
    "hari",
    "minggu",
    "pekan",
    "jam",
    "menit",
    "detik",
    "dekade",
    "abad",
    "windu",
    "triwulan",
    "semester",
    "kuartal",
    "malam",
    "pagi",
    "siang",
    "sore",
}
# Units that name the same thing: a headline's "70 Juta Pekerja" is the body's "70 juta tenaga
# kerja".
UNIT_SYNONYMS = {
    "tenaga kerja": "pekerja",
    "buruh": "pekerja",
    "karyawan": "pekerja",
    "%": "persen",
}
# Words of a rank or a position: before a number they make it an identifier, and between an
# index's name and a number they make the number the index's position ("level 8.025,17").
RANK_WORDS = ("urutan", "peringkat", "ranking", "rangking", "level")
# Words before a number that make it an identifier, not a quantity.
IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:nomor|nomer|no|pasal|ayat|lantai|lt|kav|kavling|rt|rw|jl|jalan|blok|gedung|tower|kode|pos|"
    r"halaman|hal|tahap|gelombang|batch|angkatan|periode|edisi|volume|vol|seri|versi|bab|butir|poin|sila|huruf|"
    r"angka|" + "|".join(RANK_WORDS) + r"|juara|nomor urut|kelas|gol|golongan|tipe|model|"
    r"pukul|jam|"
    r"pkl|tanggal|tgl|no\.|desil|sman|smpn|sdn|smkn|sma|smp|sd|smk|mtsn|sltp|slta|upt|upt[ds])\.?\s*:?\s*)$",
    re.IGNORECASE,
)
PHONE_RE = re.compile(
    r"(?=[tTfFhHwWcC+(0])(?:(?:telp|telepon|tel|fax|faks|hp|wa|whatsapp|hotline|call\s*center)\.?\s*:?\s*)?"
    r"(?:\+62|\(0\d{1,3}\)|(?<!\d)0\d{2,4}(?=[\s-]?\d))[\d\s().-]{5,}\d",
    re.IGNORECASE,
)
THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# An acronym right before a number makes it part of a name ("SMAN 1", "PLTU 1", "HPK 1").
NAME_BEFORE = re.compile(r"\b[A-Z]{2,6}\s$")
# A score is named before its value: "dengan skor 3,32", "Skor: 3,21" (a survey, an index), also
# with a superlative and a linking word between ("skor terbaik dengan 3,35", "skor teratas yakni
# 3,35").
SCORE_BEFORE = re.compile(
    r"\bskor(?:\s+(?:ter[a-z]+|rata-rata|akhir|total))?"
    r"(?:\s+(?:yakni|yaitu|adalah|dengan|sebesar|senilai|mencapai))?\s*:?\s*$",
    re.IGNORECASE,
)
# The next items of a ranking after a score: "skor teratas yakni 3,35, disusul Kemenlu 3,32, dan
# Kemenag 3,26": a bare decimal after a name listed right after a score is a score.
LISTED_SCORE_GAP = re.compile(
    r",?\s*(?:(?i:disusul|diikuti|dan|serta|lalu|kemudian)\s+)*(?:oleh\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,6}(?:(?i:dengan|sebesar|yakni|dengan\s+skor)\s+)?"
)
# "skor 2-1" is a match result, not a value.
MATCH_RESULT_AFTER = re.compile(r"^\s*[-–:]\s*\d")
CLOCK_AFTER = re.compile(r"^\s*(?:WIB|WITA|WIT|UTC|GMT)\b")
TARGET_CUES = re.compile(
    r"\b(?:target\w*|menargetkan|ditargetkan|sasaran|proyeksi\w*|diproyeksikan|direncanakan|rencana\w*|"
    r"akan|diharapkan|berharap|mengejar|dipatok|mematok|menyasar|disasar)\b",
    re.IGNORECASE,
)
ACHIEVEMENT_CUES = re.compile(
    r"\b(?:mencapai|tercapai|capaian|tercatat|mencatat|mencatatkan|sebanyak|hingga|realisasi\w*|terealisasi|"
    r"telah|sudah|berhasil|kini|saat\s+ini|per\s+\w+\s+\d{4})\b",
    re.IGNORECASE,
)
# Cue and link words trimmed off the end of the phrase before a number when it becomes the context.
CONTEXT_TRIM = re.compile(
    r"(?:\s+(?:mencapai|sebanyak|sebesar|adalah|ialah|yakni|yaitu|tercatat|menjadi|hingga|sekitar|lebih|"
    r"dari|kurang|hampir|oleh|kepada|di|mana|sampai|dengan|capai|senilai|setara|total|ada|terdapat|"
    r"menargetkan|ditargetkan|targetkan|naik|turun|tumbuh|meningkat|menurun|baru|sekitar|kurang\s+lebih))+$",
    re.IGNORECASE,
)
# A word; "kabupaten/kota" is one ("35 kabupaten/kota").
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*(?:/[^\W\d_][\w'’-]*)*")
SENTENCE_END = re.compile(r"[.!?]+[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])|\n+")
# Abbreviations whose dot does not end a sentence ("Kab. Bogor", "No. 2", "Dr. Oce").
ABBREVIATIONS = {
    "no",
    "kab",
    "rp",
    "dr",
    "prof",
    "ir",
    "jl",
    "st",
    "hj",
    "h",
    "dll",
    "dsb",
    "kec",
    "prov",
    "tbk",
    "sdr",
    "bpk",
    "ny",
    "drs",
    "m",
    "s",
    "a",
    "b",
    "kav",
    "tgl",
    "telp",
    "u",
}
CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\s[-–—]\s")
MAX_CONTEXT_WORDS = 8
# A number set against the next one shares its unit: "dari 36 menjadi 50 siswa", "164 dari 166
# titik".
SHARED_UNIT_JOIN = re.compile(r"\s+(?:menjadi|jadi|ke|dari|dan|atau)\s+", re.IGNORECASE)
# "2.757 di antaranya": a part of the figure before.
PART_OF_PREVIOUS = re.compile(
    r"\s*(?:di\s*antara(?:nya)?|dari\s+jumlah\s+(?:itu|tersebut))\b", re.IGNORECASE
)
# "35.046.783 Keluarga Penerima Manfaat (KPM)": a counted noun written out before its acronym.
LONG_FORM_UNIT = re.compile(r"\s+((?:[A-Z][a-z]+\s+){1,4})\(([A-Z]{2,6})\)")
# "2,6 juta wajib pajak (WP)": a counted noun of several words, defined by the acronym after it.
LOWER_LONG_FORM_UNIT = re.compile(r"\s+((?:[a-z]+\s+){1,4})\(([A-Z]{2,6})\)")
# "18 Peraturan Daerah (Perda)": a counted noun in Title Case, defined by its syllable short form of
# COUNTED_MIXED_CASE after it.
MIXED_LONG_FORM_UNIT = re.compile(r"\s+((?:[A-Z][a-z]+\s+){1,4})\(([A-Z][a-z]+)\)")
# A mass per an area or a volume is a concentration or a yield, one unit: "15 mikrogram per meter
# kubik" (air quality), "1.000 kilogram per hektare" (a harvest). Closed classes: the metric
# units of mass, and of area and volume. A mass per a time or per a person ("per hari", "per
# orang") is left to the mass: the gold sets write those rates both ways.
MASS_UNITS = {"mikrogram", "miligram", "mg", "gram", "kilogram", "kg", "ton"}
DENSITY_AFTER = re.compile(
    r"[ \t]+per[ \t]+(meter[ \t]+kubik|meter[ \t]+persegi|kilometer[ \t]+persegi|liter|"
    r"hektare|hektar|ha|m3|m³|km2|km²)(?![\w-])",
    re.IGNORECASE,
)
# "2 banding 1", "3 berbanding 2": the word of a ratio between its two terms.
RATIO_WORD_AFTER = re.compile(r"[ \t]+(?i:banding|berbanding)[ \t]+\d")
# A number spelled out in brackets after its digits: "5 (lima) program", "1 (satu) orang".
SPELLED_OUT = re.compile(r"\s*\(([a-z]+(?:\s+[a-z]+){0,4})\)")
# The same without its brackets, as scraped text leaves it: "1 satu orang tersangka".
SPELLED_BARE = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}")
LOWER_WORD = re.compile(r"[a-z]+")
# "Satuan Pelayanan Pemenuhan Gizi (SPPG)": a long form in capitalised words and its acronym.
ACRONYM_DEFINITION = re.compile(r"\b((?:[A-Za-z][a-z]+\s+){2,6})\(([A-Z]{2,6})\)")
# What lies between a figure and a number without a unit set against it or listed after it: a
# place ("di Jakarta"), then a list comma or conjunction, or a change word ("menjadi", "ke").
PREVIOUS_UNIT_JOIN = re.compile(
    r"(?:\s+(?:di|ke|untuk)\s+(?:[A-Z][\w-]*\s?){1,4})?"
    r"\s*(?:(?P<list>,|,?\s*(?i:dan|serta|atau|sedangkan))|(?P<change>\s(?i:menjadi|jadi|ke)))\s*"
)
# A count whose noun is left out: "44 yang baru tahap peluncuran", "13 lagi yang kami proses".
ELLIPSIS_REACH = 200
ELLIPTICAL_COUNT_AFTER = re.compile(r"\s+(?:yang|lagi)\b", re.IGNORECASE)
QUOTE_OPENERS = {'"', "“", "'", "‘"}
# The words an elliptical count may follow ("ada 106 yang", "dan 44 yang"): cues.yaml
# `elliptical_count_before`. After any other word the number is a label or an age ("kursi 12
# yang", "KM 50 yang", "berusia 45 yang").
ELLIPTICAL_COUNT_BEFORE = frozenset(cues()["elliptical_count_before"])
# Approximation suffix on a unit: "40 cm-an".
APPROXIMATE_SUFFIX = re.compile(r"-an$")
# Where a headline rounds the body's figure ("Rp 13 Triliun" for "Rp 13,2 triliun").
ROUNDING_TOLERANCE = 0.05
PLACE_AFTER = re.compile(
    r"\s*(?:yang\s+)?(?:ada\s+|berada\s+|tersebar\s+)?(?:(?:di|se)\s+|se-)(?:wilayah\s+|daerah\s+)?"
)
# "Kabupaten Bima dari Rp 1,2 triliun menjadi Rp 1 triliun": the new value is the same place's.
CHANGE_TO = re.compile(r"\s*(?:menjadi|jadi)\s+$", re.IGNORECASE)
COUNTRY_WORDS = re.compile(r"\b(?:Indonesia|nasional)\b")
LIST_SEPARATOR = re.compile(r"[,;]?\s*(?:dan|serta|atau)?\s*", re.IGNORECASE)
YEAR_WORD = re.compile(r"(?:19|20)\d{2}")


@dataclass
class Figure:
    value: int | float
    unit: str | None  # None: a value the text gives without a unit (a score in brackets)
    text: str
    context: str
    kind: str | None
    sentence: str
    start: int
    end: int
    value_max: int | float | None = None
    measure: str | None = None
    measure_en: str | None = None
    organization: str | None = None
    region: str | None = None
    in_title: bool = False
    place_after: str | None = None  # "7 titik di Maluku": tells list items of one value apart
    # The place the figure's own clause names as the figure's (``_Attribution.own_place``: not
    # the country fallback of ``region``, nor a place inside a title or an organisation's name):
    # "Kabupaten Bima dari Rp 1,2 triliun" and "Kota Bima ... Rp 1,2 triliun" are two facts.
    own_place: str | None = None
    # The name a bracket of counts follows ("milik Utar (1 KK, 2 jiwa)"): ``_bracketed_after``.
    bracketed_after: str | None = None

    def as_dict(self) -> dict:
        return {
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "text": self.text,
            "context": self.context,
            "measure": self.measure,
            "measure_en": self.measure_en,
            "organization": self.organization,
            "region": self.region,
            "kind": self.kind,
            "sentence": self.sentence,
        }


def sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences: the Doc's own when set, else split on end marks."""
    starts = doc.to_array(
        [SENT_START]
    )  # one C call; doc.has_annotation walks every token in Python
    if len(doc) > 1 and starts[1:].any():
        first_tokens = [int(i) for i in numpy.flatnonzero(starts == 1)]
        if not first_tokens or first_tokens[0] != 0:
            first_tokens.insert(0, 0)
        chars = [doc[i].idx for i in first_tokens] + [len(text)]
        return [(chars[k], chars[k + 1]) for k in range(len(first_tokens))]
    bounds, start = [], 0
    for match in SENTENCE_END.finditer(text):
        word = re.search(r"(\w+)$", text[max(start, match.start() - 12) : match.start()])
        if match.group(0).startswith(".") and word and word.group(1).lower() in ABBREVIATIONS:
            continue
        bounds.append((start, match.start() + len(match.group(0).rstrip())))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _blocked_ranges(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character ranges whose numbers are never figures: dates, regulations, phone numbers."""
    dates = doc.spans["dates"] if "dates" in doc.spans else None
    if dates is not None:
        ranges = [(s.start_char, s.end_char) for s in dates]
    else:
        ranges = [(m.start, m.end) for m in find_dates(text, doc._.get("published"))]
    regulations = doc.spans["regulations"] if "regulations" in doc.spans else None
    if regulations is not None:
        ranges += [(s.start_char, s.end_char) for s in regulations]
    else:
        ranges += [(r.start, r.end) for r in find_regulations(text)]
    ranges += [m.span() for m in PHONE_RE.finditer(text)]
    return ranges


def _is_title_case(sentence: str, in_title: bool = True) -> bool:
    """Headlines capitalise every content word: "Targetkan 70 Juta Pekerja Terlindungi". In the
    body (a subheading, a poster's words) every word but the function words must be capitalised:
    a sentence crowded with names ("Satgas FPU 5 Minusca yang bertugas di Bangui ...
    diberangkatkan oleh Kapolri ...") still writes its verbs in lower case."""
    words = [w for w in WORD_RE.findall(sentence) if len(w) > 3]
    if not in_title:
        words = [w for w in words if w.lower() not in HEADLINE_FUNCTION_WORDS]
    share = 0.75 if in_title else 0.9
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= share


def _long_form_unit(match: re.Match[str]) -> tuple[str, int]:
    """A counted noun of several words defined by the short form in brackets after it (the three
    LONG_FORM readings): the noun, spaces collapsed, and where it ends."""
    noun = match.group(1)
    return " ".join(noun.split()), match.start(1) + len(noun.rstrip())


def _unit_after(
    text: str, end: int, headline: bool, terms: "ArticleTerms | None" = None
) -> tuple[str | None, int]:
    """The noun a number counts and where it ends: "pekerja", "tenaga kerja", "wali kota".
    ``terms``: the acronyms and long forms the article defines."""
    terms = terms or NO_TERMS
    counted = terms.acronyms
    words: list[tuple[str, int, int]] = []  # (word, start, end)
    for match in WORD_RE.finditer(text, end, min(len(text), end + 60)):
        gap = text[end if not words else words[-1][2] : match.start()]
        if gap.strip() or "\n" in gap:
            break  # punctuation between words, or a line break ("/ 200\nRumus"), ends the phrase
        words.append((match.group(0), match.start(), match.end()))
        if len(words) == 3:
            break
    long_form = LONG_FORM_UNIT.match(text, end)
    if (
        long_form
        and long_form.group(2) in counted
        and "".join(w[0] for w in long_form.group(1).split()) == long_form.group(2)
    ):
        return _long_form_unit(long_form)
    lower_long_form = LOWER_LONG_FORM_UNIT.match(text, end)
    if (
        lower_long_form
        and "".join(w[0] for w in lower_long_form.group(1).split())
        == lower_long_form.group(2).lower()
        and not is_non_noun(lower_long_form.group(1).split()[0])
    ):
        return _long_form_unit(lower_long_form)
    mixed_long_form = MIXED_LONG_FORM_UNIT.match(text, end)
    if (
        mixed_long_form
        and mixed_long_form.group(2) in COUNTED_MIXED_CASE
        and mixed_long_form.group(1)[:2].lower() == mixed_long_form.group(2)[:2].lower()
    ):
        return _long_form_unit(mixed_long_form)
    if RATIO_WORD_AFTER.match(text, end):
        return None, end  # "faktor 2 banding 1": a term of a ratio counts no "banding"
    measuring = _measuring_unit_re().match(text, end)
    if measuring is not None:  # "1,04 juta barel setara minyak": a unit of several words
        return " ".join(measuring.group(1).lower().split()), measuring.end(1)
    if len(words) > 1 and words[0][0].lower() in OVER_WORDS:
        words = words[1:]  # "14,15 juta lebih KPM": the count goes on after "lebih"
    bracketed = BRACKETED_CLASSIFIER.match(text, end)
    if bracketed:  # "jumlahnya 5 (orang)": a spoken count, its classifier added in brackets
        return bracketed.group(1).lower(), bracketed.end(1)
    if not words:
        return None, end
    for size in range(min(4, len(words)), 1, -1):
        phrase = " ".join(w[0].lower() for w in words[:size])
        if phrase in terms.long_forms:
            return phrase, words[size - 1][2]
    if len(words) == 3 and " ".join(w[0] for w in words) in COUNTED_LONG_FORMS:
        return " ".join(w[0] for w in words), words[2][2]

    def usable(word: str) -> bool:
        if word.isupper() and len(word) > 1:
            return False  # an acronym after a number names something ("11 ALB"), it is no unit
        return word.islower() or (headline and word[:1].isupper())

    first = words[0][0]
    if MOJIBAKE_SUPERSCRIPT.search(first):
        # detik-1000 stores "m²" as "mÂ²" (UTF-8 read as Latin-1): "2.567 mÂ²" is 2.567 m².
        return first.replace("Â", ""), words[0][2]
    if first.upper() == first and first.upper() in counted and first[:1].isalpha():
        return first, words[0][2]
    if first in COUNTED_MIXED_CASE:
        return first, words[0][2]
    if (
        not usable(first)
        or first.lower() in NOT_UNITS
        and first.lower() not in DURATION_UNITS
        or is_non_noun(first)
    ):
        return None, end
    unit, unit_end = _one_gender(APPROXIMATE_SUFFIX.sub("", first.lower())), words[0][2]
    if len(words) > 1 and usable(words[1][0]):
        pair = f"{unit} {words[1][0].lower()}"
        if pair in COMPOUND_UNITS:
            return pair, words[1][2]
        if (
            unit in CLASSIFIERS
            and words[1][0].lower() not in NOT_UNITS
            and not headline
            and not _describes_counted(words[1][0])
        ):
            after_classifier = _unit_after(text, words[0][2], headline, terms)
            if after_classifier[0] is not None:
                return after_classifier
    density = DENSITY_AFTER.match(text, unit_end) if unit in MASS_UNITS else None
    if density:  # "15 mikrogram per meter kubik": a concentration, not a mass
        return f"{unit} per {' '.join(density.group(1).lower().split())}", density.end(1)
    return unit, unit_end


def _one_gender(unit: str) -> str:
    """ "26.410 siswa/siswi": a noun written with its feminine form counts one thing, the noun
    ("siswa"). The feminine is the same word with the Sanskrit-derived ending -i for -a
    (siswa/siswi, mahasiswa/mahasiswi, putra/putri) or -wati for -wan (karyawan/karyawati), or
    -wati added (santri/santriwati). Other pairs name two things ("kabupaten/kota")."""
    first, slash, second = unit.partition("/")
    if not slash or "/" in second:
        return unit
    feminine = {first + "wati"}
    if first.endswith("a"):
        feminine.add(first[:-1] + "i")
    if first.endswith("wan"):
        feminine.add(first[:-3] + "wati")
    return first if second in feminine else unit


@lru_cache(maxsize=1)
def _measuring_unit_re() -> re.Pattern:
    """The measuring units of several words of nlp/data/measures.yaml `measuring_units` right
    after a number ("barel setara minyak", "standar kaki kubik"), longest first."""
    units = measure_vocabulary().measuring_units
    if not units:
        return re.compile(r"(?!)")
    alternation = "|".join(re.escape(u).replace(r"\ ", r"[ \t]+") for u in units)
    return re.compile(r"[ \t]+(" + alternation + r")(?![\w-])", re.IGNORECASE)


def _describes_counted(word: str) -> bool:
    """ "6 orang berkelompok", "423 jiwa terdampak": after a classifier, a ber-/ter- verb form
    (a known non-noun, or a known root after the prefix: "dampak", "kelompok") describes what
    the classifier counts. Not a noun: a treebank noun, a counted noun of nlp/data/measures.yaml
    `units` or one of its `affixed_counted_nouns` ("5 orang tersangka", "3 ekor beruang"), nor
    a word whose root is no word ("ekor ternak", "lembar terpal", "buah terompet")."""
    lower = word.lower()
    if not lower.startswith(("ber", "ter")) or len(lower) < 6 or not lower.isalpha():
        return False
    vocabulary = measure_vocabulary()
    if (
        lower in treebank_nouns()
        or lower in vocabulary.affixed_counted_nouns
        or vocabulary.label_of_unit(lower) is not None
    ):
        return False
    root = lower[3:]
    return is_non_noun(lower) or (len(root) >= 4 and is_common(root))


# "5 atau 6 orang", "2 atau 3 kursi": two counts offered as alternatives are one approximate range.
# Alternatives are close: "10 atau 25 persen" is a count and its share, two figures.
ALTERNATIVE_SPREAD = 2
ALTERNATIVE_JOIN = re.compile(r"[ \t]+atau[ \t]+", re.IGNORECASE)
PLAIN_NUMBER = re.compile(r"\d+(?:,\d+)?")


def _join_alternatives(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "5 atau 6 orang": a plain number (no unit, scale, separator or year: not "00.00 atau 12
    malam", "2024 atau 2025") joined by "atau" to a larger number, at most ALTERNATIVE_SPREAD
    times it ("10 atau 25 persen" is a count and its share), with nothing between is one
    range, ``value`` the low end and ``value_max`` the high end; the high end's unit (it may carry
    "persen") is the range's. A high end with a scale word or a currency is left apart ("2 atau 3
    juta orang": which scale the low end takes is unsure)."""
    out: list[NumberMention] = []
    skip = -1
    for i, low in enumerate(mentions):
        if i == skip:
            continue
        high = mentions[i + 1] if i + 1 < len(mentions) else None
        join = ALTERNATIVE_JOIN.match(text, low.end)
        if (
            high is None
            or join is None
            or join.end() != high.start
            or low.unit is not None
            or low.scaled
            or high.scaled
            or low.value_max is not None
            or high.value_max is not None
            or not PLAIN_NUMBER.fullmatch(low.text)
            or looks_like_year(low)
            or looks_like_year(high)
            or not low.value < high.value <= ALTERNATIVE_SPREAD * low.value
        ):
            out.append(low)
            continue
        out.append(
            NumberMention(
                start=low.start,
                end=high.end,
                text=text[low.start : high.end],
                value=low.value,
                unit=high.unit,
                approximate=True,  # alternatives offered: neither end is sure
                words_only=False,
                scaled=False,
                value_max=high.value,
            )
        )
        skip = i + 1
    return out


def _unit_before(left: str, counted: frozenset[str] = frozenset()) -> str | None:
    """'jumlah peserta aktif mencapai 36,7 juta', 'dari total WP sebanyak 19,7 juta': the counted
    noun (or counted acronym) named before the number."""
    match = re.search(
        r"\b(?:[Jj]umlah|[Tt]otal|[Ss]ebanyak|[Bb]anyaknya)\s+([a-z][\w-]*|[A-Z]{2,6}\b)", left
    )
    if match is None or match.group(1) in NOT_UNITS:
        return None
    if match.group(1).isupper() and match.group(1) not in counted:
        return None  # "total PNBP": an acronym that names no counted thing
    return match.group(1)


def _score_unit(text: str, mention: NumberMention) -> str | None:
    """ "dengan skor 3,32", "Skor: 3,21": a value after the word skor is a score."""
    if mention.unit is not None or mention.value_max is not None:
        return None
    if not SCORE_BEFORE.search(text[max(0, mention.start - 40) : mention.start]):
        return None
    if MATCH_RESULT_AFTER.match(text[mention.end : mention.end + 4]):
        return None
    return "skor"


# A bare decimal alone in brackets after a name: the score of each item of a ranking ("Jawa
# Timur di peringkat pertama (4,51)", "Sekolah Rakyat (3,13)"). The text names no unit.
BRACKETED_SCORE_BEFORE = re.compile(r"[^\W\d]\s*\(\s*$")
BRACKETED_SCORE_AFTER = re.compile(r"\s*\)")


def _bracketed_score(text: str, mention: NumberMention) -> bool:
    return (
        mention.unit is None
        and mention.value_max is None
        and re.fullmatch(r"\d+,\d+", text[mention.start : mention.end]) is not None
        and bool(BRACKETED_SCORE_BEFORE.search(text[max(0, mention.start - 4) : mention.start]))
        and bool(BRACKETED_SCORE_AFTER.match(text, mention.end))
    )


# An index's value: what may stand between the index's name (or the index's previous value in
# the sentence) and the value. A clause break, another number or a word that makes the number
# a position ("level 8.025,17", "peringkat 5") stops the reading.
INDEX_GAP_BREAK = re.compile(r"[,;:\"“”!?]|\s[-–—]\s|\d")
INDEX_BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z][A-Za-z]{1,7}\s*\)")
INDEX_POSITION_WORDS = re.compile(
    r"\b(?:" + "|".join(RANK_WORDS + ("posisi", "zona")) + r")\b", re.IGNORECASE
)
INDEX_MAX_GAP_WORDS = 10
# Words that end an index's name in running text ("indeks harga konsumen *dari* 108,27").
INDEX_NAME_END = NOT_UNITS | {"yg", "menjadi", "jadi", "naik", "turun", "sebesar", "angka", "nilai"}
# "74,39 tahun 2023": a value at a year; "tahun" is no duration there.
AT_YEAR_AFTER = re.compile(r"\s+tahun\s+(?:19|20)\d{2}\b", re.IGNORECASE)


def _index_name_label(words: list[str]) -> str:
    """ "Indeks Risiko Bencana" -> indeks_risiko_bencana; "indeks kota berkelanjutan IKN
    ditargetkan" -> indeks_kota_berkelanjutan; "Indeks Desa Membangun" -> indeks_desa_membangun:
    the index word and the words of its name, up to a place's acronym, a link word, (in running
    text) a verb or (in a capitalised name) the first lower-case word."""
    name = [words[0].lower().replace("lndeks", "indeks")]
    capitalised = len(words) > 1 and words[1][:1].isupper()
    for word in words[1:6]:
        if not word.isalpha() or (word.isupper() and len(word) > 1):
            break
        lower = word.lower()
        if lower in INDEX_NAME_END:
            break
        if capitalised and word[:1].islower() and lower not in {"dan", "serta"}:
            break
        # a verb ends a name in running text, not in a capitalised name ("Indeks Desa Membangun")
        # nor as a ber-ke-...-an adjective ("indeks kota berkelanjutan")
        berke_adjective = lower.startswith("berke") and lower.endswith("an")
        if not capitalised and is_non_noun(word) and not berke_adjective:
            break
        name.append(lower)
    while name[-1] in {"dan", "serta"}:
        name.pop()
    return "_".join(name)


def _index_value(
    text: str,
    mention: NumberMention,
    since: int,
    skipped: list[tuple[int, int]],
    previous: "Figure | None",
    acronyms: dict[str, str],
    vocabulary: MeasureVocabulary,
) -> str | None:
    """ "IPM 74,39 tahun 2023", "Indeks Risiko Bencana 100,80", "Nilai Tukar Petani (NTP)
    menjadi 124,36", "indeks harga konsumen dari 108,27 pada Juni 2025 menjadi 108,60": a number
    without a unit after the name of an index, in its sentence (``since``: the sentence start),
    is the index's value, stored without a unit. The name is a word of an index ("Indeks",
    "indeks") or an index acronym (``acronyms``: ``_index_acronyms``). Between the name (or the
    index's previous value in the sentence, ``previous``) and the number stand at most ten words:
    no clause break, no other number (dates and earlier values of the index, ``skipped``, aside),
    no word that makes the number a position ("level", "peringkat"), no other measure's name
    ("rasio gini", "(TPT)") and no word of nlp/data/measures.yaml `indices.refusals` (an age, a
    scale, a head-count, a list: "pada usia 20", "dari skala 4", "berjumlah 8", "masing-masing").
    A whole number follows a `value_words` word ("mencapai 168", "melebihi 100"); a match score
    ("menang 2-1") and a year are no value; a stock index is left out ("Indeks Dow Jones ditutup
    menguat ke 42.300,15"). Returns the index's label (the measure)."""
    if mention.unit is not None or mention.value_max is not None or mention.words_only:
        return None
    found = _index_named(text[since : mention.start], since, acronyms, vocabulary)
    if found is None:
        return None
    start, label = found
    name_start = start
    if previous is not None and previous.unit is None and previous.start > start:
        start, label = previous.end, previous.measure or label  # the next value of the index
    gap = text[start : mention.start]
    for s, e in sorted(skipped, reverse=True):
        if start <= s and e <= mention.start:
            gap = gap[: s - start] + " " + gap[e - start :]
    if not _index_gap_holds(text, mention, gap, label, vocabulary):
        return None
    # a stock index's level ("IHSG ... level 8.000", "Indeks Dow Jones ditutup menguat ke ..."):
    # its name or the words up to the number name a market
    named = set(re.findall(r"[\w&]+", text[name_start : mention.start].lower()))
    if named & vocabulary.index_excluded or any(
        word in label.split("_") for word in vocabulary.index_excluded
    ):
        return None
    return label


def _index_gap_holds(
    text: str, mention: NumberMention, gap: str, label: str, vocabulary: MeasureVocabulary
) -> bool:
    """What stands between an index's name (or its previous value) and a number lets the number
    be the index's value: see ``_index_value``."""
    if INDEX_POSITION_WORDS.search(gap):
        return False
    words = [word.lower() for word in WORD_RE.findall(gap)]
    if set(words) & vocabulary.index_refusals or len(words) > INDEX_MAX_GAP_WORDS:
        return False
    # another measure named in the gap: a bracketed acronym (the index's own is read as its name)
    # or a measure's cue ("rasio gini turun menjadi 0,381", "tingkat pengangguran terbuka")
    bracketed = INDEX_BRACKETED_ACRONYM.search(gap)
    if bracketed is not None:
        # the index's own acronym right after its name: "Indeks Persepsi Korupsi (CPI) 37"
        words_before = WORD_RE.findall(gap[: bracketed.start()])
        name = "_".join(word.lower() for word in words_before).replace("lndeks", "indeks")
        if name != label:
            return False
        gap = gap[: bracketed.start()] + " " + gap[bracketed.end() :]
    if INDEX_GAP_BREAK.search(gap):
        return False
    if "(" in gap or ")" in gap or "\n" in gap:
        return False
    own = set(label.split("_"))
    for cue in vocabulary.cue_re.finditer(gap.lower()):
        phrase = " ".join(cue.group(0).split())
        labels = vocabulary.cue_labels.get(phrase) or vocabulary.cue_labels.get(phrase[:-3], [])
        # a rate's or a sum's name, not a noun counted ("Indeks Massa Tubuh (IMT) pasien itu")
        other = any(vocabulary.kind[lab] != "count" for lab in labels)
        if other and not set(phrase.split()) <= own:
            return False
    if MATCH_RESULT_AFTER.match(text[mention.end : mention.end + 4]):
        return False  # "menang 2-1": a match score
    if "," not in mention.text:
        # a whole number: a value right after a value word ("mencapai 168", "melebihi 100"),
        # never a year
        if looks_like_year(mention) or not words or words[-1] not in vocabulary.index_value_words:
            return False
    return True


def _index_acronyms(terms: ArticleTerms, vocabulary: MeasureVocabulary) -> dict[str, str]:
    """The acronyms that name an index in the article, with the index's label: the index
    acronyms of nlp/data/measures.yaml unless the article defines one as something else
    ("Ikatan Pelajar Muhammadiyah (IPM)"), and the acronyms the article defines from a long form
    opening with an index's words ("Nilai Tukar Nelayan (NTN)")."""
    acronyms = dict(vocabulary.index_acronyms)
    for acronym, long_form in terms.definitions:
        if long_form.lower().startswith(vocabulary.index_openers):
            acronyms[acronym] = _index_name_label(long_form.split())
        else:
            acronyms.pop(acronym, None)  # the article's own meaning wins
    return acronyms


def _index_named(
    window: str, offset: int, acronyms: dict[str, str], vocabulary: MeasureVocabulary
) -> tuple[int, str] | None:
    """The last index named in ``window`` (which starts at ``offset`` in the text): where the
    gap to its value starts and the index's label."""
    found: tuple[int, str] | None = None
    for word in WORD_RE.finditer(window):
        if word.group(0).lower() in vocabulary.index_words:
            rest = WORD_RE.findall(window, word.start())
            found = (offset + word.start(), _index_name_label(rest))
        elif word.group(0) in acronyms:
            # the gap starts after the acronym and the bracket that may close it: "(NTP) menjadi"
            closing = re.match(r"\s*\)", window[word.end() :])
            found = (
                offset + word.end() + (closing.end() if closing else 0),
                acronyms[word.group(0)],
            )
    return found


def _is_identifier(text: str, mention: NumberMention, line_start: int) -> bool:
    before = text[max(0, mention.start - 25) : mention.start]
    after = text[mention.end : mention.end + 6]
    if (
        IDENTIFIER_BEFORE.search(before)
        and mention.unit is None
        and not THOUSANDS_GROUPED.fullmatch(mention.text)
    ):
        # "level 3", "lantai 5"; "ke level Rp 16.500", "angka 5%" are values, and so is a number
        # written with a thousands dot, which numbers no item ("tahap 12.508 SPPG", "angka 650.000
        # metrik ton"); without a unit after it, it stays out all the same ("level 8.025,17")
        return True
    if (
        mention.unit is None
        and "," not in mention.text
        and re.search(r"\bke[-\s]?$", before, re.IGNORECASE)
    ):
        # "ke-4", "tahap ke 2": an ordinal; "turun ke 2,32%" and an index's "naik ke 104,5" (a
        # decimal numbers no item) are values
        return True
    if re.match(r"^\s*[.)]\s", after) and not text[line_start : mention.start].strip(" \t•*-"):
        return True  # "1. Melalui komitmen ...": a list number
    if re.match(r"^:\d", after) or re.search(r"\d:$", before):
        return True  # clock time 12:02
    if re.fullmatch(r"\d{1,2}\.\d{2}", mention.text) and (
        CLOCK_AFTER.match(after) or re.search(r"(?:pukul|jam|pkl\.?)\s*$", before, re.I)
    ):
        return True  # 14.29 WIB
    if re.match(r"^/\d", after) or re.search(r"\d/$", before):
        return True  # fractions and codes: 9/8, 24/2011
    return False


def _in_name(text: str, mention: NumberMention) -> bool:
    """ "HPK 1 IKN", "SMAN 3 Penajam", "FPU 5 Minusca": a small whole number between an acronym and
    a capitalised word (or the end of the clause) is part of a name; "BLTS 30,04 juta", "TV 14
    inci" are values."""
    if mention.unit is not None or mention.scaled or not re.fullmatch(r"\d{1,2}", mention.text):
        return False
    if not NAME_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return False
    after = re.match(r"\s*(\w*)", text[mention.end : mention.end + 30])
    return not after or not after.group(1)[:1].islower()


@dataclass(frozen=True)
class Clause:
    before: str  # from the sentence start (or the previous figure) to the number
    left: str  # the clause part of ``before``: after its last comma, bracket or dash
    right: str  # after the unit to the end of the clause


def _clause(
    text: str, sentence: tuple[int, int], start: int, end: int, previous_end: int
) -> Clause:
    before = text[max(sentence[0], previous_end) : start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    left = before[breaks[-1].end() :] if breaks else before
    right = text[end : sentence[1]]
    match = CLAUSE_BREAK.search(right)
    if match:
        right = right[: match.start()]
    return Clause(before.strip(), left.strip(), right.strip())


def _kind(clause: Clause) -> str | None:
    # A target may be named earlier in the sentence ("untuk mencapai target ..., yakni sebanyak 70
    # juta").
    if TARGET_CUES.search(clause.before) or TARGET_CUES.search(clause.right):
        return "target"
    if ACHIEVEMENT_CUES.search(clause.left):
        return "achievement"
    return None


def _words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[\w/.'’%-]+", phrase) if any(ch.isalnum() for ch in w)]


def _context(
    clause: Clause, unit: str, unit_known_from_left: bool, list_lead: list[str]
) -> tuple[str, list[str]]:
    """What the figure measures: the phrase before it without its cue words, its unit and the
    words that qualify the unit ("tenaga kerja aktif sampai dengan 2026"). Items of a list
    ("19 menteri, 34 gubernur, 416 bupati") share the phrase before the first item."""
    left = _words(CONTEXT_TRIM.sub("", " " + clause.left))
    if len(left) < 2:
        left = _words(CONTEXT_TRIM.sub("", " " + clause.before))
    if list_lead and LIST_SEPARATOR.fullmatch(clause.before):
        left = list_lead
    left = left[-MAX_CONTEXT_WORDS:]
    measured = [] if unit_known_from_left else [unit]
    right = []
    for word in _words(clause.right)[: 3 if len(left) >= 3 else MAX_CONTEXT_WORDS]:
        if any(ch.isdigit() for ch in word) and not YEAR_WORD.fullmatch(word):
            break  # the next item of a list
        right.append(word)
    while right and right[-1].lower() in {"dan", "serta", "atau", "yang", "di", "ke", "dari"}:
        right.pop()
    return " ".join(left + measured + right), left


def _unit_of(
    text: str,
    mention: NumberMention,
    headline: bool,
    terms: "ArticleTerms | None" = None,
) -> tuple[str | None, int]:
    """The mention's unit and where it ends: its currency or percent sign, else the noun
    after it (after the number spelled out in brackets: "5 (lima) program")."""
    if mention.unit is not None:
        return mention.unit, mention.end
    return _unit_after(text, _after_spelled_out(text, mention), headline, terms)


def _after_spelled_out(text: str, mention: NumberMention) -> int:
    """Where "5 (lima)" ends: legal and official prose repeats a number in words in brackets.
    Scraped text may lose the brackets ("penahanan terhadap 1 satu orang tersangka"): words right
    after the digits that spell the same number are that repetition too."""
    spelled = SPELLED_OUT.match(text, mention.end)
    if spelled:
        words = parse_number(spelled.group(1))
        if words is not None and words.value == mention.value:
            return spelled.end()
    bare = SPELLED_BARE.match(text, mention.end)
    if bare:
        for end in sorted((m.end() for m in LOWER_WORD.finditer(bare.group(0))), reverse=True):
            words = parse_number(text[mention.end : mention.end + end].strip())
            if words is not None and words.value == mention.value:
                return mention.end + end
    return mention.end


@dataclass(frozen=True)
class ArticleTerms:
    """What an article defines as counted: acronyms ("SPPG") and the long forms of lower-case
    nouns ("wajib pajak" for WP), beside the acronyms news always counts."""

    acronyms: frozenset[str]
    long_forms: frozenset[str]
    # acronym -> the long form, of the acronyms the article defines ("Nilai Tukar Petani (NTP)")
    definitions: tuple[tuple[str, str], ...] = ()


NO_TERMS = ArticleTerms(frozenset(COUNTED_ACRONYMS | COUNTED_FACILITIES), frozenset())


def defined_terms(text: str) -> ArticleTerms:
    """Acronyms the article defines from a long form whose initials they are ("Satuan Pelayanan
    Pemenuhan Gizi (SPPG)", "wajib pajak (WP)"): after a number they name what is counted ("112
    SPPG", "14 juta WP"). An acronym the article does not define ("11 ALB") may be a name and
    stays no unit. A lower-case long form is one unit wherever it recurs ("2,6 juta wajib
    pajak")."""
    acronyms, long_forms = COUNTED_ACRONYMS | COUNTED_FACILITIES, set()
    definitions: dict[str, str] = {}
    for match in ACRONYM_DEFINITION.finditer(text):
        acronym = match.group(2)
        # the long form is the last words whose initials spell the acronym ("baru 2,6 juta
        # wajib pajak (WP)": "wajib pajak")
        words = match.group(1).split()[-len(acronym) :]
        if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
            acronyms.add(acronym)
            definitions.setdefault(acronym, " ".join(words))
            if all(w.islower() for w in words) and len(words) > 1:
                long_forms.add(" ".join(words))
    return ArticleTerms(frozenset(acronyms), frozenset(long_forms), tuple(definitions.items()))


def _unit_set_against_previous(text: str, previous: "Figure", mention: NumberMention) -> str | None:
    """ "dari Rp 581 miliar menjadi 425 miliar", "5.000 anggota di Jakarta, 3.000 di Jawa Barat":
    a number without a unit right after a figure it is set against or listed with shares its
    unit. "menjadi"/"ke" set a number against the previous one only in a "dari A menjadi B"
    frame ("naik 2 persen menjadi 75,02" is an index, not a percentage)."""
    gap = text[previous.end : mention.start]
    join = PREVIOUS_UNIT_JOIN.fullmatch(gap)
    if join is None:
        return None
    if join.group("change") and not re.search(
        r"\bdari\s*$", text[max(0, previous.start - 12) : previous.start], re.IGNORECASE
    ):
        return None
    return previous.unit


def _elliptical_count(
    text: str, mention: NumberMention, last_count: tuple[int, str | None] | None, since: int
) -> str | None:
    """ "45 dapur aktif dan 44 yang baru tahap peluncuran", "Masih ada 13 lagi yang kami proses":
    a whole number with no noun after it, followed by "yang" or "lagi", after a punctuation mark
    or a word of ``ELLIPTICAL_COUNT_BEFORE``, counts what the last count of its paragraph within
    its sentence and the two before it, or of the 200 characters before it (short quoted
    sentences: '"Administratif. Kan menghentikan operasional. Sekarang itu ada 106 yang ..."'),
    counted (``last_count``: where it starts and its unit; ``since``: where that stretch
    starts)."""
    if (
        last_count is None
        or mention.unit is not None
        or mention.value_max is not None
        or mention.value != int(mention.value)
        or not ELLIPTICAL_COUNT_AFTER.match(text, mention.end)
        or not _may_start_elliptical_count(text[since : mention.start])
        or last_count[0] < since
        or last_count[1] is None
        or last_count[1] in DURATION_UNITS
        or value_kind(last_count[1]) != "count"
    ):
        return None
    return last_count[1]


# A part of a whole counted just before: "Dari jumlah penerima BLTS 30,04 juta lebih, sebanyak
# 20,88 juta mendapatkan ...", "Sementara sisanya yakni 14,15 juta adalah penerima baru".
_PART_LINK = r"(?:(?i:" + "|".join(sorted(ELLIPTICAL_COUNT_BEFORE)) + r")\s+)?"
WHOLE_OPENER = re.compile(
    r"[\s\"“]*(?i:dari)\s+(?:(?i:" + "|".join(cues()["whole_words"]) + r")\s+)?"
)
PART_AFTER_WHOLE = re.compile(r"(?:\s+(?i:lebih))?\s*,\s*" + _PART_LINK)
REST_BEFORE = re.compile(r"\b(?i:" + "|".join(cues()["rest_words"]) + r")\s+" + _PART_LINK + "$")


def _part_of_whole(
    text: str,
    sentence: tuple[int, int],
    previous: "Figure",
    mention: NumberMention,
    money_before: bool,
    whole: float,
) -> bool:
    """A number with no noun after it that is a part of the count just before shares its unit:
    the first number after the comma of a sentence that opens with "Dari (jumlah|total) ..."
    and names the whole ("Dari jumlah penerima BLTS 30,04 juta lebih, sebanyak 20,88 juta
    mendapatkan bantuan penebalan"), or a number right after "sisanya"/"selebihnya" ("the rest":
    "sisanya yakni 14,15 juta adalah penerima baru") in the sentence of the count or the next.
    Only counts, and only a part smaller than the whole (``whole``: the largest count of the
    sentence and the one before): a part of a sum or a percentage names its unit again, and
    after a sum in the sentence (``money_before``) "sisanya 500 juta" is the rest of the money
    ("Anggaran Rp 2 miliar dipakai membangun 40 rumah, sisanya 500 juta")."""
    if (
        mention.unit is not None
        or previous.unit is None
        or value_kind(previous.unit) != "count"
        or previous.unit in DURATION_UNITS
        or money_before
        or not mention.value < whole
    ):
        return False
    if REST_BEFORE.search(text, max(previous.end, mention.start - 40), mention.start):
        return True
    opener = WHOLE_OPENER.match(text, sentence[0])
    return (
        opener is not None
        and opener.end() <= previous.start
        and previous.start >= sentence[0]
        and PART_AFTER_WHOLE.fullmatch(text, previous.end, mention.start) is not None
    )


def _paragraph_start(text: str, line_start: int) -> int:
    """Where the paragraph of a line starts: the line, or the line before when the line opens
    with a quotation mark right under it (a quote goes on from the paragraph that introduces its
    speaker: 'Dadan menyebut ... ratusan dapur MBG ...\n"... ada 106 yang dihentikan').
    After a blank line a quote starts a paragraph of its own."""
    if line_start >= 2 and text[line_start : line_start + 1] in QUOTE_OPENERS:
        if text[line_start - 2] != "\n":
            return text.rfind("\n", 0, line_start - 1) + 1
    return line_start


def _may_start_elliptical_count(before: str) -> bool:
    """An elliptical count follows the start of its stretch, a punctuation mark or a word of
    ``ELLIPTICAL_COUNT_BEFORE``; never a label noun or an age cue ("kursi 12", "berusia 45")."""
    before = before.rstrip()
    if not before or not before[-1].isalnum():
        return True
    word = re.search(r"\w+$", before)
    return word is not None and word.group().lower() in ELLIPTICAL_COUNT_BEFORE


def _last_count(
    text: str,
    mention: NumberMention,
    figures: list["Figure"],
    spelled: list[NumberMention],
    terms: "ArticleTerms",
) -> tuple[int, str | None] | None:
    """Where the last count before ``mention`` starts and what it counts: the last figure, or a
    count in words after it ("sudah ada ratusan dapur MBG yang dihentikan")."""
    last = (figures[-1].start, figures[-1].unit) if figures else None
    before = [m for m in spelled if m.end <= mention.start]
    if before and (last is None or before[-1].start > last[0]):
        last = (before[-1].start, _unit_of(text, before[-1], False, terms)[0])
    return last


def _listed_score(text: str, previous: "Figure", mention: NumberMention) -> bool:
    """ "skor teratas yakni 3,35, disusul Kemenlu 3,32, dan Kemenag 3,26": a bare decimal after the
    name of the next item of a ranking, right after a score, is a score too."""
    return (
        previous.unit == "skor"
        and mention.unit is None
        and mention.value_max is None
        and re.fullmatch(r"\d+,\d+", mention.text) is not None
        and LISTED_SCORE_GAP.fullmatch(text, previous.end, mention.start) is not None
    )


def _counted_before(left: str, counted: set[str], money: re.Pattern) -> str | None:
    """ "WP orang pribadi Karyawan diproyeksikan melapor sekitar 11,2 juta": a large count without
    a noun after it counts the acronym its clause (``left``: back to the last comma or bracket)
    named last before it, when that acronym names people, households or documents news counts
    (KPM, WP) or what an earlier figure of the article counted (SPPG); not when a word of money
    stands between ("KPM menerima bantuan 1,2 juta" is rupiah; ``money``: the money cues of
    nlp/data/measures.yaml), and not an acronym that names an item by the number after it ("RT
    05", "USD 1"). An acronym of a body ("DJP", "BPS"), an index ("IHSG"), a measure ("MW", "GB")
    or a currency is none of these."""
    for word in reversed(list(WORD_RE.finditer(left))):
        if word.group(0) in counted and not re.match(r"\s*\d", left[word.end() :]):
            return None if money.search(left[word.end() :].lower()) else word.group(0)
    return None


def _shared_unit(
    text: str,
    mention: NumberMention,
    following: NumberMention | None,
    headline: bool,
    terms: "ArticleTerms | None" = None,
) -> str | None:
    """ "dari 36 menjadi 50 siswa": the unit of the number this one is set against."""
    join = SHARED_UNIT_JOIN.match(text, mention.end)
    if following is None or join is None or join.end() != following.start or following.words_only:
        return None
    if AT_YEAR_AFTER.match(text, following.end) and following.unit is None:
        return None  # "0,63 dari 74,39 tahun 2023": a year after the value, no unit
    if _converted(text, join.group(0), mention, following):
        return None
    return _unit_of(text, following, headline, terms)[0]


# An amount "atau" an amount of a written currency this far apart (or more) is a conversion: an
# exchange rate's size (yen to rupiah about 100; dollar, euro, Singapore dollar 10,000 to
# 18,000). Closer amounts are alternative estimates ("500 juta atau Rp 1 miliar"), both rupiah.
CONVERSION_RATIO = 100


def _converted(text: str, join: str, mention: NumberMention, following: NumberMention) -> bool:
    """ "27 miliar atau Rp 407 triliun": a bare scaled amount restated with a currency sign at
    another scale is the same sum converted, so the bare amount is in a currency the clause does
    not name, not rupiah. "2 atau 3 persen", "5 atau 6 juta rupiah" and alternative estimates
    less than an exchange rate apart ("500 juta atau Rp 1 miliar") keep their sharing."""
    if (
        join.strip().lower() != "atau"
        or following.unit in (None, "persen")
        or mention.unit
        or not mention.scaled
        or text[following.start].isdigit()
    ):
        return False
    low, high = sorted((abs(mention.value), abs(following.value)))
    return low == 0 or high / low >= CONVERSION_RATIO


def _title_end(doc: Doc, text: str) -> int:
    """Where the headline ends: the text starts with the title on its own line (nlp.extract)."""
    title = (doc.user_data or {}).get("title") if hasattr(doc, "user_data") else None
    return len(title) if title and text.startswith(title) else 0


@lru_cache(maxsize=1)
def _role_heads_re() -> re.Pattern:
    """A role head of nlp/data/roles.yaml ("Bupati", "Wali Kota", "Kapolda") ending right before
    a place, or opening a place's span: the place is the title's."""
    data = roles()
    heads = sorted({*data.heads, *data.abbreviations}, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads if h.strip())
    return re.compile(rf"(?<![\w-])(?:{words})\s+$", re.IGNORECASE)


class _Attribution:
    """The organisation and region named nearest a figure in its sentence."""

    def __init__(self, doc: Doc):
        names = {}
        for record in doc._.get("organizations") or []:
            if record.get("canonical"):
                names[record["canonical"]] = record.get("acronym") or record.get("name")
        organizations = doc.spans["organizations"] if "organizations" in doc.spans else []
        self.organizations = [
            (s.start_char, s.end_char, names.get(s.kb_id_) or s.text) for s in organizations
        ]
        locations = doc.spans["locations"] if "locations" in doc.spans else []
        self.places = [(s.start_char, s.end_char, s.text) for s in locations]
        # The article's own place: named at least three times and more than all others together
        # ("Semarang" all along); a dateline city named once is not enough.
        counts: dict[str, int] = {}
        for _, _, name in self.places:
            counts[name] = counts.get(name, 0) + 1
        main = max(counts.items(), key=lambda item: item[1], default=(None, 0))
        self.main_place = main[0] if main[1] >= 3 and main[1] * 2 > len(self.places) else None

    @staticmethod
    def _nearest(
        found: list[tuple[int, int, str]], sentence: tuple[int, int], start: int, end: int
    ) -> str | None:
        before = [f for f in found if sentence[0] <= f[0] and f[1] <= start]
        if before:
            return before[-1][2]
        after = [f for f in found if end <= f[0] and f[1] <= sentence[1]]
        return after[0][2] if after else None

    def organization(
        self,
        text: str,
        sentence: tuple[int, int],
        previous: tuple[int, int] | None,
        start: int,
        end: int,
    ) -> str | None:
        """The organisation named nearest the figure in its sentence, else the last one the
        sentence before names when both are one paragraph ("BPKP mengaudit ... Kerugian itu
        mencapai Rp 33 miliar")."""
        found = self._nearest(self.organizations, sentence, start, end)
        # (The Doc's sentences end where the next starts: a line break closes a paragraph.)
        if (
            found is None
            and previous is not None
            and not text[previous[0] : sentence[0]].rstrip(" \t").endswith("\n")
        ):
            earlier = [o for o in self.organizations if previous[0] <= o[0] and o[1] <= previous[1]]
            found = earlier[-1][2] if earlier else None
        return found

    def place_after(self, text: str, end: int) -> str | None:
        """ "70 titik di Jawa Timur": the place named right after the figure."""
        after = PLACE_AFTER.match(text, end)
        if after:
            place = next((p for p in self.places if p[0] == after.end()), None)
            if place:
                return place[2]
        return None

    def own_place(self, text: str, clause_start: int, end: int) -> str | None:
        """The place the figure's own clause names as the figure's: right after it, else the last
        before it in the clause; not the country ``local_region`` falls back to ("secara
        nasional"), nor a place inside a title or an organisation's name ("Gubernur Jawa Barat
        menyebut 1.500 rumah itu", "Pemprov Jawa Barat"), which says who speaks, not where the
        figure is. Only such places tell one value's facts apart (``_places_apart``)."""
        after = self.place_after(text, end)
        if after:
            return after
        before = [
            p
            for p in self.places
            if clause_start <= p[0] and p[1] <= end and not self._in_title_or_name(text, p)
        ]
        return before[-1][2] if before else None

    def _in_title_or_name(self, text: str, place: tuple[int, int, str]) -> bool:
        """ "Bupati Bima", "Gubernur Jawa Barat" (a role head before the place or opening its
        span), "Pemkab Bima" (inside an organisation's span)."""
        start, end, name = place
        if any(o[0] <= start and end <= o[1] for o in self.organizations):
            return True
        heads = _role_heads_re()
        if heads.search(text, max(0, start - 40), start):
            return True
        words = name.split()
        return any(heads.match(" ".join(words[:size]) + " ") for size in range(1, len(words)))

    def local_region(
        self, text: str, sentence: tuple[int, int], clause_start: int, end: int
    ) -> str | None:
        """A place right after the figure, else one in its clause before it, else the country when
        the sentence names it."""
        after = self.place_after(text, end)
        if after:
            return after
        before = [p for p in self.places if clause_start <= p[0] and p[1] <= end]
        if before:
            return before[-1][2]
        if COUNTRY_WORDS.search(text, sentence[0], sentence[1]):
            return "Indonesia"
        return None


def extract_figures(doc: Doc) -> list[Figure]:
    text = doc_text(doc)
    blocked = _blocked_ranges(doc, text)
    sentences = sentence_bounds(doc, text)
    vocabulary = measure_vocabulary()
    attribution = _Attribution(doc)
    title_end = _title_end(doc, text)
    terms = defined_terms(text)
    index_acronyms = _index_acronyms(terms, vocabulary)
    figures: list[Figure] = []
    sentence_index = 0
    previous_end = 0
    list_leads: dict[int, list[str]] = {}  # sentence -> the phrase before its first figure
    found = [
        m
        for m in find_numbers(text, ranges=True)
        if not any(m.start < e and m.end > s for s, e in blocked)
    ]
    mentions = _join_alternatives(text, [m for m in found if not m.words_only])
    spelled = [m for m in found if m.words_only]  # counts in words, read only by elliptical counts
    for position, mention in enumerate(mentions):
        while sentence_index + 1 < len(sentences) and sentences[sentence_index][1] <= mention.start:
            sentence_index += 1
        sentence = sentences[sentence_index]
        line_start = text.rfind("\n", 0, mention.start) + 1
        if looks_like_year(mention) or _is_identifier(text, mention, line_start):
            continue
        sentence_text = text[sentence[0] : sentence[1]]
        headline = _is_title_case(sentence_text, mention.start < title_end)
        if not headline and _in_name(text, mention):
            continue
        unit, end = _unit_of(text, mention, headline, terms)
        unit_known_from_left = False
        if unit is None:
            unit = _score_unit(text, mention)
            unit_known_from_left = unit is not None
        if (
            unit is None
            and figures
            and figures[-1].start >= sentence[0]
            and _listed_score(text, figures[-1], mention)
        ):
            unit, unit_known_from_left = "skor", True
        unitless = unit is None and _bracketed_score(text, mention)
        if unitless:
            unit, unit_known_from_left = "skor", True  # measured as a score, stored without unit
        if unit is None:
            following = mentions[position + 1] if position + 1 < len(mentions) else None
            unit = _shared_unit(text, mention, following, headline, terms)
        if unit is None and figures and figures[-1].start >= sentence[0]:
            unit = _unit_set_against_previous(text, figures[-1], mention)
        previous_sentence_start = sentences[max(0, sentence_index - 1)][0]
        if (
            unit is None
            and figures
            and PART_OF_PREVIOUS.match(text, mention.end)
            and figures[-1].start >= previous_sentence_start
        ):
            unit = figures[-1].unit  # "2.757 di antaranya"
        if (
            unit is None
            and figures
            and figures[-1].start >= previous_sentence_start
            and _part_of_whole(
                text,
                sentence,
                figures[-1],
                mention,
                any(f.start >= sentence[0] and value_kind(f.unit) == "money" for f in figures),
                max(
                    (
                        f.value
                        for f in figures
                        if f.start >= previous_sentence_start and value_kind(f.unit) == "count"
                    ),
                    default=0,
                ),
            )
        ):
            unit = figures[-1].unit  # "Dari jumlah penerima 30,04 juta, sebanyak 20,88 juta ..."
        if unit is None and ELLIPTICAL_COUNT_AFTER.match(text, mention.end):
            last_count = _last_count(text, mention, figures, spelled, terms)
            since = max(
                min(sentences[max(0, sentence_index - 2)][0], mention.start - ELLIPSIS_REACH),
                _paragraph_start(text, line_start),
            )
            unit = _elliptical_count(text, mention, last_count, since)
        clause = _clause(text, sentence, mention.start, end, previous_end)
        if unit is None and (mention.scaled or mention.value >= 1000):
            unit = _unit_before(clause.before, terms.acronyms)
            if unit is None and mention.unit is None:
                counted = COUNTED_THINGS | {
                    f.unit for f in figures if f.unit in terms.acronyms - MEASURE_ACRONYMS
                }
                unit = _counted_before(clause.left, counted, vocabulary.money_re)
            unit_known_from_left = unit is not None
        index_label = None
        if unit is None or (unit == "tahun" and AT_YEAR_AFTER.match(text, mention.end)):
            index_label = _index_value(
                text,
                mention,
                sentence[0],
                blocked + [(f.start, f.end) for f in figures if f.unit is None],
                figures[-1] if figures and figures[-1].start >= sentence[0] else None,
                index_acronyms,
                vocabulary,
            )
            if index_label is not None:
                unit, unitless, unit_known_from_left, end = "skor", True, True, mention.end
                clause = _clause(text, sentence, mention.start, end, previous_end)
        if unit is None or unit in DURATION_UNITS:  # "dalam 5 tahun", "seribu tahun": durations
            continue
        context, lead = _context(
            clause, unit, unit_known_from_left, list_leads.get(sentence_index, [])
        )
        list_leads.setdefault(sentence_index, lead)
        same_sentence = figures and figures[-1].start >= sentence[0]
        measure = vocabulary.measure(
            unit=unit,
            since_previous=clause.before,
            sentence_left=text[sentence[0] : mention.start],
            right=clause.right,
            previous=(figures[-1].measure, figures[-1].unit) if same_sentence else None,
        )
        if index_label is not None:
            measure = Measure(index_label, vocabulary.en.get(index_label))
            # what is measured is the index: its name, and what qualifies the value after it
            right = []
            for word in _words(clause.right.rstrip(".!?"))[:3]:
                if any(ch.isdigit() for ch in word) and not YEAR_WORD.fullmatch(word):
                    break  # the next value
                right.append(word)
            while right and right[-1].lower() in INDEX_NAME_END:
                right.pop()
            context = " ".join([index_label.replace("_", " ")] + right)
        clause_start = max(sentence[0], previous_end)
        region = attribution.local_region(text, sentence, clause_start, end)
        own_place = attribution.own_place(text, clause_start, end)
        if (
            region is None
            and figures
            and figures[-1].start >= sentence[0]
            and CHANGE_TO.match(text[figures[-1].end : mention.start])
        ):
            # "Bima dari Rp 1,2 triliun menjadi Rp 1 triliun": the new value is the same place's
            region = own_place = figures[-1].own_place
        figures.append(
            Figure(
                value=mention.value,
                unit=None if unitless else unit,
                text=text[mention.start : end],
                kind=_kind(clause),
                context=context,
                sentence=sentence_text.strip(),
                start=mention.start,
                end=end,
                value_max=mention.value_max,
                measure=measure.label,
                measure_en=measure.en,
                organization=attribution.organization(
                    text,
                    sentence,
                    sentences[sentence_index - 1] if sentence_index else None,
                    mention.start,
                    end,
                ),
                region=region or attribution.main_place,
                own_place=own_place,
                place_after=attribution.place_after(text, end),
                bracketed_after=_bracketed_after(text, mention.start),
                in_title=mention.start < title_end,
            )
        )
        previous_end = end
    return _once_each(_without_ratio_bases(figures, text), text)


def _without_ratio_bases(figures: list[Figure], text: str) -> list[Figure]:
    """ "5 TPS 1 desa", "1 TPS 1 orang": two counts written side by side, with no word or mark
    between, are a ratio (so many of one per one of the other) when its count of 1 is an area or
    station (RATIO_BASE_UNITS) or a cue comes right before the pair (RATIO_CUE_BEFORE); the count
    of 1 is its base, not a figure. When both are 1, the first is the base ("per TPS, one
    officer")."""
    bases: set[int] = set()
    for index, (a, b) in enumerate(zip(figures, figures[1:])):
        if not RATIO_GAP.fullmatch(text[a.end : b.start]):
            continue
        if a.unit is None or b.unit is None or a.value_max is not None or b.value_max is not None:
            continue
        if value_kind(a.unit) != "count" or value_kind(b.unit) != "count":
            continue
        base = index if a.value == 1 else index + 1 if b.value == 1 else None
        if base is None:
            continue
        cued = RATIO_CUE_BEFORE.search(text, max(0, a.start - 40), a.start) is not None
        if cued or (figures[base].unit or "").lower() in RATIO_BASE_UNITS:
            bases.add(base)
    return [f for index, f in enumerate(figures) if index not in bases]


def _unit_key(figure: Figure) -> str:
    """The unit a figure is compared by: "tenaga kerja" is "pekerja" (UNIT_SYNONYMS)."""
    unit = figure.unit or ""
    return UNIT_SYNONYMS.get(unit, unit)


def _same_fact(a: Figure, b: Figure, text: str) -> bool:
    """Two mentions of one fact: the same value and unit (unless each names its own place right
    after it: "7 titik di Maluku, 7 titik di Bali"), a count restated with another noun
    (``_restated_count``), or a headline restating (or rounding) a figure of the body."""
    same_unit = _unit_key(a) == _unit_key(b)
    if a.in_title != b.in_title:
        if a.value == b.value and a.value_max == b.value_max:
            return True  # "Tipu 58 Orang" in the headline is the body's 58 korban
        headline, body = (a, b) if a.in_title else (b, a)
        if (
            same_unit
            and headline.value_max is None
            and body.value_max is not None
            and headline.value in (body.value, body.value_max)
        ):
            return True  # "Diskon Tiket Pesawat 14%" in the headline is the body's 13-14%
        return bool(
            same_unit and b.value and abs(a.value - b.value) <= ROUNDING_TOLERANCE * abs(b.value)
        )
    return (
        (same_unit or _restated_count(a, b))
        and a.value == b.value
        and a.value_max == b.value_max
        and not _places_after_apart(a, b, text)
        and not _places_apart(a.own_place, b.own_place)
        and not (a.bracketed_after and b.bracketed_after and a.bracketed_after != b.bracketed_after)
        and not _listed_apart(a, b, text)
    )


# Between two list items of one sentence: a few words (a label of the first) before one list
# separator (a comma or "dan"/"serta"; not "atau", which restates: "Rp 600 ribu atau Rp 600 ribu
# per bulan"), and a few words (a label of the second) after it: "48 siswa SMP dan 48 siswa SMA",
# "U-12 sebanyak 8 tim, U-14 sebanyak 8 tim".
_LABEL_WORD = r"(?!(?i:dan|serta|atau)\b)[\w-]+"
LIST_ITEM_GAP = re.compile(
    r"(?P<after>(?:[ \t]+" + _LABEL_WORD + r"){0,2})[ \t]*"
    r"(?:[,;](?:[ \t]+(?i:dan|serta)\b)?|[ \t](?i:dan|serta)\b)"
    r"(?P<before>(?:[ \t]+" + _LABEL_WORD + r"){0,2})[ \t]*"
)
# The label words right after a mention's unit ("SMP", "di Maluku"), and right before its number
# ("U-12 sebanyak").
LABEL_AFTER = re.compile(r"(?:[ \t]+" + _LABEL_WORD + r"){0,2}")
LABEL_BEFORE = re.compile(r"(?<![\w-])(?:" + _LABEL_WORD + r"[ \t]+){0,2}$")
# The two words right after the second mention's unit, where a restatement points back ("7 orang
# itu dirawat", "Rp 10 miliar tersebut").
TWO_WORDS_AFTER = re.compile(r"(?:[ \t]+[\w-]+){0,2}")
# A word that points back or restates ("yang", "itu", "yakni": an apposition).
POINTING_BACK_WORDS = {"yang", "itu", "tersebut", "ini", "yakni", "yaitu"}
# A label names its item: a name or a code ("SMP", "Maluku", "U-12"), not a particle or adverb
# of a spoken repetition ("30 unit, ya 30 unit", "hanya 2 orang, cuma 2 orang").
NAME_OR_CODE = re.compile(r"[A-Z0-9]")


def _points_back(text: str) -> bool:
    return bool({w.lower() for w in re.findall(r"[\w-]+", text)} & POINTING_BACK_WORDS)


def _own_labels(first: str, second: str) -> bool:
    """Each of two list items carries its own label: each label has a name or a code the other
    lacks ("SMP" / "SMA", "di Maluku" / "di Bali", "U-12 sebanyak" / "U-14 sebanyak")."""
    a, b = first.split(), second.split()
    return any(NAME_OR_CODE.search(w) for w in a if w not in b) and any(
        NAME_OR_CODE.search(w) for w in b if w not in a
    )


def _listed_apart(a: Figure, b: Figure, text: str) -> bool:
    """Two mentions of one value in one sentence, one list item after the other, each with its
    own label, are two facts ("terdiri dari 48 siswa SMP dan 48 siswa SMA"). A word that points
    back in the gap or right after the second mention ("yang", "Rp 2 miliar itu"), "atau", or a
    bare repetition ("30 unit, ya 30 unit") restates."""
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.in_title or second.in_title or first.sentence != second.sentence:
        return False
    gap = LIST_ITEM_GAP.fullmatch(text, first.end, second.start)
    if gap is None or _points_back(gap.group(0)):
        return False
    after_second = TWO_WORDS_AFTER.match(text, second.end)
    if after_second and _points_back(after_second.group(0)):
        return False
    label_after = LABEL_AFTER.match(text, second.end)
    if _own_labels(gap.group("after"), label_after.group(0) if label_after else ""):
        return True
    label_before = LABEL_BEFORE.search(text, max(0, first.start - 40), first.start)
    return _own_labels(label_before.group(0) if label_before else "", gap.group("before"))


# A bracket of counts opened right after a capitalised word, the number first in it or after a
# comma: "rumah milik Utar (1 KK, 2 jiwa)", "Blora (48.967 ha)".
BRACKET_AFTER_NAME = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]*\((?:[^()\n]*,[ \t]*)?$")


def _bracketed_after(text: str, start: int) -> str | None:
    """The name a bracket of counts follows: "rumah milik Utar (1 KK, 2 jiwa), ... milik Euis (1
    KK, 2 jiwa)" lists each household's counts after its owner, so the same counts after two
    names are two facts (``_same_fact``), as the same value after two places is."""
    found = BRACKET_AFTER_NAME.search(text, max(0, start - 40), start)
    return found.group(1) if found else None


def _places_after_apart(a: Figure, b: Figure, text: str) -> bool:
    """ "7 titik di Maluku, 7 titik di Bali": two places named right after one value are two
    facts. A value restated without its place is the same fact only when it counts places or
    points back ("Dari 22 kabupaten/kota di NTT ..." then "di seluruh 22 kabupaten/kota");
    otherwise ("5 orang di Bogor" ... "5 orang ditangkap lagi") two."""
    if a.place_after == b.place_after:
        return False
    if a.place_after is not None and b.place_after is not None:
        return True
    bare = b if b.place_after is None else a
    if (bare.unit or "").lower() in PLACE_COUNT_UNITS:
        return False
    points_back = POINTS_BACK_BEFORE.search(text, max(0, bare.start - 20), bare.start)
    return not (points_back or POINTS_BACK_AFTER.match(text, bare.end))


def _places_apart(a: str | None, b: str | None) -> bool:
    """Two figures of one value, each in a clause naming its own place, are two facts: a list of
    regions ("Kabupaten Bima dari Rp 1,2 triliun ...", "Lombok Barat dari Rp 1 triliun ...")
    repeats values. A place named once in full and once short ("Provinsi NTB", "NTB") is one
    place: apart only when neither name's words hold the other's ("Kota Bima", "Kabupaten
    Bima")."""
    if not a or not b:
        return False
    x, y = set(a.lower().split()), set(b.lower().split())
    return not (x <= y or y <= x)


# A count restated with another noun is one fact only from this size on: small counts of
# different things share their values often ("2 anak", "2 orang").
RESTATED_COUNT_MIN = 1000


def _restated_count(a: Figure, b: Figure) -> bool:
    """One count written with a noun and with its initials: "35,04 juta keluarga penerima
    manfaat" ... "35,04 juta lebih KPM". Only counts of at least RESTATED_COUNT_MIN with the same
    value, each with its noun written after it. (Nouns of people restated, "50 juta penduduk"
    ... "50 juta masyarakat", were read as one fact too and dropped in review: two facts of
    other months, regions or groups share a value as often.) A noun and its syllable short form
    of COUNTED_MIXED_CASE ("15 pemerintah daerah" ... "dari 15 Pemda itu") are one noun, as one
    unit written twice is, whatever the count."""
    if a.unit is None or b.unit is None:
        return False
    if _syllable_short_form(a.unit, b.unit) or _syllable_short_form(b.unit, a.unit):
        return True
    if a.value < RESTATED_COUNT_MIN:
        return False
    if value_kind(a.unit) != "count" or value_kind(b.unit) != "count":
        return False
    if a.unit.lower() not in a.text.lower() or b.unit.lower() not in b.text.lower():
        return False  # a noun read from elsewhere ("100 ribu lagi tahun depan": another count)
    x, y = a.unit.lower(), b.unit.lower()
    initials = {"".join(w[0] for w in u.split()) for u in (x, y) if " " in u}
    return bool({x, y} & initials)


COUNTED_SHORT_FORMS = {word.lower() for word in COUNTED_MIXED_CASE}


def _syllable_short_form(short: str, long: str) -> bool:
    """``short`` is a counted short form of COUNTED_MIXED_CASE made of the first letters (two at
    least) of each word of ``long``, in order: "Pemda" of "pemerintah daerah", "Perda" of
    "peraturan daerah"."""
    words = long.lower().split()
    if short.lower() not in COUNTED_SHORT_FORMS or len(words) < 2:
        return False

    def spelled(rest: str, words: list[str]) -> bool:
        if not words:
            return not rest
        return any(
            rest.startswith(words[0][:size]) and spelled(rest[size:], words[1:])
            for size in range(2, len(words[0]) + 1)
        )

    return spelled(short.lower(), words)


def _once_each(figures: list[Figure], text: str) -> list[Figure]:
    """One figure per fact, from its fullest sentence (the body's, not the headline's). A count
    restated with its noun's initials (``_restated_count``) keeps its first wording."""
    kept: list[Figure] = []
    for figure in figures:
        known = next((k for k in kept if _same_fact(k, figure, text)), None)
        if known is None:
            kept.append(figure)
        elif known.in_title == figure.in_title and _unit_key(known) != _unit_key(figure):
            known.kind = known.kind or figure.kind
        elif (known.in_title and not figure.in_title) or (
            known.in_title == figure.in_title and len(figure.sentence) > len(known.sentence)
        ):
            figure.kind = figure.kind or known.kind
            kept[kept.index(known)] = figure
        else:
            known.kind = known.kind or figure.kind
    return sorted(kept, key=lambda f: f.start)


class FigureRecognizer:
    def __init__(self, name: str = "newsintel_figures"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        figures = extract_figures(doc)
        spans = (
            doc.char_span(f.start, f.end, label=f.unit or "skor", alignment_mode="expand")
            for f in figures
        )
        doc.spans[EXTENSION] = [span for span in spans if span is not None]
        doc._.set(EXTENSION, [f.as_dict() for f in figures])
        return doc


@Language.factory("newsintel_figures")
def make_figure_recognizer(nlp: Language, name: str) -> FigureRecognizer:
    return FigureRecognizer(name)
