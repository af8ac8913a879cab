"""Session 54b. INVENTED probe passages (written for session 54b, not from any article):
English bodies named by a last word "Initiative" / "Task Force" or a leading "Centre/Center
for"; and near shapes where nothing new may be read. Run once per checkout
(PYTHONPATH=<checkout> python benchmarks/probes/orgrec_s54b.py OUT.json) and compare."""

from __future__ import annotations

import json
import sys

from nlp.pipeline import load_pipeline

# (passage, the organisation wanted or None where no new body may be read)
PROBES: list[tuple[str, str | None]] = [
    # should read (fire)
    (
        "Kelompok masyarakat seperti Jakarta Clean Air Initiative mendorong pemerintah bertindak.",
        "Jakarta Clean Air Initiative",
    ),
    (
        "Data itu dirilis Lahore Air Quality Initiative pada Senin lalu.",
        "Lahore Air Quality Initiative",
    ),
    ("Jalur pipa itu diawasi Gas Transit Task Force sejak 2012.", "Gas Transit Task Force"),
    (
        "Menurut Financial Action Task Force, Indonesia sudah memenuhi standar.",
        "Financial Action Task Force",
    ),
    (
        "Keterangan senada diberikan Dr Sarah Lane dari Centre for Peace and Reconciliation, "
        "Leeds University, Inggris.",
        "Centre for Peace and Reconciliation",
    ),
    (
        "Peneliti dari Center for Indonesian Policy Studies menilai tarif itu terlalu tinggi.",
        "Center for Indonesian Policy Studies",
    ),
    (
        "Laporan Center for Strategic and International Studies menyebut hal serupa.",
        "Center for Strategic and International Studies",
    ),
    (
        "Hal itu disampaikan peneliti Centre for Climate Research Singapore, Rabu (3/9/2025).",
        "Centre for Climate Research Singapore",
    ),
    (
        "Lembaga Asia Clean Energy Initiative menyalurkan dana hibah ke Sumba.",
        "Asia Clean Energy Initiative",
    ),
    (
        "Direktur Eksekutif Borneo Forest Initiative, Andi Saputra, mengatakan hutan itu rusak.",
        "Borneo Forest Initiative",
    ),
    (
        "Satgas itu bekerja sama dengan Interpol Cybercrime Task Force untuk melacak pelaku.",
        "Interpol Cybercrime Task Force",
    ),
    (
        "Sebuah studi Center for Disease Control and Prevention menemukan hal sebaliknya.",
        "Center for Disease Control and Prevention",
    ),
    (
        "Kajian Centre for Humanitarian Dialogue dirilis di Jenewa.",
        "Centre for Humanitarian Dialogue",
    ),
    ("Peneliti Lowy Institute menyebut Jakarta harus waspada.", "Lowy Institute"),
    ("Organisasi Human Rights Watch mengecam penangkapan itu.", "Human Rights Watch"),
    # must NOT fire (no new body)
    ("Acara itu digelar di Jakarta Convention Center, Senayan.", None),
    ("Indonesia ikut dalam Belt and Road Initiative yang digagas China.", None),
    ("Program Clean Air Initiative akan dimulai tahun depan.", None),
    ("Pemerintah membentuk task force untuk menangani banjir.", None),
    ("Menurut dia, initiative itu harus didukung semua pihak.", None),
    ("Film Air Force One diputar ulang di televisi.", None),
    ("Pesawat itu milik Royal Air Force yang mendarat di Halim.", "Royal Air Force"),
    ("Ia membeli sepatu Nike Air Force di Grand Indonesia.", None),
    ("Pertemuan berlangsung di Sentul International Convention Center, Bogor.", None),
    ("Ia pernah bekerja di pusat data atau data center milik Telkom.", None),
    ("Presiden menghadiri Global Initiative on Tax di Paris.", None),
    ("Ia bertemu Centre Manager hotel itu, Rudi, kemarin.", None),
    ("Kantornya berada di Center of Excellence kampus itu.", None),
    ("Dia menonton konser di Centre Court Wimbledon.", None),
    ("Menteri menyebut Task Force Percepatan Investasi sudah bekerja.", None),
    (
        "Laporan dari Centre for the Study of Existential Risk dikutip media.",
        "Centre for the Study of Existential Risk",
    ),
    ("Berdasarkan data World Health Organization, kasus itu naik.", "World Health Organization"),
    ("Mahasiswa University of Melbourne Australia ikut hadir.", "University of Melbourne"),
    ("Ia lulusan Monash University dan bekerja di Jakarta.", "Monash University"),
    ("Skema itu disebut Just Energy Transition Partnership, bukan Initiative baru.", None),
    ("Kepala Satgas Task Force Anti-Narkoba Polda Bali, Kombes Adi, membenarkan.", None),
    ("Prabowo membahas Indo-Pacific Economic Initiative bersama Jepang.", None),
    ("Tim Task Force Covid-19 Jawa Barat sudah dibubarkan.", None),
    ("Ia meluncurkan Green Building Initiative di kantornya.", None),
    ("Kompetisi digelar di Center Stage Mall Kelapa Gading.", None),
    ("Peneliti Habibie Center, Rina, menilai kebijakan itu keliru.", "Habibie Center"),
    ("Kata Ketua Satgas Pangan, Task Force itu sudah bekerja sejak Januari.", None),
    (
        "Dia pernah menjadi relawan Centre for Orangutan Protection di Kalimantan.",
        "Centre for Orangutan Protection",
    ),
    ("Mereka menggelar rapat bersama Asian Development Bank Task Force.", None),
]


def main() -> None:
    """Write each probe's organisations as JSON to argv[1]; run once per checkout
    (PYTHONPATH=<checkout>) and compare the two files."""
    nlp = load_pipeline()
    out = []
    for text, want in PROBES:
        doc = nlp(text)
        found = sorted(o["name"] for o in doc._.organizations)
        out.append({"text": text, "want": want, "orgs": found})
    with open(sys.argv[1], "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
