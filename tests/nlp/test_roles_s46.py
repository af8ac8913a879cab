"""Roles, session 46: a title, a foreign country, a comma, then the name.

"Presiden Amerika Serikat, Donald Trump" gave the role "Presiden" (the country was taken as
the place of a body that is not there); written without the comma the same title kept its
country. Now the foreign country (the lexicon's list) completes the title when no body follows
the title and the title is not a minister's (a minister's country stays the place of the
ministry, as before).

Every sentence here is INVENTED, in the style of the even-half sites (92, 624).
"""

from __future__ import annotations

from extraction_helpers import roles as people


def test_a_foreign_country_before_the_comma_completes_the_title(full_nlp):
    # INVENTED
    found = people(
        full_nlp, "Presiden Amerika Serikat, Donald Trump, mengumumkan tarif baru pada Senin."
    )
    assert found["Donald Trump"] == ("Presiden Amerika Serikat", None)
    found = people(full_nlp, "Duta Besar Pakistan, Zahid Hafeez, mengatakan situasi aman.")
    assert found["Zahid Hafeez"] == ("Duta Besar Pakistan", None)
    found = people(full_nlp, "Perdana Menteri Jepang, Shigeru Ishiba, tiba di Jakarta.")
    assert found["Shigeru Ishiba"][0] == "Perdana Menteri Jepang"


def test_the_same_title_with_and_without_the_comma(full_nlp):
    # INVENTED: the comma changes nothing
    with_comma = people(full_nlp, "Presiden Amerika Serikat, Donald Trump, tiba di Jakarta.")
    without = people(full_nlp, "Presiden Amerika Serikat Donald Trump tiba di Jakarta.")
    assert without["Donald Trump"][0] == with_comma["Donald Trump"][0]
    found = people(full_nlp, "Presiden Prancis, Emmanuel Macron, tiba di Jakarta.")
    assert found["Emmanuel Macron"][0] == "Presiden Prancis"


def test_no_country_no_change(full_nlp):
    # INVENTED: a place that is no foreign country is still the place of the body
    found = people(full_nlp, "Ketua Yayasan PPNU Trate, Elvi Wahyudi, membuka acara itu.")
    assert found["Elvi Wahyudi"] == ("Ketua", "Yayasan PPNU Trate")
    found = people(full_nlp, "Kepala Desa Kedungbanteng, Slamet Riyadi, membuka acara itu.")
    assert found["Slamet Riyadi"][0] == "Kepala Desa Kedungbanteng"


def test_a_body_or_a_ministry_keeps_the_country(full_nlp):
    # INVENTED: a body written after the title keeps its country; a minister's country is the
    # ministry's place (the affiliation reading), not the title's
    found = people(
        full_nlp, "Kepala Kepolisian Peru, Jenderal Oscar Arriola, mengatakan situasi aman."
    )
    assert found["Oscar Arriola"] == ("Kepala", "Kepolisian Peru")
    found = people(full_nlp, "Menteri Luar Negeri Rusia, Sergei Lavrov, tiba di Jakarta.")
    assert found["Sergei Lavrov"][0] == "Menteri Luar Negeri"


def test_a_country_later_in_the_sentence_is_not_the_title(full_nlp):
    # INVENTED: the country is not next to the title
    found = people(
        full_nlp, "Menteri Perdagangan, Budi Santoso, berangkat ke Jepang, Senin (6/10/2025)."
    )
    assert found["Budi Santoso"][0] == "Menteri Perdagangan"
    found = people(full_nlp, "Presiden Prabowo Subianto bertemu warga Jepang, Senin.")
    assert found["Prabowo Subianto"][0] == "Presiden"


def test_a_profession_before_a_foreign_country_keeps_it_as_written(full_nlp):
    # INVENTED sentence (review of session 46): any title the role reader found takes the
    # country, as written, not only a state office's.
    found = people(full_nlp, '"Ekonomi kawasan melambat," kata Pengamat Malaysia, Ahmad Faiz.')
    assert found["Ahmad Faiz"][0] == "Pengamat Malaysia"
