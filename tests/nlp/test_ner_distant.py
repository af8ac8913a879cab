"""Distant supervision of the NER from stakeholder annotations (nlp/ner/distant.py).

The annotations below are of the kind detik-1000 writes; the article sentences are invented
(labelled so) to pin each rule down.
"""

import spacy
from spacy.tokens import Doc

from nlp.ner.distant import Annotation, fit_ids, label_article, org_forms, split_person


def test_role_and_name_split_at_the_first_name_word():
    assert split_person("Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa") == Annotation(
        "Menteri Keuangan", "Purbaya Yudhi Sadewa"
    )
    assert split_person("Deputi Gubernur Senior BI Destry Damayanti") == Annotation(
        "Deputi Gubernur Senior BI", "Destry Damayanti"
    )


def test_a_place_between_role_and_name_belongs_to_the_role():
    assert split_person("Gubernur Jawa Barat Dedi Mulyadi") == Annotation(
        "Gubernur Jawa Barat", "Dedi Mulyadi"
    )


def test_name_particles_stay_in_the_name():
    assert split_person("Ekonom Charlotte de Montpellier") == Annotation(
        "Ekonom", "Charlotte de Montpellier"
    )


def test_organisations_and_groups_are_no_person():
    assert split_person("Bank Indonesia (BI)") is None
    assert split_person("Kementerian Keuangan (Kemenkeu)") is None
    assert split_person("Pemerintah") is None


def test_organisation_forms_are_its_name_and_bracketed_acronym():
    assert org_forms("Badan Pusat Statistik (BPS)") == ["Badan Pusat Statistik", "BPS"]
    assert org_forms("OJK") == ["OJK"]
    assert org_forms("Sektor tekstil") == []
    assert org_forms("Pemerintah") == []


def _tags(doc: Doc) -> list[str]:
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else t.ent_iob_ for t in doc]


def test_labels_names_titles_and_leaves_the_rest_missing():
    nlp = spacy.blank("id")
    # Invented sentences.
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa bertemu Kepala Desa Suka di kantor "
        "Badan Pusat Statistik (BPS). Cuaca cerah. Purbaya mengatakan BPS siap."
    )
    stakeholders = {
        "government": ["Menteri Keuangan Purbaya Yudhi Sadewa", "Badan Pusat Statistik (BPS)"]
    }
    first, last = label_article(nlp, text, stakeholders)  # "Cuaca cerah." holds no label
    ents = [(e.text, e.label_) for e in first.ents]
    assert ents == [
        ("Purbaya Yudhi Sadewa", "PER"),
        ("Badan Pusat Statistik", "ORG"),
        ("BPS", "ORG"),
    ]
    tags = _tags(first)
    assert tags[:2] == ["O", "O"]  # the title words before the name
    assert tags[5] == "O"  # "bertemu": a lower-case word is no name
    assert tags[6:9] == ["", "", ""]  # "Kepala Desa Suka": unannotated, missing rather than O
    assert [(e.text, e.label_) for e in last.ents] == [("Purbaya", "PER"), ("BPS", "ORG")]


def test_an_occurrence_inside_a_longer_name_is_not_labelled():
    nlp = spacy.blank("id")
    # Invented: the annotation says "Presiden Prabowo", the text a longer name.
    (doc,) = label_article(
        nlp,
        "Prabowo Subianto hadir. Presiden Prabowo tiba.",
        {"government": ["Presiden Prabowo"]},
    )
    assert doc.text.startswith("Presiden")  # the first sentence holds no label
    assert [(e.text, e.start) for e in doc.ents] == [("Prabowo", 1)]


def test_fit_ids_keep_gold_and_odd_articles_out():
    assert fit_ids(range(20), {6}) == [2, 10, 14, 18]
