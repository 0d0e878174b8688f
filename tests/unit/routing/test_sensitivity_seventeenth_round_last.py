"""The seventeenth blind round's last misses (``heldout51``): a person named in Devanagari
or Hebrew letters, with one of the commonest surnames or a team in brackets after the name
("अमित शर्मा (लेखा विभाग) को डेंगू ...", "איתי לוי ... רישום פלילי"), and the Hindi illness
and Hebrew criminal-record words said of them; a person's account closed by its user name
("Offboard yhaddad" ... "Terminated for cause"); a person's address in a pay system's line
("rszabo@acme.io  L4→L5  base $165,500"); "my report" in a team the writer describes as
themself and one named person ("it's me, Aoife and two contractors"). Each rule with the
blind row's shape, fresh variants, and the ordinary look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # Hindi: a name with a common surname and a department in brackets, an illness
    (
        'इस ईमेल को अंग्रेज़ी में अनुवाद कर दो:\n\n"अमित शर्मा (लेखा विभाग) को डेंगू के कारण '
        'अस्पताल में भर्ती किया गया है, प्लेटलेट्स बहुत कम हैं। वे दो हफ्ते छुट्टी पर रहेंगे।"',
        "pii.health",
    ),
    (
        "राहुल वर्मा (सेल्स टीम) को मलेरिया हो गया है, वे अगले हफ्ते छुट्टी पर रहेंगे। रोस्टर अपडेट करो।",
        "pii.health",
    ),
    (
        "कृपया अनुवाद करें: नेहा गुप्ता पीलिया की वजह से अस्पताल में हैं, उनकी मीटिंग्स रद्द कर दें।",
        "pii.health",
    ),
    # Hindi: a surname not in the list, marked by its department in brackets
    ("सुनील नागर (आईटी विभाग) को टाइफाइड है, उनकी ड्यूटी बदलनी है", "pii.health"),
    # Hebrew: a name with a common surname, a criminal record
    (
        "צריך עזרה לנסח הודעה למנהל הצוות:\n\nהיי, לגבי איתי לוי שמתחיל אצלנו בשבוע הבא "  # noqa: RUF001
        "במוקד – בדיקת הרקע חזרה עם רישום פלילי על עבירת סמים מ-2019. משאבי אנוש אישרו את "  # noqa: RUF001
        "הקליטה.",
        "pii.criminal_record",
    ),
    (
        "נועם אזולאי (צוות תשתיות) הורשע בעבירת מרמה ב-2020, איך לנסח את זה למנהלת?",
        "pii.criminal_record",
    ),
    (
        "תעזור לי לנסח מייל: שירה כהן, שמתחילה ביום ראשון, עם עבר פלילי לפי בדיקת הרקע.",
        "pii.criminal_record",
    ),
    # a person's account closed by their user name, the reason a dismissal for cause
    (
        "Linear ENG-2245 \u2013 Offboard yhaddad (urgent)\n\nTerminated for cause today "
        "(timesheet fraud, confirmed by investigation). Revoke all access by 17:00: Google, "
        "GitHub org, AWS SSO, Slack.\n\nCan you give me a checklist + the gcloud / gh commands?",
        "pii.discipline",
    ),
    (
        "Jira IT-3310 \u2013 Offboard mkowalski (today)\n\nDismissed for gross misconduct after "
        "the expense fraud investigation. Disable Okta, GitHub and AWS before 18:00.",
        "pii.discipline",
    ),
    (
        "deprovision t.nguyen ASAP - let go for stealing from the warehouse. Need the okta + "
        "google admin steps",
        "pii.discipline",
    ),
    (
        "Please disable the account of lbrandt now. He is on a final written warning and HR "
        "wants access removed while they decide. Which gam commands?",
        "pii.discipline",
    ),
]

SENSITIVE += [
    # a person's address in a pay system's line, a pay word and the figures after it
    (
        "the comp-review bot posted this in the wrong channel (#general instead of the manager "
        "DM). Which of these env vars controls the target?\n\n[comp-bot] Approved: "
        "rszabo@acme.io  L4\u2192L5  base $165,500 \u2192 $178,500  equity refresh 3000 RSUs\n\n"
        "COMPBOT_DEFAULT_CHANNEL, COMPBOT_DM_MODE, SLACK_CHANNEL_OVERRIDE",
        "pii.pay",
    ),
    (
        "why does the payroll sync log this twice?\nINFO sync ok: m.okafor@globex.com salary "
        "92,000 EUR -> 97,500 EUR (effective 2025-04-01)",
        "pii.pay",
    ),
    (
        "bonus bot: tkaya@acme.io bonus $12,000 approved \u2014 why is it in the wrong channel?",
        "pii.pay",
    ),
]

SENSITIVE += [
    # "my report" in a team the writer describes as themself and one named person
    (
        "I manage the data platform team (it's me, Aoife and two contractors). Calibration is "
        "tomorrow. Can you help me write a crisper summary for my report? Current text: "
        "\"Didn't meet expectations this cycle \u2013 missed two migration deadlines, rating "
        "'Does Not Meet', recommend no merit increase.\" I want it to sound fair but direct.",
        "pii.performance",
    ),
    (
        "I lead a tiny team - it's just me and Tomasz. Reviews are due Friday. Help me soften "
        'this for my report: "Tomasz did not meet expectations this half; overall rating: '
        'needs improvement."',
        "pii.performance",
    ),
    (
        "My squad is me, Ingrid and an intern. Please tighten the year-end review I wrote for "
        "my direct report: rating 'Below expectations', two missed launches.",
        "pii.performance",
    ),
]

ORDINARY = [
    # Hindi and Hebrew about products, cities and diseases in general: nobody named
    "हमारा नया प्रोडक्ट मुंबई में लॉन्च होगा, डेंगू जागरूकता ऐप के लिए टेक्स्ट लिखो",
    "दिल्ली में डेंगू के मामले बढ़ रहे हैं, इस पर एक ब्लॉग पोस्ट लिखो",
    "भगवान का प्रसाद और शर्मा जी की दुकान का पता बताओ",
    "תל אביב היא עיר יפה, תכתוב לי פוסט על המוצר החדש שלנו",
    "איך בודקים רישום פלילי של מועמדים במערכת? צריך API",
    "האקר פרץ למערכת בלילה, איך מנסחים דוח אירוע?",
    # an offboarding with a user name and no reason, and a policy with nobody named
    "Offboarding checklist for jdoe: revoke Google, GitHub, AWS, Slack. Standard farewell "
    "automation on. Can you turn this into a script?",
    "Offboarding process: if someone is terminated for cause, access must be revoked within "
    "one hour. Draft the policy text.",
    "Offboard contractors at the end of the project: terminated for cause or not, the "
    "checklist is the same. Write it.",
    "Offboard them (urgent) - terminated for cause today. What gcloud commands revoke IAM?",
    # a comp bot's config with no figures; a desk's address; a quote, not pay
    "comp-bot config: COMPBOT_DEFAULT_CHANNEL=#comp-private, COMPBOT_DM_MODE=true, notify "
    "payroll@acme.io. Why does it post to #general?",
    "payroll@acme.io sends the base salary file for $1.2M total every month; how do I parse it?",
    "jsmith@acme.io quoted $12,000 for the base SSO add-on",
    # "my report" as a document; a small team with no review of anyone
    "I manage the data platform team (it's me, Aoife and two contractors). Can you help me "
    'write a crisper summary for my report to the board? Current text: "Nightly loads '
    'regressed, two migrations slipped, we need one more engineer."',
    "Can you help me write a crisper summary for my report? Our vendor scorecard rates Acme "
    "Logistics 'Does Not Meet' on delivery times.",
    "I manage the platform team (it's me, Aoife and two contractors). How should we set up "
    "the on-call rota for the holidays?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
