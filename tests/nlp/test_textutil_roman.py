"""The Roman numerals news numbers commissions and units with ("Komisi XI", "Divre III"): one
reader of their value, shared by the organisation and role readers."""

from __future__ import annotations

import pytest

from nlp.textutil import is_roman_numeral, roman_value


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("I", 1), ("II", 2), ("IV", 4), ("V", 5), ("VI", 6), ("IX", 9), ("XI", 11), ("XIII", 13)],
)
def test_roman_value(numeral, value):
    assert is_roman_numeral(numeral)
    assert roman_value(numeral) == value


@pytest.mark.parametrize("text", ["A", "B", "12", "", "Komisi"])
def test_anything_else_is_worth_nothing(text):
    assert roman_value(text) == 0
