"""The twenty-third blind round's people data (``heldout62``, ``heldout63``): named
people's home addresses in prose without a postcode, a colleague's pregnancy told after a
preposition and a time, an Italian residence permit (a shorter word hidden behind a longer
one in the trie of topic words), a guilty plea in a conflict check, and home haemodialysis.
Each rule with the row's shape, variants written for it and the look-alikes that must keep
their verdict; the rows themselves are in the corpus gate once the set is moved in."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # named people's street addresses in a carpool plan, no postcode
    (
        "Carpool for the offsite: I leave from the office at 500 Howard St. Stops: Lena Ortiz "
        "at 17 Maplewood Lane, San Mateo; Kofi Mensah at 880 Alameda Ave Apt 12, Belmont.",
        "pii.address",
    ),
    ("Send the welcome pack to Priya Raman, who lives at 8 Orchard Close now.", "pii.address"),
    ("Mrs. Helga Brandt at 9 Quarry Road called about her bill.", "pii.address"),
    ("Pick-up list: Tomasz Nowak (33 Elm Street), Aiko Tanaka (4 Linden Ct)", "pii.address"),
    # a colleague's pregnancy and miscarriage, her name a preposition's object before a time
    (
        "Help me plan a quiet baby shower for Marisol in early summer \u2014 it's a secret: "
        "she's 12 weeks pregnant and had a miscarriage last year, so nobody else knows.",
        "pii.health",
    ),
    ("Plan a baby shower for Priya in March; she's 30 weeks pregnant and wants it small.", None),
    (
        "Organise a send-off for Tomasz next Friday, he's starting chemo the week after.",
        "pii.health",
    ),
    # an expired residence permit in Italian, and its Spanish, French, Portuguese kin
    (
        "La mia collega Chiara Ferri ha il permesso di soggiorno scaduto da un mese e il "
        "rinnovo \u00e8 fermo in questura.",
        "pii.immigration",
    ),
    ("Il collega Marco Bianchi aspetta il rinnovo del permesso di soggiorno.", "pii.immigration"),
    ("Mi compa\u00f1era Luc\u00eda Ortega tiene el permiso de residencia caducado.", None),
    (
        "Ma coll\u00e8gue Am\u00e9lie Durand a un titre de s\u00e9jour expir\u00e9 depuis mars.",
        "pii.immigration",
    ),
    (
        "Minha colega Beatriz Almeida est\u00e1 com a autoriza\u00e7\u00e3o de resid\u00eancia "
        "vencida.",
        "pii.immigration",
    ),
    # a named person's guilty plea (a conflict check, an intake note), and no contest
    (
        "Conflict check on new intake: prospective client Samuel Adeyemi \u2014 the background "
        "search shows a 2017 guilty plea for securities fraud. Partner wants it noted.",
        "pii.criminal_record",
    ),
    ("Intake for Priya Raman: she entered a guilty plea to a DUI charge in 2021.", None),
    ("Rachel Kim pleaded no contest to reckless driving last spring.", "pii.criminal_record"),
    # a customer on the priority register, her husband on home haemodialysis
    (
        "Hold the disconnection on acct 5520918833: Mr. Arne Solberg is on the Priority "
        "Services Register because his wife is on home haemodialysis.",
        "pii.health",
    ),
    ("Her dad, Tomas Berg, started hemodialysis in May.", "pii.health"),
]

ORDINARY = [
    # an office's and a business's address, nobody's home
    "We meet at the office at 500 Howard St at 9.",
    "The Tandem office at 500 Howard St, San Francisco has a new badge reader.",
    "Order lunch from Blue Bottle Coffee at 66 Mint St for the team.",
    "Ask Acme Logistics at 12 Harbor Way for a quote.",
    "Carpool ends at Coyote Point; the Caltrain station in San Carlos is the last stop.",
    # pregnancy with nobody named, a party's plan with no health word
    "Ideas for a baby shower theme in late spring, something gender neutral.",
    "Can you write a congratulations card for Aisha in late spring? She's back at work.",
    "Rihanna announced she is pregnant with her third child at the Met Gala.",
    # immigration as a policy question
    "Come si rinnova il permesso di soggiorno per lavoro subordinato?",
    "La nuova legge sul permesso di soggiorno \u00e8 stata approvata dal Senato.",
    "\u00bfCu\u00e1nto tarda la renovaci\u00f3n del permiso de residencia en Madrid?",
    # a conflict check on companies only, a guilty plea as law
    "Conflict check on Halvorsen Shipping AS and Nordvik Capital: no adverse parties found.",
    "How does a guilty plea affect federal sentencing guidelines?",
    # dialysis as a product
    "Our hemodialysis machine telemetry service keeps timing out.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_third_round_people_data_is_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_third_round_people_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
