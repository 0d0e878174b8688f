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
dismissal said so, "despido", "licenciement", not a collective one), or the employer's own
sentence with a verb of giving after the sentence that names them ("Thandiwe Castellane hat
... verpasst. Wir haben eine Abmahnung ausgesprochen", "We issued a written warning", "Le
hemos dado una carta de apercibimiento"; also "Ermahnung" with its kind, "un blâme",
"ammonizione scritta"); and a person's address before it on its line, an audit log's
target ("user.suspend  bmorgan@acme.io  Final written warning - ..."; not a desk's or a
bot's address: alerts@, build-bot@), as ``pay`` reads a pay system's line.

Not reported: "performance" about software ("a performance improvement plan for the
database"), ``pip`` the installer (only the upper-case ``PIP`` is the plan), the policy
with nobody named ("what should a PIP template contain?"), a compiler's warnings, a job
ad's tasks ("Ihre Aufgaben: Abmahnungen vorbereiten"), "we issued a warning to all teams",
a blameless post-mortem ("sans blâme"), things suspended (a cronjob, a PR pending review;
"suspendiert" counts after "wurde", "ist", "wird" or "vom Dienst": "hat den Job
suspendiert" is ordinary), a complaint against a vendor or a design and an investigation
into an outage (only against or into a person named, not their work, or "him", "her",
"them"), notes written up, the tools of an investigation ("the harassment report form",
"administrative leave types"), collective layoffs ("despedimento coletivo"), and people the
message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.health import said_of_named_person
from bot.routing.sensitivity.model import Finding, near, whole_words, with_field_value
from bot.routing.sensitivity.names import full_names, names
from bot.routing.sensitivity.pay import ADDRESS, personal_address
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
    r"suspen(?:ded|sion) (?:on (?:full |half |reduced )?pay,? )?"
    r"(?:with(?:out)? pay|from (?:work|duty|duties)|pending (?:an? |the )?"
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
    # a complaint that says what the person did ("Formal complaint received 2024-11-05
    # alleging Priya made ..."), and an investigation's title naming them ("Investigation —
    # Priya Haddad"): the person right after, checked in ``find_discipline``
    r"(?:formal |written )?(?:complaints?|grievances?|reports?)(?: [\w-]+){0,3}? alleging"
    r"(?= )|"
    r"(?:(?:hr|er|internal|misconduct|disciplinary|harassment|workplace) )?investigation"
    r"(?=[ \t]*[\u2014\u2013:-][ \t]+)|"
    r"accused of (?:\w+ ){0,2}(?:harass\w*|misconduct|bullying|discriminat\w*|assault\w*|"
    r"theft|stealing|fraud|racis\w*|sexis\w*|abus\w*|intimidat\w*|inappropriate \w+)|"
    r"under (?:an? )?(?:internal(?: affairs)?|ia|hr|formal|disciplinary|misconduct|ethics|"
    r"professional standards|iad|opr) investigation|"
    r"(?:(?:hr|internal|misconduct|disciplinary|harassment|workplace) )?investigation"
    r"(?= (?:into|against)\b)|"
    # police and regulated professions: internal affairs, professional standards, a
    # use-of-force or excessive-force complaint, said of the named officer
    r"(?:internal affairs|professional standards|ia|iad) (?:investigation|inquiry|case|complaint)"
    r"(?! (?:forms?|tools?|templates?|workflows?|polic(?:y|ies)|process|portal|system|"
    r"modules?|apps?|folders?|shares?|groups?|fields?|tickets?|tables?|types?|trackers?|"
    r"dashboards?|databases?|queues?|units?|reports?|files?)\b)|"
    r"(?:use[- ]of[- ]force|excessive[- ]force|brutality|untruthfulness) "
    r"(?:complaint|allegations?|investigation|finding)"
    r"(?! (?:forms?|tools?|templates?|workflows?|polic(?:y|ies)|process|portal|system|"
    r"modules?|apps?|fields?|tickets?|tables?|types?|reports?)\b)|"
    r"unexcused absences?|no-call,? no-show|"
    # a school's or a university's: a board's finding of academic misconduct, a sanction
    # ("found Kayla Summers responsible for contract cheating", "guilty of plagiarism",
    # "placed on academic probation"); not the policy, its panel or its training
    r"(?:responsible|guilty) (?:for|of) (?:\w+ ){0,2}?(?:plagiari[sz]\w*|cheating|collusion|"
    r"academic (?:misconduct|dishonesty)|(?:an? )?(?:honou?r code|academic integrity) "
    r"violation|(?:research )?misconduct|harassment|bullying|hazing)(?! (?:polic(?:y|ies)|"
    r"panels?|boards?|committees?|offices?|training|modules?|cases? (?:queue|tracker)|"
    r"guidelines|rules|procedures?|process|detection|software|tools?|checks?)\b)|"
    r"academic (?:misconduct|dishonesty)(?= (?:finding|case|sanction|hearing|charge|"
    r"allegation)s?\b)|(?:honou?r code|academic integrity) violation(?! (?:polic(?:y|ies)|"
    r"forms?|reports? form|training|process|procedures?)\b)|academic probation|"
    # a probation extended for concerns about the person ("your probation period will be
    # extended by three months", "extended her probation"), not the policy's "can be"
    r"probation(?:ary)?(?: period)? (?:will be|has been|was|is being|is|gets|got) extended|"
    r"extend(?:ed|ing)? (?:his|her|their|your) probation(?:ary period)?|probation extension|"
    # German
    r"abmahnung(?:en)?|(?:schriftliche|m\u00fcndliche|letzte|f\u00f6rmliche) ermahnung(?:en)?|"
    r"ermahnung (?:erhalten|bekommen|ausgesprochen|erteilt)|"
    r"leistungsverbesserungsplan|disziplinar\w+|"
    r"(?:vom dienst|von der arbeit|mit sofortiger wirkung|bis auf weiteres|wurde|ist|wird) "
    r"suspendiert|"
    r"(?:vom dienst|von der arbeit|mit sofortiger wirkung|bis auf weiteres) freigestellt|"
    r"(?:beschwerde|vorw\u00fcrfe?|anzeige) gegen|sexuelle[rn]? bel\u00e4stigung|"
    r"bel\u00e4stigungsvorw\u00fcrf\w*|interne (?:untersuchung|ermittlung)|"
    r"unentschuldigt\w*(?: gefehlt| (?:fehlen|fehltag\w*|abwesend))?|"
    r"fristlose[rn]? k\u00fcndigung|fristlos gek\u00fcndigt|verhaltensbedingte[rn]? k\u00fcndigung|"
    # French
    r"avertissements?(?: (?:\u00e9crit|disciplinaire|formel))?|"
    r"(?:un|le|d'un) bl\u00e2me|bl\u00e2mes? (?:\u00e9crit|disciplinaire|inscrit)s?|"
    r"plan d'am\u00e9lioration (?:des|de la) performances?|licenciement pour faute|"
    r"mise \u00e0 pied|proc\u00e9dure disciplinaire|"
    r"harc\u00e8lement (?:sexuel|moral)|plainte (?:contre|pour harc\u00e8lement)|"
    r"enqu\u00eate interne|suspendue? (?:\u00e0 titre conservatoire|de ses fonctions)|"
    r"absences? (?:injustifi\u00e9es?|non justifi\u00e9es?)|abandon de poste|"
    r"licenciement disciplinaire|licenciement(?! (?:\u00e9conomique|collectif|de masse)\b)|"
    # Spanish
    r"amonestaci(?:\u00f3n|ones)|plan de mejora del (?:desempe\u00f1o|rendimiento)|"
    r"(?:carta de )?apercibimiento(?: (?:por escrito|disciplinario|formal))?|"
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
    r"demiss\u00e3o por justa causa|"
    # dismissed for cause, said of the person: "foi demitido por justa causa", "licenciée
    # pour faute grave", "licenziato per giusta causa", "despedida por fraude"
    r"(?:demitid|despedid|dispensad|mandad)[oa]s? (?:por justa causa|por (?:fraude|roubo|"
    r"furto|ass\u00e9dio|m\u00e1 conduta|desvio)\b)|"
    r"licenci\u00e9e?s? pour faute(?: grave| lourde)?|"
    r"licenziat[oaie] per (?:giusta causa|frode|furto|molestie)|"
    r"suspens\u00e3o (?:disciplinar|preventiva|sem vencimento)|"
    r"faltou sem justifica\u00e7\u00e3o|faltas? injustificadas?|ass\u00e9dio (?:sexual|moral)|"
    # Italian
    r"richiamo (?:scritto|verbale|formale|disciplinare)|lettera di richiamo|"
    r"ammonizion[ei] (?:scritt[ae]|verbal[ei]|disciplinar[ei]|formal[ei])|"
    r"(?:provvedimento|procedimento|contestazione) disciplinare|"
    r"licenziamento(?: disciplinare| per giusta causa)?(?! collettivo)|"
    r"sospension[ei] (?:disciplinare|dal servizio)|assenz[ae] ingiustificat[ae]|"
    r"molestie sessuali|"
    # fraud at work; Portuguese, Polish, Czech, Greek, Hinglish, Indonesian, Vietnamese, Turkish
    r"(?:expense|expenses|timesheet|payroll|benefits) fraud|embezzl\w+|show[- ]cause notice|"
    r"(?:spesen|abrechnungs|arbeitszeit)betrug|unterschlagung|veruntreuung|"
    r"investiga\u00e7\u00e3o interna|carta de advert\u00eancia|nagan\w+|"
    r"upomnieni\w+ (?:pisemne|ustne)|kar\w+ porz\u0105dkow\w+|"
    r"post\u0119powani\w+ dyscyplinarn\w+|zwolnieni\w+ dyscyplinarn\w+|"
    r"zwolnion\w+ dyscyplinarnie|dyscyplinark\w+|"
    r"rozwi\u0105zani\w+ umowy (?:o prac\u0119 )?bez wypowiedzenia|"
    r"(?:z |na podstawie )?art(?:\.|yku\u0142u)? ?52 (?:\u00a7 ?1 )?(?:kp|k\.p\.)|"
    r"ci\u0119\u017ckie naruszeni\w+ (?:podstawowych )?obowi\u0105zk\w+|"
    r"molestowani\w+|mobbing\w*|skarg\w+ na|"
    r"dochodzeni\w+ wewn\u0119trzn\w+|zawieszon\w+ w obowi\u0105zkach|"
    r"nieusprawiedliwion\w+ nieobecn\w+|v\u00fdtk\w+|napomenut\u00ed|k\u00e1ze\u0148sk\w+|"
    r"disciplin\u00e1rn\u00ed\w*|okam\u017eit\w+ zru\u0161en\u00ed pracovn\u00edho pom\u011bru|"
    r"\u0161ikan\w+|sexu\u00e1ln\u00ed obt\u011b\u017eov\u00e1n\u00ed|"
    r"intern\u00ed vy\u0161et\u0159ov\u00e1n\u00ed|st\u00ed\u017enost na|neomluven\w+ absen\w+|"
    r"\u03c0\u03b5\u03b9\u03b8\u03b1\u03c1\u03c7\u03b9\u03ba\w+|"
    r"\u03ad\u03b3\u03b3\u03c1\u03b1\u03c6\u03b7 \u03c0\u03c1\u03bf\u03b5\u03b9\u03b4\u03bf\u03c0"
    r"\u03bf\u03af\u03b7\u03c3\u03b7|"
    r"\u03c3\u03b5\u03be\u03bf\u03c5\u03b1\u03bb\u03b9\u03ba\u03ae \u03c0\u03b1\u03c1\u03b5\u03bd"
    r"\u03cc\u03c7\u03bb\u03b7\u03c3\u03b7|"
    r"\u03c0\u03b1\u03c1\u03b5\u03bd\u03cc\u03c7\u03bb\u03b7\u03c3\u03b7|"
    r"\u03ba\u03b1\u03c4\u03b1\u03b3\u03b3\u03b5\u03bb\u03af\u03b1 (?:\u03ba\u03b1\u03c4\u03ac|"
    r"\u03b5\u03bd\u03b1\u03bd\u03c4\u03af\u03bf\u03bd)|"
    r"\u03b5\u03c3\u03c9\u03c4\u03b5\u03c1\u03b9\u03ba\u03ae \u03ad\u03c1\u03b5\u03c5\u03bd\u03b1|"
    r"\u03b1\u03bd\u03b1\u03c3\u03c4\u03bf\u03bb\u03ae \u03ba\u03b1\u03b8\u03b7\u03ba\u03cc\u03bd"
    r"\u03c4\u03c9\u03bd|"
    r"suspend kar diya|terminate kar diya|surat peringatan|pemecatan|dipecat|skorsing|diskors|"
    r"pelecehan(?: seksual)?|investigasi internal|pemeriksaan internal|mangkir|indisipliner|"
    r"(?:sanksi|tindakan|pelanggaran) disiplin|k\u1ef7 lu\u1eadt|c\u1ea3nh c\u00e1o|"
    r"khi\u1ec3n tr\u00e1ch|sa th\u1ea3i|\u0111\u00ecnh ch\u1ec9 c\u00f4ng t\u00e1c|"
    r"qu\u1ea5y r\u1ed1i(?: t\u00ecnh d\u1ee5c)?|\u0111i\u1ec1u tra n\u1ed9i b\u1ed9|"
    r"ngh\u1ec9 kh\u00f4ng ph\u00e9p|"
    r"disiplin (?:cezas\u0131|soru\u015fturmas\u0131|kurulu|s\u00fcreci)|ihtar\w*|"
    r"k\u0131nama cezas\u0131|tazminats\u0131z|(?:cinsel )?taciz\w*|i\u00e7 soru\u015fturma|"
    r"savunma (?:istendi|talep)\w*|a\u00e7\u0131\u011fa al\u0131n\w+|devams\u0131zl\u0131k\w*|"
    # Swedish, Norwegian, Danish
    r"(?:skriftlig|formell|sista|siste|muntlig|allvarlig|sidste)e?a? (?:varning(?:ar)?|"
    r"advarsel|advarsler)|"
    r"disciplin\u00e6?\u00e4?r\w* \u00e5tg\u00e4rd\w*|disciplin\u00e6r\w* sak\w*|"
    r"avsked(?:ad|ades|ande|ats)|avskjed(?:iget|igelse)|avst\u00e4ngd\w* fr\u00e5n|"
    r"suspendert|bortvis(?:t|ning)|p\u00e5tale|"
    r"(?:sexuella? |seksuel+e? )?(?:trakasseri(?:er|et)?|trakassering\w*|chikane)|"
    r"intern (?:utredning|granskning|unders\u00f8gelse)|"
    r"(?:olovlig|ogiltig|ugyldig|ulovligt?) (?:fr\u00e5nvaro|frav\u00e6r)|"
    r"fr\u00e5nvaro utan (?:anm\u00e4lan|giltigt sk\u00e4l)|udeblivelse\w*|"
    # Russian
    r"\u0432\u044b\u0433\u043e\u0432\u043e\u0440\w*|"
    r"\u0434\u0438\u0441\u0446\u0438\u043f\u043b\u0438\u043d\u0430\u0440\u043d\w+ "
    r"(?:\u0432\u0437\u044b\u0441\u043a\u0430\u043d\w+|\u043f\u0440\u043e\u0441\u0442\u0443\u043f\w+)|"
    r"\u0443\u0432\u043e\u043b\u0435\u043d\w* \u0437\u0430|\u043f\u0440\u043e\u0433\u0443\u043b\w*|"
    r"\u0441\u043b\u0443\u0436\u0435\u0431\u043d\w+ "
    r"\u0440\u0430\u0441\u0441\u043b\u0435\u0434\u043e\u0432\u0430\u043d\w+|"
    r"\u0434\u043e\u043c\u043e\u0433\u0430\u0442\u0435\u043b\u044c\u0441\u0442\u0432\w*|"
    r"\u043e\u0442\u0441\u0442\u0440\u0430\u043d\u0435\u043d\w* "
    r"\u043e\u0442 \u0440\u0430\u0431\u043e\u0442\w*"
)
# Hebrew, Arabic (their clitics written onto the word) and Hindi.
_WORDS_AFFIXED = (
    r"\u05e9\u05d9\u05de\u05d5\u05e2|\u05e4\u05d9\u05d8\u05d5\u05e8\u05d9\u05dd|"
    r"\u05e4\u05d5\u05d8\u05e8|\u05e4\u05d5\u05d8\u05e8\u05d4|"
    r"\u05d0\u05d6\u05d4\u05e8\u05d4 \u05d1\u05db\u05ea\u05d1|"
    r"\u05de\u05db\u05ea\u05d1 \u05d0\u05d6\u05d4\u05e8\u05d4|"
    # a written warning's other word, התראה ("קיבל התראה בכתב", "מכתב התראה")
    r"\u05d4\u05ea\u05e8\u05d0\u05d4 \u05d1\u05db\u05ea\u05d1|"
    r"\u05de\u05db\u05ea\u05d1 \u05d4\u05ea\u05e8\u05d0\u05d4|"
    r"\u05d4\u05d8\u05e8\u05d3\u05d4 \u05de\u05d9\u05e0\u05d9\u05ea|"
    r"\u05ea\u05dc\u05d5\u05e0\u05d4 \u05e0\u05d2\u05d3|"
    r"\u05d7\u05e7\u05d9\u05e8\u05d4 \u05e4\u05e0\u05d9\u05de\u05d9\u05ea|"
    r"\u05d4\u05dc\u05d9\u05da \u05de\u05e9\u05de\u05e2\u05ea\u05d9|"
    r"\u05de\u05e9\u05de\u05e2\u05ea\u05d9|\u05d4\u05e9\u05e2\u05d9\u05d4|"
    r"\u05d4\u05d5\u05e9\u05e2\u05d4|\u05d4\u05d5\u05e9\u05e2\u05ea\u05d4|"
    r"\u0625\u0646\u0630\u0627\u0631 (?:\u0643\u062a\u0627\u0628\u064a|"
    r"\u0646\u0647\u0627\u0626\u064a|\u0623\u0648\u0644|\u062b\u0627\u0646|"
    r"\u0631\u0633\u0645\u064a)|\u062a\u062d\u0642\u064a\u0642 \u062f\u0627\u062e\u0644\u064a|"
    r"\u0625\u062c\u0631\u0627\u0621 \u062a\u0623\u062f\u064a\u0628\u064a|"
    r"\u062a\u0623\u062f\u064a\u0628\u064a|"
    r"\u0645\u062c\u0644\u0633 \u062a\u0623\u062f\u064a\u0628|"
    r"\u062a\u062d\u0631\u0634 \u062c\u0646\u0633\u064a|\u0627\u0644\u062a\u062d\u0631\u0634|"
    r"\u0634\u0643\u0648\u0649 \u0636\u062f|\u0641\u0635\u0644 \u062a\u0639\u0633\u0641\u064a|"
    r"\u0641\u0635\u0644 \u0645\u0646 \u0627\u0644\u0639\u0645\u0644|"
    r"\u0645\u0648\u0642\u0648\u0641 \u0639\u0646 \u0627\u0644\u0639\u0645\u0644|"
    r"\u0625\u064a\u0642\u0627\u0641 \u0639\u0646 \u0627\u0644\u0639\u0645\u0644|"
    r"\u063a\u064a\u0627\u0628 \u0628\u062f\u0648\u0646 \u0639\u0630\u0631|"
    r"\u091a\u0947\u0924\u093e\u0935\u0928\u0940 \u092a\u0924\u094d\u0930|"
    r"\u0932\u093f\u0916\u093f\u0924 \u091a\u0947\u0924\u093e\u0935\u0928\u0940|"
    r"\u0905\u0928\u0941\u0936\u093e\u0938\u0928\u093e\u0924\u094d\u092e\u0915|"
    r"\u0928\u093f\u0932\u0902\u092c\u093f\u0924|\u0928\u093f\u0932\u0902\u092c\u0928|"
    r"\u092c\u0930\u094d\u0916\u093e\u0938\u094d\u0924|"
    r"\u092f\u094c\u0928 \u0909\u0924\u094d\u092a\u0940\u0921\u093c\u0928|"
    r"\u0909\u0924\u094d\u092a\u0940\u0921\u093c\u0928|"
    r"\u0906\u0902\u0924\u0930\u093f\u0915 \u091c\u093e\u0902\u091a|"
    r"\u0915\u093e\u0930\u0923 \u092c\u0924\u093e\u0913 \u0928\u094b\u091f\u093f\u0938"
)
# Japanese, Chinese, Korean.
_WORDS_UNSPACED = (
    "\u61f2\u6212|\u8b74\u8cac|\u6212\u544a|\u6e1b\u7d66\u51e6\u5206|\u51fa\u52e4\u505c\u6b62|"
    "\u8aed\u65e8\u89e3\u96c7|\u89e3\u96c7|\u30bb\u30af\u30cf\u30e9|\u30d1\u30ef\u30cf\u30e9|"
    "\u30cf\u30e9\u30b9\u30e1\u30f3\u30c8|\u793e\u5185\u8abf\u67fb|\u5185\u90e8\u8abf\u67fb|"
    "\u59cb\u672b\u66f8|\u505c\u8077|\u7121\u65ad\u6b20\u52e4|\u8b66\u544a\u4fe1|"
    "\u4e66\u9762\u8b66\u544a|\u66f8\u9762\u8b66\u544a|\u7eaa\u5f8b\u5904\u5206|"
    "\u7d00\u5f8b\u8655\u5206|\u5904\u5206|\u8655\u5206|\u5f00\u9664|\u958b\u9664|\u505c\u804c|"
    # dismissed (被辞退, 被辭退: "辞退" alone is declining an offer too)
    "\u88ab\u8f9e\u9000|\u88ab\u8fad\u9000|"
    "\u505c\u8077|\u6027\u9a9a\u6270|\u6027\u9a37\u64fe|\u9a9a\u6270|\u9a37\u64fe|"
    "\u5185\u90e8\u8c03\u67e5|\u5167\u90e8\u8abf\u67e5|\u65f7\u5de5|\u66e0\u5de5|\u8bb0\u8fc7|"
    "\u8a18\u904e|\uc9d5\uacc4|\uacac\ucc45|\uac10\ubd09|\uc815\uc9c1 \ucc98\ubd84|\ud574\uace0|"
    "\uad8c\uace0\uc0ac\uc9c1|\uc131\ud76c\ub871|\uc9c1\uc7a5 \ub0b4 \uad34\ub86d\ud798|"
    "\uad34\ub86d\ud798|\ub0b4\ubd80 \uc870\uc0ac|\uc0ac\ub0b4 \uc870\uc0ac|"
    "\ubb34\ub2e8\uacb0\uadfc|\uacbd\uace0\uc7a5|\uc2dc\ub9d0\uc11c"
)
DISCIPLINE_WORDS = whole_words(_WORDS, affixed=_WORDS_AFFIXED, unspaced=_WORDS_UNSPACED)
# Where those words start, at the start of a word (``colleagues``).
STEMS = (
    "performance improvement plan", "pip", "first warning", "second warning", "final warning",
    "probation", "extended his", "extended her", "extended their", "extended your",
    "extend his", "extend her", "extend their", "extend your",
    "formal warning", "verbal warning", "written warning", "disciplinary", "termination for",
    "terminated for", "dismissed for", "dismissal for", "fired for", "gross misconduct",
    "abmahnung", "ermahnung", "schriftliche erm", "m\u00fcndliche erm", "letzte erm",
    "f\u00f6rmliche erm", "bl\u00e2me", "apercibimiento", "carta de aperc", "ammonizion",
    "leistungsverbesserungsplan", "disziplinar", "avertissement",
    "plan d'am\u00e9lioration", "licenciement pour faute", "mise \u00e0 pied",
    "proc\u00e9dure disciplinaire", "amonestaci", "plan de mejora", "despido disciplinario",
    "expediente disciplinario", "sanci\u00f3n disciplinaria", "schriftelijke waarschuwing",
    "offici\u00eble waarschuwing", "formele waarschuwing", "laatste waarschuwing",
    "eerste waarschuwing", "tweede waarschuwing", "mondelinge waarschuwing", "disciplinaire",
    "ontslag op staande voet", "berisping", "verbetertraject", "verbeterplan", "schorsing",
    "internal affairs", "professional standards", "ia ", "iad ", "use-of-force",
    "use of force", "excessive", "brutality", "untruthful",
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
    "fraud",
    "demitid", "despedid", "dispensad", "mandado por", "mandada por", "licenci\u00e9",
    "licenziat",
    "responsible for", "guilty of", "found guilty", "found responsible", "academic misc",
    "academic dish", "academic integ", "academic prob", "honor code", "honour code",
    "embezzl", "show-cause", "show cause", "spesenbetrug",
    "abrechnungsbetrug", "arbeitszeitbetrug", "unterschlagung", "veruntreuung",
    "investiga\u00e7\u00e3o int", "carta de adv", "nagan", "upomnieni", "kar ", "kary ",
    "post\u0119powani", "zwolnieni", "zwolnion", "dyscyplinark", "rozwi\u0105zani", "art. 52",
    "art 52", "artyku\u0142u 52", "z art", "na podstawie art", "ci\u0119\u017ckie narusz",
    "molestowani", "mobbing", "skarg",
    "dochodzeni", "zawieszon", "nieusprawiedliwion", "v\u00fdtk", "napomenut\u00ed",
    "k\u00e1ze\u0148sk", "disciplin\u00e1rn\u00ed", "okam\u017eit", "\u0161ikan",
    "sexu\u00e1ln\u00ed obt", "intern\u00ed vy\u0161", "st\u00ed\u017enost na", "neomluven",
    "\u03c0\u03b5\u03b9\u03b8\u03b1\u03c1\u03c7\u03b9\u03ba",
    "\u03ad\u03b3\u03b3\u03c1\u03b1\u03c6\u03b7 \u03c0\u03c1\u03bf\u03b5\u03b9\u03b4",
    "\u03c3\u03b5\u03be\u03bf\u03c5\u03b1\u03bb\u03b9\u03ba\u03ae \u03c0\u03b1\u03c1\u03b5\u03bd",
    "\u03c0\u03b1\u03c1\u03b5\u03bd\u03cc\u03c7\u03bb\u03b7\u03c3\u03b7",
    "\u03ba\u03b1\u03c4\u03b1\u03b3\u03b3\u03b5\u03bb\u03af\u03b1",
    "\u03b5\u03c3\u03c9\u03c4\u03b5\u03c1\u03b9\u03ba\u03ae \u03ad\u03c1\u03b5\u03c5\u03bd\u03b1",
    "\u03b1\u03bd\u03b1\u03c3\u03c4\u03bf\u03bb\u03ae \u03ba\u03b1\u03b8", "suspend kar",
    "investigation", "skriftlig", "formell", "sista ", "siste ", "sidste ", "muntlig", "allvarlig",
    "disciplin\u00e4r", "disciplin\u00e6r", "avsked", "avskjed", "avst\u00e4ngd", "suspendert",
    "bortvis", "p\u00e5tale", "sexuell", "seksuel", "trakasser", "chikane", "intern utr",
    "intern gransk", "intern unders", "olovlig", "ogiltig", "ugyldig", "ulovlig",
    "fr\u00e5nvaro utan", "udeblivelse", "\u0432\u044b\u0433\u043e\u0432\u043e\u0440",
    "\u0434\u0438\u0441\u0446\u0438\u043f\u043b\u0438\u043d",
    "\u0443\u0432\u043e\u043b\u0435\u043d",
    "\u043f\u0440\u043e\u0433\u0443\u043b", "\u0441\u043b\u0443\u0436\u0435\u0431\u043d",
    "\u0434\u043e\u043c\u043e\u0433\u0430\u0442",
    "\u043e\u0442\u0441\u0442\u0440\u0430\u043d\u0435\u043d",
    "terminate kar", "surat peringatan", "pemecatan", "dipecat", "skorsing", "diskors",
    "pelecehan", "investigasi int", "pemeriksaan int", "mangkir", "indisipliner",
    "sanksi disiplin", "tindakan disiplin", "pelanggaran disiplin", "k\u1ef7 lu\u1eadt",
    "c\u1ea3nh c\u00e1o", "khi\u1ec3n tr\u00e1ch", "sa th\u1ea3i", "\u0111\u00ecnh ch\u1ec9",
    "qu\u1ea5y r\u1ed1i", "\u0111i\u1ec1u tra n\u1ed9i", "ngh\u1ec9 kh\u00f4ng ph\u00e9p",
    "disiplin ", "ihtar", "k\u0131nama", "tazminats\u0131z", "cinsel taciz", "taciz",
    "i\u00e7 soru\u015fturma", "savunma", "a\u00e7\u0131\u011fa", "devams\u0131zl\u0131k",
    "\u05e9\u05d9\u05de\u05d5\u05e2", "\u05e4\u05d9\u05d8\u05d5\u05e8\u05d9\u05dd",
    "\u05e4\u05d5\u05d8\u05e8", "\u05e4\u05d5\u05d8\u05e8\u05d4",
    "\u05d0\u05d6\u05d4\u05e8\u05d4 \u05d1\u05db\u05ea\u05d1",
    "\u05de\u05db\u05ea\u05d1 \u05d0\u05d6\u05d4\u05e8\u05d4",
    "\u05d4\u05ea\u05e8\u05d0\u05d4 \u05d1\u05db\u05ea\u05d1",
    "\u05de\u05db\u05ea\u05d1 \u05d4\u05ea\u05e8\u05d0\u05d4",
    "\u05d4\u05d8\u05e8\u05d3\u05d4 \u05de\u05d9\u05e0\u05d9\u05ea",
    "\u05ea\u05dc\u05d5\u05e0\u05d4 \u05e0\u05d2\u05d3",
    "\u05d7\u05e7\u05d9\u05e8\u05d4 \u05e4\u05e0\u05d9\u05de\u05d9\u05ea",
    "\u05d4\u05dc\u05d9\u05da \u05de\u05e9\u05de\u05e2\u05ea\u05d9",
    "\u05de\u05e9\u05de\u05e2\u05ea\u05d9", "\u05d4\u05e9\u05e2\u05d9\u05d4",
    "\u05d4\u05d5\u05e9\u05e2\u05d4", "\u05d4\u05d5\u05e9\u05e2\u05ea\u05d4",
    "\u0625\u0646\u0630\u0627\u0631",
    "\u062a\u062d\u0642\u064a\u0642 \u062f\u0627\u062e\u0644\u064a",
    "\u0625\u062c\u0631\u0627\u0621 \u062a\u0623\u062f\u064a\u0628\u064a",
    "\u062a\u0623\u062f\u064a\u0628\u064a",
    "\u0645\u062c\u0644\u0633 \u062a\u0623\u062f\u064a\u0628", "\u062a\u062d\u0631\u0634",
    "\u0627\u0644\u062a\u062d\u0631\u0634", "\u0634\u0643\u0648\u0649 \u0636\u062f",
    "\u0641\u0635\u0644", "\u0645\u0648\u0642\u0648\u0641",
    "\u0625\u064a\u0642\u0627\u0641 \u0639\u0646",
    "\u063a\u064a\u0627\u0628 \u0628\u062f\u0648\u0646",
    "\u091a\u0947\u0924\u093e\u0935\u0928\u0940 \u092a\u0924\u094d\u0930",
    "\u0932\u093f\u0916\u093f\u0924 \u091a\u0947\u0924\u093e\u0935\u0928\u0940",
    "\u0905\u0928\u0941\u0936\u093e\u0938\u0928\u093e\u0924\u094d\u092e\u0915",
    "\u0928\u093f\u0932\u0902\u092c\u093f\u0924", "\u0928\u093f\u0932\u0902\u092c\u0928",
    "\u092c\u0930\u094d\u0916\u093e\u0938\u094d\u0924",
    "\u092f\u094c\u0928 \u0909\u0924\u094d\u092a\u0940\u0921\u093c\u0928",
    "\u0909\u0924\u094d\u092a\u0940\u0921\u093c\u0928",
    "\u0906\u0902\u0924\u0930\u093f\u0915 \u091c\u093e\u0902\u091a",
    "\u0915\u093e\u0930\u0923 \u092c\u0924\u093e\u0913", "\u61f2\u6212", "\u8b74\u8cac",
    "\u6212\u544a", "\u6e1b\u7d66\u51e6\u5206", "\u51fa\u52e4\u505c\u6b62",
    "\u8aed\u65e8\u89e3\u96c7", "\u89e3\u96c7", "\u30bb\u30af\u30cf\u30e9",
    "\u30d1\u30ef\u30cf\u30e9", "\u30cf\u30e9\u30b9\u30e1\u30f3\u30c8",
    "\u793e\u5185\u8abf\u67fb", "\u5185\u90e8\u8abf\u67fb", "\u59cb\u672b\u66f8",
    "\u505c\u8077", "\u7121\u65ad\u6b20\u52e4", "\u8b66\u544a\u4fe1",
    "\u4e66\u9762\u8b66\u544a", "\u66f8\u9762\u8b66\u544a", "\u7eaa\u5f8b\u5904\u5206",
    "\u7d00\u5f8b\u8655\u5206", "\u5904\u5206", "\u8655\u5206", "\u5f00\u9664", "\u958b\u9664",
    "\u88ab\u8f9e\u9000", "\u88ab\u8fad\u9000",
    "\u505c\u804c", "\u505c\u8077", "\u6027\u9a9a\u6270", "\u6027\u9a37\u64fe", "\u9a9a\u6270",
    "\u9a37\u64fe", "\u5185\u90e8\u8c03\u67e5", "\u5167\u90e8\u8abf\u67e5", "\u65f7\u5de5",
    "\u66e0\u5de5", "\u8bb0\u8fc7", "\u8a18\u904e", "\uc9d5\uacc4", "\uacac\ucc45",
    "\uac10\ubd09", "\uc815\uc9c1 \ucc98\ubd84", "\ud574\uace0", "\uad8c\uace0\uc0ac\uc9c1",
    "\uc131\ud76c\ub871", "\uc9c1\uc7a5 \ub0b4 \uad34\ub86d\ud798", "\uad34\ub86d\ud798",
    "\ub0b4\ubd80 \uc870\uc0ac", "\uc0ac\ub0b4 \uc870\uc0ac", "\ubb34\ub2e8\uacb0\uadfc",
    "\uacbd\uace0\uc7a5", "\uc2dc\ub9d0\uc11c",
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


# Between a complaint's "alleging" or an investigation's title and the person it names.
_DASH = re.compile(r"[ \t]*[\u2014\u2013:-]")
_TARGET = re.compile(r"[ \t]*(?:[\u2014\u2013:-][ \t]*)?(?:that[ \t]+)?")


def _person_after(text: str, lowered: str, end: int) -> bool:
    """A person right after ``end`` ("alleging Priya made", "Investigation — Priya Haddad")."""
    position = _TARGET.match(lowered, end)
    start = end if position is None else position.end()
    name = next(iter(names(text, start, min(len(text), start + 60))), None)
    return name is not None and name.start == start


# The employer speaking of the sanction it gave, its person named in the sentence before:
# "Thandiwe Castellane hat ... verpasst. Wir haben eine Abmahnung ausgesprochen", "Tom Berg
# missed three shifts. We issued a written warning", "Le hemos dado una amonestación".
_WE_START = re.compile(
    r"[ \t\"'\u201c\u201e\u00ab>*_-]*(?:we|we['\u2019]ve|we have|wir|nous|"
    r"(?:le|les|l['\u2019])?[ \t]*hemos|wij|we hebben|(?:gli|le)?[ \t]*abbiamo|hr|personal|"
    r"la direction|rrhh)"
    r"(?![\w'\u2019-])[^.!?\n]{0,40}$"
)
_ISSUED_WORDS = (
    r"(?:issued?|gave|given|give|sent|handed|put|placed|erteilt|ausgesprochen|ausgestellt|"
    r"gegeben|geschickt|\u00fcbergeben|adress\u00e9|notifi\u00e9|donn\u00e9|inflig\u00e9|"
    r"envoy\u00e9|remis|dado|impuesto|enviado|entregado|abierto|gegeven|gestuurd|opgelegd|"
    r"uitgereikt|dato|inviato|notificato|inflitto|consegnato|applicato)"
)
# The sanction as the verb's object: the verb, maybe a pronoun, an article and up to two
# words right before it ("issued him a final", "le hemos dado una carta de"), or the verb
# right after it ("eine Abmahnung ausgesprochen", "een berisping opgelegd").
_ISSUED_BEFORE = re.compile(
    rf"\b{_ISSUED_WORDS}[ \t]+(?:(?:him|her|them|ihm|ihr|lui|hem|haar|gli)[ \t]+)?"
    r"(?:(?!about|on|for|of|\u00fcber|sur|sobre|over|regarding|to)[\w'\u2019-]+[ \t]+){0,3}$"
)
_ISSUED_AFTER = re.compile(rf"(?:[ \t]+[\w-]+)?[ \t]+{_ISSUED_WORDS}\b")
# A document about sanctions, not one given ("the written warning template").
_DOCUMENT_AFTER = re.compile(
    r"[ \t]+(?:templates?|polic(?:y|ies)|forms?|guides?|examples?|samples?|training|"
    r"process(?:es)?|vorlagen?|muster|mod\u00e8les?|plantillas?|sjablonen?)\b"
)
_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u201c)]*[ \t]+|\n")
_ISSUER_REACH = 80  # characters between the sentence's start and the word
_NAMED_SENTENCE_REACH = 300  # characters of the sentence before


def _issued_to_named(text: str, lowered: str, start: int, end: int) -> bool:
    """The word's sentence is the employer's ("Wir haben eine Abmahnung ausgesprochen", "We
    issued a final warning"), with a verb of giving, and the sentence before names a
    person."""
    floor = max(0, start - _ISSUER_REACH)
    stops = list(_SENTENCE_STOP.finditer(lowered, floor, start))
    if not stops or _WE_START.match(lowered, stops[-1].end(), start) is None:
        return False
    if _DOCUMENT_AFTER.match(lowered, end) or not (
        _ISSUED_BEFORE.search(lowered, stops[-1].end(), start) or _ISSUED_AFTER.match(lowered, end)
    ):
        return False
    previous = stops[-1].start()
    previous_floor = max(0, previous - _NAMED_SENTENCE_REACH)
    for found in _SENTENCE_STOP.finditer(lowered, previous_floor, previous):
        previous_floor = found.end()
    return bool(names(text, previous_floor, previous + 1))


# A letter or a message giving the sanction to "you" ("you are being placed on a 60-day
# performance improvement plan", "this is your final written warning"), to be sent to the
# person the message names ("need to soften this before i send it to Marcus Oyelaran:
# '...'", "draft a note to Ana Ruiz"): that person's record.
_TO_YOU = re.compile(
    # (not a condition: "if you are placed on a PIP, HR will explain the steps")
    r"(?<!if )(?<!when )(?<!unless )"
    r"\byou(?:['\u2019]re| are| will be| have been| were|['\u2019]ve been|['\u2019]ll be)?"
    r" (?:being |now )?(?:placed|put)\b|\b(?:placing|putting|issuing|giving) you\b|"
    r"\byour (?:final|formal|written|first|second|verbal)\b|\byour[ \t]+$|"
    r"\byou (?:have |['\u2019]ve )?(?:received|are receiving)\b"
)
_SENT_TO = re.compile(
    r"\b(?:send|sending|email|emailing|message|letter|note|reply|write|writing|forward|"
    r"forwarding|give|giving|hand|handing)(?:[ \t]+(?:this|it|that|the[ \t]+\w+))?"
    r"[ \t]+(?:to|for)[ \t]+"
)
_TO_YOU_REACH = 80  # characters before the word where "you" is given it
_SENT_TO_REACH = 400  # characters before the word where the letter's addressee is named


def _given_to_named_addressee(text: str, lowered: str, start: int) -> bool:
    """The word is given to "you" in its sentence (``_TO_YOU``), in a text to be sent to a
    person named by their first and last name (``_SENT_TO``)."""
    floor = max(0, start - _TO_YOU_REACH)
    for stop in _SENTENCE_STOP.finditer(lowered, floor, start):
        floor = stop.end()
    if _TO_YOU.search(lowered, floor, start) is None:
        return False
    for sent in _SENT_TO.finditer(lowered, max(0, start - _SENT_TO_REACH), start):
        name = next(full_names(text, sent.end(), min(start, sent.end() + 40)), None)
        if name is not None and name.start == sent.end():
            return True
    return False


_ADDRESS_REACH = 120  # characters of a log line between a person's address and the word


def _address_before(lowered: str, start: int) -> bool:
    """A person's address (not a desk's or a system's: ``pay.personal_address``) on the
    word's line before it: an audit log's target ("user.suspend  bmorgan@acme.io  Final
    written warning - ..."), as the pay rule reads a pay system's line."""
    floor = max(0, start - _ADDRESS_REACH)
    floor = max(floor, lowered.rfind("\n", floor, start) + 1)
    return any(personal_address(m) for m in ADDRESS.finditer(lowered, floor, start))


def addressed_discipline(text: str) -> bool:
    """Does a person's address stand on a line with a disciplinary word's stem after it, a
    person ``names.may_name`` does not see (the gate of ``colleagues``)?"""
    lowered = text.lower()
    index = lowered.find("@")
    for _ in range(20):  # (a paste of many addresses: its first few)
        if index < 0:
            return False
        end = lowered.find("\n", index, index + _ADDRESS_REACH)
        end = min(len(lowered), index + _ADDRESS_REACH) if end < 0 else end
        if any(word in lowered[index:end] for word in _ADDRESS_GATE) and _address_before(
            lowered, end
        ):
            return True
        index = lowered.find("@", index + 1)
    return False


# The stems of ``DISCIPLINE_WORDS`` a log line's reason field writes.
_ADDRESS_GATE = ("warning", "suspen", "harass", "misconduct", "investigation", "complaint",
                 "pip", "terminat", "dismiss", "abmahnung", "avertissement")  # fmt: skip


def find_discipline(text: str, lowered: str, triggers: list[str]) -> list[Finding]:
    """Disciplinary words said of a named person, looked for around ``triggers``."""
    findings: list[Finding] = []
    addresses = "@" in text  # (once per message, not per match)
    for match in near(DISCIPLINE_WORDS, lowered, triggers, 8, 48):
        if match.group() == "pip" and text[match.start() : match.end()] != "PIP":
            continue  # pip the installer
        against = _AGAINST.match(lowered, match.end())
        if (
            against
            and not match.group().startswith("suspen")  # a person suspended pending it
            and not _against_person(text, lowered, against.end())
        ):
            continue  # a complaint against a vendor, an investigation into an outage
        titled = match.group().endswith("investigation") and _DASH.match(lowered, match.end())
        if titled or match.group().endswith("alleging"):
            if _person_after(text, lowered, match.end()):
                findings.append(Finding(LABEL, match.start(), match.end()))
                continue
            if titled:
                continue  # "Investigation - checkout outage"
        if (
            said_of_named_person(text, lowered, match.start(), _LINK_REACH, match.end())
            or _issued_to_named(text, lowered, match.start(), match.end())
            or _given_to_named_addressee(text, lowered, match.start())
            or (addresses and _address_before(lowered, match.start()))
        ):
            findings.append(Finding(LABEL, *with_field_value(lowered, *match.span())))
    if findings and made_up(lowered):
        return []
    return findings
