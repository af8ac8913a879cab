"""A person's organisation where no title beside the name writes it (session 26). The
sentences are invented; the shapes come from even-id detik-1000 articles (ids given)."""

from __future__ import annotations

from nlp.extract import extract_documents
from nlp.role_attachment import body_in_title


def people_of(nlp, text: str) -> dict[str, dict]:
    title, _, body = text.partition("\n")
    item = {"title": title, "text": body, "published": None}
    return {p["name"]: p for p in extract_documents([item], nlp=nlp)[0]["people"]}


def test_a_list_opened_by_its_body(full_nlp):
    # detik 954: "pendamping PIC Kemensos dari BKN, yaitu Analis ... Muhlis Irfan dan ..."
    people = people_of(
        full_nlp,
        "Judul\nRapat itu dihadiri pejabat dari Badan Kepegawaian Negara (BKN), yaitu Analis "
        "Kebijakan Ahli Madya Rudi Hartono dan Bambang Sutrisno. Di tempat lain, Joko Susilo "
        "menerima surat dari BKN.",
    )
    assert people["Rudi Hartono"]["organization"] == "BKN"
    assert people["Bambang Sutrisno"]["organization"] == "BKN"
    assert people["Joko Susilo"]["organization"] is None  # no list opened by the body


def test_a_possessed_title_lists_the_members_of_the_holders_body(full_nlp):
    # detik 528: "Ketua KPU RI, X, beserta lima anggotanya, yaitu: A, B, ..."
    people = people_of(
        full_nlp,
        "Judul\nPengadu melaporkan Ketua KPU RI, Mochammad Arifin, beserta dua anggotanya, "
        "yaitu: Siti Rahmawati dan Joko Santoso. Ia datang bersama kuasa hukumnya, yaitu "
        "Budi Hartanto.",
    )
    assert people["Siti Rahmawati"]["role"] == "anggota"
    assert people["Siti Rahmawati"]["organization"] == "KPU"
    assert people["Joko Santoso"]["organization"] == "KPU"
    # "kuasa hukumnya": no title of a body, the lawyer is not the KPU's
    assert people["Budi Hartanto"]["organization"] is None


def test_a_name_then_dari_and_a_body(full_nlp):
    # detik 84: "ujar Jayant Menon dari ISEAS-Yusof Ishak Institute"
    people = people_of(
        full_nlp,
        "Judul\nHarga durian naik, ujar Rudi Santoso dari Indonesia Corruption Watch (ICW). "
        "Rina Marlina datang dari Bandung.",
    )
    assert people["Rudi Santoso"]["organization"] == "ICW"
    assert people["Rina Marlina"]["organization"] is None


def test_the_body_written_inside_a_title():
    # detik 294 and 614: "Ketua Serikat Pekerja Taru Martani", "Ketua Forum HRD Serang Barat"
    assert body_in_title("Ketua Serikat Pekerja Sinar Abadi") == (
        "Ketua",
        "Serikat Pekerja Sinar Abadi",
    )
    assert body_in_title("Ketua Forum HRD Cilegon") == ("Ketua", "Forum HRD Cilegon")
    assert body_in_title("Ketua Forum Warga Ciliwung") is None  # "Forum" needs an acronym
    assert body_in_title("Dekan Fakultas Hukum") is None
    assert body_in_title("Anggota Komisi II") is None  # a unit of a body stays in the role
    assert body_in_title("Ketua Partai yang baru") is None


def test_the_body_inside_a_title_in_the_pipeline(full_nlp):
    people = people_of(
        full_nlp,
        "Judul\nKami menolak PHK sepihak, kata Ketua Serikat Pekerja Sinar Abadi, Suharto "
        "Wibowo, Selasa (21/10/2025).",
    )
    assert people["Suharto Wibowo"]["role"] == "Ketua"
    assert people["Suharto Wibowo"]["organization"] == "Serikat Pekerja Sinar Abadi"


def test_the_body_after_a_title_written_after_the_name(full_nlp):
    # detik 36: "Subur Saroso, Kepala Seksi Bimbingan Penagihan, Kanwil DJP Jawa Tengah II ..."
    people = people_of(
        full_nlp,
        "Judul\nRudi Hartono, Kepala Seksi Penagihan, Badan Pusat Statistik (BPS) menjelaskan "
        "target itu. Bambang Sutrisno, Kepala Seksi Penagihan, menjelaskan hal serupa di BPS.",
    )
    assert people["Rudi Hartono"]["role"] == "Kepala Seksi Penagihan"
    assert people["Rudi Hartono"]["organization"] == "BPS"
    # a clause between the title and the body: the body is not the title's
    assert people["Bambang Sutrisno"]["organization"] != "BPS"
