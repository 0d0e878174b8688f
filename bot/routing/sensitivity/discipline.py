"""A named colleague's disciplinary record: a performance improvement plan, a written or
final warning, being written up, a disciplinary hearing, a dismissal for cause, misconduct
or theft, unexcused absences, not eligible for rehire, a termination after an
investigation, and a workplace investigation about them (a harassment or
misconduct complaint or allegation, an investigation into them, a suspension or
administrative leave pending it).

Like health and pay (``health``, ``pay``), this is what an employer keeps to the people who
need it: "Tomasz is being placed on a PIP and had two written warnings" drafted for HR names
him and his record, and an investigation's timeline ("Ravi Shah suspended with pay
pending investigation") names the accused and the complainant, so the request must stay
local.

Reported (``pii.discipline``): such a word (English, German, French, Spanish, Dutch,
Portuguese, Italian: Abmahnung, fristlose Kündigung, unentschuldigt gefehlt, harcèlement
moral, suspendido de empleo y sueldo, non-actief gesteld, advertência escrita, processo
disciplinar, richiamo scritto, contestazione disciplinare) said of a named person: the name
before it in the same clause ("Ana Ruiz got a final warning", "Jonas Weber (backend) is
being put on a performance improvement plan"), a personal pronoun before it with a name
earlier in the paragraph ("He had two written warnings"), or a name in the shapes of
``referents`` ("a complaint against Ravi Shah", "an investigation into Ravi Shah", a
letter's subject line "Betreff: Abmahnung Sabine Krüger", a form's "Trabalhador: Rui
Carvalho" above the letter, "... de Inés Navarro. Se trata de un despido procedente"; a
dismissal said so, "despido", "licenciement", not a collective one).

Not reported: "performance" about software ("a performance improvement plan for the
database"), ``pip`` the installer (only the upper-case ``PIP`` is the plan), the policy with
nobody named ("what should a PIP template contain?"), a compiler's warnings, things
suspended (a cronjob, a PR pending review; "suspendiert" counts after "wurde", "ist",
"wird" or "vom Dienst": "hat den Job suspendiert" is ordinary), a complaint against a
vendor or a design and an investigation into an outage (only against or into a person
named, not their work, or "him", "her", "them"), notes written up, the tools of an
investigation ("the harassment report form", "administrative leave types"), collective
layoffs ("despedimento coletivo"), and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.health import said_of_named_person
from bot.routing.sensitivity.model import Finding, near, whole_words, with_field_value
from bot.routing.sensitivity.names import full_names
from bot.routing.sensitivity.records import made_up

LABEL = "pii.discipline"

_WORDS = (
    # English
    r"performance improvement plan(?! (?:for|of|on) (?:the|our|this|that|its|a|an)\b)|pip|"
    r"(?:first |second |final |formal |verbal |written )+warnings?|"
    r"disciplinary (?:action|hearing|meeting|process|procedure|record|warning|case)s?|"
    r"(?:termination|terminated|dismissed|dismissal|fired) for (?:cause|misconduct)|"
    r"(?:fired|dismissed|terminated|let go|sacked) for (?:\w+ ){0,3}?(?:stealing|theft|fraud|"
    r"harassment|insubordination|violence|falsifying|lying|absenteeism|tardiness|no-shows?|"
    r"drinking|being drunk|gross misconduct)|"
    r"written up(?! (?:the|a|an|as|in|for|on|my|our|his|her|their|some|notes|minutes|"
    r"[\w-]+['\u2019]s)\b)|"
    r"gross misconduct|(?:not |in)eligible for rehire|"
    r"(?:terminated|dismissed|fired|let go|sacked)(?: in \d{4})? (?:after|following) "
    r"(?:an? |the )?(?:[\w-]+ ){0,2}?(?:investigation|inquiry|audit|disciplinary \w+)|"
    # a workplace investigation: the complaint, the allegation, a suspension pending it
    r"(?:paid |unpaid )?admin(?:istrative)? leave(?! (?:types?|codes?|polic(?:y|ies)|requests?|"
    r"balances?|fields?|workflows?)\b)|"
    r"suspen(?:ded|sion) (?:with(?:out)? pay|from (?:work|duty|duties)|pending (?:an? |the )?"
    r"(?:\w+ )?(?:investigation|inquiry|hearing|outcome))|on (?:paid |unpaid )?suspension"
    r"(?=[ \t]*(?:$|[^\w \t])|[ \t]+(?:till|until|since|for|pending|from|while|and|after|now|"
    r"again)\b)|"
    r"(?:sexual(?:ly)? )?harass(?:ed|ing) (?:her|him|them|a colleague|colleagues|a coworker|"
    r"coworkers|an employee|employees|a contractor|women|staff)|sexually harass\w*|"
    r"(?:sexual |workplace )?(?:harassment|misconduct|bullying|discrimination|retaliation) "
    r"(?:complaint|allegations?|claim|investigation|case|report)"
    r"(?! (?:forms?|tools?|templates?|workflows?|polic(?:y|ies)|process|portal|system|"
    r"modules?|apps?|features?|channels?|generators?|builders?|exports?|dashboards?|pages?|"
    r"screens?|buttons?|pipelines?|queues?|apis?|services?|schemas?|tables?|models?|types?|"
    r"fields?|tickets?)\b)|"
    r"(?:formal )?(?:complaints?|grievances?|allegations?)(?= against\b)|"
    r"accused of (?:\w+ ){0,2}(?:harass\w*|misconduct|bullying|discriminat\w*|assault\w*|"
    r"theft|stealing|fraud|racis\w*|sexis\w*|abus\w*|intimidat\w*|inappropriate \w+)|"
    r"under (?:an? )?(?:internal|hr|formal|disciplinary|misconduct|ethics) investigation|"
    r"(?:(?:hr|internal|misconduct|disciplinary|harassment|workplace) )?investigation"
    r"(?= (?:into|against)\b)|"
    r"unexcused absences?|no-call,? no-show|"
    # German
    r"abmahnung(?:en)?|leistungsverbesserungsplan|disziplinar\w+|"
    r"(?:vom dienst|von der arbeit|mit sofortiger wirkung|bis auf weiteres|wurde|ist|wird) "
    r"suspendiert|"
    r"(?:vom dienst|von der arbeit|mit sofortiger wirkung|bis auf weiteres) freigestellt|"
    r"(?:beschwerde|vorw\u00fcrfe?|anzeige) gegen|sexuelle[rn]? bel\u00e4stigung|"
    r"bel\u00e4stigungsvorw\u00fcrf\w*|interne (?:untersuchung|ermittlung)|"
    r"unentschuldigt\w*(?: gefehlt| (?:fehlen|fehltag\w*|abwesend))?|"
    r"fristlose[rn]? k\u00fcndigung|fristlos gek\u00fcndigt|verhaltensbedingte[rn]? k\u00fcndigung|"
    # French
    r"avertissements?(?: (?:\u00e9crit|disciplinaire|formel))?|"
    r"plan d'am\u00e9lioration (?:des|de la) performances?|licenciement pour faute|"
    r"mise \u00e0 pied|proc\u00e9dure disciplinaire|"
    r"harc\u00e8lement (?:sexuel|moral)|plainte (?:contre|pour harc\u00e8lement)|"
    r"enqu\u00eate interne|suspendue? (?:\u00e0 titre conservatoire|de ses fonctions)|"
    r"absences? (?:injustifi\u00e9es?|non justifi\u00e9es?)|abandon de poste|"
    r"licenciement disciplinaire|licenciement(?! (?:\u00e9conomique|collectif|de masse)\b)|"
    # Spanish
    r"amonestaci(?:\u00f3n|ones)|plan de mejora del (?:desempe\u00f1o|rendimiento)|"
    r"despido disciplinario|expediente disciplinario|sanci\u00f3n disciplinaria|"
    r"acoso (?:sexual|laboral)|denuncias? (?:contra|por acoso)|investigaci\u00f3n interna|"
    r"suspendid[oa] de empleo(?: y sueldo)?|suspensi\u00f3n de empleo(?: y sueldo)?|"
    r"(?:faltas?|ausencias?) (?:injustificadas?|sin justificar)|carta de despido|"
    r"despido (?:procedente|improcedente)|despido(?! (?:colectivo|masivo|objetivo)\b)|"
    # Dutch
    r"(?:schriftelijke|offici\u00eble|formele|laatste|eerste|tweede|mondelinge) "
    r"waarschuwing(?:en)?|disciplinaire (?:maatregel|straf|procedure|sanctie)s?|"
    r"ontslag op staande voet|berisping|verbetertraject|schorsing|"
    r"verbeterplan(?! (?:voor|van) (?:de|het|onze|ons|deze|dit)\b)|"
    r"(?:op )?non-actief(?: gesteld)?|(?:is|werd|wordt) geschorst|klacht tegen|"
    r"seksuele intimidatie|"
    r"ongeoorloofd (?:verzuim|afwezig)|intern onderzoek|"
    # Portuguese
    r"advert\u00eancias?(?: (?:escrita|verbal|registada|registrada|disciplinar|formal|final))?|"
    r"processo disciplinar|despedimento(?: (?:por|com) justa causa)?(?! coletivo)|"
    r"demiss\u00e3o por justa causa|suspens\u00e3o (?:disciplinar|preventiva|sem vencimento)|"
    r"faltou sem justifica\u00e7\u00e3o|faltas? injustificadas?|ass\u00e9dio (?:sexual|moral)|"
    # Italian
    r"richiamo (?:scritto|verbale|formale|disciplinare)|lettera di richiamo|"
    r"(?:provvedimento|procedimento|contestazione) disciplinare|"
    r"licenziamento(?: disciplinare| per giusta causa)?(?! collettivo)|"
    r"sospension[ei] (?:disciplinare|dal servizio)|assenz[ae] ingiustificat[ae]|"
    r"molestie sessuali"
)
DISCIPLINE_WORDS = whole_words(_WORDS)
# Where those words start, at the start of a word (``colleagues``).
STEMS = (
    "performance improvement plan", "pip", "first warning", "second warning", "final warning",
    "formal warning", "verbal warning", "written warning", "disciplinary", "termination for",
    "terminated for", "dismissed for", "dismissal for", "fired for", "gross misconduct",
    "abmahnung", "leistungsverbesserungsplan", "disziplinar", "avertissement",
    "plan d'am\u00e9lioration", "licenciement pour faute", "mise \u00e0 pied",
    "proc\u00e9dure disciplinaire", "amonestaci", "plan de mejora", "despido disciplinario",
    "expediente disciplinario", "sanci\u00f3n disciplinaria", "schriftelijke waarschuwing",
    "offici\u00eble waarschuwing", "formele waarschuwing", "laatste waarschuwing",
    "eerste waarschuwing", "tweede waarschuwing", "mondelinge waarschuwing", "disciplinaire",
    "ontslag op staande voet", "berisping", "verbetertraject", "verbeterplan", "schorsing",
    "administrative leave", "admin leave", "paid admin", "unpaid admin", "not eligible for",
    "ineligible for", "terminated", "dismissed", "fired", "let go", "sacked",
    "suspended", "suspension", "on suspension", "on paid susp",
    "on unpaid susp", "harassed", "harassing", "sexually harass", "harassment", "misconduct",
    "bullying", "discrimination", "retaliation", "complaint", "grievance", "allegation",
    "accused of", "under an internal", "under an hr", "under an ethics", "under a formal",
    "under a disciplinary", "under a misconduct", "under internal", "under hr", "under formal",
    "under disciplinary", "under misconduct", "under ethics", "hr investigation",
    "internal investigation", "misconduct investigation", "disciplinary investigation",
    "harassment investigation", "workplace investigation", "unexcused", "no-call", "suspendiert",
    "vom dienst", "von der arbeit", "mit sofortiger", "bis auf weiteres", "beschwerde gegen",
    "vorw\u00fcrf", "anzeige gegen", "sexuelle bel", "bel\u00e4stigungsvorw", "interne unters",
    "interne ermittl", "unentschuldigt", "fristlos", "verhaltensbedingt", "harc\u00e8lement",
    "plainte contre", "plainte pour", "enqu\u00eate interne", "suspendu", "absence",
    "abandon de poste", "licenciement disciplinaire", "acoso", "denuncia",
    "investigaci\u00f3n interna", "suspendid", "suspensi\u00f3n de empleo", "falta", "ausencia",
    "carta de despido", "despido procedente", "despido improcedente", "non-actief", "op non-actief",
    "geschorst", "klacht tegen", "seksuele intimidatie", "ongeoorloofd", "intern onderzoek",
    "advert\u00eancia", "processo disciplinar", "despedimento", "demiss\u00e3o por",
    "suspens\u00e3o", "faltou sem", "ass\u00e9dio", "richiamo", "lettera di richiamo",
    "provvedimento disc", "procedimento disc", "contestazione disc", "licenziamento", "sospension",
    "assenz", "molestie sessuali", "fired for", "dismissed for", "terminated for", "let go for",
    "sacked for", "written up", "investigation into", "investigation against", "licenciement",
    "despido",
)  # fmt: skip
# "He missed 4 of 6 sprint commitments, had two written warnings": a record runs longer than
# a condition's "her chemo".
_LINK_REACH = 70


_AGAINST = re.compile(r"[ \t]+(?:against|into|gegen|contre|contra|tegen)[ \t]+")
_OBJECT_PRONOUN = re.compile(r"(?:him|her|them|ihn|sie|lui|elle|\u00e9l|ella|hem|haar)\b")


def _against_person(text: str, lowered: str, end: int) -> bool:
    """A complaint against a person, an investigation into them: a pronoun or a first and
    last name right after, not their work ("an investigation into Ana Ruiz's outage")."""
    if _OBJECT_PRONOUN.match(lowered, end):
        return True
    name = next(full_names(text, end, min(len(text), end + 60)), None)
    return (
        name is not None
        and name.start == end
        and not text[name.start : name.end].endswith(("'s", "\u2019s"))
    )


def find_discipline(text: str, lowered: str, triggers: list[str]) -> list[Finding]:
    """Disciplinary words said of a named person, looked for around ``triggers``."""
    findings: list[Finding] = []
    for match in near(DISCIPLINE_WORDS, lowered, triggers, 8, 48):
        if match.group() == "pip" and text[match.start() : match.end()] != "PIP":
            continue  # pip the installer
        against = _AGAINST.match(lowered, match.end())
        if against and not _against_person(text, lowered, against.end()):
            continue  # a complaint against a vendor, an investigation into an outage
        if said_of_named_person(text, lowered, match.start(), _LINK_REACH, match.end()):
            findings.append(Finding(LABEL, *with_field_value(lowered, *match.span())))
    if findings and made_up(lowered):
        return []
    return findings
