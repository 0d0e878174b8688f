"""Round 26 (heldout69 5, 48, 94, 101, 109, 144, 163, 168): a first name introduced by the
speaker's team, a tier before a team or the team's noun before its name; an American union
by its letters; a British address with a village before its town; a PIP letter to be sent
to a named person; the only one of a role on a named rota; a foreign name in Hangul before
"씨"; an offer letter opening with its candidate's first name."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

# heldout69 5, 48, 94: a first name introduced by the team it is on ("Rafael do time de
# dados", "Kevin from tier-2 support", "Ania z mojego zespołu"), then what is said of them.
INTRODUCED = [
    ("o Rafael do time de dados me contou que é gay, como posso apoiar?", "pii.orientation"),
    ("Lucía del equipo de ventas me dijo que es lesbiana y no quiere que se sepa",
     "pii.orientation"),
    ("Ania z mojego zespołu zarabia 14 500 brutto, a ja mniej", "pii.pay"),
    ("Jonas aus meinem Team verdient 5400 brutto im Monat", "pii.pay"),
    ("Tom from my team earns 84,000 and I earn 71,000, can I raise it?", "pii.pay"),
    ("Kevin from tier-2 support told me he joined the CWA organizing committee", "pii.union"),
    ("Priya from level 3 support is an IBEW member, does that matter for the rota?",
     "pii.union"),
]  # fmt: skip
NOT_INTRODUCED = [
    "Slack from our team channel is down again",
    "Ania z mojego zespołu ma 5 lat doświadczenia w Pythonie",
    "Kevin said the CWA permit for the plant expired",
    "Tom went to the CWA conference last week",
    "Kevin is on the conference organizing committee this year",
]


@pytest.mark.parametrize(("text", "label"), INTRODUCED)
def test_introduced_by_team(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", NOT_INTRODUCED)
def test_not_introduced_by_team(text: str) -> None:
    assert_ordinary(text)


# heldout69 101: a British address with a village or a district before its town.
LOCALITY_ADDRESSES = [
    "suggest a florist that delivers to 14 Larkspur Close, Earley, Reading RG6 7BQ for Hannah",
    "send the parcel to 3 Mill Road, Headington, Oxford OX3 9DU for Priya",
    "her new place is 27 Orchard Way, Great Shelford, Cambridge CB22 5AB",
]
NOT_LOCALITY_ADDRESSES = [
    "our office is at 20 Station Road, Earley, Reading RG6 1AB",
    "Dear Sam, the meeting is at 3, Reading RG6 7BQ team",
]


@pytest.mark.parametrize("text", LOCALITY_ADDRESSES)
def test_locality_address(text: str) -> None:
    assert_sensitive(text, "pii.address")


@pytest.mark.parametrize("text", NOT_LOCALITY_ADDRESSES)
def test_not_locality_address(text: str) -> None:
    assert_ordinary(text)


# heldout69 109: a sanction given to "you" in a text to be sent to a named person.
SENT_SANCTIONS = [
    "need to soften this before i send it to Marcus Oyelaran: 'Your performance over the last "
    "two quarters has not met expectations for a Senior Engineer and you are being placed on a "
    "60-day performance improvement plan.' he's going to be upset",
    "can you draft a note to Ana Ruiz: 'After the incident on 3 May and the two missed "
    "handovers we discussed in March, this is your final written warning.'",
    "rewrite before I email it to Jonas Weber - 'Following our conversations about deadlines "
    "over the past months, we are placing you on a performance improvement plan.'",
]
NOT_SENT_SANCTIONS = [
    "forward to Lena Kaya: 'what should a PIP contain, in your view?'",
    "send this to Jonas Weber: 'Welcome aboard! We are glad to have you here in the team. "
    "HR will walk everyone through the performance improvement plan template next week.'",
]


@pytest.mark.parametrize("text", SENT_SANCTIONS)
def test_sanction_sent_to_named(text: str) -> None:
    assert_sensitive(text, "pii.discipline")


@pytest.mark.parametrize("text", NOT_SENT_SANCTIONS)
def test_not_sanction_sent_to_named(text: str) -> None:
    assert_ordinary(text)


# heldout69 144: the only one of a role on a named team or rota, and "she" said of them.
ONLY_ON_ROTA = [
    "the only woman on the Dublin SRE rotation told me she's pregnant and hasn't told anyone",
    "The only nurse on the Ward 7 night shift told me he has epilepsy, how do I plan cover",
]
NOT_ONLY_ON_ROTA = [
    "my report has a PIP template question \u2014 she is the only admin on the Jira instance",
    "the only thing on the Jira board is the bug she filed about pregnancy apps",
]


@pytest.mark.parametrize("text", ONLY_ON_ROTA)
def test_only_one_on_rota(text: str) -> None:
    assert_sensitive(text, "pii.health")


@pytest.mark.parametrize("text", NOT_ONLY_ON_ROTA)
def test_not_only_one_on_rota(text: str) -> None:
    assert_ordinary(text)


# heldout69 163: a foreign name in Hangul before " 씨", and their visa.
HANGUL_FOREIGN_NAMES = [
    "응우옌 씨 비자가 E-7에서 F-2로 바뀌는 중인데, 출장 보내도 괜찮을까요?",
    "마리아 씨 비자 연장 신청은 언제 끝나요?",
]
NOT_HANGUL_FOREIGN_NAMES = [
    "외국인 직원 비자 연장 절차를 알려주세요",
    "E-7 비자 요건 정리해주세요",
]


@pytest.mark.parametrize("text", HANGUL_FOREIGN_NAMES)
def test_hangul_foreign_name(text: str) -> None:
    assert_sensitive(text, "pii.immigration")


@pytest.mark.parametrize("text", NOT_HANGUL_FOREIGN_NAMES)
def test_not_hangul_foreign_name(text: str) -> None:
    assert_ordinary(text)


# heldout69 168: an offer made to "you" in a quote opening with the candidate's first name.
OFFERS = [
    "Can you rewrite this offer email to sound warmer? 'Dana, we are pleased to offer you the "
    "Staff Product Designer role at a base salary of $186,000 and a $25k signing bonus.'",
    "draft: 'Priya, we'd like to offer you the Data Engineer position with a salary of "
    "\u20ac92,000 and a \u20ac5k sign-on bonus.'",
]
NOT_OFFERS = [
    "rewrite: 'Hi all, we are pleased to offer you a discount of $500 on the annual plan.'",
    "'Dana, we can offer you the Pro plan at $1,200 per year'",
    "we usually offer you a signing bonus of $10,000 at L5",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offer_to_first_name(text: str) -> None:
    assert_sensitive(text, "pii.pay")


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_not_offer_to_first_name(text: str) -> None:
    assert_ordinary(text)
