"""The scorer's matching rules (docs/extraction.md, "Evaluation") on hand-written items."""

from nlp.evaluate import compare


def _roles(gold_person: dict, predicted_person: dict) -> int:
    tp, _, _ = compare({"people": [gold_person]}, {"people": [predicted_person]})["roles"]
    return tp


def test_a_role_written_with_its_organisation_is_the_same_office():
    written_in = {"name": "Agus Subiyanto", "role": "Panglima TNI", "organization": "TNI"}
    kept_apart = {"name": "Agus Subiyanto", "role": "Panglima", "organization": "TNI"}
    assert _roles(written_in, kept_apart) == 1
    assert _roles(kept_apart, written_in) == 1


def test_another_office_of_the_same_organisation_is_not_the_same_role():
    gold = {"name": "Agus Subiyanto", "role": "Panglima TNI", "organization": "TNI"}
    assert _roles(gold, {"name": "Agus Subiyanto", "role": "Kapuspen", "organization": "TNI"}) == 0
    # Without an organisation on either side only the titles themselves are compared.
    assert _roles(gold, {"name": "Agus Subiyanto", "role": "Panglima"}) == 0


def test_a_unit_heads_title_with_its_place_is_the_bare_title_with_the_unit():
    # The open golds write both (dev 342 "Kapolres" with Polres X, dev6 280 "Kapolres
    # Tasikmalaya Kota"); names invented.
    placed = {
        "name": "Budi",
        "role": "Kapolres Tasikmalaya Kota",
        "organization": "Polres Tasikmalaya Kota",
    }
    bare = {"name": "Budi", "role": "Kapolres", "organization": "Polres Tasikmalaya Kota"}
    assert _roles(placed, bare) == 1
    assert _roles(bare, placed) == 1
    # Another unit, another place, or no unit at all is another office.
    assert _roles(placed, {**bare, "organization": "Polres Ciamis"}) == 0
    assert _roles(placed, {**bare, "organization": None}) == 0
    assert _roles(placed, {**bare, "role": "Wakapolres"}) == 0


def _affiliations(gold_person: dict, predicted_person: dict) -> int:
    tp, _, _ = compare({"people": [gold_person]}, {"people": [predicted_person]})["affiliations"]
    return tp


def test_one_office_cut_between_role_and_organisation_at_another_word_is_the_same():
    # The open golds write both (dev12 434 "Wakil Ketua" of "Komisi VI DPR"; dev5 "Wakil Ketua
    # Komisi IX" of "DPR"); names invented.
    unit_in_role = {"name": "Budi", "role": "Wakil Ketua Komisi VI", "organization": "DPR"}
    unit_as_body = {"name": "Budi", "role": "Wakil Ketua", "organization": "Komisi VI DPR"}
    for gold, predicted in ((unit_in_role, unit_as_body), (unit_as_body, unit_in_role)):
        assert _roles(gold, predicted) == 1
        assert _affiliations(gold, predicted) == 1
    # Another commission, another title, another house or another person is not the office.
    assert _affiliations(unit_as_body, {**unit_in_role, "role": "Wakil Ketua Komisi VII"}) == 0
    assert _roles(unit_as_body, {**unit_in_role, "role": "Ketua Komisi VI"}) == 0
    assert _affiliations(unit_as_body, {**unit_in_role, "organization": "DPRD Solo"}) == 0
    assert _affiliations(unit_as_body, {**unit_in_role, "name": "Andi"}) == 0
    # A bare title without a body is never a whole office, and a body without a title is
    # compared as a body only.
    assert _roles(unit_as_body, {"name": "Budi", "role": "Wakil Ketua Komisi VI DPR"}) == 1
    assert _affiliations(unit_as_body, {"name": "Budi", "organization": "DPR"}) == 0
    assert _affiliations({"name": "Budi", "organization": "Komisi VI DPR"}, unit_in_role) == 0


def _regulations(gold: dict, predicted: dict) -> int:
    tp, _, _ = compare({"regulations": [gold]}, {"regulations": [predicted]})["regulations"]
    return tp


def test_a_title_holds_the_other_titles_words_in_any_spacing():
    gold = {"type": "UUD", "number": None, "year": None, "title": "UUD 1945"}
    assert _regulations(gold, {"type": "UUD", "number": None, "title": "UUD Tahun 1945"}) == 1
    assert _regulations(gold, {"type": "UUD", "number": None, "title": "UUD 1950"}) == 0
    assert _regulations(gold, {"type": "UU", "number": None, "title": "UUD 1945"}) == 0


def test_the_constitution_and_the_codes_are_one_document_however_written():
    # Real gold shapes (dev4 0512, 0962; dev2 0398) beside the extractor's short titles.
    constitution = {
        "type": "UUD",
        "number": None,
        "year": 1945,
        "title": "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
    }
    short = {"type": "UUD", "number": None, "year": 1945, "title": "UUD 1945"}
    assert _regulations(constitution, short) == 1
    assert _regulations(constitution, {**short, "year": None, "title": "UUD 1950"}) == 0
    code_as_law = {"type": "UU", "number": None, "year": None, "title": "KUHP"}
    code = {"type": "KUHP", "number": None, "year": None, "title": "KUHP"}
    assert _regulations(code_as_law, code) == 1
    assert (
        _regulations(
            {"type": "KUHP", "number": None, "title": "Kitab Undang-Undang Hukum Pidana"}, code
        )
        == 1
    )
    assert _regulations(code_as_law, {**code, "type": "KUHAP", "title": "KUHAP"}) == 0
    # Another law by name is still compared by its title.
    assert (
        _regulations(
            {"type": "UU", "number": None, "title": "Tapera"},
            {"type": "UU", "number": None, "title": "KUHP"},
        )
        == 0
    )


def _orgs(gold_org: dict, predicted_org: dict) -> int:
    tp, _, _ = compare({"organizations": [gold_org]}, {"organizations": [predicted_org]})[
        "organizations"
    ]
    return tp


def test_a_state_body_written_with_ri_after_it_is_the_known_body():
    # dev10 138's gold writes "Kejaksaan Agung RI" where the reading names the known body
    # "Kejaksaan Agung" (canonical kejagung); the lexicon lists an "RI" form for few bodies.
    predicted = {"name": "Kejaksaan Agung", "acronym": "Kejagung", "canonical": "kejagung"}
    assert _orgs({"name": "Kejaksaan Agung RI", "acronym": None}, predicted) == 1
    assert _orgs({"name": "Kejagung Republik Indonesia", "acronym": None}, predicted) == 1
    # Another known body, or an unknown one, with "RI" after it stays apart.
    assert _orgs({"name": "Mahkamah Agung RI", "acronym": None}, predicted) == 0
    unknown = {"name": "Yayasan Sinar Harapan", "canonical": "yayasan-sinar-harapan"}
    assert _orgs({"name": "Yayasan Sinar Harapan RI", "acronym": None}, unknown) == 0
    # "RI" inside a name is not the state after it.
    assert _orgs({"name": "Kejaksaan RI Agung", "acronym": None}, predicted) == 0
