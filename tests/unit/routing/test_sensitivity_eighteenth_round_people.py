"""Rules added after the eighteenth blind round's ``heldout52`` and ``heldout53`` (people
data): a disciplinary sanction the employer says it gave, its person named in the sentence
before, and the sanction's words in more languages (Ermahnung, blâme, apercibimiento,
ammonizione); a named person's legal matter (``pii.legal``: a court case, a lawsuit, a
tribunal claim, being sued) in English and the main European languages; a person's home
address in a record that names them by their role (a driver, a rider, a tenant), and a
European address whose town has an umlaut or an accent ("68539 Köln").

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # the employer's sentence after the one naming the person (heldout53 row 127's shape)
    (
        'Kannst du mir helfen, diese Notiz freundlicher zu formulieren? "Jonas Becker hat '
        "im Mai zweimal die Rufbereitschaft verpasst. Wir haben eine Abmahnung ausgesprochen "
        'und der Bonus entfällt."',
        "pii.discipline",
    ),
    (
        "Tom Berg missed three on-call shifts last quarter. We issued a written warning and "
        "his bonus is cancelled.",
        "pii.discipline",
    ),
    (
        "Inés Navarro llegó tarde cinco veces en marzo. Le hemos dado una carta de "
        "apercibimiento por escrito.",
        "pii.discipline",
    ),
    ("Sanne de Vries kwam drie keer niet opdagen. Wij hebben een berisping opgelegd.", None),
    (
        "Giulia Conti non si è presentata a tre turni. Abbiamo inviato un richiamo disciplinare.",
        "pii.discipline",
    ),
    (
        "Julien Chauvin a manqué trois astreintes. La direction lui a infligé un blâme.",
        "pii.discipline",
    ),
    # the new words said of a named person
    ("Katrin Vogel hat eine schriftliche Ermahnung bekommen.", "pii.discipline"),
    ("Marco Bellini ha ricevuto un'ammonizione scritta ieri.", "pii.discipline"),
    # a court case of a named person (heldout52 rows 22 and 162's shape)
    (
        "Heads-up: Lotte Brandt, a fleet driver at one of our B2B customers, has a court case "
        "against the customer about the speeding data from our telematics box (case ref Case "
        "No. 7 C 214/25). Legal wants to know how long we keep GPS traces for that van.",
        "pii.legal",
    ),
    (
        "Heads-up: Priya Nair, a courier for one of our retail customers, has a lawsuit pending "
        "against them over the route data from our app.",
        "pii.legal",
    ),
    # a claim against the employer, the person named in the sentence before (heldout53
    # row 122's shape)
    (
        "I need to tell my team that Diego Fuentes won't be on the billing project anymore. "
        "Context (not for the team): they filed an unfair dismissal claim against Acme in May "
        "and legal told us not to discuss it.",
        "pii.legal",
    ),
    (
        "Jonas Weber, who drives for a logistics company, is suing us over the telematics data.",
        "pii.legal",
    ),
    (
        "Ana Ruiz is taking her former employer to court over unpaid overtime.",
        "pii.legal",
    ),
    # German, French, Spanish, Dutch, Italian, Portuguese
    (
        "Jonas Weber hat eine Kündigungsschutzklage beim Arbeitsgericht eingereicht, bitte "
        "keine Details im Team-Channel.",
        "pii.legal",
    ),
    ("Camille Martin a saisi les prud'hommes contre nous le mois dernier.", "pii.legal"),
    ("Lucía Romero nos ha demandado por despido improcedente; no comentéis nada.", "pii.legal"),
    ("Sanne de Vries heeft een rechtszaak aangespannen tegen haar oude werkgever.", "pii.legal"),
    ("Marco Bellini ha fatto causa all'azienda per demansionamento.", "pii.legal"),
    ("Rui Carvalho abriu um processo trabalhista contra a empresa em março.", "pii.legal"),
    # a driver's home in a telematics record (heldout52 row 15's shape)
    (
        "For the home-charging feature we geofence the driver's home. One record:\n"
        '```json\n{\n  "vehicle_id": "veh_1c9a",\n  "driver": "Greta Hoffmann",\n'
        '  "home_geofence": {\n    "label": "home",\n'
        '    "address": "Lindenweg 8, 50667 Köln",\n    "lat": 50.94,\n    "lon": 6.95,\n'
        '    "radius_m": 5000\n  }\n}\n```\nWhy is the radius 5000?',
        "pii.address",
    ),
    # the role's name field and a bare address field, other shapes and countries
    (
        '{"rider": "Aylin Demir", "home": {"address": "14 Mill Lane, Leeds"}, "radius_m": 50}',
        "pii.address",
    ),
    ("driver: Tomasz Nowak\nhome_address: 7 Elm Road, Croydon\nvehicle: EV-22", "pii.address"),
    (
        '{"inquilino": "Mateo Rossi", "indirizzo": "Via Garibaldi 70, Bari", "unit": "3B"}',
        "pii.address",
    ),
    ("Die neue Anschrift von Jana Novak: Hauptstraße 4, 28217 Übersee", "pii.address"),
]

ORDINARY = [
    # a job ad that lists warnings among the tasks, German and English
    "Stellenanzeige: Sachbearbeiter Personal (m/w/d). Ihre Aufgaben: Abmahnungen "
    "vorbereiten, Kündigungen begleiten.",
    "Job ad: HR Generalist. You will issue verbal and written warnings and run "
    "disciplinary hearings.",
    # "we" and a warning that is not a person's sanction
    "Ana Ruiz wrote the runbook. We issued a warning to all teams about the deprecated API.",
    "Thanks to Ana Ruiz for the template. We use the written warning template from HR.",
    "Welcome Ana Ruiz to the people team. HR sent the written warning template to all managers.",
    "Ana Ruiz joined last week. We gave a talk about written warnings and PIPs at the all-hands.",
    "Lena Kaya schickte eine Ermahnung an alle, die Tests vor dem Merge laufen zu lassen.",
    # a blameless post-mortem in French
    "Les post-mortems sans blâme de Camille Martin sont excellents.",
    # a court case between companies, over a licence, or with nobody named
    "Oracle has a court case against Rimini Street about support licensing.",
    "Epic Games sued Apple over the App Store fees.",
    "Lena Kaya says the vendor is suing us over the licence fees.",
    "How long must we keep GPS traces in case of a court case? Legal asks.",
    "Lena Kaya shared an article about the lawsuit against OpenAI.",
    # a case study, a test case, a tracker for cases, a payments settlement
    "Our docs have a court case study for the legal-tech module, can you proofread it?",
    "Lena Kaya: the use case is a court case tracker for law firms.",
    "Lena Kaya owns the litigation hold feature in the DMS.",
    "Tom Berg asked why the card settlement batch failed.",
    # a business complaint or warranty claim against a supplier
    "Tom Berg filed a warranty claim against the supplier for the broken chargers.",
    # a geofence or a record with no person, a charger site's or an office's address
    '{"site_id": "cs_1182", "label": "Depot Köln-Süd", "address": "Schillerweg 32, 68539 '
    'Köln", "lat": 50.9, "lon": 6.9, "radius_m": 5000}',
    '{"charger_id": "ACM-DE-2231", "address": "Lindenallee 7, 80331 München", "status": "Faulted"}',
    "Our charger site at Hauptstraße 5, 10115 Berlin is offline since 9am.",
    "Our Munich office is at Leopoldstraße 12, 80802 München, can you add it to the footer?",
    '{"driver_id": "drv_8812", "address": "12 Dock Road, Tilbury"}',
    '{"driver": "unassigned", "depot_address": "12 Dock Road, Tilbury"}',
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_eighteenth_round_people_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_eighteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
