"""A person quoted by name alone speaks for the body the article opens by (session 42;
nlp/components/opening_body.py since session 43): the headline "Polda: ..." or the first
sentence "Asosiasi ... (AFPI) menegaskan ..." gives the statement to a body, and the only
untitled speaker, named twice and before anyone else, is its voice (dev6 274 Ade Ary -> Polda
Metro Jaya, dev6 80 Ronald -> AFPI, the golds). Every article below is INVENTED in the shape of
those two; the refusals are the shapes where the same words name someone else."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading


def _people(nlp, title: str, text: str) -> dict[str, dict]:
    return Reading(published=None).people(nlp, text, title)


# invented: a headline opened by a body's head word and a colon, one untitled speaker; the
# first paragraph does not open with the body acting (274 opens "Kegiatan ini merupakan ...")
HEADLINE = (
    "Polda: Patroli Malam Diperketat Jelang Akhir Tahun",
    "Patroli malam di Jakarta diperketat menjelang akhir tahun.\n"
    '"Kami akan terus berpatroli bersama warga," ujar Ade Ary, Senin (20/10/2025).\n'
    "Ade Ary menambahkan patroli dilakukan setiap malam di titik rawan.\n"
    "Polda Metro Jaya juga mengimbau warga melapor ke nomor 110.",
)
# invented: the first sentence is the body speaking, its spokesperson quoted by name only
LEAD = (
    "Asosiasi Pinjaman Daring Tolak Aturan Bunga",
    "Asosiasi Fintech Pendanaan Bersama Indonesia (AFPI) menegaskan tuduhan persekongkolan "
    "tidak pernah terjadi.\n"
    "Ronald mengatakan pelaku usaha tidak menginginkan aturan bunga.\n"
    '"Tidak ada platform yang ingin diatur sejak kita berdiri," katanya di Jakarta.\n'
    "Ronald menjelaskan bunga pernah mencapai 1% per hari.\n"
    "Sekretaris Jenderal AFPI, Sunu Widyatmoko menambahkan bahwa aturan itu perintah OJK.",
)


@pytest.mark.parametrize(
    ("article", "name", "org"),
    [(HEADLINE, "Ade Ary", "Polda Metro Jaya"), (LEAD, "Ronald", "AFPI")],
)
def test_untitled_speaker_speaks_for_the_opening_body(full_nlp, article, name, org):
    people = _people(full_nlp, *article)
    assert people[name]["organization"] == org
    assert people[name]["role"] is None


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # invented: two untitled speakers: nothing says which one is the body's voice
        (
            "Polda: Patroli Malam Diperketat Jelang Akhir Tahun",
            "Patroli malam diperketat di wilayah Polda Metro Jaya.\n"
            '"Kami terus berpatroli," ujar Ade Ary.\n'
            '"Kami merasa lebih aman," kata Rina Marlina, Senin (20/10/2025).\n'
            "Ade Ary menambahkan patroli dilakukan setiap malam. Rina Marlina mengatakan "
            "warga ikut berjaga.",
            "Ade Ary",
        ),
        # invented: a resident quoted after the body's titled spokesperson is not its voice
        (
            "Polda: Patroli Malam Diperketat Jelang Akhir Tahun",
            "Kabid Humas Polda Metro Jaya Kombes Budi Hartono mengatakan patroli malam "
            "diperketat.\n"
            '"Sekarang lebih aman," kata Rina Marlina, warga Kemayoran.\n'
            "Rina Marlina mengatakan dia tidak lagi takut pulang malam.",
            "Rina Marlina",
        ),
        # invented: the speaker named once only may be anyone the story passes
        (
            "Polda: Patroli Malam Diperketat Jelang Akhir Tahun",
            'Patroli malam di Jakarta diperketat.\n"Kami merasa lebih aman," kata Rina Marlina.\n'
            "Polda Metro Jaya juga mengimbau warga melapor ke nomor 110.",
            "Rina Marlina",
        ),
        # invented: the first sentence names the body as the one acting, not speaking
        (
            "Penangkapan di Jakarta Utara",
            "Polda Metro Jaya menangkap dua pelaku pencurian di Jakarta Utara.\n"
            '"Motor saya sudah kembali," kata Rina Marlina.\n'
            "Rina Marlina mengatakan motornya dicuri sepekan lalu.",
            "Rina Marlina",
        ),
        # invented: a headline opened by a word that is no body ("Warga: ...")
        (
            "Warga: Jalan Rusak Sudah Setahun Dibiarkan",
            "Jalan di Desa Sukamaju rusak sejak tahun lalu, menurut Dinas PU Kabupaten Bogor.\n"
            '"Kami sudah lapor berkali-kali," kata Rina Marlina.\n'
            "Rina Marlina mengatakan warga menambal jalan sendiri.",
            "Rina Marlina",
        ),
        # invented: a head word opening the names of two bodies ("Polres" of Depok and of
        # Bekasi) names neither
        (
            "Polres: Dua Pelaku Ditangkap",
            "Polres Depok dan Polres Bekasi menangkap dua pelaku curanmor.\n"
            '"Pelaku sudah kami amankan," ujar Ade Ary.\n'
            "Ade Ary menambahkan pelaku masih diperiksa.",
            "Ade Ary",
        ),
        # invented (review item 1): a victim in apposition, though saying "kami"
        (
            "Polres: Dua Pelaku Begal Ditangkap",
            "Polres Metro Jakarta Timur mengatakan dua pelaku begal ditangkap.\n\n"
            '"Motor kami dirampas di jalan," kata Agus Salim, korban begal.\n\n'
            "Agus Salim mengatakan dia dipukul pelaku.",
            "Agus Salim",
        ),
        # invented (review item 1): a relative ("ibu salah satu pasien")
        (
            "BPOM: Obat Sirop Tercemar Ditarik",
            "BPOM menegaskan obat sirop yang tercemar telah ditarik dari pasaran.\n\n"
            '"Kami takut sekali," kata Nur Aini, ibu salah satu pasien.\n\n'
            "Nur Aini mengatakan anaknya kini dirawat.",
            "Nur Aini",
        ),
        # invented (review item 2): the person is the object of the body's opening sentence
        (
            "Tersangka Korupsi Jalan Tol Mangkir",
            "Komisi Pemberantasan Korupsi (KPK) menyatakan Budi Santoso mangkir dari "
            "pemeriksaan sebagai tersangka.\n\n"
            '"Kami sedang sakit," kata Budi Santoso.\n\n'
            "Budi Santoso mengatakan dirinya akan datang pekan depan.",
            "Budi Santoso",
        ),
        # invented (review item 3): a person quoted before the body speaks
        (
            "Polda: Korban Penipuan Investasi Capai 200 Orang",
            '"Uang kami Rp 300 juta hilang semua," kata Siti Aminah.\n\n'
            "Polda Metro Jaya menyatakan korban mencapai 200 orang.\n\n"
            "Siti Aminah mengatakan dia melapor pekan lalu.",
            "Siti Aminah",
        ),
        # invented (review item 4): the headline's body acts in the first paragraph
        (
            "Kejagung: Tersangka Baru Kasus Timah",
            "Kejaksaan Agung menetapkan tersangka baru kasus timah.\n\n"
            '"Kami tidak terlibat," kata Harvey Moeis.\n\n'
            "Harvey Moeis membantah terlibat dalam kasus itu.",
            "Harvey Moeis",
        ),
        # invented (review item 5): no title, so the first paragraph is no headline
        (
            "",
            "Harga beras naik di sejumlah pasar tradisional.\n\n"
            "Badan Pangan Nasional (Bapanas) menegaskan stok beras aman.\n\n"
            '"Pasokan dari kita berkurang," kata Dedi Mulyadi.\n\n'
            "Dedi Mulyadi mengatakan harga naik Rp 2.000 per kilogram.",
            "Dedi Mulyadi",
        ),
        # invented (review item 6): a suspect who speaks as "saya", not for the body
        (
            "Polda: Pelaku Curanmor Residivis",
            "Polda Metro Jaya mengungkapkan pelaku curanmor merupakan residivis.\n\n"
            '"Saya terpaksa mencuri," kata Andi Firmansyah.\n\n'
            "Andi Firmansyah mengaku sudah tiga kali mencuri.",
            "Andi Firmansyah",
        ),
    ],
)
def test_untitled_speaker_refused(full_nlp, title, text, name):
    people = _people(full_nlp, title, text)
    assert people[name]["organization"] is None


def _orgs(*names: tuple[str, str | None]) -> dict[str, dict]:
    return {str(i): {"name": n, "acronym": a, "aliases": []} for i, (n, a) in enumerate(names)}


def test_opening_body_reads_a_headline_head_word_of_one_body():
    from nlp.components.opening_body import article_opening, opening_body

    # invented: "Polda" opens the name of the one body the text names
    text = "Polda: Patroli Diperketat\n\nPatroli malam diperketat di Jakarta."
    assert (
        opening_body(text, article_opening(text, True), _orgs(("Polda Metro Jaya", None)), set())
        == "0"
    )
    # invented: the short form written in full before a speech verb in the first sentence
    text = "Bunga Pinjaman\n\nAsosiasi Fintech Indonesia (AFPI) menegaskan tuduhan itu keliru."
    orgs = _orgs(("Asosiasi Fintech Indonesia", "AFPI"))
    assert opening_body(text, article_opening(text, True), orgs, set()) == "0"


@pytest.mark.parametrize(
    ("text", "orgs", "name_words"),
    [
        # invented: a person's name opening the headline is the person, not the body named
        # after him
        (
            "Anies: Jakarta Harus Ramah Pejalan Kaki\n\nTrotoar diperlebar.",
            _orgs(("Anies Baswedan Foundation", None)),
            {"Anies", "Baswedan"},
        ),
        # invented: a head word opening two bodies' names names neither
        (
            "Polres: Dua Pelaku Ditangkap\n\nDua pelaku ditangkap.",
            _orgs(("Polres Depok", None), ("Polres Bekasi", None)),
            set(),
        ),
        # invented: the body acts in the first sentence, it does not speak
        (
            "Penangkapan\n\nPolda Metro Jaya menangkap dua pelaku pencurian.",
            _orgs(("Polda Metro Jaya", None)),
            set(),
        ),
        # invented (review item 4): two bodies open the first paragraph, whatever the headline
        (
            "Polda: Demo Buruh Berjalan Tertib\n\nPolda Metro Jaya dan Kodam Jaya menyatakan "
            "demo buruh berjalan tertib.",
            _orgs(("Polda Metro Jaya", None), ("Kodam Jaya", None)),
            set(),
        ),
        # invented (review item 2): the body's speech verb takes a person as its object
        (
            "Tersangka Mangkir\n\nKomisi Pemberantasan Korupsi (KPK) menyatakan Budi Santoso "
            "mangkir dari pemeriksaan.",
            _orgs(("Komisi Pemberantasan Korupsi", "KPK")),
            {"Budi", "Santoso"},
        ),
        # invented: the headline and the first sentence give two different bodies
        (
            "KPK: Kasus Diusut\n\nPolda Metro Jaya mengatakan kasus itu juga diselidiki.",
            _orgs(("Komisi Pemberantasan Korupsi", "KPK"), ("Polda Metro Jaya", None)),
            set(),
        ),
    ],
)
def test_opening_body_refused(text, orgs, name_words):
    from nlp.components.opening_body import article_opening, opening_body

    assert opening_body(text, article_opening(text, True), orgs, name_words) is None


def test_opening_without_a_title_reads_no_headline():
    from nlp.components.opening_body import article_opening

    # invented (review item 5): with no title the analysed text is the body alone
    text = "Harga beras naik di pasar.\n\nBapanas menegaskan stok aman."
    headline, start, end = article_opening(text, False)
    assert headline == ""
    assert text[start:end] == "Harga beras naik di pasar."
    headline, start, end = article_opening(text, True)
    assert headline == "Harga beras naik di pasar."
    assert text[start:end] == "Bapanas menegaskan stok aman."
