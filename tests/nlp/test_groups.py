"""Stakeholder groups (nlp/group_lexicon.py learns them, nlp/components/groups.py finds them).

The articles below are invented for these tests (short sentences in detik's style)."""

from __future__ import annotations

from corpus.public_sets import DetikArticle
from nlp.group_lexicon import learn, learn_heads


def _article(article_id: int, text: str, **stakeholders: list[str]) -> DetikArticle:
    return DetikArticle(article_id, "", "", text, "2025-10-01", stakeholders, "2025-10-01T00:00")


def test_a_group_is_learned_from_two_articles_written_in_lower_case():
    articles = [
        _article(2, "Kata para petani, harga pupuk naik.", society=["Petani"], industry=["UMKM"]),
        _article(4, "Petani di desa itu panen; petani lain gagal.", society=["Petani"]),
        _article(6, "Ditjen Pajak memeriksa.", government=["Pemerintah", "Budi Santoso"]),
        _article(8, "Investor asing masuk.", industry=["Investor"], society=["Investor"]),
        _article(10, "Pemerintah menunda; pemerintah daerah setuju.", government=["Pemerintah"]),
        _article(12, "Kata investor, pasar tenang.", industry=["Investor"]),
    ]
    learned = {g["name"]: g["category"] for g in learn(articles)}
    # Petani (2 articles, lower case), investor (majority industry); UMKM once only; a name
    # is no group; "pemerintah" is annotated twice but written in lower case in one article of
    # the two, which is enough (half).
    assert learned == {"petani": "society", "investor": "industry", "pemerintah": "government"}


def test_a_head_takes_the_group_its_unnamed_annotations_are_given_most_else_its_class():
    articles = [
        _article(2, "", government=["Pemerintah"], other=["Pemerintah Jepang"]),
        _article(4, "", government=["Pemerintah daerah"], other=["Pemerintah Kenya (PK)"]),
        _article(6, "", other=["Pemerintah Hongaria"]),
        _article(8, "", experts=["Dokter"], society=["Dokter"]),
    ]
    heads = [
        {"name": "pemerintah", "category": "society"},
        {"name": "dokter", "category": "society"},
        {"name": "jaksa", "category": "government"},
    ]
    learned = {h["name"]: h["category"] for h in learn_heads(articles, heads)}
    # "Pemerintah Jepang" is a name, not the class (3 such to 2 unnamed); a tie (dokter) or no
    # annotation (jaksa) keeps the class's group.
    assert learned == {"pemerintah": "government", "dokter": "society", "jaksa": "government"}


def test_groups_are_found_outside_the_names_of_bodies(analyse):
    result = analyse(
        "Bantuan untuk nelayan\n"
        "Pemerintah Provinsi Jawa Tengah menyalurkan bantuan kepada nelayan dan masyarakat miskin."
        " Menurut pemerintah, investor juga diajak. Para nelayan menyambut baik."
    )
    groups = {g["name"]: (g["category"], g["mentions"]) for g in result["groups"]}
    assert groups["nelayan"] == ("society", 3)  # the headline's mention counts too
    assert groups["masyarakat miskin"][0] == "society"
    assert "masyarakat" not in groups  # the longer group wins
    assert groups["pemerintah"] == ("government", 1)  # not the one inside the province's name
    assert groups["investor"] == ("industry", 1)


def _groups(analyse, text: str) -> dict[str, str]:
    """The groups of the invented article ``text`` (title on the first line): name -> category."""
    return {g["name"]: g["category"] for g in analyse(text)["groups"]}


def test_a_head_of_a_class_of_actors_takes_its_modifiers_as_written(analyse):
    groups = _groups(
        analyse,
        "Pengusaha tambang dan pelaku usaha kecil mengeluh\n"
        "Pemerintah pusat meminta pemerintah daerah membantu pelaku usaha kecil. Menurut para "
        "ahli gizi, pedagang saat ini kesulitan. Pengusaha Surabaya dan penyelidik menyebut "
        "eksportir kopi dirugikan. Sektor ini tumbuh, kata pengusaha tambang.",
    )
    assert groups["pemerintah pusat"] == "government"
    assert groups["pemerintah daerah"] == "government"
    assert groups["pelaku usaha kecil"] == "industry"
    assert groups["pengusaha tambang"] == "industry"
    assert groups["ahli gizi"] == "experts"
    assert groups["pedagang"] == "industry"  # "saat ini" is no modifier
    assert groups["pengusaha Surabaya"] == "industry"  # a place after a head that takes one
    assert groups["penyelidik"] == "government"
    assert groups["eksportir kopi"] == "industry"
    assert not any(name.startswith("sektor") for name in groups)  # "sektor" needs a modifier


def test_a_head_before_a_name_is_a_title_and_a_bare_head_that_needs_a_modifier_no_group(analyse):
    names = _groups(
        analyse,
        "Ekonomi melambat\n"
        "Pengamat Ekonomi Ukay Karyadi menilai ekonomi melambat. Pemerintah tengah menyiapkan "
        "insentif, sementara para ahli diam.",
    )
    assert not any(name.startswith("pengamat") for name in names)
    assert "pemerintah tengah" not in names and "pemerintah" in names
    assert not any(name.startswith("ahli") for name in names)


def test_a_group_takes_the_category_of_the_longest_head_it_opens_with(analyse):
    groups = _groups(analyse, "Suku bunga\nKata bank nasional, bank sentral menahan suku bunga.")
    assert groups == {"bank nasional": "industry", "bank sentral": "government"}


def test_who_runs_petrol_stations_transport_factories_and_the_meal_kitchens_are_groups(analyse):
    # invented sentences
    groups = _groups(
        analyse,
        "Stok BBM menipis\n"
        "Stok BBM di SPBU swasta kosong sejak Agustus. Sopir angkutan umum dan pabrik batu bata "
        "ikut terdampak, kata pelaku pariwisata dan pabrik tekstil. Para pengelola SPPG kini "
        "mengolah minyak bekas. "
        "Ia mengisi bensin di SPBU, lalu pergi.",
    )
    assert groups["spbu swasta"] == "industry"
    assert groups["angkutan umum"] == "industry"
    assert groups["pabrik tekstil"] == "industry"
    assert groups["pelaku pariwisata"] == "industry"
    assert groups["sppg"] == "industry"  # "kini" (now) is no modifier
    assert "spbu" not in groups  # a bare SPBU is a place, not a group
