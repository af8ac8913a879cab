"""A small corpus for the backend contract suite: IndexDocuments as ``search_api.engine.indexing``
builds them from the store (text, outlet, date, near-duplicate cluster, entities).

Nine documents: news from six outlets over 2021-2024 (one story syndicated word for word to a
second outlet, same cluster), a regulation, and one undated note.
"""

from __future__ import annotations

from typing import Any

from search_api.engine.models import EntityRef, IndexDocument

BPJS = EntityRef(
    key="bpjs-ketenagakerjaan",
    label="BPJS Ketenagakerjaan",
    aliases=["BPJAMSOSTEK", "BP Jamsostek", "BPJS TK"],
)
APHTN = EntityRef(
    key="aphtn-han",
    label="Asosiasi Pengajar Hukum Tata Negara dan Hukum Administrasi Negara",
    aliases=["APHTN-HAN"],
)
APEKSI = EntityRef(
    key="apeksi", label="Asosiasi Pemerintah Kota Seluruh Indonesia", aliases=["Apeksi"]
)
KADIN = EntityRef(key="kadin", label="Kamar Dagang dan Industri Indonesia", aliases=["Kadin"])
JABAR = EntityRef(
    key="pemprov-jawa-barat", label="Pemerintah Provinsi Jawa Barat", aliases=["Pemprov Jabar"]
)
INPRES_2_2021 = EntityRef(key="inpres 2/2021", label="Inpres 2/2021")
PERMENAKER_2_2022 = EntityRef(key="permenaker 2/2022", label="Permenaker 2/2022")


def person(name: str) -> EntityRef:
    return EntityRef(key=" ".join(name.lower().split()), label=name)


SYNDICATED_TEXT = (
    "Jakarta - BPJS Ketenagakerjaan menjalin kerja sama dengan Asosiasi Pengajar Hukum Tata "
    "Negara dan Hukum Administrasi Negara (APHTN-HAN) untuk memperluas perlindungan jaminan "
    "sosial bagi pekerja. Nota kesepahaman ditandatangani Direktur Utama Anggoro Eko Cahyo di "
    "Jakarta.\n\n"
    '"Kami menargetkan 70 juta tenaga kerja aktif terlindungi pada 2026, dan itu hanya '
    'tercapai bila kita berkolaborasi," ujar Anggoro. Kerja sama mencakup kajian peraturan '
    "perundang-undangan dan sosialisasi kebijakan hukum jaminan sosial ketenagakerjaan."
)

RAW: list[dict[str, Any]] = [
    dict(
        id="aphtn-kabar",
        outlet="kabarekonomi.id",
        published="2022-08-09",
        title="BPJS Ketenagakerjaan Gandeng APHTN-HAN Kejar Target 70 Juta Pekerja",
        text=SYNDICATED_TEXT,
        cluster_id="aphtn-kabar",
        organizations=[BPJS, APHTN],
        people=[person("Anggoro Eko Cahyo")],
    ),
    dict(
        id="aphtn-warta",
        outlet="wartakerja.id",
        published="2022-08-10T08:15:00+07:00",
        title="Gandeng APHTN-HAN, BPJS Ketenagakerjaan Kejar 70 Juta Pekerja",
        text=SYNDICATED_TEXT,
        cluster_id="aphtn-kabar",
        organizations=[BPJS, APHTN],
        people=[person("Anggoro Eko Cahyo")],
    ),
    dict(
        id="apeksi-inpres",
        outlet="BeritaSatu",
        published="2021-04-08",
        title="Apeksi Dukung Optimalisasi Jaminan Sosial Ketenagakerjaan",
        text="Bogor - Asosiasi Pemerintah Kota Seluruh Indonesia (Apeksi) menyatakan dukungan "
        "atas Instruksi Presiden Nomor 2 Tahun 2021 tentang optimalisasi program jaminan "
        "sosial ketenagakerjaan. Ketua Apeksi Bima Arya Sugiarto meminta para wali kota "
        "mendaftarkan pekerja rentan di wilayahnya.\n\n"
        "Instruksi itu ditujukan kepada menteri, gubernur, bupati dan wali kota di "
        "seluruh Indonesia.",
        organizations=[APEKSI, BPJS],
        people=[person("Bima Arya Sugiarto")],
        regulations=[INPRES_2_2021],
    ),
    dict(
        id="kadin-pks",
        outlet="IDN Times",
        published="2023-11-02",
        title="Sebelas Asosiasi Anggota Kadin Teken Perjanjian Kerja Sama",
        text="Jakarta - Sebelas asosiasi anggota luar biasa Kadin menandatangani perjanjian "
        "kerja sama dengan BPJS Ketenagakerjaan untuk mendaftarkan pekerja anggotanya.\n\n"
        "Direktur Kepesertaan Zainudin menyebut jumlah peserta aktif hingga akhir Oktober "
        "mencapai 40,2 juta pekerja, hampir separuhnya pekerja penerima upah.",
        organizations=[KADIN, BPJS],
        people=[person("Zainudin")],
    ),
    dict(
        id="peserta-juli",
        outlet="wartakerja.id",
        published="2023-07-27",
        title="Peserta Aktif BPJAMSOSTEK Capai 36,7 Juta Pekerja",
        text="Jakarta - Jumlah peserta aktif BPJS Ketenagakerjaan mencapai 36,7 juta pekerja "
        "pada Juli 2023, kata Anggoro Eko Cahyo.\n\n"
        "Pencairan Jaminan Hari Tua (JHT) mengikuti Peraturan Menteri Ketenagakerjaan "
        "Nomor 2 Tahun 2022. Pada semester pertama klaim JHT yang dibayarkan mencapai "
        "Rp 22 triliun.",
        organizations=[BPJS],
        people=[person("Anggoro Eko Cahyo")],
        regulations=[PERMENAKER_2_2022],
    ),
    dict(
        id="jabar-mou",
        outlet="Antara",
        published="2023-03-15",
        title="Pemprov Jawa Barat dan BPJS Ketenagakerjaan Teken MoU Pekerja Rentan",
        text="Bandung - Pemerintah Provinsi Jawa Barat dan BPJS Ketenagakerjaan menandatangani "
        "nota kesepahaman perlindungan jaminan sosial bagi 500 ribu pekerja rentan di "
        "Gedung Sate.\n\n"
        "Gubernur Ridwan Kamil mengatakan pelaksanaannya mengacu pada Inpres Nomor 2 "
        "Tahun 2021.",
        organizations=[JABAR, BPJS],
        people=[person("Ridwan Kamil")],
        regulations=[INPRES_2_2021],
    ),
    dict(
        id="kecelakaan-2023",
        outlet="Kompas",
        published="2024-01-10",
        title="Klaim Jaminan Kecelakaan Kerja Naik Sepanjang 2023",
        text="Jakarta - BPJS Ketenagakerjaan membayarkan klaim Jaminan Kecelakaan Kerja untuk "
        "370 ribu kasus kecelakaan kerja sepanjang 2023, dengan nilai manfaat Rp 2,8 "
        "triliun.\n\n"
        "Pekerja yang celaka saat bekerja berhak atas perawatan medis tanpa batas biaya.",
        organizations=[BPJS],
    ),
    dict(
        id="permenaker-2-2022",
        outlet="jdih",
        published="2022-02-04",
        doc_type="regulation",
        title="Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua",
        text="PERATURAN MENTERI KETENAGAKERJAAN NOMOR 2 TAHUN 2022 TENTANG TATA CARA DAN "
        "PERSYARATAN PEMBAYARAN MANFAAT JAMINAN HARI TUA\n\n"
        "Manfaat Jaminan Hari Tua dibayarkan kepada peserta yang mencapai usia pensiun, "
        "mengalami cacat total tetap, atau meninggal dunia.",
        regulations=[PERMENAKER_2_2022],
    ),
    dict(
        id="undated-note",
        outlet="Kompas",
        published=None,
        title="Catatan Redaksi tentang Iuran Pekerja Informal",
        text="Iuran pekerja bukan penerima upah dapat dibayar bulanan melalui kanal digital. "
        "Catatan ini tidak memuat tanggal terbit.",
    ),
]


def documents() -> list[IndexDocument]:
    out = []
    for raw in RAW:
        fields = {
            "doc_type": "news",
            "organizations": [],
            "people": [],
            "regulations": [],
            "url": f"https://{raw['outlet'].lower().replace(' ', '')}.example/{raw['id']}",
            **raw,
        }
        digest = f"hash-{raw['id']}-{len(raw['text'])}"
        fields.setdefault("cluster_id", None)
        out.append(
            IndexDocument(
                **fields, content_hash=digest, revision=f"{digest}:x1:{fields['cluster_id'] or ''}"
            )
        )
    return out


BY_ID = {doc.id: doc for doc in documents()}
DATED = [d for d in documents() if d.published]
