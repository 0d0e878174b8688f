"""Rules added after the tenth blind round's ``heldout35`` (an evaluator's file) and
``heldout36`` (a week of questions from a 200-person company).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

_RTI_RECORD = (
    "RTI record rejected: Aoife Brennan, NINO JK 32 14 59 B, gross YTD £38,410.20 - "
    "what does HMRC check first?"
)

SENSITIVE = [
    # a date of birth looked up by equality, or given as a value
    ("SELECT * FROM patients WHERE dob = '1979-11-02' returns two rows", "pii.dob"),
    ("the form sent date_of_birth: 14.02.1988 and the API rejected it", "pii.dob"),
    # a key or trust store's password ("store" is otherwise a name's metadata word)
    (
        "gradle.properties on CI:\nMYAPP_UPLOAD_STORE_PASSWORD=Kestrel41!zq",
        "secret.password_assignment",
    ),
    (
        "export TRUST_STORE_PASS='v8Rm#c2LpQ'",
        "secret.password_assignment",
    ),
    # a hotline named once does not clear another number; a person between the company's
    # name and the number is someone else's
    (
        "our hotline (+49 30 1208 4400) forwards after hours to Jana's mobile "
        "+49 151 2345 6789, how do I log that?",
        "pii.phone",
    ),
    ("invoice footer: Acme Corp GmbH · Customer: Jana Novak · +49 151 2345 6789", "pii.phone"),
    (
        "invoice PDF: Acme Corp GmbH bills Northwind, their CFO is on +49 151 2345 6789",
        "pii.phone",
    ),
    # a one-time code after a verification-code word in German, French, Spanish or Italian,
    # with what it is for and how it came in between
    ("Hab den Bestätigungscode für Azure per SMS bekommen: 594 380, geht aber nicht", "secret.otp"),
    (
        "J'ai reçu le code de vérification pour le compte AWS : 712 904 mais il est refusé",
        "secret.otp",
    ),
    (
        "Me llegó el código de verificación de Google por SMS: 803 114 y dice que expiró",
        "secret.otp",
    ),
    (
        "Il codice di verifica che mi è arrivato è 441 027, ma non funziona",
        "secret.otp",
    ),
    # a made-up customer at a reserved domain, and the stock names at a real one
    ("customer camille.obi@example.org says she was charged twice", "pii.email"),
    ("jane.doe@gmail.com complains the export is empty", "pii.email"),
    (
        "refund for jane.doe@example.com.au please",
        "pii.email",
    ),
    # Basic credentials whose password is real, under any user name
    ("Authorization: Basic c3ZjX2JpbGxpbmc6WGs5bVAydkxxNw== fails with 401", "secret.auth_header"),
    (
        "the client sends:\nAuthorization: Basic dXNlcm5hbWU6aHVudGVyNDI=",
        "secret.auth_header",
    ),
    # a random value beside a TXT or an account id word, not named as the TXT's value
    (
        "the _acme-challenge lambda reads its route53 token eU7kQ2rLp9WxZ3mN8vB5tY1cF6hJ4gD0sA "
        "from env, safe?",
        "secret.password_assignment",
    ),
    (
        "in admin I see two keys for org_8Hq2LmZv3Tk9: one is Xq3vLr8TzWm1Nc5Bk7Yd2Hf9Jp4G",
        "secret.high_entropy",
    ),
    # a phone after an IBAN, not inside its groups
    (
        "IBAN DE89 3704 0044 0532 0130 00, mobile 0151 2345 6789 - which one is wrong?",
        "pii.phone",
    ),
    # a named colleague's condition or treatment: the name right before it, or a pronoun
    # after the name, in English, German, French and Spanish
    (
        "Kannst du den Dienstplan anpassen? Markus Weber fällt ab Montag aus, er beginnt "
        "eine Chemotherapie.",
        "pii.health",
    ),
    ("Jana ist seit letzter Woche im Krankenhaus, bitte ihre Tickets umverteilen", "pii.health"),
    ("Sophie Martin est absente, elle commence sa chimio lundi : refais le planning", "pii.health"),
    ("Claire est enceinte et part en mai, qui reprend ses dossiers ?", "pii.health"),
    ("Javier García está de baja, tiene cáncer. ¿Cómo reparto sus tareas?", "pii.health"),
    ("Lucía está embarazada, hay que reorganizar las guardias de agosto", "pii.health"),
    ("Tom Becker had a heart attack last week, can you draft the out-of-office?", "pii.health"),
    ("Priya is in hospital after her knee surgery, can you move her 1:1s?", "pii.health"),
    ("handover note pls: Omar's depression got worse and he's off for a few weeks", "pii.health"),
    ("rota q: Aiko Tanaka can't do nights any more because of her diabetes", "pii.health"),
    (
        "Tom Becker has Crohn's, so no team dinner at the steak place - where do I note it?",
        "pii.health",
    ),
    # a named colleague's own pay figures, in prose or in a table with a name column and a
    # pay column
    ("comp review: Aisha Khan moves from $118,000 to $126,500, is the 7.2% right?", "pii.pay"),
    ("Marco earns 64k and wants a raise to 70k, how do I phrase the answer?", "pii.pay"),
    ("Gehaltsrunde: Julia Becker bekommt ab April 68.000 € statt 64.000 €", "pii.pay"),
    (
        "augmentation de Camille Laurent : de 52 000 € à 55 000 € brut annuel, c'est juste ?",
        "pii.pay",
    ),
    ("subida de sueldo: Diego Fernández pasa de 41.000 € a 44.500 € brutos", "pii.pay"),
    ("the bonus letter for Ravi Shankar says 7.5k but the sheet says 7k", "pii.pay"),
    ("Sara's salary is 58000 and her raise is 4%, what's the new monthly gross?", "pii.pay"),
    ("salary review list:\nKofi Mensah: 92,000\nHana Sato - 87.000,00", "pii.pay"),
    ("Gehälter für die Planung:\nMitarbeiter;Gehalt\nAnna Schmidt;4.200,00", "pii.pay"),
    ("payroll check\n\nname,annual_salary\nKofi Mensah,92000\nwhy does SUM give 0?", "pii.pay"),
    (
        "| first_name | last_name | gross_pay |\n|---|---|---|\n| Ines | Moreau | 3650.00 |",
        "pii.pay",
    ),
    (
        "nómina de junio:\nNombre;Apellidos;Sueldo bruto\nInés;Moreno Ruiz;2.950,00",
        "pii.pay",
    ),
    # German compounds end in the word ("Jahresgehalt", "Brustkrebs")
    ("Jahresgehalt-Review: Jonas Weber 71.500 €, Mia Braun 64.000 €", "pii.pay"),
    ("Update: Petra Lang hat Brustkrebs, sie ist ab Montag in der Reha", "pii.health"),
    # the name and the figure are reported each on its own: a national id between keeps
    # its label
    (_RTI_RECORD, "pii.pay"),
    (_RTI_RECORD, "pii.national_id"),
]

ORDINARY = [
    # a date a birth date is compared with: a constraint's or a filter's bound
    "will ADD CONSTRAINT dob_sane CHECK (birth_date >= '1910-01-01') scan the whole table?",
    "report query: WHERE date_of_birth < DATE '2007-01-01' for the under-18 check, index?",
    "cohort filter: dob between 01/01/1960 and 31/12/1969, how do I write it in pandas?",
    # the company's line: named as a hotline once and written again, or in its own block on
    # what it prints
    "support hotline: +44 20 3808 1170. the footer renders it 020 3808 1170, which for UK?",
    "letterhead template:\nAcme Corp Ltd\n21 Leonard Street, London EC2A 4RH\n"
    "Tel. +44 20 3808 1170\nhow do I keep it on one page?",
    "Rechnung PDF, Fußzeile bricht um: Acmecorp SARL · 12 rue Oberkampf · +33 1 84 88 12 40",
    # where a secret is kept is still metadata
    "PASSWORD_STORE_DIR=/home/ci/.password-store and gpg agent times out",
    "SECRET_STORE_BACKEND=vault-prod in the chart values, can helm template it?",
    # the same words about a code's format, or numbers that are counts
    "Bestätigungscode-Länge: 6 Ziffern, Gültigkeit 300 Sekunden, reicht das?",
    "the verification code for the build matrix: 204 rows, 118 failed",
    "código de verificación: el endpoint devuelve 429 tras 100 intentos",
    # the stock people of examples at a reserved domain, in any message
    "the dedupe job lowercases John.Smith@Example.org and user2@example.net before hashing?",
    "normalisation check: ' Alice@Example.com ' -> alice@example.com, then sha256",
    # Google Calendar's room and shared-calendar ids
    "room acme.io_3a9f1c2e7b@resource.calendar.google.com shows no events on the display",
    "shared calendar c_9be1f2a0c3d4@group.calendar.google.com isn't visible to the ops team",
    # base64 of a pair of placeholders ("user:pass", "your_api_key:your_secret")
    "docs example: Authorization: Basic dXNlcjpwYXNz - is that really base64?",
    "curl -H 'Authorization: Basic eW91cl9hcGlfa2V5OnlvdXJfc2VjcmV0' https://api.acme.io",
    # a DNS TXT record's value: published to whoever asks
    "dig TXT _acme-challenge.api.acme.io gives "
    '"Xq3vLr8TzWm1Nc5Bk7Yd2Hf9Jp4Gs6Qa0Ue-Ri_OwZk" but the issuer expects another',
    "google-site-verification TXT record value: 7Rkq9Vx2LmZ3Np8TcWf5Yb1Hd6Gj4Sa0Qe, which zone?",
    # the ids of organisations, accounts, workspaces and users next to a key word
    "three api keys listed under org_2bXq9LmZ7vTk4Rw, acct_1Pq8Lm3Zx9Vt2Kw owns the rest",
    "the key belongs to workspace ws_7Qk2Lm9ZvT3p, user usr_4Hq8Rz2Lp6Wx",
    # the groups of an IBAN that fails its check are not a phone number
    "mod-97 test case: FR76 3000 6000 0112 3456 7890 188 must be rejected, is it?",
    "assert not valid('DE89 3704 0044 0532 0130 07')  # last digit changed",
    # a named person's leave without its reason, or a condition said of nobody named
    "redo the on-call rota: Jonas is on paternity leave until the 20th, Nadia on vacation",
    "Lena Kaya is on medical leave until end of July, forward her mail to Ravi",
    "Jonas ist in Elternzeit bis zum 20., Lea hat Urlaub - wer übernimmt die Rufbereitschaft?",
    "Marie est en congé parental, Paul est en vacances : qui fait l'astreinte ?",
    "Carlos está de vacaciones y Ana de permiso de paternidad, ¿quién cubre la guardia?",
    "my colleague has the flu so I'm covering, how do I restart the kafka consumer?",
    # medical words about software, products and the people who build them
    "the health check on the sick pod fails and Tom restarted it twice, any idea?",
    "Kubernetes marks the pod unhealthy; Tom's liveness probe hits /healthz every 5s",
    "we're building a cancer screening app: how do I model a FHIR Observation for it?",
    "Markus did some surgery on the repo last night and now CI is red",
    "Sofia Rossi wrote the therapy-booking service; where does it store slots?",
    "Tom Becker's team migrated the anxiety tracker app to React Native",
    "Dana's PR adds a stroke-width prop to the chart component",
    "Dr. Ana Souza charges a sliding scale for therapy; is that a pricing page question?",
    "the Philadelphia chromosome causes Burkitt's lymphoma? (quiz app copy review)",
    # people the message says are made up
    "synthetic employees for the HR export test: Anna Schulz is pregnant and on leave",
    # pay without a name, and a named person's figures that are not their pay
    "salary bands: L3 68k-88k, L4 82k-110k; formula to flag who is below?",
    "Senior Engineer: 85k\u2013100k, Staff Engineer: 110k\u2013135k, competitive in Berlin?",
    "New York: 120k base, London: £85k base - how do we phrase the offer letter bands?",
    "Gehaltsbänder: Junior 48.000 €, Senior 72.000 € \u2013 wie formuliere ich die Anzeige?",
    "Tom set the rate limit to 5k req/min for the payroll API, too low?",
    "Sofia's API key hits 10k requests per day, does the payroll export share it?",
    "Priya quoted 12k for the SSO add-on; what's our bonus policy for deals?",
    "Marco bought the license for 12k, does that count against the salary budget?",
    "Tom Becker is on the payroll team, 3,900 tickets closed this year",
    "comp planning sheet:\nlevel | min | mid | max\nL2 | 58000 | 66000 | 74000",
    "Name | Role | Salary band\nAnna Schmidt | Engineer | L3",
    "payroll test fixture: name,gross\nJane Doe,5000\nJohn Smith,6000",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_tenth_round_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_tenth_round_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
