"""A small, realistic corpus for the API tests: news from several outlets (one story syndicated
word for word to two outlets), a stored regulation with pages, and extraction records in the
`newsintel extract` vocabulary, as the enrichment would save them."""

from __future__ import annotations

from corpus.store import CorpusStore, Document

PIPELINE = "api-test"

APHTN = (
    "Jakarta - BPJS Ketenagakerjaan (BPJAMSOSTEK) menggandeng Asosiasi Pengajar Hukum Tata "
    "Negara dan Hukum Administrasi Negara (APHTN-HAN) untuk mempercepat perlindungan pekerja "
    "yang belum terlindungi jaminan sosial ketenagakerjaan. Nota kesepahaman ditandatangani "
    "Direktur Utama Anggoro Eko Cahyo dan Ketua Umum APHTN-HAN Guntur Hamzah, Selasa "
    "(9/8/2022).\n\n"
    '"Target kami adalah 70 juta tenaga kerja aktif sampai dengan 2026, dan tidak ada cara '
    'lain, kita harus berkolaborasi dengan asosiasi," kata Anggoro.\n\n'
    "Ruang lingkup nota kesepahaman antara lain pengkajian peraturan perundang-undangan di "
    "bidang jaminan sosial ketenagakerjaan dan diseminasi informasi kebijakan hukum. "
    "Sebanyak 21 pengajar hukum tata negara mengikuti kegiatan tersebut."
)

NEWS = [
    dict(
        id="kabar-aphtn",
        url="https://kabarekonomi.example/bpjs-aphtn-han",
        source="kabarekonomi.id",
        title="BPJS Ketenagakerjaan Gandeng APHTN-HAN Kejar Target 70 Juta Pekerja",
        published="2022-08-09",
        text=APHTN,
    ),
    # The same story, syndicated word for word to another outlet a day later.
    dict(
        id="warta-aphtn",
        url="https://wartakerja.example/2022/08/10/aphtn-han",
        source="wartakerja.id",
        title="BPJS Ketenagakerjaan Gandeng APHTN-HAN Kejar Target 70 Juta Pekerja",
        published="2022-08-10",
        text=APHTN,
    ),
    dict(
        id="berita-apeksi",
        url="https://beritasatu.example/ekonomi/apeksi-inpres",
        source="BeritaSatu",
        title="Apeksi Dukung Optimalisasi Jaminan Sosial Ketenagakerjaan",
        published="2021-04-08",
        text="Bogor - Asosiasi Pemerintah Kota Seluruh Indonesia (Apeksi) mendukung pelaksanaan "
        "Instruksi Presiden (Inpres) Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan "
        "Program Jaminan Sosial Ketenagakerjaan. Ketua Dewan Pengurus Apeksi Bima Arya "
        "Sugiarto mengatakan wali kota akan mendaftarkan pekerja rentan.\n\n"
        "Inpres itu ditujukan kepada 19 menteri, 34 gubernur, 416 bupati dan 98 wali kota. "
        "Direktur Kepesertaan BPJAMSOSTEK Zainudin menyambut baik dukungan itu.",
    ),
    dict(
        id="idn-alb-kadin",
        url="https://idntimes.example/business/11-asosiasi-pks",
        source="IDN Times",
        title="11 Asosiasi Anggota Luar Biasa Kadin Teken PKS dengan BPJS Ketenagakerjaan",
        published="2023-11-02",
        text="Jakarta - Sebanyak 11 asosiasi Anggota Luar Biasa Kadin menandatangani Perjanjian "
        "Kerja Sama (PKS) dengan BPJS Ketenagakerjaan, antara lain Asosiasi Perusahaan "
        "Konsultan Telematika Indonesia (ASPEKTI) dan Asosiasi Bisnis Alih Daya (ABADI).\n\n"
        "Direktur Kepesertaan BPJS Ketenagakerjaan Zainudin menyebut jumlah peserta aktif "
        "hingga akhir Oktober mencapai 40,2 juta pekerja, 48 persen di antaranya pekerja "
        "penerima upah. Target Universal Coverage adalah 70 juta pekerja pada 2026.",
    ),
    dict(
        id="warta-juli",
        url="https://wartakerja.example/2023/07/27/peserta-aktif",
        source="wartakerja.id",
        title="Peserta Aktif BPJAMSOSTEK Capai 36,7 Juta Pekerja",
        published="2023-07-27",
        text="Jakarta - Jumlah peserta aktif BPJS Ketenagakerjaan mencapai 36,7 juta pekerja "
        "per Juli 2023, kata Direktur Utama Anggoro Eko Cahyo, Kamis (27/7/2023).\n\n"
        "Manfaat Jaminan Hari Tua (JHT) dapat dicairkan sesuai Peraturan Menteri "
        "Ketenagakerjaan (Permenaker) Nomor 2 Tahun 2022. Sepanjang semester pertama, klaim "
        "JHT yang dibayarkan mencapai Rp 22 triliun.",
    ),
    dict(
        id="antara-jabar",
        url="https://antaranews.example/berita/jabar-mou",
        source="Antara",
        title="Pemprov Jawa Barat dan BPJS Ketenagakerjaan Teken MoU Perlindungan Pekerja Rentan",
        published="2023-03-15",
        text="Bandung - Pemerintah Provinsi Jawa Barat dan BPJS Ketenagakerjaan menandatangani "
        "nota kesepahaman perlindungan jaminan sosial bagi 500 ribu pekerja rentan. "
        "Gubernur Jawa Barat Ridwan Kamil dan Direktur Utama BPJS Ketenagakerjaan Anggoro "
        "Eko Cahyo menandatangani MoU tersebut di Gedung Sate.\n\n"
        "Pelaksanaan kerja sama mengacu pada Inpres Nomor 2 Tahun 2021.",
    ),
    dict(
        id="kompas-kecelakaan",
        url="https://kompas.example/read/2024/01/10/klaim-jkk",
        source="Kompas",
        title="Klaim Jaminan Kecelakaan Kerja Naik Sepanjang 2023",
        published="2024-01-10",
        text="Jakarta - BPJS Ketenagakerjaan membayarkan klaim Jaminan Kecelakaan Kerja (JKK) "
        "untuk 370 ribu kasus kecelakaan kerja sepanjang 2023. Nilai manfaat yang "
        "dibayarkan mencapai Rp 2,8 triliun, naik dibanding tahun sebelumnya.\n\n"
        "Pekerja yang mengalami kecelakaan saat bekerja berhak atas perawatan tanpa batas "
        "biaya sesuai kebutuhan medis.",
    ),
]

REGULATION = dict(
    id="permenaker-2-2022",
    url="https://jdih.example/permenaker-2-2022.pdf",
    source="jdih",
    doc_type="regulation",
    title="Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua",
    published="2022-02-04",
    text="PERATURAN MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA NOMOR 2 TAHUN 2022 TENTANG TATA "
    "CARA DAN PERSYARATAN PEMBAYARAN MANFAAT JAMINAN HARI TUA\n\nMenimbang bahwa untuk "
    "melaksanakan ketentuan Pasal 26 Peraturan Pemerintah Nomor 46 Tahun 2015 perlu "
    "menetapkan peraturan menteri.\f"
    "Pasal 2\n\nManfaat JHT dibayarkan kepada peserta apabila peserta mencapai usia pensiun, "
    "mengalami cacat total tetap, atau meninggal dunia.\n\nPasal 3\n\nManfaat JHT bagi "
    "peserta yang mencapai usia pensiun diberikan kepada peserta yang berhenti bekerja.",
    metadata={
        "type": "Permenaker",
        "number": "2",
        "year": 2022,
        "status": "berlaku",
        "issuer": "Kementerian Ketenagakerjaan",
    },
)

BPJS = {
    "name": "BPJS Ketenagakerjaan",
    "aliases": ["BPJAMSOSTEK", "BPJamsostek"],
    "canonical": "bpjs-ketenagakerjaan",
    "kind": "agency",
}
INPRES = {
    "type": "Inpres",
    "number": "2",
    "year": 2021,
    "title": "Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan",
    "text": "Instruksi Presiden (Inpres) Nomor 2 Tahun 2021",
}


def _aphtn(published: str) -> dict:
    return {
        "published": published,
        "organizations": [
            BPJS,
            {
                "name": "Asosiasi Pengajar Hukum Tata Negara dan Hukum Administrasi Negara",
                "acronym": "APHTN-HAN",
                "kind": "association",
            },
        ],
        "people": [
            {
                "name": "Anggoro Eko Cahyo",
                "role": "Direktur Utama",
                "organization": "BPJS Ketenagakerjaan",
            },
            {"name": "Guntur Hamzah", "role": "Ketua Umum", "organization": "APHTN-HAN"},
        ],
        "figures": [
            {
                "value": 70000000,
                "unit": "tenaga kerja",
                "text": "70 juta",
                "kind": "target",
                "context": "target tenaga kerja aktif sampai dengan 2026",
                "date": "2026",
                "sentence": "Target kami adalah 70 juta tenaga kerja aktif sampai dengan 2026.",
            },
            {
                "value": 21,
                "unit": "pengajar",
                "text": "21 pengajar",
                "context": "pengajar hukum tata negara yang mengikuti kegiatan",
                "sentence": "Sebanyak 21 pengajar hukum tata negara mengikuti kegiatan tersebut.",
            },
        ],
        "commitments": [
            {
                "partner": "APHTN-HAN",
                "agreement": "Nota Kesepahaman",
                "kind": "MoU",
                "signatories": ["Anggoro Eko Cahyo", "Guntur Hamzah"],
                "scope": [
                    "pengkajian peraturan perundang-undangan",
                    "diseminasi informasi kebijakan hukum",
                ],
                "date": "2022-08-09",
            }
        ],
        "quotes": [
            {
                "speaker": "Anggoro Eko Cahyo",
                "text": "Target kami adalah 70 juta tenaga kerja aktif sampai dengan 2026",
            }
        ],
        "groups": [{"name": "pekerja", "category": "society", "mentions": 2}],
        "locations": [{"name": "Jakarta", "kind": "city", "province": "DKI Jakarta"}],
    }


EXTRACTIONS = {
    "kabar-aphtn": _aphtn("2022-08-09"),
    "warta-aphtn": _aphtn("2022-08-10"),
    "berita-apeksi": {
        "published": "2021-04-08",
        "organizations": [
            BPJS,
            {
                "name": "Asosiasi Pemerintah Kota Seluruh Indonesia",
                "acronym": "Apeksi",
                "kind": "association",
            },
        ],
        "people": [
            {
                "name": "Bima Arya Sugiarto",
                "role": "Ketua Dewan Pengurus",
                "organization": "Apeksi",
            },
            {"name": "Zainudin", "role": "Direktur Kepesertaan", "organization": "BPJAMSOSTEK"},
        ],
        "regulations": [INPRES],
        "figures": [
            {
                "value": v,
                "unit": u,
                "text": f"{v} {u}",
                "context": "penerima Inpres",
                "sentence": "Inpres itu ditujukan kepada 19 menteri, 34 gubernur, 416 "
                "bupati dan 98 wali kota.",
            }
            for v, u in ((19, "menteri"), (34, "gubernur"), (416, "bupati"), (98, "wali kota"))
        ],
        "commitments": [{"partner": "Apeksi", "agreement": "dukungan", "kind": "support"}],
    },
    "idn-alb-kadin": {
        "published": "2023-11-02",
        "organizations": [
            BPJS,
            {
                "name": "Asosiasi Perusahaan Konsultan Telematika Indonesia",
                "acronym": "ASPEKTI",
                "kind": "association",
            },
            {"name": "Asosiasi Bisnis Alih Daya", "acronym": "ABADI", "kind": "association"},
            {"name": "Kamar Dagang dan Industri", "acronym": "Kadin"},
        ],
        "people": [
            {
                "name": "Zainudin",
                "role": "Direktur Kepesertaan",
                "organization": "BPJS Ketenagakerjaan",
            }
        ],
        "figures": [
            {
                "value": 40200000,
                "unit": "pekerja",
                "text": "40,2 juta",
                "measure": "peserta_aktif",
                "measure_en": "active participants",
                "organization": "BPJS Ketenagakerjaan",
                "kind": "achievement",
                "context": "jumlah peserta aktif BPJS Ketenagakerjaan hingga akhir Oktober",
                "date": "2023-10-31",
                "sentence": "Jumlah peserta aktif hingga akhir Oktober mencapai 40,2 juta pekerja.",
            },
            {
                "value": 48,
                "unit": "persen",
                "text": "48 persen",
                "value_max": 52,
                "context": "porsi pekerja penerima upah",
                "sentence": "48 persen di antaranya pekerja penerima upah.",
            },
            {
                "value": 70000000,
                "unit": "pekerja",
                "text": "70 juta",
                "kind": "target",
                "context": "target Universal Coverage tahun 2026",
                "date": "2026",
                "sentence": "Target Universal Coverage adalah 70 juta pekerja pada 2026.",
            },
        ],
        "commitments": [
            {"partner": p, "agreement": "Perjanjian Kerja Sama", "kind": "PKS"}
            for p in ("ASPEKTI", "ABADI")
        ],
    },
    "warta-juli": {
        "published": "2023-07-27",
        "organizations": [BPJS],
        "people": [
            {
                "name": "Anggoro Eko Cahyo",
                "role": "Direktur Utama",
                "organization": "BPJS Ketenagakerjaan",
            }
        ],
        "regulations": [
            {
                "type": "Permenaker",
                "number": "2",
                "year": 2022,
                "text": "Peraturan Menteri Ketenagakerjaan (Permenaker) Nomor 2 Tahun 2022",
            }
        ],
        "figures": [
            {
                "value": 36700000,
                "unit": "pekerja",
                "text": "36,7 juta",
                "measure": "peserta_aktif",
                "measure_en": "active participants",
                "organization": "BPJS Ketenagakerjaan",
                "kind": "achievement",
                "context": "jumlah peserta aktif BPJS Ketenagakerjaan per Juli 2023",
                "date": "2023-07-27",
                "sentence": "Jumlah peserta aktif BPJS Ketenagakerjaan "
                "mencapai 36,7 juta pekerja per Juli 2023.",
            },
            {
                "value": 22e12,
                "unit": "rupiah",
                "text": "Rp 22 triliun",
                "context": "klaim JHT yang dibayarkan semester pertama",
                "sentence": "Sepanjang semester pertama, klaim JHT yang dibayarkan mencapai Rp 22 "
                "triliun.",
            },
        ],
    },
    "antara-jabar": {
        "published": "2023-03-15",
        "organizations": [
            BPJS,
            {
                "name": "Pemerintah Provinsi Jawa Barat",
                "acronym": "Pemprov Jabar",
                "kind": "regional government",
            },
        ],
        "people": [
            {
                "name": "Ridwan Kamil",
                "role": "Gubernur Jawa Barat",
                "organization": "Pemprov Jabar",
            },
            {
                "name": "Anggoro Eko Cahyo",
                "role": "Direktur Utama",
                "organization": "BPJS Ketenagakerjaan",
            },
        ],
        "regulations": [{**INPRES, "text": "Inpres Nomor 2 Tahun 2021", "title": None}],
        "figures": [
            {
                "value": 500000,
                "unit": "pekerja",
                "text": "500 ribu",
                "context": "pekerja rentan yang dilindungi",
                "kind": "target",
                "sentence": "perlindungan jaminan sosial bagi 500 ribu pekerja rentan",
            }
        ],
        "commitments": [
            {
                "partner": "Pemprov Jabar",
                "agreement": "Nota Kesepahaman",
                "kind": "MoU",
                "signatories": ["Ridwan Kamil", "Anggoro Eko Cahyo"],
                "scope": ["perlindungan jaminan sosial pekerja rentan"],
                "date": "2023-03-15",
            }
        ],
    },
    "kompas-kecelakaan": {
        "published": "2024-01-10",
        "organizations": [BPJS],
        "figures": [
            {
                "value": 370000,
                "unit": "kasus",
                "text": "370 ribu kasus",
                "context": "klaim Jaminan Kecelakaan Kerja sepanjang 2023",
                "sentence": "klaim JKK untuk 370 ribu kasus kecelakaan kerja sepanjang 2023",
            },
            {
                "value": 2.8e12,
                "unit": "rupiah",
                "text": "Rp 2,8 triliun",
                "context": "nilai manfaat JKK yang dibayarkan",
                "sentence": "Nilai manfaat yang dibayarkan mencapai Rp 2,8 triliun.",
            },
        ],
    },
}

# Added after a saved search is made, to check that only it is reported as new.
LATE_NEWS = dict(
    id="late-aphtn",
    url="https://kabarekonomi.example/2024/02/aphtn-lanjutan",
    source="kabarekonomi.id",
    title="APHTN-HAN dan BPJS Ketenagakerjaan Evaluasi Nota Kesepahaman",
    published="2024-02-20",
    text="Jakarta - APHTN-HAN dan BPJS Ketenagakerjaan mengevaluasi pelaksanaan nota "
    "kesepahaman tentang pengkajian peraturan jaminan sosial ketenagakerjaan yang "
    "ditandatangani pada 2022. Kedua pihak sepakat memperluas diseminasi informasi.",
)
LATE_EXTRACTION = {
    "published": "2024-02-20",
    "organizations": [
        BPJS,
        {
            "name": "Asosiasi Pengajar Hukum Tata Negara dan Hukum Administrasi Negara",
            "acronym": "APHTN-HAN",
        },
    ],
}


def save(store: CorpusStore, fields: dict, extraction: dict | None) -> Document:
    doc = Document(**fields)
    store.upsert_document(doc)
    if extraction is not None:
        assert doc.id is not None  # Document derives it from the URL
        store.save_extractions([(doc.id, doc.content_hash, PIPELINE, extraction)])
    return doc


def build(store: CorpusStore) -> None:
    """Store the corpus with its extractions and link regulation references."""
    save(store, REGULATION, None)
    for fields in NEWS:
        save(store, fields, EXTRACTIONS[fields["id"]])
    store.link_regulations()
