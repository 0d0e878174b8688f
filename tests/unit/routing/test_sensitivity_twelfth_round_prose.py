"""Rules added after the twelfth blind round's ``heldout38`` (people data), for its prose
rows: special categories of data said of a named person in sentences, notes and lists.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # criminal records and background-check results
    (
        "Checkr came back on Maria Lopez: misdemeanor conviction for shoplifting in 2019, "
        "should the ATS flag it?",
        "pii.criminal_record",
    ),
    (
        "Tomás Herrera was convicted of fraud in 2016, can our HR system store that?",
        "pii.criminal_record",
    ),
    (
        "Kevin Schulz wurde 2020 wegen Betrugs zu einer Bewährungsstrafe verurteilt, darf "
        "das ins Bewerberprofil?",
        "pii.criminal_record",
    ),
    (
        "Kandidat Felix Wagner: Führungszeugnis mit Eintrag, Verurteilung wegen Diebstahls",
        "pii.criminal_record",
    ),
    (
        "le candidat Hugo Lefebvre a un casier judiciaire, condamné pour vol en 2018",
        "pii.criminal_record",
    ),
    (
        "Ana Torres tiene antecedentes penales por un delito de tráfico, ¿lo guardamos?",
        "pii.criminal_record",
    ),
    (
        "De VOG van Daan Visser is geweigerd, hij heeft een strafblad. Hoe leggen we dat vast?",
        "pii.criminal_record",
    ),
    (
        "background screen for Priya Nair: arrested for DUI in 2021, charges dropped. does "
        "the workflow need an adjudication step?",
        "pii.criminal_record",
    ),
    (
        "notes from the hiring panel\n\nJake Morrison, backend\n- strong coding\n- mentioned "
        "a DUI conviction from 2017 when asked about the driving requirement",
        "pii.criminal_record",
    ),
    # drug and alcohol test results
    (
        "Derek Olsen failed a pre-employment drug test (cocaine), how do we record the "
        "adverse action?",
        "pii.health",
    ),
    (
        "post-accident alcohol test for forklift driver Sam Ortiz: BAC 0.06, what now?",
        "pii.health",
    ),
    (
        "Tyler Brooks tested positive for THC on the random drug screen, move him to 'hold'?",
        "pii.health",
    ),
    ("the drug test for Ava Mitchell came back negative-dilute, do we retest?", "pii.health"),
    (
        "der Drogentest von Lukas Meyer war positiv auf Cannabis, wie vermerken wir das?",
        "pii.health",
    ),
    # immigration status, and the numbers of a person's immigration file
    (
        "Wei Chen's H-1B transfer is still pending, can payroll keep paying her?",
        "pii.immigration",
    ),
    (
        "Carlos Mendes is on OPT, his EAD runs out in August; can the offer start before the "
        "STEM OPT extension?",
        "pii.immigration",
    ),
    ("Omar Haddad's visa expires in May, can okta auto-suspend him?", "pii.immigration"),
    (
        "Olga Petrenko's Aufenthaltstitel läuft im Juni ab, wie setzen wir eine Erinnerung?",
        "pii.immigration",
    ),
    (
        "le titre de séjour de Moussa Diallo expire le 3 mars, on bloque son compte ?",
        "pii.immigration",
    ),
    (
        "el permiso de trabajo de Andrés Silva caduca en abril, ¿cómo lo avisamos?",
        "pii.immigration",
    ),
    ("de verblijfsvergunning van Ahmed Yilmaz verloopt in mei", "pii.immigration"),
    ("Nadia Rahimi is an asylum seeker and her work permit is tied to the case", "pii.immigration"),
    (
        "uscis case status for receipt EAC2190123456 stuck in processing, any API?",
        "pii.immigration",
    ),
    ("form I-765 asks for the A-number: A-123-456-789, who files it?", "pii.immigration"),
    # trade union membership
    ("Sarah Connolly is a union rep for the warehouse, is she on the layoff list?", "pii.union"),
    (
        "Jonas Weber ist Gewerkschaftsmitglied bei ver.di und will den Beitrag über die "
        "Lohnabrechnung zahlen",
        "pii.union",
    ),
    ("Claire Dubois est syndiquée à la CGT, on gère la cotisation en paie ?", "pii.union"),
    ("Luis García está afiliado al sindicato, ¿cómo descuento la cuota?", "pii.union"),
    (
        "Pieter de Boer is lid van de FNV en wil de contributie via de salarisadministratie",
        "pii.union",
    ),
    (
        "these folks are union members and want dues withheld:\n* Rosa Diaz\n* Tom Harris",
        "pii.union",
    ),
    # sexual orientation and gender identity, said or told by a same-sex spouse
    (
        "Kai Müller came out as gay to the team last week, can I add him to the ERG list?",
        "pii.orientation",
    ),
    ("survey export:\nAlex Kim: bisexual\nJordan Lee: straight", "pii.orientation"),
    ("Elena Petrova - lesbian, out at work\nDavid Cohen - prefer not to say", "pii.orientation"),
    (
        "Sam Taylor is trans and starts to transition next month, how do we rename in okta?",
        "pii.orientation",
    ),
    ("Mark Evans added his husband to the dental plan, the carrier rejects it", "pii.orientation"),
    (
        "Thomas Becker und sein Ehemann wollen beide in die betriebliche Krankenversicherung",
        "pii.orientation",
    ),
    ("Julie Martin est lesbienne, elle veut ajouter sa compagne à la mutuelle", "pii.orientation"),
    # family situations: divorce, custody, caring, a relative's death; a candidate's family
    (
        "Anna Kowalski is in the middle of a divorce and needs the child support garnishment "
        "set up",
        "pii.family",
    ),
    (
        "Tobias Brandl hat das alleinige Sorgerecht nach der Scheidung, er braucht flexible "
        "Arbeitszeiten",
        "pii.family",
    ),
    (
        "Céline Garnier est en instance de divorce, garde alternée une semaine sur deux",
        "pii.family",
    ),
    ("Emma de Vries is mantelzorger voor haar moeder en wil minder uren", "pii.family"),
    ("Grace Kim is the primary caregiver for her father, can we approve FMLA?", "pii.family"),
    ("Raj Patel's mother passed away on sunday; please move his deadlines", "pii.family"),
    (
        "candidate Peter Novak mentioned he has two kids and his wife works nights, so no on-call",
        "pii.family",
    ),
    (
        "Bewerberin Julia Roth hat zwei Kinder und ist alleinerziehend, soll das ins Feedback?",
        "pii.family",
    ),
    # health the health rule missed: injuries, psychiatric episodes, pregnancy complications,
    # disability degrees, a relative in hospice, Dutch words
    ("Mia Schneider has a hairline fracture of the wrist from skiing", "pii.health"),
    (
        "incident notes\nTom Walsh, warehouse\nfell from ladder, dislocated shoulder, ER visit",
        "pii.health",
    ),
    ("Lisa Braun hatte einen Arbeitsunfall und hat sich das Handgelenk gebrochen", "pii.health"),
    ("Maria Santos had a psychotic break last year, now on leave", "pii.health"),
    ("Hanna Lind's due date moved because of eclampsia, she is on bed rest", "pii.health"),
    ("Marta Ruiz: GdB 70 seit 2022, Zusatzurlaub?", "pii.health"),
    ("my report Kofi Mensah says his mum is in hospice, can he work half days?", "pii.health"),
    ("Sanne de Wit is overspannen en zit thuis, de bedrijfsarts komt dinsdag", "pii.health"),
    # the reason a sick note gives
    ("Lucas Martin est en arrêt maladie pour une lombalgie depuis lundi", "pii.health"),
    ("Jonas Kessler ist krankgeschrieben wegen eines Bandscheibenleidens", "pii.health"),
    ("Laura Gómez está de baja por lumbalgia desde marzo", "pii.health"),
    ("Ethan Brooks is on sick leave due to a knee reconstruction, back in May", "pii.health"),
    # a person speaking of themself after saying who they are
    (
        "ticket text: hi, this is Kevin Walsh (acct 8812). I've been in rehab for 6 weeks "
        "and missed the bill",
        "pii.health",
    ),
    # discipline in Dutch, and a warning given to a person named after it
    ("Joost Vermeulen krijgt een schriftelijke waarschuwing voor zijn gedrag", "pii.discipline"),
    ("we overwegen ontslag op staande voet voor Bram Jansen", "pii.discipline"),
    ("we need to issue a final warning to Amir Khan after the second no-show", "pii.discipline"),
    # religion and politics, ethnic origin
    ("Ahmed Karimi is fasting for Ramadan, can we move his on-call to mornings?", "pii.beliefs"),
    (
        "Jonas Weber ist aus der Kirche ausgetreten, bitte die Kirchensteuer austragen",
        "pii.beliefs",
    ),
    ("Sarah Cohen is Jewish and observes Shabbat, so no friday deploys for her", "pii.beliefs"),
    ("Karim Benali est musulman pratiquant, il fait le ramadan", "pii.beliefs"),
    ("Tom Becker is a member of the Labour party and posted about it", "pii.beliefs"),
    (
        "Ayo Bello is the only Black engineer in the org, the dashboard will single him out",
        "pii.ethnicity",
    ),
    ("Erik Lakatos is Roma and says the recruiter made a comment", "pii.ethnicity"),
    # a list of people with what is said of each
    (
        "calibration:\n- Rui Alves: strong, but on a PIP since May\n- Ines Vaz: solid",
        "pii.discipline",
    ),
]

ORDINARY = [
    # the policy or the system, with nobody named
    "can we auto-reject candidates with a felony conviction in california? fair chance act?",
    "random drug tests for forklift drivers: which vendor integrates with workday?",
    "visa_status enum: citizen | work_visa | sponsorship_required",
    "how many days of leave for a divorce in germany? building the leave types",
    "what does the IG Metall Tarifvertrag say about Schichtzulagen? for the payroll rule",
    "gender column enum: female | male | non_binary | prefer_not_to_say",
    "Der Urlaubsrechner muss den Zusatzurlaub für Schwerbehinderte berücksichtigen, wie?",
    "Lena is on sick leave until the 14th, who reviews her PRs?",
    "Camille est en arrêt maladie pour deux semaines, qui reprend ses tickets ?",
    "Jonas ist krankgeschrieben bis Freitag",
    "Carlos Pérez: hay que dar de baja por inactividad a los usuarios de prueba",
    # a test scheduled, not its result; software's positives and failures
    "Keanu Brooks's drug screen is scheduled for monday at 9",
    "Marco Rossi fixed the false positives in the drug screen OCR parser",
    # conviction as belief, probation as a trial period, a game's felonies
    "Priya Raman argued with conviction that we should drop the monorepo",
    "Marco Conti is on probation until March, can he get prod access?",
    "Jonas ist noch in der Probezeit, darf er schon Bereitschaft machen?",
    "the game's story: Trevor Philips commits a felony and goes to jail",
    "Jake Morrison's character in the game gets a criminal record if caught",
    "Lena Kaya is charged with leading the migration",
    # cards, opting in, unions of sets and types, business intelligence, transactions
    "Ana Ruiz paid with her Visa card and the charge failed",
    "Tom Berg wants users to opt in to the newsletter",
    "Lena Kaya added a union type to the TypeScript model",
    "Marco Rossi joined the union of the two sets in the proof",
    "Nour Hamdan owns the bi dashboards in Looker",
    "Marco Rossi is the BI lead",
    "Roxane Gay's book is on the reading list, ask Ana Ruiz",
    "Kai Tanaka wrote the trans table migration",
    # processes, keys and components, not kin; an interviewer's own family
    "kill the child process when the parent dies; Marco Rossi saw orphaned children in ps",
    "candidate Olga Brand built a parent/child tree in the take-home",
    "Marco Rossi is on the interview panel and has two kids' birthdays this week",
    "Marco Rossi owns the custody service for the wallet keys",
    "Marco Rossi's design is divorced from reality",
    "Tom Berg is the primary owner of the carer portal codebase",
    # a label's line that is speech, medical words about software and products
    "Ana Ruiz: how should the app handle users with anxiety?",
    "Marco Rossi, Staff Engineer\nhow do we model injuries in the OSHA schema?",
    "Reviewers:\nMarco Rossi, platform\nPriya Raman, data\nplease check the fracture detector",
    "Ana Ruiz wrote the injury prevention app for the warehouse",
    "Marco Rossi ran gdb 12 on the core dump",
    "need a csv of facilities: Acme Urgent Care North 2651329098, Acme Imaging LLC",
    "hi, I'm Lena Kaya. my team builds the pregnancy tracker app; how do we handle consent?",
    "Ruben van Dijk schreef een verbeterplan voor de database",
    "Pieter Bakker heeft de compiler waarschuwingen opgelost",
    "I will send the therapy notes template to Ana Ruiz",
    # faiths and colours in names and things, an ethnicity column, a birthday party
    "how do we model the ethnicity column for the EEO-1 report? categories only",
    "Ana Ruiz's theme is black on dark grey, can we fix contrast?",
    "Marco Rossi studied at the Catholic University of Leuven",
    "Christian Weber fixed the build",
    "Lena Kaya's birthday party is on friday",
    "halal options for the offsite menu, Ana Ruiz is ordering",
    "Marco Rossi is Roma-based and joins remotely",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twelfth_round_prose_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_twelfth_round_prose_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
