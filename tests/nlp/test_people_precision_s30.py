"""People precision, session 30, on real even-id detik-1000 articles (the development half):
a capitalised function word ending a Chinese name ("Niu Yang"), a ministry's field word after a
title ("Pakar Hukum Agraria"), and guards: royal titles that are also given names stay in the
name. Each wrong or cut name is made by main ed6210e; the guards hold right people."""

from __future__ import annotations

import pytest

from corpus.public_sets import detik_articles

# (detik id, people it names, "people" it must not name)
_CASES = [
    # guards: a royal title that is also a given name stays in the name (the session-30 rule
    # reading it as a title before coordinated names was dropped after the round's review)
    (334, {"Ratu Dewa"}, {"Dewa"}),
    (582, {"Raja Juli"}, {"Juli"}),
    (654, {"Niu Yang"}, {"Niu"}),
    (296, {"Maria S.W. Sumardjono"}, {"Agraria"}),
]


@pytest.fixture(scope="module")
def articles(shared_dir):
    return {a.id: a for a in detik_articles(shared_dir / "data")}


@pytest.mark.parametrize("detik_id, named, not_named", _CASES)
def test_people_precision_s30(full_nlp, articles, detik_id, named, not_named):
    from nlp.extract import extract_documents

    assert detik_id % 2 == 0  # the development half only
    a = articles[detik_id]
    item = {"title": a.title, "text": a.text, "published": a.published}
    people = {p["name"] for p in extract_documents([item], nlp=full_nlp)[0]["people"]}
    assert named <= people
    assert not people & not_named


# Invented sentences (review of s30-pprec; not a measurement): a king or queen beside a person
# whose given name is the title word, a relative "Yang", a pair in the headline.
_INVENTED = [
    (
        "Menhut Raja Juli Antoni Bertemu Raja Charles",
        "Menteri Kehutanan Raja Juli Antoni bertemu Raja Charles III di London, Senin (3/11). "
        "Raja Juli Antoni mengatakan pertemuan itu membahas hutan tropis. Raja Charles menyambut "
        "baik kerja sama itu, kata Raja Juli.",
        {"Raja Juli Antoni"},
        {"Juli Antoni", "Raja", "Juli"},
    ),
    (
        "Ketua DPD Sultan Najamudin Temui Sultan HB X",
        "Ketua DPD RI Sultan Bachtiar Najamudin menemui Sultan Hamengku Buwono X di Keraton "
        "Yogyakarta. Sultan Bachtiar Najamudin mengatakan Sultan Hamengku Buwono X mendukung "
        "program itu.",
        {"Sultan Bachtiar Najamudin"},
        {"Bachtiar Najamudin"},
    ),
    (
        "Ratu Atut dan Ratu Elizabeth",
        "Mantan Gubernur Banten Ratu Atut Chosiyah pernah berkunjung ke Inggris saat Ratu "
        "Elizabeth II masih bertakhta. Ratu Atut Chosiyah kini bebas. Adiknya, Ratu Tatu "
        "Chasanah, menjabat Bupati Serang.",
        {"Ratu Atut Chosiyah", "Ratu Tatu Chasanah"},
        {"Atut Chosiyah", "Tatu Chasanah"},
    ),
    (
        "Sultan di KTT ASEAN",
        "Sultan Ibrahim dan Sultan Hassanal hadir dalam KTT ASEAN. Sultan Ibrahim berpidato "
        "lebih dulu.",
        {"Sultan Ibrahim", "Sultan Hassanal"},
        {"Ibrahim", "Hassanal"},
    ),
    (
        "Ratu",
        "Ratu Elizabeth II wafat. Ratu Dewa hadir di Palembang. Ratu Dewa mengatakan itu.",
        {"Ratu Dewa"},
        {"Dewa"},
    ),
    (
        "Berita",
        "Presiden Prabowo Yang hadir di acara itu memberi sambutan. Prabowo Yang tampak senang "
        "menyapa warga.",
        set(),
        {"Prabowo Yang"},
    ),
    (
        "Menemui Dewi Lagi",
        "Warga menemui Dewi Lagi di rumahnya. Menurut Dewi Lagi, bantuan belum datang.",
        set(),
        {"Dewi Lagi"},
    ),
]


@pytest.mark.parametrize("title, text, named, not_named", _INVENTED)
def test_people_precision_s30_invented(full_nlp, title, text, named, not_named):
    from nlp.extract import extract_documents

    item = {"title": title, "text": text, "published": "2025-11-03"}
    people = {p["name"] for p in extract_documents([item], nlp=full_nlp)[0]["people"]}
    assert named <= people
    assert not people & not_named
