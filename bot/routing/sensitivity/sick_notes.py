"""The reason given for a named person's sick leave.

That a colleague is on sick leave is said every day and stays ordinary (``health``: leave
without its reason); why is health data whatever the words: "Diego Fernández, baja por
accidente laboral", "Jonas ist krankgeschrieben wegen seines Rückens", "Lena is on sick
leave due to a knee operation". The health rule knows conditions by name; this rule reads
the reason a sick note gives, in the words the writer chose.

Reported (``pii.health``): after a sick-leave word (sick leave, sick note, off sick,
medical leave; "krankgeschrieben", "Krankmeldung", "arbeitsunfähig"; "arrêt maladie",
"arrêt de travail"; "baja médica", "de baja"; "ziekgemeld", "ziekmelding", "verzuim"; the
commonest in Swedish, Portuguese and Italian: "sjukskriven", "atestado", "in malattia")
said of a named person as a condition is (``health.said_of_named_person``, 70 characters),
the word and the reason that follows a causal word ("due to", "because of", "following",
"for a", "wegen", "aufgrund", "pour", "suite à", "por", "debido a", "vanwege", "wegens",
"på grund av", "devido a", "a causa di"): up to 40 characters of it, to the end of the
phrase or the dates after it.

Also reported (``pii.health``): a diagnosis code with its classification's name ("ICD-10
F32.1", "CID F41.1", "CIE-10 M54.5") said of a named person (120 characters).

Also reported: what the doctor wrote on the note or its reason field after the sick-leave
word ("Tom Berg's sick note? GP wrote 'acute tonsillitis'", "Krankmeldung, Grund:
Bandscheibenvorfall").

Not reported: the leave alone ("Lena is on sick leave until the 14th"), a duration, a date
or nothing ("reason: none", "GP wrote nothing") given where a reason would be ("for a
week", "pour 15 jours", "por unos días"), a code with nobody named ("map ICD-10 F32.1 to a
category"), "dar de baja" (to deregister) and "es baja" (is low) in Spanish, the words with
nobody named, and people the message says are made up."""

from __future__ import annotations

import re

from bot.routing.sensitivity.health import LABEL
from bot.routing.sensitivity.statements import Statement

_LEAVE = (
    r"sick (?:leave|note|day)s?|off sick|out sick|(?:on )?medical leave|sick certificate|"
    r"doctor['\u2019]s note|fit note|"
    r"krankgeschrieben|krank gemeldet|krankgemeldet|krankschreibung|krankmeldung|"
    r"arbeitsunf\u00e4hig\w*|"
    r"arr\u00eat (?:maladie|de travail)|cong\u00e9 (?:de )?maladie|"
    r"baja (?:m\u00e9dica|laboral)|(?:est\u00e1|estar|estaba|estar\u00e1|estuvo|sigue|lleva|"
    r"contin\u00faa|queda|qued\u00f3) de baja|(?<=[,:;(] )baja|(?<=\n)baja|"
    r"incapacidad temporal|"
    r"ziekgemeld|ziek gemeld|ziekmelding|ziekteverlof|verzuim|(?:is|was) ziek|"
    r"sjukskriv\w*|sykmeld\w*|sykemeld\w*|sygemeld\w*|atestado(?: m\u00e9dico)?|"
    r"certificato medico|in malattia"
)
_BECAUSE = (
    r"due to|because of|owing to|following|for (?:a|an|his|her|their)|"
    r"wegen|aufgrund|infolge|"
    r"pour|suite \u00e0|\u00e0 cause d[eu']?|en raison d[eu']?|"
    r"por|debido a|a causa de|tras|"
    r"vanwege|wegens|als gevolg van|"
    r"p\u00e5 grund av|pga\.?|p\.g\.a\.|devido a|por causa de|a causa di|per via di"
)
_ARTICLE = (
    r"(?:an?|the|his|her|their|einer?|eines|einem|seiner?|seines|ihrer?|ihres|une?|la|le|"
    r"l'|sa|son|ses|una?|el|su|sus|een|de|het|zijn|haar)[ \t]+"
)
# A duration, a date or nothing in particular where a reason would be ("for a week").
_NOT_A_REASON = (
    r"(?!\d|(?:for|f\u00fcr|voor|until|bis|nothing|none|unknown|not|no|n/a|keine?|nichts|rien|"
    r"aucune?|nada|ninguna?|niets|geen|few|couple|while|bit|moment|now|today|tomorrow|rest|next|several|one|two|"
    r"three|four|five|weeks?|days?|months?|zwei|drei|vier|einige|paar|n\u00e4chsten|"
    r"kommenden|wochen?|tage?n?|monate?n?|deux|trois|quatre|quelques|plusieurs|jours?|"
    r"semaines?|mois|dos|tres|cuatro|unos|unas|varios|varias|d\u00edas?|semanas?|mes|"
    r"meses|momento|tiempo|ahora|hoy|twee|drie|enkele|dagen|dag|weken|maanden?)\b)"
)
# Where the reason ends and the dates begin ("... no laboral desde el 05/01").
_UNTIL = (
    r"[ \t](?:since|until|till|from|starting|seit|bis|ab|vom|depuis|jusqu|du|desde|hasta|"
    r"sinds|tot|vanaf|til|till|fra|fr\u00e5n)\b"
)
# What the doctor wrote on the note, or its reason field ("GP wrote 'acute tonsillitis'",
# "Grund: Bandscheibenvorfall").
_SAYS = (
    r"(?:gp|doctor|doc|dr\.?|physician|arzt|\u00e4rztin|hausarzt|m\u00e9decin|m\u00e9dico|"
    r"huisarts|arts|bedrijfsarts|arbo-?arts|verzekeringsarts|legen|l\u00e4karen|l\u00e6gen) "
    r"(?:spreekt van|constateert|stelt vast|vermoedt|wrote|writes|says|said|states|put|"
    r"noted|diagnosed|schreibt|schrieb|"
    r"(?:a )?\u00e9crit|escribi\u00f3|escribe|pone|schrijft|schreef)|"
    r"(?:reason|diagnosis|grund|diagnose|motif|motivo|diagn\u00f3stico|reden)[ \t]*:"
)
_REASON = re.compile(
    rf"(?<![\w-])(?:{_LEAVE})(?![\w-])(?:(?:[^\n.;!?()]|(?<=\d)\.(?=\d)){{0,40}}?"
    rf"\b(?:{_BECAUSE})[ \t]+|"
    rf"[^\n.;!()]{{0,40}}?\b(?:{_SAYS})[ \t]*[\"'\u201c\u201e\u00ab]?[ \t]*)"
    rf"(?:{_ARTICLE})?+{_NOT_A_REASON}[^\W\d](?:(?!{_UNTIL})[^\n.,;:!?()]){{2,40}}"
)
STEMS = (
    "sick leave", "sick note", "sick day", "off sick", "out sick", "medical leave",
    "on medical leave", "sick cert", "doctor's note", "doctor\u2019s note", "fit note",
    "krankgeschrieben", "krank gemeldet", "krankgemeldet", "krankschreibung", "krankmeldung",
    "arbeitsunf\u00e4hig", "arr\u00eat maladie", "arr\u00eat de travail", "cong\u00e9 maladie",
    "cong\u00e9 de maladie", "baja", "de baja", "incapacidad temporal", "ziekgemeld",
    "ziek gemeld", "ziekmelding", "ziekteverlof", "verzuim", "is ziek", "was ziek",
    "sjukskriv", "sykmeld", "sykemeld", "sygemeld", "atestado", "certificato medico", "in malattia",
)  # fmt: skip


_CODE_REACH = 120  # "Ana Ruiz, cashier at store 22, handed in a 15-day note with CID F41.1"
# A diagnosis code given with its classification's name ("ICD-10 F32.1", "CID F41.1",
# "CIE-10: M54.5"): the diagnosis itself, whatever the words around it.
_CODE = re.compile(
    r"(?<![\w-])(?:icd|cid|cie|cim)(?:[- ]?1[01])?[ \t]*(?:code[ \t]*)?[:=]?[ \t]*"
    r"[a-z]\d{2}(?:\.\d{1,2})?(?![\w.-])"
)
DIAGNOSIS_CODE = Statement(
    LABEL, _CODE, ("icd", "cid", "cie", "cim"), back=2, forward=24, reach=_CODE_REACH
)

SICK_NOTE_REASON = Statement(LABEL, _REASON, STEMS, back=12, forward=110, reach=70)
