"""Sentence boundaries: full stops of abbreviations and initials end nothing."""

from __future__ import annotations

import spacy

from nlp.components.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in split_sentences(spacy.blank("id").make_doc(text)).sents]


def test_abbreviations_initials_and_dotted_degrees_end_no_sentence():
    assert sentences("PT Bank Kalbar Tbk. (BKLB) meneken PKS. Direksi hadir.") == [
        "PT Bank Kalbar Tbk. (BKLB) meneken PKS.",
        "Direksi hadir.",
    ]
    assert sentences("Kantornya di Jl. Ahmad Yani No. 12 Kab. Kendal. Warga datang.") == [
        "Kantornya di Jl. Ahmad Yani No. 12 Kab. Kendal.",
        "Warga datang.",
    ]
    assert sentences(
        "Hadir pula Rudi Hartono, S.H. Dia memberi sambutan. Ketua Yohana R. "
        "Siregar dan Hj. Nurul Aini menyusul."
    ) == [
        "Hadir pula Rudi Hartono, S.H. Dia memberi sambutan.",
        "Ketua Yohana R. Siregar dan Hj. Nurul Aini menyusul.",
    ]


def test_real_sentence_ends_still_split():
    assert sentences(
        'Nilainya Rp 5.000. Berikutnya tahap dua. "Siap," katanya. Selesai!\nJudul baru'
    ) == [
        "Nilainya Rp 5.000.",
        "Berikutnya tahap dua.",
        '"Siap," katanya.',
        "Selesai!",
        "Judul baru",
    ]
