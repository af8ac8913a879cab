"""Stakeholder groups (nlp/group_lexicon.py learns them, nlp/components/groups.py finds them).

The articles below are invented for these tests (short sentences in detik's style)."""

from __future__ import annotations

from corpus.public_sets import DetikArticle
from nlp.group_lexicon import learn


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
