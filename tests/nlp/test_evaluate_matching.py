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


def _regulations(gold: dict, predicted: dict) -> int:
    tp, _, _ = compare({"regulations": [gold]}, {"regulations": [predicted]})["regulations"]
    return tp


def test_a_title_holds_the_other_titles_words_in_any_spacing():
    gold = {"type": "UUD", "number": None, "year": None, "title": "UUD 1945"}
    assert _regulations(gold, {"type": "UUD", "number": None, "title": "UUD Tahun 1945"}) == 1
    assert _regulations(gold, {"type": "UUD", "number": None, "title": "UUD 1950"}) == 0
    assert _regulations(gold, {"type": "UU", "number": None, "title": "UUD 1945"}) == 0
