"""The twenty-second blind round's people data (``heldout60``): a named or uniquely described
colleague's health, treatment, disability or immigration status, in prose or a record and
in other languages (a stammer, rehab, an addiction's treatment, an HIV status in an export,
a pregnancy in notes whose candidate is named below them, a heart operation in Arabic, a
refugee's status in Ukrainian, a breakdown of the only German speaker in Naples), a
customer's phone after Vietnamese "SĐT", and a stock example address. Each rule with the
row's shape, variants written for it and the look-alikes that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a named candidate's stammer: a first name ending its clause, "he" after it
    (
        "re: the hiring committee thread - I'd push back on the no-hire for Tomasz. The "
        "'culture' concern in his packet is really just that he stammers during the live "
        "coding round, which he told the recruiter about upfront.",
        "pii.health",
    ),
    ("Some context on Ingrid: she has a stutter and asked for written questions.", "pii.health"),
    ("Feedback for Arjun. He has a speech impediment, so please don't score fluency.", None),
    # a colleague's rehab stay, named by a handle; an addiction's treatment
    (
        "@tbanks is going to be slow on reviews for the next month - he's checked into a "
        "30-day rehab program. Route platform reviews to @lnguyen.",
        "pii.health",
    ),
    ("@mkaur won't be on call: she starts a 28-day detox program on Monday.", "pii.health"),
    (
        "Draft for Wei's review: \"Wei's delivery slipped in H2, partly due to his outpatient "
        "alcohol treatment program, but the rating has to be 'Partially Meets'.\"",
        "pii.health",
    ),
    ("Jonas Weber is in an opioid treatment program, keep him off nights.", "pii.health"),
    # an HIV status as a record's field, the name in a field above it
    (
        '{\n  "case_id": "ACC-504",\n  "employee_name": "Marcus Adeyemi",\n'
        '  "basis": "Employee disclosed HIV-positive status; treatment schedule"\n}',
        "pii.health",
    ),
    ("Priya Raman is HIV positive and asked for remote Fridays.", "pii.health"),
    # notes about a candidate whose name is a field below them
    (
        "Debrief notes, can someone turn them into the scorecard format?\n"
        "- Strong product sense\n"
        "- She mentioned she's about 6 months pregnant and would need leave in August\n"
        "Candidate: Leah Moskowitz",
        "pii.health",
    ),
    (
        "Loop notes:\n- good system design\n- he said he's in therapy for depression\n"
        "Name: Daniel Okafor",
        "pii.health",
    ),
    # Arabic: a named colleague's open-heart surgery (sick leave after it)
    (
        "\u0644\u0644\u0639\u0644\u0645: \u064a\u0648\u0633\u0641 \u0627\u0644\u062d\u0631\u0628"
        "\u064a "
        "\u0645\u0646 \u0641\u0631\u064a\u0642 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a "
        "\u0633\u064a\u0623\u062e\u0630 \u0625\u062c\u0627\u0632\u0629 \u0645\u0631\u0636\u064a"
        "\u0629 "
        "\u0644\u0645\u062f\u0629 \u0633\u062a\u0629 \u0623\u0633\u0627\u0628\u064a\u0639 \u0628"
        "\u0639\u062f "
        "\u0639\u0645\u0644\u064a\u0629 \u0642\u0644\u0628 \u0645\u0641\u062a\u0648\u062d.",
        "pii.health",
    ),
    (
        "\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0646\u064a "
        "\u0641\u064a \u0627\u0644\u0645\u0633\u062a\u0634\u0641\u0649 \u0628\u0633\u0628\u0628 "
        "\u0639\u0645\u0644\u064a\u0629 \u062c\u0631\u0627\u062d\u064a\u0629",
        "pii.health",
    ),
    # Ukrainian and Russian: a named colleague's refugee status and work permit
    (
        "\u041e\u043b\u0435\u0433 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e "
        "\u043e\u0442\u0440\u0438\u043c\u0430\u0432 \u0442\u0438\u043c\u0447\u0430\u0441\u043e"
        "\u0432"
        "\u0438\u0439 \u0437\u0430\u0445\u0438\u0441\u0442 \u0443 \u041f\u043e\u043b\u044c\u0449"
        "\u0456 "
        "\u044f\u043a \u0431\u0456\u0436\u0435\u043d\u0435\u0446\u044c.",
        "pii.immigration",
    ),
    (
        "\u0410\u043d\u043d\u0430 \u0421\u043c\u0438\u0440\u043d\u043e\u0432\u0430 \u0436\u0434"
        "\u0451\u0442 "
        "\u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043d\u0438\u0435 \u043d\u0430 "
        "\u0440\u0430\u0431\u043e\u0442\u0443, \u043d\u0435 \u0434\u0430\u0432\u0430\u0439\u0442"
        "\u0435 "
        "\u0435\u0439 \u0434\u043e\u0441\u0442\u0443\u043f.",
        "pii.immigration",
    ),
    # a colleague identified by a unique role in a named place, in Italian and English
    (
        "Piccolo aggiornamento: l'unico del supporto di Napoli che parla tedesco \u00e8 in "
        "malattia da due settimane per un esaurimento nervoso.",
        "pii.health",
    ),
    (
        "fyi: the designer on the Growth squad (the only one we have in Nairobi) will be out "
        "for 6 weeks - she's having surgery for endometriosis.",
        "pii.health",
    ),
    ("Update: la \u00fanica enfermera de Valencia est\u00e1 embarazada de gemelos.", "pii.health"),
    (
        "Heads-up, die einzige Entwicklerin in M\u00fcnchen ist seit Montag wegen einer "
        "Depression krankgeschrieben.",
        "pii.health",
    ),
    # Vietnamese: a customer's phone after "SĐT", and her cancer treatment
    (
        "Escalation: ch\u1ecb Nguy\u1ec5n Th\u1ecb Hoa (S\u0110T 0965772197) xin gia h"
        "\u1ea1n 60 ng\u00e0y.",
        "pii.phone",
    ),
    (
        "Kh\u00e1ch h\u00e0ng Tr\u1ea7n V\u0103n Nam n\u00f3i anh \u1ea5y \u0111ang \u0111i\u1ec1u "
        "tr\u1ecb ung th\u01b0, xin gia h\u1ea1n.",
        "pii.health",
    ),
]

ORDINARY = [
    # the fictional sample address of docs, a real-looking one's look-alikes
    "our onboarding docs use this sample address and I keep getting asked if it's real:\n"
    "  Jane Doe, 123 Main Street, Anytown, ST 00000, (555) 010-0199\n"
    "It's the standard fictional one - 555-01xx numbers are reserved for fiction.",
    "Example for the address form docs: 42 Elm Street, Anytown, CA 90000.",
    # policies, aggregates and features about the same topics, nobody named
    "Our accommodation policy covers employees who stammer or stutter; see the HR wiki.",
    "The video stutters during the live coding round on Safari, can someone look?",
    "How should the benefits page describe the alcohol treatment program coverage?",
    "We saw 4 people use the rehab program benefit last quarter (aggregate, no names).",
    "Add an hiv_positive boolean to the intake form schema? Asking for the clinic client.",
    "Candidate: Leah Moskowitz\nInterview loop is on Thursday, 3 rounds.",
    "- strong product sense\n- she asked about the start date\nCandidate: Leah Moskowitz",
    # a unique role with work facts only, and an outage
    "l'unico del supporto di Napoli che parla tedesco \u00e8 in ferie fino a luned\u00ec.",
    "the only designer we have in Nairobi will take over the Figma reviews next week.",
    "The only pod in US-East that restarted was the payments worker.",
    # a name with work facts only in Arabic and Ukrainian; a refugee-support feature
    "\u064a\u0648\u0633\u0641 \u0627\u0644\u062d\u0631\u0628\u064a \u0645\u0646 \u0641\u0631"
    "\u064a\u0642 "
    "\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0633\u064a\u0631\u0627\u062c\u0639 \u0627"
    "\u0644\u0640 PR.",
    "\u041e\u043b\u0435\u0433 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e "
    "\u043f\u0435\u0440\u0435\u0432\u0456\u0440\u0438\u0442\u044c PR \u0437\u0430\u0432\u0442"
    "\u0440\u0430.",
    "How many refugees use the \u0442\u0438\u043c\u0447\u0430\u0441\u043e\u0432\u0438\u0439 "
    "\u0437\u0430\u0445\u0438\u0441\u0442 form per month? Aggregate only.",
    # plain leave, no reason
    "@tbanks is out for the next month, route platform reviews to @lnguyen.",
    "Tomasz is on PTO next week, ping me for his reviews.",
    "push back on the no-hire for Tomasz. He did well in the system design round.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
