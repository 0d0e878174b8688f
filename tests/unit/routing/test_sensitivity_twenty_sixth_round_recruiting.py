"""Round 26 (heldout70 43, 178): a named candidate's multiple sclerosis told as "MS"; a
background check's result that "came back for" a named candidate, told in the next
sentence."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

# heldout70 43: "MS" is the illness where a person has it at the end of a clause, or where
# its flare, relapse or fatigue is told; written in capitals.
MS_ILLNESS = [
    "need interview adjustments for Marta Kowalczyk \u2014 she has MS and the fatigue gets bad "
    "in the afternoon, so a morning slot please",
    "Priya Nair has MS, so she needs the desk near the lift.",
    "Tom\u00e1s Herrera has had MS since 2019 and asked for remote Fridays.",
    "Leila Haddad's MS flare-up means she'll miss Thursday's panel.",
    "Jonas Weber hat MS und braucht einen Termin am Vormittag.",
]
NOT_MS_ILLNESS = [
    "Daniel Mensah has MS Office installed, can he do the Excel test?",
    "Daniel Mensah has an MS in CS from Delft.",
    "Daniel Mensah has MS in computer science, and five years at a bank.",
    "Daniel Mensah has MS and PhD from Leeds.",
    "Daniel Mensah's test call took 300 ms and he has ms precision on the timer",
    "Daniel Mensah said the query took 300 MS. Has MS responded to the RFP?",
    "Daniel Mensah has MS Teams open all day",
    "a candidate has MS, what adjustments can the client offer in general?",
]


@pytest.mark.parametrize("text", MS_ILLNESS)
def test_ms_illness(text: str) -> None:
    assert_sensitive(text, "pii.health")


@pytest.mark.parametrize("text", NOT_MS_ILLNESS)
def test_not_ms_illness(text: str) -> None:
    assert_ordinary(text)


# heldout70 178: a result that "came back for" a named candidate, whoever the vendor; what it
# shows is told in the next sentence.
REPORT_CAME_BACK = [
    "Sterling came back for Rhys Ogunleye (forklift lead, client is Harbor Foods). shows a "
    "2016 DUI conviction + a 2020 theft charge that was dropped. how do I tell the client",
    "The screen came back for Ana Lopez (forklift driver). It shows a 2018 assault charge.",
    "Results came back on Tomasz W\u00f3jcik yesterday. Lists a 2016 theft conviction and "
    "nothing else.",
]
NOT_REPORT_CAME_BACK = [
    "Priya Raman came back for a second interview. The client asks whether candidates with a "
    "DUI conviction can drive.",
    "Sterling came back for Jordan Bell. All clear, nothing found.",
    "Sterling came back for Jordan Bell (warehouse). Does the policy cover DUI convictions?",
    "the screen came back for the night shift. it shows a 2017 DUI conviction field in the schema",
]


@pytest.mark.parametrize("text", REPORT_CAME_BACK)
def test_report_came_back(text: str) -> None:
    assert_sensitive(text, "pii.criminal_record")


@pytest.mark.parametrize("text", NOT_REPORT_CAME_BACK)
def test_not_report_came_back(text: str) -> None:
    assert_ordinary(text)
