"""Organisation precision (session 38, second part): a name the reader cut where the text's
encoding broke ("PT MÃ" of "PT MÃ\\x80M Energindo", a UTF-8 character read as Latin-1) is no
name. Sentences marked real are shaped on detik article 214 (even); the others are invented."""

from __future__ import annotations


def _orgs(analyse, text: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyse("Judul\n" + text)["organizations"]}


def test_a_name_cut_by_broken_encoding_is_no_name(analyse):
    # real (214): the text's "PT MÃM Energindo" carries a C1 character after the "Ã"
    text = (
        "Proyek pembangunan Masjid Agung Karanganyar dilaksanakan PT M\u00c3\u0080M Energindo,"
        " kata jaksa. Direktur Operasional PT MAM Energindo, Nasori, ikut didakwa."
    )
    orgs = _orgs(analyse, text)
    assert "PT M\u00c3" not in orgs
    # since session 47 the mojibake is decoded back first ("PT M\u00c0M"): one record, which
    # the clean spelling names too
    assert any(
        "PT MAM Energindo" in (org["name"], *(org.get("aliases") or [])) for org in orgs.values()
    )
    assert len(orgs) == 1


def test_a_name_before_a_broken_dash_stays_when_clean(analyse):
    # invented: a broken dash ("\u00e2\u0080\u0094") after a space leaves the name whole
    text = "Kontrak diteken PT Maju Jaya \u00e2\u0080\u0094 kata dia di Jakarta."
    assert "PT Maju Jaya" in _orgs(analyse, text)


def test_a_name_in_misread_windows_quotes_stays(analyse):
    # invented (review): Windows quotes read as Latin-1 leave lone C1 characters around a name
    text = "Laporan \u0093Kementerian Keuangan\u0094 terbit pada Senin kemarin."
    assert "Kementerian Keuangan" in _orgs(analyse, text)
