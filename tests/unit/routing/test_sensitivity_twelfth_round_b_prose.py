"""Rules added after the twelfth blind round's ``heldout39`` and ``heldout40`` (people data,
a second take, and an evaluator's file), for their prose rows: what is said of a named
person in sentences, letters, notes, chat transcripts and reminders.

Each case is a fresh instance of the class of message a blind row belonged to (other names,
other values, other wording, other languages), so these tests pin the general rule, not
the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # a performance review with its rating
    (
        "can you polish the mid-year review for Tariq Hassan? Rating: Below expectations. "
        "He missed most deadlines and skipped retros.",
        "pii.performance",
    ),
    (
        "Nina Petrova's performance review: I gave her 2 out of 5, she needs to own her "
        "on-call better. rewrite it kindly",
        "pii.performance",
    ),
    (
        "Bitte formulier die Leistungsbeurteilung von Jan Hofmann freundlicher: 2 von 5, "
        "Erwartungen nicht erfüllt.",
        "pii.performance",
    ),
    (
        "aide-moi à reformuler l'entretien annuel de Chloé Bernard : note 2/5, ne répond pas "
        "aux attentes sur la qualité",
        "pii.performance",
    ),
    (
        "redacta la evaluación de desempeño de Javier Moreno, le he puesto un 3 sobre 5",
        "pii.performance",
    ),
    (
        "kun je het functioneringsgesprek van Sanne de Boer samenvatten? beoordeeld met 2/5, "
        "voldoet niet aan de verwachtingen",
        "pii.performance",
    ),
    # a workplace investigation: complaint, allegation, suspension pending it
    (
        "timeline pls: 5/2 Maya Fischer files a complaint against Ronan Kelly; 5/9 Ronan "
        "Kelly suspended pending investigation",
        "pii.discipline",
    ),
    ("Omar Haddad was placed on administrative leave yesterday, revoke his VPN?", "pii.discipline"),
    (
        "Leon Brandt is accused of sexual harassment by two interns, who should see the file?",
        "pii.discipline",
    ),
    (
        "Piotr Nowak ist seit Montag vom Dienst suspendiert, Beschwerde gegen ihn wegen "
        "Belästigung",
        "pii.discipline",
    ),
    (
        "Hélène Roux : plainte pour harcèlement moral déposée, enquête interne en cours",
        "pii.discipline",
    ),
    ("Diego Castro está suspendido de empleo y sueldo por acoso laboral", "pii.discipline"),
    ("Sven Bakker is op non-actief gesteld na een klacht tegen hem", "pii.discipline"),
    ("Kyle Morgan had three unexcused absences in March, draft the warning", "pii.discipline"),
    # discipline in letters: a subject line, a form's field, Portuguese and Italian
    (
        "Subject: Final written warning - Aaron Whitaker\n\nYou failed to follow the change "
        "process twice.",
        "pii.discipline",
    ),
    (
        "Betreff: Abmahnung Sabine Krüger\nSehr geehrte Frau Krüger, Sie haben am 3. Mai gefehlt.",
        "pii.discipline",
    ),
    (
        "Funcionário: Rui Carvalho\nAssunto: processo disciplinar\nFaltou sem justificação "
        "três vezes.",
        "pii.discipline",
    ),
    (
        "Mariana Costa recebeu uma advertência escrita por faltas injustificadas",
        "pii.discipline",
    ),
    ("Luca Ferrari ha ricevuto un richiamo scritto per assenze ingiustificate", "pii.discipline"),
    (
        "Dipendente: Giorgia Conti\nOggetto: contestazione disciplinare per ritardi ripetuti",
        "pii.discipline",
    ),
    # a dismissal told in the sentence after the one that names the person
    (
        "Please disable all accounts of Brian Walsh at 5pm today. This is a dismissal for "
        "gross misconduct.",
        "pii.discipline",
    ),
    (
        "Il faut couper les accès de Julien Garnier demain matin. C'est un licenciement "
        "disciplinaire.",
        "pii.discipline",
    ),
    # a person named again by first or last name alone later on
    (
        "[09:02] lead: Marcus Lee was on the forklift, sent him for the post-accident test\n"
        "[15:20] ehs: Marcus non-negative, cocaine, MRO pending",
        "pii.health",
    ),
    (
        "Notes on Daniela Vogt.\nDaniela struggles with anxiety attacks during on-call, "
        "keep her on days",
        "pii.health",
    ),
    # a named person's own message, quoted after the line that says they sent it
    (
        'Priya Raman messaged me yesterday:\n"I had a miscarriage last week, I need a few '
        'days"\nhow do I set up the leave?',
        "pii.health",
    ),
    # an abbreviated surname
    ("remind me to check in with Priya S. about her chemo schedule", "pii.health"),
    (
        "hr: so Tomás R. told you?\nmanager: yes, he has epilepsy and had a seizure at home",
        "pii.health",
    ),
    # injuries, disability and accommodation
    (
        "incident log: Ahmed Nasser, packer, second-degree burns on the forearm from the "
        "sealer, off 2 days",
        "pii.health",
    ),
    ("Lina Okafor is hard of hearing and needs captions in all-hands", "pii.health"),
    ("Gustavo Lima uses a wheelchair, is desk 4B reachable?", "pii.health"),
    ("Emma Schulz ist gehörlos und braucht einen Gebärdensprachdolmetscher", "pii.health"),
    ("Noah Janssen is slechtziend en heeft een grote monitor nodig", "pii.health"),
    ("Clara Duarte is dyslexic, can the onboarding docs have audio?", "pii.health"),
    # religion and politics
    ("Rivka Adler keeps the Sabbath, so no Saturday on-call for her", "pii.beliefs"),
    (
        "Fiona Walsh has been canvassing for the Greens every weekend, her manager asked "
        "if that's a problem",
        "pii.beliefs",
    ),
    ("Lukas Schneider macht Wahlkampf für die Linke, darf er das im Büro?", "pii.beliefs"),
    ("Mathieu Blanc milite au PS depuis des années", "pii.beliefs"),
    ("Carmen Ruiz hace campaña por Sumar en su barrio", "pii.beliefs"),
    ("Ethan Cole is running for city council as an independent", "pii.beliefs"),
    # a gender transition, the former name, not being out
    (
        "Alex Novak transitioned last year; his previous name was Alexandra, please purge it "
        "from the LDAP history",
        "pii.orientation",
    ),
    (
        "Sam Ortiz is not out at work, so keep his partner's name off the benefits email",
        "pii.orientation",
    ),
    # financial distress of a named private person
    (
        "Customer: Petra Lindgren, private, Privatinsolvenz eröffnet, alle offenen Rechnungen "
        "ans Inkasso?",
        "pii.finances",
    ),
    (
        "we received a wage garnishment order for Darnell Hayes, how does payroll apply it?",
        "pii.finances",
    ),
    ("Oliver Grant filed for Chapter 7 bankruptcy in May, can we still bill him?", "pii.finances"),
    ("Amélie Fontaine est en surendettement, dossier déposé à la Banque de France", "pii.finances"),
    ("Raúl Ortega figura en el fichero de morosos de ASNEF", "pii.finances"),
    ("Daan Mulder zit in de schuldsanering, mag hij een voorschot krijgen?", "pii.finances"),
    ("Jake Miller is behind on rent and asked for a salary advance", "pii.finances"),
    ("Sven Larsen hat hohe Schulden und fragt nach einem Vorschuss", "pii.finances"),
    # more of the same classes: being written up, fired for theft, an investigation into a
    # person, a dismissal named so, a holy day off, hormone therapy, AA, Portuguese, Italian
    ("Leo Martin was written up twice for tardiness this quarter", "pii.discipline"),
    ("HR opened an investigation into Carla Mendes after two complaints", "pii.discipline"),
    ("Mark Evans is being let go for stealing from the warehouse, revoke badge", "pii.discipline"),
    ("Le licenciement de Julien Garnier est acté, couper ses accès vendredi", "pii.discipline"),
    ("David Levin needs Yom Kippur off, block it in the rota", "pii.beliefs"),
    ("Chris Doyle started HRT last month and asked us to update the badge photo", "pii.health"),
    ("Aoife Byrne goes to AA meetings on Tuesdays, keep her off late on-call", "pii.health"),
    ("Giulia Conti è incinta, aggiorna il turno", "pii.health"),
    ("a Ana Sousa está grávida, ajusta o plantão", "pii.health"),
]

ORDINARY = [
    # reviews: the process, the tools, a review with no rating, a date where a score could be
    "how should we store performance review ratings (1-5) in postgres?",
    "Hanna Brandt owns the performance review template, ask her for edit access",
    "Luca Marino's annual review is on Friday, can you move our 1:1?",
    "Ana Ruiz runs the annual review cycle; ratings go 1/5 to 5/5 in the tool",
    "Priya Raman's annual review is on 3/5, book a room",
    "the app got a 2/5 review on the App Store, Luca Marino is looking at it",
    "Lena Kaya: please review the PR, I rated the approach 4/5",
    # investigations, suspensions, complaints, absences about software and systems
    "Luca Marino suspended the cronjob pending the migration",
    "Tom Berg filed a complaint against the vendor about the SLA breach",
    "how do we model administrative leave types in Workday? no names yet",
    "Ana Ruiz built the harassment report form for the intranet",
    "Lena Kaya is investigating the outage; the incident is under investigation",
    "Jonas Weber hat den Job suspendiert, bis das Backup fertig ist",
    "la tarea de Pablo Gómez quedó suspendida hasta el lunes",
    "Ruben Jansen heeft de pipeline geschorst tot maandag",
    "o Rui Carvalho corrigiu o aviso do compilador",
    # sentences after a name, initials, first names alone
    "Please add Brian Walsh to the on-call rota. It's a final release before the freeze.",
    "ask Priya S. about the deploy window",
    "It's a final warning from the compiler, Ana Ruiz says we can ignore it",
    "Marcus Lee wrote the parser.\nMarcus fixed the false positives in the drug screen OCR",
    "Plan B. then is to retry the migration with vitamin D. Tom Berg agrees",
    # disability and injury words about things
    "Lena Kaya added a dyslexia-friendly font toggle to the reader",
    "Ana Ruiz's request fell on deaf ears with the vendor",
    "Luca Marino ran a double-blind A/B test on the checkout",
    "Tom Berg wrote the ASL definition for the Step Functions state machine",
    "Priya Raman fixed the blind spot in our monitoring",
    "Kai Tanaka stitches the screenshots together for the docs",
    "wheelchair access to the new office: ask Lena Kaya from facilities",
    # campaigns, parties and closets that are not politics or orientation
    "Luca Marino is campaigning for the Kubernetes migration again",
    "Ana Ruiz ran the email campaign for the launch",
    "Lena Kaya's birthday party is on Friday",
    "Tom Berg is transitioning to the platform team next month",
    "Priya Raman put the old servers in the closet",
    "the release isn't out yet, Luca Marino is on it",
    "Jonas Weber ist Mitglied der Arbeitsgruppe Security",
    # finances about companies and software
    "Ana Ruiz owns the collections service and the garnishment module",
    "Luca Marino: garnish the salad with basil before serving",
    "Lena Kaya set the default on the config flag",
    "Tom Berg says the vendor went bankrupt? need a new SMS provider",
    "our AWS account has low credit balance, tell Luca Marino",
    "Jonas Weber hat die Saisie-Maske gebaut",
    "Ana Ruiz tiene deuda técnica en el módulo de pagos",
    "Jonas Weber hat technische Schulden im Modul abgebaut",
    "Tom Berg has written up Ana's proposal in Confluence",
    "Lena Kaya opened an investigation into Ana Ruiz's flaky test",
    "the animation has a stutter on Safari, Lena Kaya is on it",
    "Ana Ruiz attends services standup on Mondays",
    "Lena Kaya: the eid column in the table is an event id",
    "Marco Conti says the pods relapse into CrashLoopBackOff",
    "Ana Ruiz wrote: I am building a pregnancy tracker, how do we store consent?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twelfth_round_b_prose_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_twelfth_round_b_prose_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
