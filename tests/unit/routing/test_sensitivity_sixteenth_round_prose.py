"""Rules added after the sixteenth blind round's ``heldout49`` (people data), for its prose
rows: unions by name and the union and shop-steward words of more languages, faiths and
denominations in more languages, an overall rating with its "2/5", a quoted chat line's
first-named speaker, a first name introduced by its post, a discipline's complement in the
Nordic languages, a police caution, a garnishment by an enforcement officer, a parent barred
from a child, a DM greeting its addressee for their pay, a person described as the only one
of their role, and Hungarian's adjectives of origin.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a British union by name after a word that says the person belongs to it
    (
        "Ops notes, Wed:\n- forklift rota done\n- Kerry Doyle from goods-in has joined "
        "Unite and is asking others about a ballot",
        "pii.union",
    ),
    ("Can you tidy this? Paul Rigby is the GMB rep for the depot now.", "pii.union"),
    # the Nordic, Italian, Romanian and Hungarian words for a union, a member, a steward
    (
        "Skriv en kort besked: Mette Larsen (lager 3) er ny tillidsrepræsentant for "
        "HK-medlemmerne fra 1. marts.",
        "pii.union",
    ),
    ("Ola Berg (skift B) er tillitsvalgt og skal være med på møtet", "pii.union"),
    ("Anna Lind på lagret är med i facket sedan i våras", "pii.union"),
    ("Nota: Giorgio Conti è iscritto alla CGIL, trattenuta mensile da attivare", "pii.union"),
    ("Andrei Ionescu e membru de sindicat, vă rog să opriți cotizația", "pii.union"),
    ("Tóth Gábor a szakszervezet bizalmija lett a gyárban", "pii.union"),
    # a faith or denomination after the copula, in more languages
    (
        "Regula de ture: colega Elena Dobre de la recepție e penticostală și nu lucrează duminica.",
        "pii.beliefs",
    ),
    (
        "Scheduling note: Grace Mensah is a Seventh-day Adventist, so no Saturday shifts",
        "pii.beliefs",
    ),
    ("Per il turno: Luca Ferri è testimone di Geova, niente feste aziendali", "pii.beliefs"),
    ("Vaktplan: Jonas Dahl er muslim og ber om fri til fredagsbønn", "pii.beliefs"),
    ("Nagy Eszter református vallású, vasárnap nem dolgozik", "pii.beliefs"),
    # an overall rating with its score, after a form's person field or a name's colon
    (
        "Traduci per favore:\n\nDipendente: Chiara Galli — Sviluppatrice\n"
        "Giudizio complessivo: 2/5 (sotto le aspettative)",
        "pii.performance",
    ),
    (
        "Reformule stp :\n\n« Léa Girard : appréciation globale 1/5 (« en dessous des "
        "attentes »). Pas de prime. »",
        "pii.performance",
    ),
    (
        "Bitte kürzen:\nMitarbeiterin: Petra Hahn\nGesamtbewertung: 2/5 (unter den Erwartungen)",
        "pii.performance",
    ),
    # a quoted chat line headed by its speaker's first name: their own statement
    (
        "from #warehouse-leads, turn it into a ticket:\n\n> Dana (returns desk, nights): "
        "got a written warning today for the scanner thing\n> Luis: ok noted",
        "pii.discipline",
    ),
    ("> Priya: just had my final written warning meeting, ugh\n> Sam: sorry", "pii.discipline"),
    # a first name introduced by its post and an aside, then its verb
    (
        "Roster help: Tariq on ramp services (T2, team of 9) is going through a divorce and "
        "wants day shifts only",
        "pii.family",
    ),
    ("Ines on the night crew has a hernia, keep her off lifting", "pii.health"),
    # a discipline said to a person with the Nordic "til"/"till"
    ("- Skriftlig advarsel gitt til Knut Haugen etter trucksaken", "pii.discipline"),
    ("- Skriftlig varning gavs till Sara Ek efter incidenten i lagret", "pii.discipline"),
    # a police caution, and the Nordic and Romanian words for a conviction
    (
        "> Ravi: vetting for Tom Keane (new driver, Leeds) came back, there's a police "
        "caution for assault from 2021",
        "pii.criminal_record",
    ),
    (
        "Notat: Lars Moe er dømt for underslag i 2020, ikke gi ham kassetilgang",
        "pii.criminal_record",
    ),
    ("Mihai Radu a fost condamnat pentru furt, nu-i dați acces la depozit", "pii.criminal_record"),
    # a garnishment of pay by an enforcement officer, in more languages
    (
        "Лист до бухгалтерії: працівник Олена Коваленко — державний виконавець надіслав "
        "постанову, звернення стягнення на заробітну плату 20%.",
        "pii.finances",
    ),
    ("Lønadministration: Per Holm har lønindeholdelse fra SKAT fra næste måned", "pii.finances"),
    ("Ion Vasile are poprire pe salariu de la executorul judecătoresc", "pii.finances"),
    # a parent barred from a child, in a message about a parent or a court
    (
        "Nursery app: a court order says the mother, Rita Vance, must not pick up Maisie; "
        "the kiosk still lets her sign out.",
        "pii.family",
    ),
    # a DM greeting its addressee by first name, their pay after "your salary"
    (
        'make it friendlier?\n\n"Hi Tomás — quick update: from 1 March your salary goes '
        'from €61,000 to €67,500."',
        "pii.pay",
    ),
    # a person described as the only one of their role in a named place
    (
        "one of my reports is going on a PIP next week — he's the only network engineer "
        "at the Dublin site, so people will notice. Help with the goals?",
        "pii.discipline",
    ),
    # Hungarian's adjective of origin opening the sentence after the one naming the person
    (
        "Kovács Dániel jelentkezését elfogadtuk. Roma nemzetiségű, ezért jár neki az ösztöndíj.",
        "pii.ethnicity",
    ),
    ("Note: Marco Bianchi è rom, serve il modulo per il comune", "pii.ethnicity"),
]

ORDINARY = [
    # the unions' names as words, the Nordic words about things
    "Priya Shah said we should unite the teams behind one roadmap",
    "Priya Shah and I sang in unison at the offsite",
    "Tom Walsh bought 3 pcs members for the frame",
    "Lena Kaya added a medlem field to the form",
    "Lars Holm sier det er rom for forbedring i pipelinen",
    "How does a union type work in TypeScript? Ask Tom Walsh.",
    # faiths as the names of things
    "Mihai Stan works on the Adventist Health integration",
    "Bob Smith fixed the bug. Roma nemzetiségű diákok ösztöndíja",
    # a rating with nobody named, an overall rating of a product
    "What should the Gesamtbewertung field hold, 1-5?",
    # chat lines that are questions or about things
    "> Lena: how do we log final written warnings in Workday?",
    "> Note: final written warning template lives in Confluence",
    "> Lena (EU): the ticket for the final written warning workflow is blocked",
    # a UI word before a verb is not a person
    "Click on settings is where the theme lives",
    # a caution that is not the police's
    "Use caution for the migration, Harriet Cole says",
    "Harriet Cole flagged a caution for the deploy",
    # "must not" about things, or a capitalised team with no parent or court in the message
    "Dana Whitfield must not collect metrics from prod",
    "Dana Whitfield must not contact Legal before Friday",
    # a greeting with no one's own pay
    '"Hi Tomás, the L4 salary band is €60,000 to €70,000 this year."',
    '"Hi Tomás, your quote for the Pro plan is €1,200 per year."',
    '"Hi Tomás, your team\'s bonus pool is €50,000."',
    # "only" that does not single out a person in a named place
    "I need to write PIP goals for my report; any template?",
    "my report has a PIP template question — she is the only admin on the Jira instance",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sixteenth_round_prose_is_found(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_sixteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
