"""The twenty-second blind round's rows left after the first fixes (``heldout60``): a named
person's pay in the sentence after the one naming it, a letter's band that is no pay, and
(below) the other rows' rules. Each rule with the row's shape, variants written for it and
the look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a named person's pay, the figure in the next sentence
    (
        "who signed off on Maya Okafor's retention bonus?? the sheet shows $92,000 one-time "
        "plus a 30% base bump. cc @finance",
        "pii.pay",
    ),
    (
        "Can someone check Ana Silva's salary? The spreadsheet says €82,000 but HR disagrees.",
        "pii.pay",
    ),
    ("Wer hat Jonas Weber's Bonus freigegeben? Im Sheet stehen 12.000 € extra.", "pii.pay"),
    ("Question about the severance for Lars Nilsson. Legal drafted it at £64,500.", "pii.pay"),
    # a letter's own pay, not a band, stays pay (a raise "from ... to ...")
    ("Hi Lucas — your base goes from £78,000 to £96,000 in April", "pii.pay"),
    ("Hi Lucas, your new base will be €78,500 from March", "pii.pay"),
]

ORDINARY = [
    # a band in a letter: the range of a level, not the greeted person's pay
    "Hi Lucas, your new base will be in the L4 band (€70,000-€85,000)",
    "Hi Lucas, your new base will be in the L4 band (€70,000 – €85,000), exact figure next week",  # noqa: RUF001
    "Hi Lucas, your new base will be between 70k and 85k depending on the level",
    # a named person's pay question, and a sum for many in the next sentence
    "Kevin Tran's bonus question came up. The pool for the whole team is $115,000.",
    "Kevin Tran's comp doc is outdated. The API costs $115,000 a year.",
    "Where is Kevin Tran's pay slip template? It should show 3 lines for $0 deductions.",
    # a person named with no pay of theirs, then a figure
    "Kevin Tran's team shipped the bonus feature. Infra costs were $115,000.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
