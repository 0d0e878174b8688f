"""A named person's drug or alcohol test result.

A test for drugs or alcohol is a test of the body: its result is health data (GDPR art. 9),
and a positive one can cost a candidate the job. "Tyler Brooks tested positive for THC on
the random drug screen, move him to 'hold'?" in a question about a hiring workflow must
stay local.

Reported (``pii.health``): a result (positive, non-negative, negative, dilute, failed or
refused the test; a substance: THC, cocaine, opiates...) said of a named person as a
condition is (``health.said_of_named_person``, 70 characters), within 120 characters of a
drug or alcohol test (drug test or screen, tox screen, breathalyser, pre-employment,
random, post-accident or post-incident test, "Drogentest", "dépistage de drogues", "prueba
de drogas", "drugstest", "etilometro"; English, German, French, Spanish, Dutch, Italian),
or a breath or blood alcohol reading ("screening 0.047", "0,8 g/l"); and a test said of the
named person with its result later in the sentence ("Jo Lee had a breath alcohol test after
dispatch smelled alcohol: confirmation 0.041").

Not reported: a test scheduled with no result ("Tyler's drug screen is on Monday"), a
policy or vendor with nobody named ("random drug tests for forklift drivers: which
vendor?"), false positives of software, and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.health import LABEL
from bot.routing.sensitivity.statements import Statement

_RESULTS = (
    r"non-?negative|(?:positive|negative)(?:-dilute)?|dilute|adulterated|substituted|"
    r"inconclusive|"
    r"(?:failed|flunked|fails|refused) (?:(?:a|an|the|his|her|their) )?"
    r"(?:(?:pre-employment|random|post-accident|follow-up) )?"
    r"(?:drug|alcohol|tox\w*|breath\w*|urine|hair|saliva)|"
    r"positiv|negativ|durchgefallen|positif|"
    r"positive|n\u00e9gatif|n\u00e9gative|positivo|positiva|negativo|negativa|positief|"
    r"negatief|"
    r"thc|cannabis|marijuana|marihuana|cocaine|kokain|coca\u00efne|coca\u00edna|opiates?|"
    r"opioids?|amphetamines?|methamphetamines?|benzodiazepines?|fentanyl|mdma|ecstasy|"
    r"bac (?:of )?0?[.,]\d+|\d(?:[.,]\d+)? ?promille"
)
# A breath or blood alcohol reading ("screening 0.047", "BrAC 0.041", "0,8 g/l").
_READING = (
    r"(?:screening|confirmation|confirmatory|reading|brac|bac|result)[ \t:=]*(?:of[ \t]+)?"
    r"0?[.,]\d{2,3}|\d[.,]\d{1,3} ?(?:g/l|mg/l|\u2030)"
)
# A result or a level after a Korean, Japanese or Chinese test's name ("음주 측정 결과 0.04%"):
# the result's word is everyday, so only after the test.
_READING_AFTER_TEST = (
    r"(?:\uacb0\uacfc|\uc218\uce58|\ub18d\ub3c4|\u7d50\u679c|\u7ed3\u679c|\u6570\u5024)"
    r"[ \t:=\uff1a]*0?[.,]\d{2,3}"
)
# A test named first and its result later in the sentence ("had a breath alcohol test
# after dispatch noticed the smell: screening 0.047"): the match starts at the test, so the
# person tested is looked for before it; the result is a match of its own.
_TESTED = (
    r"(?:drug|alcohol|breath|tox|urine|hair|saliva)[ -](?:test|screen|panel)\w*|breathaly\w+|"
    r"drogentest|alkoholtest|etilometro|alcoltest|alcoholtest|drugstest|blaastest|"
    # Korean, Japanese, Chinese: a drinking (breath alcohol) test, a blood alcohol level
    r"\uc74c\uc8fc ?\uce21\uc815|\ud608\uc911 ?\uc54c\ucf54\uc62c(?: ?\ub18d\ub3c4)?|"
    r"\u30a2\u30eb\u30b3\u30fc\u30eb(?:\u691c\u77e5|\u691c\u67fb|\u30c1\u30a7\u30c3\u30af)|"
    r"\u547c\u6c17\u691c\u67fb|\u9152\u7cbe(?:\u6d4b\u8bd5|\u6aa2\u6e2c|\u68c0\u6d4b)"
)
# Not a result: a false positive ("false positives from the screen's OCR").
_RESULT = re.compile(
    rf"(?<![\w-])(?:(?:{_TESTED})(?=[^\n.;!?]{{0,80}}?(?<![\w-])(?:{_READING}|{_READING_AFTER_TEST}|"
    rf"{_RESULTS})"
    rf"(?![\w-]))|(?<!false )(?:{_RESULTS}|{_READING}))(?![\w-])"
)
# The tests, by name: the stems a result is looked for around.
STEMS = (
    "drug test", "drug screen", "drug panel", "drug-test", "drug-screen", "tox screen",
    "toxicology", "urine test", "urine sample", "hair test", "saliva test", "oral fluid",
    "alcohol test", "alcohol screen", "breathalys", "breathalyz", "breath test",
    "pre-employment drug", "random drug", "post-accident", "post-incident", "reasonable suspicion",
    "drogentest", "drogenscreening", "alkoholtest", "drogenschnelltest", "d\u00e9pistage",
    "test salivaire", "test urinaire",
    "test antidrogue", "prueba de drogas", "prueba de alcohol", "prueba toxicol",
    "pruebas de drogas", "control de drogas", "control antidroga", "control de alcoholemia",
    "antidoping", "drugstest", "drugtest", "alcoholtest", "blaastest", "urinetest",
    "breath alcohol", "etilometro", "alcoltest", "test alcolemico", "mro verif", "lab result",
    # a log line's or a record's keys: "mro_verified=true", "analyte=THC-COOH",
    # "drug_screen_result"
    "mro_verif", "analyte", "drug_test", "drug_screen", "drug_panel", "tox_screen",
    "alcohol_test", "breath_test", "\uc74c\uc8fc", "\ud608\uc911", "\u30a2\u30eb\u30b3\u30fc\u30eb",
    "\u547c\u6c17", "\u9152\u7cbe",
)  # fmt: skip
_TEST_REACH = 120  # characters between the test and its result, either way

DRUG_TEST_RESULT = Statement(LABEL, _RESULT, STEMS, back=_TEST_REACH, forward=_TEST_REACH, reach=70)
