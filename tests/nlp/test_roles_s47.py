"""Roles (session 47): an opinion column's sign-off line whose author also gives the name they go
by ("NAME atau ALIAS.TITLE ...").

The line marked "even 538" is that article's own text (an even id of detik-1000); the column
body before it and every line marked INVENTED are invented in the same shape."""

from __future__ import annotations

import pytest

# INVENTED: a column body before the sign-off line
BODY = (
    "Putusan MK dan Kualitas Demokrasi\n"
    "Putusan itu memperpanjang peluang oligarki untuk mengontrol kebijakan publik. "
    "Pada akhirnya, kita perlu menimbang ulang arah pemilu kita.\n"
)


def people_of(analyse, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p["role"], p["organization"]) for p in analyse(text)["people"]}


@pytest.mark.parametrize(
    ("line", "name", "role", "org"),
    [
        # even 538's own sign-off: the name, "atau" and the shorter name, a stop, the title
        (
            "Zieyad Alfeiyad Ahfi atau Ziyad Ahfi.Mahasiswa pascasarjana hukum Universitas "
            "Islam Indonesia Yogyakarta yang tengah mengambil studi Hukum Tata Negara.",
            "Zieyad Alfeiyad Ahfi",
            "Mahasiswa pascasarjana hukum",
            "Universitas Islam Indonesia Yogyakarta",
        ),
        # INVENTED: the alias before a comma and a title naming its body
        (
            "Budi Santoso Wibowo atau Budi Wibowo, Dosen Ilmu Politik Universitas Brawijaya.",
            "Budi Santoso Wibowo",
            "Dosen Ilmu Politik",
            "Universitas Brawijaya",
        ),
    ],
)
def test_sign_off_with_an_alias(analyse, line, name, role, org):
    got = people_of(analyse, BODY + line + "\n")
    assert got.get(name) == (role, org)


@pytest.mark.parametrize(
    "line",
    [
        # INVENTED: two people as alternatives in a closing question or headline, no sign-off
        "Ani Wijaya atau Budi Santoso, siapa yang akan dipilih warga?",
        "Ani Wijaya atau Budi Santoso Menang di Pilkada Bandung",
        "Ani Wijaya atau Budi Santoso Ketua Umum Partai Baru Soroti Kasus Ini",
    ],
)
def test_alias_without_a_sign_off_gives_no_role(analyse, line):
    got = people_of(analyse, BODY + line + "\n")
    assert got.get("Ani Wijaya", (None, None))[0] is None
    assert got.get("Budi Santoso", (None, None))[0] is None


def test_alias_inside_the_column_is_no_sign_off(analyse):
    # INVENTED: the alias shape in the middle of the column, not its last paragraph: the
    # ordinary apposition reading at most ("Peneliti"), never the sentence as a title
    text = (
        BODY
        + "Ani Wijaya atau Ani, Peneliti di Perludem, menilai hal itu.\nPemilu harus dibenahi.\n"
    )
    role = people_of(analyse, text).get("Ani Wijaya", (None, None))[0]
    assert role in (None, "Peneliti")
