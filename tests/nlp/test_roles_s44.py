"""Roles (session 44): an anaphoric title paragraphs after the name.

A title with a demonstrative opening a clause ("Waketum PAN *ini* berharap ...") is the title
of the person named last before it. It reached back 400 characters; it now reaches up to 1,200
when the text between keeps speaking of one person (a sentence opened by "Ia/Dia/Beliau", or
a speech tag with -nya: "ungkapnya", "Menurutnya") and that person was not introduced by a
title already (a title before a mention of the person in its sentence).

Every text is INVENTED, in the shape of the even-id detik-1000 article 468 (the name, a
quote, "Ia ...", another quote, then "Waketum PAN ini ...")."""

from __future__ import annotations

import re

from extraction_helpers import Reading

from nlp.components.people import PersonMention, _named_with_title, _thread_cues

_OPENING = (
    "Rudi Hartono Kunjungi Kampus\n"
    "{lead}Rudi Hartono mengunjungi Universitas Negeri Semarang, Senin (20/10/2025). "
    "{second} menjadi pembicara kunci di acara tersebut.\n"
)
_MIDDLE = (
    '"Transisi menuju energi terbarukan menjadi sesuatu yang tidak terhindarkan. Kita di '
    "Indonesia terus melakukan percepatan menuju pengembangan energi terbarukan dan efisiensi "
    "energi di semua sektor,{tag1}.\n"
    "Percepatan transisi menuju energi terbarukan ini diharapkan dijalankan langsung oleh "
    "anak-anak muda terbaik bangsa dari berbagai kampus di seluruh Indonesia.\n"
    '"Kebijakan publik seharusnya berbasis riset, berbasis pada penelitian dan memiliki dasar '
    "keilmuan yang kuat. Jangan sampai kebijakan publik dibuat tergesa-gesa tanpa dasar ilmiah "
    "yang kuat dan tanpa melibatkan kampus,{tag2}.\n"
    "Waketum PAN ini berharap kampus menjadi tempat yang terus menghasilkan inovasi."
)


people_of = Reading(title_line=True).people


def _article(
    lead: str = "", second: str = "Ia", tag1: str = '" ungkapnya', tag2: str = '" ujarnya'
) -> str:
    return _OPENING.format(lead=lead, second=second) + _MIDDLE.format(tag1=tag1, tag2=tag2)


def test_the_gap_is_beyond_the_near_reach():
    text = _article()
    gap = text.index("Waketum") - text.index("Rudi Hartono m") - len("Rudi Hartono")
    assert 400 < gap < 1200


def test_a_far_title_while_the_text_speaks_of_the_person(full_nlp):
    rudi = people_of(full_nlp, _article())["Rudi Hartono"]
    assert (rudi["role"], rudi["organization"]) == ("Waketum", "PAN")


def test_refused_without_a_pronoun_or_speech_tag_between(full_nlp):
    # the quotes are the organisers' ("tulis panitia"), nobody is "Ia": the title may be about
    # someone the text did not name
    text = _article(second="Acara itu", tag1='" tulis panitia', tag2='" tulis panitia')
    rudi = people_of(full_nlp, text).get("Rudi Hartono")
    assert rudi is None or rudi["role"] is None


def test_refused_when_the_person_was_introduced_with_a_title(full_nlp):
    # the title he is introduced by stays his role
    text = _article(lead="Pertemuan digelar pagi. ").replace(
        "Rudi Hartono mengunjungi", "Ketua Dewan Pakar ICMI Rudi Hartono mengunjungi"
    )
    rudi = people_of(full_nlp, text)["Rudi Hartono"]
    assert rudi["role"] != "Waketum"


def test_refused_beyond_the_thread_reach(full_nlp):
    filler = (
        "Percepatan transisi menuju energi terbarukan ini diharapkan dijalankan langsung oleh "
        "anak-anak muda terbaik bangsa dari berbagai kampus di seluruh Indonesia.\n"
    ) * 6
    text = _article().replace("Waketum PAN ini", filler + "Waketum PAN ini")
    rudi = people_of(full_nlp, text)["Rudi Hartono"]
    assert rudi["role"] is None


def test_thread_cues():
    tags = re.compile(r"(?<![\w-])(?:ungkap|ujar|menurut)nya(?![\w-])", re.IGNORECASE)
    assert _thread_cues(" sambil tersenyum. Ia berharap banyak.", tags)
    assert _thread_cues(' harga naik," ungkapnya.', tags)
    assert _thread_cues(" Menurutnya, harga naik.", tags)
    # a possessive -nya of a noun, or "ia" inside a sentence, is no cue
    assert not _thread_cues(" Dalam paparannya, harga naik. Hal itu ia sebut wajar.", tags)


def test_named_with_title_reads_the_mention_sentence_only():
    role_re = re.compile(r"(?<![\w-])(?:Ketua|Menteri)(?![\w-])", re.IGNORECASE)
    text = "Rapat dipimpin Ketua. Rudi Hartono datang. Ketua MUI Rudi Hartono bicara."
    first = PersonMention(text.index("Rudi"), text.index("Rudi") + 12, "Rudi Hartono")
    assert not _named_with_title(text, [first], first, role_re)
    later = text.index("Rudi", first.end)
    second = PersonMention(later, later + 12, "Rudi Hartono")
    assert _named_with_title(text, [first, second], second, role_re)
    # a lower-case occupation word is no title
    lower = "Ia datang. Kata ketua Rudi Hartono hadir."
    m = PersonMention(lower.index("Rudi"), lower.index("Rudi") + 12, "Rudi Hartono")
    assert not _named_with_title(lower, [m], m, role_re)
