"""A named colleague's health: a condition or a treatment said of a person the message names.

Health data is a special category of personal data (GDPR art. 9): "Nadia is off from the
8th for her second round of chemo" tells whoever reads it something about Nadia that her
employer must keep to the people who need it. Such sentences come with ordinary requests (a
rota, an out-of-office rule, a reassignment), so the request must stay local.

Reported (``pii.health``): a condition or treatment word (chemo, cancer, surgery, pregnant,
depression, a heart attack, in hospital, an injury or a fracture, a laceration and its
stitches, dialysis (haemodialysis too), a psychotic episode, pre-eclampsia, a disability
degree, hospice, hormone therapy, AA meetings, sobriety or a relapse, a rehab or detox stay
and an addiction's treatment ("a 30-day rehab program", "an outpatient alcohol treatment
program"), an HIV-positive status, a stammer, insulin, an inhaler or an EpiPen, health
problems ("bo dziecko ma problemy zdrowotne", "gesundheitliche Probleme"; not a cluster's);
a disability and the accommodation it asks for: deaf, hard of hearing, uses a wheelchair,
signs ASL, a sign language interpreter, dyslexic, a reasonable accommodation; in English,
German, French, Spanish and Dutch, and the commonest in Portuguese and Italian: grávida,
cancro, internado, incinta, ricoverato, sedia a rotelle; Polish, Czech, Greek, Hebrew,
Arabic, Hindi and Hinglish, Indonesian, Vietnamese, Turkish, Japanese, Chinese and Korean: w
szpitalu, těhotná, χημειοθεραπεία, ameliyat, rawat inap, 手術, 수술; not the words that are
software's too: 障害 and 장애, an outage; ניתוח, an analysis; operasi, an operation)
said of a named person (``names``): the name right before it in the same clause ("Lucía está
embarazada", "Tom's surgery"; a reason's whole sentence: "Hanna's due date moved because of
eclampsia", or its clause: "bo dziecko ma problemy zdrowotne"), or a personal pronoun right
before it ("her chemo", "sie hat Krebs", "elle est hospitalisée", "his mum is in hospice")
with a name earlier in the paragraph, the first or last name alone of a person the message
named in full ("Marcus Lee" ... "Marcus non-negative"), or a name in the shapes of
``referents`` (a label of its line or paragraph, a complement, a list it introduces, a
speaker who said who they are, a subject line, the sentence before).

Not reported: leave without its reason (vacation, parental or sick leave: "Jonas is on
paternity leave", "Lena is on medical leave until July"), a condition with no named person
("a patient with diabetes", "my colleague has the flu": nobody is identified), medical words
about software ("health check", "sick pod", "the service is unhealthy", "code surgery on the
repo", "the injury prevention app"), disability words about things or said figuratively
("a dyslexia-friendly font", "fell on deaf ears", "captions for deaf users", "blind to
the risk", "a double-blind test", "the hearing aid firmware"), a facility's name ("Acme
Urgent Care North"), and people the message says are made up. A role only one person holds
in the writer's company counts as a name ("our CFO started chemo"); limits: a person
identified by a role many hold ("our engineer is in hospital") or named in lower case is
not recognised.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import (
    CJK_TOPIC_AFTER,
    Finding,
    Name,
    near,
    with_clitics,
    with_field_value,
)
from bot.routing.sensitivity.names import names
from bot.routing.sensitivity.records import made_up
from bot.routing.sensitivity.referents import known_name_in, named_elsewhere, reach_for

LABEL = "pii.health"

_CONDITIONS = (
    # English
    r"chemo(?:therapy)?|radiotherapy|radiation (?:therapy|treatment)|cancer|tumou?rs?|"
    r"leuka?emia|lymphoma|melanoma|carcinoma|metasta\w+|oncolog\w+|(?:ha?emo)?dialysis|"
    r"diagnosed with|"
    # ("surgery on the repo" is code's, "surgery on the 14th" a date's)
    r"surgery(?! on (?:the(?! \d{1,2}(?:st|nd|rd|th)\b)|our|this|that|its|it|a|an|prod|main|"
    r"master)\b)|"
    r"(?:in|into|to|from) (?:the )?hospital|hospitali[sz]ed|hospital stay|"
    r"pregnan(?:t|cy)|miscarriage|ivf|fertility treatment|"
    r"depression|depressed|anxiety(?: disorder| attacks?)?|panic attacks?|burn-?out|"
    r"burn(?:ed|t) out|nervous breakdown|mental health|therapy|therapist|psychiatri\w+|rehab|"
    r"heart attack|(?:had|suffered|has had) a stroke|seizures?|epilep\w+|diabet\w+|"
    r"concussion|broken (?:leg|arm|ankle|wrist|hip|foot)|"
    r"broke (?:his|her|their) (?:leg|arm|ankle|wrist|hip|foot)|covid|flu|migraines?|"
    r"adhd|autis\w+|bipolar|ptsd|eating disorder|addiction|alcoholism|disability|"
    r"chronic (?:illness|pain|condition|fatigue)|medical condition|physio(?:therapy)?|"
    r"arrhythmias?|atrial fibrillation|cardiology review|"
    # an acute symptom, a bruise ("FO M.DALY UNWELL SEVERE CHEST PAIN", "had bruising on his
    # upper arm"); a pilot's medical certificate suspended or revoked ("Capt Daniel Ferreira's
    # class 1 got suspended by the AME")
    r"chest pains?|bruis(?:ing|es|ed)|"
    r"class [12](?: medical)?(?: certificate)? (?:got |was |has been |is |been )?"
    r"(?:suspended|revoked|withdrawn)|"
    r"medical (?:certificate )?(?:got |was |has been |is )(?:suspended|revoked)|"
    # health problems said of a person, in the languages listed; not a system's health
    # ("the cluster has health issues")
    r"(?<!cluster )(?<!node )(?<!system )(?<!server )(?<!service )(?<!replica )"
    r"health (?:problems?|issues?|scare)|gesundheitliche[nm]? (?:probleme?|gr\u00fcnde\w*)|"
    r"probl\u00e8mes? de sant\u00e9|problemas? de (?:salud|sa\u00fade)|problemi di salute|"
    r"problem\w* (?:zdrowotn\w*|ze zdrowiem)|zdravotn\u00ed probl\u00e9m\w*|"
    # a treatment a person carries or keeps with them ("keeps his insulin in the fridge")
    r"insulin(?: pump| pen| shots?| injections?)?|epi-?pens?|inhalers?|"
    r"(?:crohn|alzheimer|parkinson|huntington|hashimoto|asperger|tourette|hodgkin)['\u2019]s|"
    # Alzheimer without its "'s" ("la madre con Alzheimer"); infectious diseases, whose names
    # are shared across the languages listed (dengue, malaria, tuberculosis, hepatitis)
    r"alzheimer(?!['\u2019])|dengue|malaria|tuberculos[ie]s|tuberkulose|tuberculose|"
    r"tubercolosi|hepatit(?:is|e)|epatite|pneumonia|pneumonie|lungenentz\u00fcndung|"
    r"polmonite|neumon\u00eda|sepsis|meningitis|"
    r"pre-?eclampsia|eclampsia|stillbirth|bed rest|psychos[ie]s|psychotic(?: episode| break)?|"
    # what a trial's adverse event reports ("fainted ... after dose 3", "the grade 4
    # neutropenia")
    r"fainted|syncope|syncopal episode|neutropenia|thrombocytopenia|febrile neutropenia|"
    r"(?:manic|depressive) episode|schizophreni\w*|suicid\w*|self-harm\w*|overdosed?|"
    # the words a patient's own diary uses for them ("the dark thoughts are back")
    r"dark thoughts(?! (?:playlist|album|song|track|theme|podcast|mode)\b)|"
    r"intrusive thoughts|thoughts of (?:ending it|ending my life|hurting myself|"
    r"killing myself|harming myself)|"
    r"antidepressants?|substance abuse|inpatient|outpatient treatment|"
    # a treatment for an addiction, and a stay in rehab or detox, with its program: the
    # program is the person's, not a product's ("a 30-day rehab program", "his outpatient
    # alcohol treatment program")
    r"(?:alcohol|drug|substance(?: use| abuse)?|addiction|opioid|gambling)(?: addiction)? "
    r"(?:treatment|rehab|detox)(?: program(?:me)?| plan| facility| clinic| cent(?:er|re))?|"
    r"(?:\d+[- ]day|inpatient|residential|outpatient) (?:rehab|detox|treatment)"
    r"(?: program(?:me)?| stay| facility| clinic| cent(?:er|re))?|"
    # a stammer, and a speech disability ("he stammers during the live coding round")
    r"stammer(?:s|ed|ing)?|(?:with|has|had) a stutter|speech (?:impediment|disorder|"
    r"disability)|"
    # a positive test for HIV ("disclosed HIV-positive status")
    r"hiv[- ]?positive|hiv\+|seropositiv\w*|"
    r"injur(?:y|ies|ed)|fractur(?:e|ed|es)|sprain(?:ed|s)?|whiplash|dislocated|"
    r"torn (?:acl|ligament|meniscus|muscle|tendon)|(?:at|to|in|from) (?:the )?urgent care|"
    r"urgent care visit|emergency room|intensive care|"
    r"hospice|palliative(?: care)?|terminal(?:ly)? ill|terminal (?:cancer|illness|diagnosis)|"
    r"end[- ]stage (?:\w+ )?(?:disease|cancer|copd|renal|kidney|liver|heart|lung|dementia)|"
    r"copd|emphysema|asthma|(?:multiple )?sclerosis|dementia|hiv|lupus|cystic fibrosis|"
    r"lacerat(?:ion|ions|ed)|(?:\d+|several|a few|some|needed|got|required) (?:stitches|sutures)|"
    r"(?:first|second|third|1st|2nd|3rd)[- ]degree burns?|puncture wound|contusions?|"
    r"amputat(?:ion|ed)|amputee|hrt|hormone (?:replacement )?therapy|immunocompromised|"
    r"(?:aa|na) meetings|alcoholics anonymous|sober (?:since|for)|sobriety|relapsed?(?! into)|"
    r"(?:has|had) a stammer|"
    # disability, and what it asks of the workplace
    r"deaf(?! (?:ears?|to|community|culture|people|users|studies|awareness)\b)|"
    r"hard of hearing|hearing[- ]impair\w*|hearing loss|hearing aids?|"
    r"cochlear implant|(?:is|was|went|['\u2019]s|legally) blind(?! to\b)|blind in one eye|"
    r"visually impaired|partially sighted|wheelchair user|(?:uses|in) a wheelchair|"
    r"(?:uses|signs|communicates in|in) (?:asl|bsl)|(?:asl|bsl) interpret\w*|sign language|"
    r"dyslexi[ac]|dyspraxi[ac]|cerebral palsy|mobility impair\w*|"
    r"reasonable accommodations?|disability accommodations?|"
    # German
    r"chemotherapie|bestrahlung\w*|krebs\w*|leuk\u00e4mie|tumorerkrankung|operiert|"
    r"(?:im|ins) krankenhaus|krankenhausaufenthalt|in der klinik|reha|schwanger\w*|"
    r"fehlgeburt|depressionen|psychotherapie|therapie|herzinfarkt|schlaganfall|"
    r"bandscheibenvorfall|corona|grippe|migr\u00e4ne|diagnostiziert|"
    r"schwerbehindert(?:enausweis)?|schwerbehinderung|grad der behinderung|"
    r"gdb[ \t]*(?:von[ \t]*)?(?:[2-9]0|100)\b|"
    r"(?:multiple )?sklerose|demenz|pr\u00e4eklampsie|psychose|psychotisch\w*|suizid\w*|"
    r"(?:bein|arm|hand|fu\u00df|fuss|kn\u00f6chel|handgelenk|schl\u00fcsselbein|rippen|"
    r"h\u00fcft|wirbel)(?:bruch|fraktur)|kreuzbandriss|b\u00e4nderriss|"
    r"gehirnersch\u00fctterung|arbeitsunfall|alkoholabh\u00e4ngig\w*|drogenabh\u00e4ngig\w*|"
    r"suchterkrankung|alkoholsucht|entzugsklinik|hospiz|palliativ\w*|"
    r"schnittwunde|platzwunde|prellung(?:en)?|gen\u00e4ht|amputiert|"
    r"geh\u00f6rlos\w*|schwerh\u00f6rig\w*|sehbehindert\w*|erblindet|ist blind|"
    r"rollstuhl(?:fahrer(?:in)?)?|geb\u00e4rdensprach\w*|legasthen\w*|h\u00f6rger\u00e4t\w*|"
    # French
    r"chimio(?:th\u00e9rapie)?|radioth\u00e9rapie|tumeur|leuc\u00e9mie|hospitalis\u00e9e?|"
    r"\u00e0 l'h\u00f4pital|enceinte|grossesse|fausse couche|d\u00e9pression|th\u00e9rapie|"
    r"infarctus|un avc|diab\u00e8te|"
    r"fracture|entorse|bless\u00e9e?|blessure|accident du travail|"
    r"\u00e9pisode (?:d\u00e9pressif|psychotique|maniaque)|d\u00e9pressi(?:f|ve)|psychotique|"
    r"tentative de suicide|suivi psy\w*|psychiatre|psychologue|pr\u00e9-?\u00e9clampsie|"
    r"soins palliatifs|fin de vie|scl\u00e9rose en plaques|en situation de handicap|"
    r"handicap\u00e9e?|rqth|taux d'incapacit\u00e9|invalidit\u00e9|d\u00e9mence|"
    r"cure de d\u00e9sintoxication|sevrage|"
    r"points de suture|contusion|amput\u00e9e?|"
    r"sourde?(?! oreille)|malentendante?|malvoyante?|non-voyante?|est aveugle|"
    r"fauteuil roulant|langue des signes|dyslexique|appareil auditif|"
    # Spanish
    r"quimio(?:terapia)?|radioterapia|c\u00e1ncer|leucemia|hospitalizad[oa]|"
    r"en el hospital|embarazada|embarazo|depresi\u00f3n|terapia|infarto|ictus|gripe|"
    r"fractura|esguince|lesi\u00f3n|lesionad[oa]|accidente (?:no )?laboral|"
    r"accidente de trabajo|brote psic\u00f3tico|episodio (?:depresivo|psic\u00f3tico|"
    r"man\u00edaco)|psicosis|adicci\u00f3n|desintoxicaci\u00f3n|cuidados paliativos|"
    r"enferm(?:o|a|edad) terminal|discapacidad|minusval\u00eda|esclerosis|demencia|"
    r"preeclampsia|psiquiatra|psic\u00f3log[oa]|ansiedad|"
    r"puntos de sutura|contusi\u00f3n|amputad[oa]|"
    r"es sord[oa]|sordera|es cieg[oa]|invidente|silla de ruedas|lengua de signos|"
    r"lenguaje de se\u00f1as|dislexia|disl\u00e9xic[oa]|aud\u00edfonos?|"
    # Dutch
    r"kanker|depressie(?:f)?|overspannen|zwanger\w*|miskraam|(?:in|naar) het ziekenhuis|"
    r"ziekenhuisopname|psycholoog|psychiater|psychose|verslav\w*|afkickkliniek|"
    r"(?:bot|been|arm|pols|enkel|heup|rib)breuk|gebroken (?:been|arm|pols|enkel|hand|voet)|"
    r"verstuik\w*|bedrijfsongeval|arbeidsongeval|hernia|palliatie\w*|terminaal ziek|"
    r"(?:zijn|haar) operatie|"
    r"snijwond|hechtingen|brandwond\w*|kneuzing|geamputeerd|is doof|slechthorend\w*|"
    r"slechtziend\w*|rolstoel\w*|gebarentaal|dyslexie|gehoorapparaat|"
    # Portuguese, Italian
    r"gr\u00e1vida|gravidez|cancro|c\u00e2ncer|quimioterapia|depress\u00e3o|internad[oa]|"
    r"cirurgia|baixa m\u00e9dica por|defici\u00eancia|cadeira de rodas|surd[oa]|"
    r"incinta|gravidanza|tumore|chemioterapia|depressione|ricoverat[oa]|in ospedale|"
    r"intervento chirurgico|invalidit\u00e0|disabilit\u00e0|sedia a rotelle|diabete|"
    r"fratura|fraturou|les\u00e3o|acidente de trabalho|ansiedade|aborto espont\u00e2neo|"
    r"doen\u00e7a (?:grave|cr\u00f3nica|cr\u00f4nica|terminal|oncol\u00f3gica)|epilepsia|"
    r"chemio|aborto spontaneo|ansia|esaurimento nervoso|frattura|infortunio|infortunat[oa]|"
    r"malattia (?:grave|cronica|terminale|oncologica)|epilessia|sclerosi|demenza|psichiatra|"
    r"psicolog[oa]|disabile|"
    # Polish, Czech
    r"nowotw\w+|(?:ma|na) raka|chemioterapi\w+|radioterapi\w+|w szpitalu|do szpitala|ze szpitala|"
    r"hospitalizowan\w+|w ci\u0105\u017cy|ci\u0105\u017ca|poronieni\w+|depresj\w+|"
    r"zaburzeni\w+ l\u0119kow\w+|wypaleni\w+ zawodow\w+|zawa[\u0142l]\w*|udar\w*|cukrzyc\w+|"
    r"padaczk\w+|z\u0142amani\w+|z\u0142ama\u0142\w*|kontuzj\w+|wypad\w+ przy pracy|"
    r"niepe\u0142nospraw\w+|po operacji|psychiatr\w+|terapi[aięą]|"
    r"rakovin\w+|n\u00e1dor\w*|chemoterapi\w+|oza\u0159ov\u00e1n\u00ed|(?:v|do) nemocnic\w+|"
    r"hospitalizov\u00e1n\w*|t\u011bhotn\w+|potrat\w*|deprese|\u00fazkost\w*|"
    r"(?:syndrom )?vyho\u0159en\u00ed|infarkt\w*|mrtvic\w+|cukrovk\w+|zlomenin\w+|"
    r"zlomil\w*|\u00faraz\w*|po operaci|invalidn\w+|"
    r"zdravotn\u011b posti\u017een\w+|v\u00e1\u017en\u011b nemocn\w+|l\u00e9\u010db\w+|"
    # Greek
    r"\u03ba\u03b1\u03c1\u03ba\u03af\u03bd\w+|"
    r"\u03c7\u03b7\u03bc\u03b5\u03b9\u03bf\u03b8\u03b5\u03c1\u03b1\u03c0\u03b5\u03af\w+|"
    r"\u03b1\u03ba\u03c4\u03b9\u03bd\u03bf\u03b8\u03b5\u03c1\u03b1\u03c0\u03b5\u03af\w+|"
    r"\u03bd\u03bf\u03c3\u03bf\u03ba\u03bf\u03bc\u03b5\u03af\w+|"
    r"\u03bd\u03bf\u03c3\u03b7\u03bb\w+|"
    r"\u03ad\u03b3\u03ba\u03c5\u03bf\u03c2|"
    r"\u03b5\u03b3\u03ba\u03c5\u03bc\u03bf\u03c3\u03cd\u03bd\u03b7|"
    r"\u03ba\u03b1\u03c4\u03ac\u03b8\u03bb\u03b9\u03c8\u03b7|"
    r"\u03b4\u03b9\u03b1\u03b2\u03ae\u03c4\w+|"
    r"\u03ad\u03bc\u03c6\u03c1\u03b1\u03b3\u03bc\u03b1|"
    r"\u03b5\u03b3\u03ba\u03b5\u03c6\u03b1\u03bb\u03b9\u03ba\u03cc|"
    r"\u03ba\u03ac\u03c4\u03b1\u03b3\u03bc\w*|"
    r"\u03c4\u03c1\u03b1\u03c5\u03bc\u03b1\u03c4\u03b9\u03c3\u03bc\w+|"
    r"\u03c7\u03b5\u03b9\u03c1\u03bf\u03c5\u03c1\u03b3\w+|"
    r"\u03b1\u03bd\u03b1\u03c0\u03b7\u03c1\w+|\u03c8\u03c5\u03c7\u03af\u03b1\u03c4\u03c1\w+|"
    # Hinglish in Latin script
    r"(?:pregnancy|childbirth|birth|post-?partum|post-?op(?:erative)?) complications|"
    r"bimaa?r\w*|beemaa?r\w*|hospital (?:mein|me) (?:admit|bharti)|"
    # Indonesian, Vietnamese, Turkish
    r"kanker|kemoterapi|dirawat di rumah sakit|rawat inap|hamil|keguguran|depresi|"
    r"gangguan kecemasan|serangan jantung|(?:habis|pasca|setelah) operasi|operasi "
    r"(?:lutut|jantung|caesar|sesar|usus|tulang)|patah (?:kaki|tangan|tulang)|cedera|"
    r"kecelakaan kerja|disabilitas|difabel|psikiater|sakit (?:keras|parah|kanker)|"
    r"(?:\u0111ang |b\u1ecb |m\u1eafc )?(?:\u0111i\u1ec1u tr\u1ecb )?ung th\u01b0|"
    r"h\u00f3a tr\u1ecb|x\u1ea1 tr\u1ecb|n\u1eb1m vi\u1ec7n|nh\u1eadp vi\u1ec7n|"
    r"mang thai|c\u00f3 thai|c\u00f3 b\u1ea7u|"
    r"s\u1ea3y thai|tr\u1ea7m c\u1ea3m|r\u1ed1i lo\u1ea1n lo \u00e2u|\u0111\u1ed9t qu\u1ef5|"
    r"ti\u1ec3u \u0111\u01b0\u1eddng|ph\u1eabu thu\u1eadt|"
    r"g\u00e3y (?:ch\u00e2n|tay|x\u01b0\u01a1ng)|ch\u1ea5n th\u01b0\u01a1ng|"
    r"tai n\u1ea1n lao \u0111\u1ed9ng|khuy\u1ebft t\u1eadt|"
    r"kanser\w*|kemoterapi\w*|hastanede|"
    r"hastaneye (?:kald\u0131r\u0131ld\u0131|yat\u0131r\u0131ld\u0131)|hamile|"
    r"depresyon\w*|anksiyete|kalp krizi|fel\u00e7|diyabet\w*|ameliyat\w*|sakatl\u0131\w+|engelli|"
    r"i\u015f kazas\u0131\w*|psikiyatri\w*|tedavi\w*|"
    # Norwegian, Danish, Swedish: burnt out, cancer, pregnant, depression, in hospital
    r"utbrent\w*|utbr\u00e4nd\w*|udbr\u00e6nd\w*|utmattningssyndrom|kreft\w*|"
    r"gravid(?:itet|itetspenger)?|graviditeten|svangerskap\w*|depresjon\w*|"
    r"(?:p\u00e5|til|p\u00e5 et) (?:sykehus|sjukhus|sygehus)\w*|sykehusinnlagt|"
    # Russian, Ukrainian: pregnant, cancer, depression, disability, a heart attack or a
    # stroke, in hospital, a fracture, chemotherapy
    r"\u0431\u0435\u0440\u0435\u043c\u0435\u043d\u043d\w*|"
    r"\u0432\u0430\u0433\u0456\u0442\u043d\w*|"
    r"\u0432\u044b\u043a\u0438\u0434\u044b\u0448\w*|"
    r"\u043e\u043d\u043a\u043e\u043b\u043e\u0433\u0438\w*|"
    r"\u0434\u0435\u043f\u0440\u0435\u0441\u0441\u0438\w*|"
    r"\u0438\u043d\u0432\u0430\u043b\u0438\u0434\u043d\u043e\u0441\u0442\w*|"
    r"\u0438\u043d\u0444\u0430\u0440\u043a\u0442\w*|"
    r"\u0438\u043d\u0441\u0443\u043b\u044c\u0442\w*|"
    r"\u0432 \u0431\u043e\u043b\u044c\u043d\u0438\u0446\w*|"
    r"\u0433\u043e\u0441\u043f\u0438\u0442\u0430\u043b\u0438\u0437\u0438\u0440\w*|"
    r"\u043f\u0435\u0440\u0435\u043b\u043e\u043c\w*|"
    r"\u0445\u0438\u043c\u0438\u043e\u0442\u0435\u0440\u0430\u043f\u0438\w*"
)
# Hebrew and Arabic, with the clitics written onto them (``model.whole_words``).
_CONDITIONS_AFFIXED = (
    r"\u0915\u0948\u0902\u0938\u0930|\u0915\u0940\u092e\u094b\w*|"
    r"\u0905\u0938\u094d\u092a\u0924\u093e\u0932 (?:\u092e\u0947\u0902|\u0938\u0947)|"
    r"\u0917\u0930\u094d\u092d\u0935\u0924\u0940|"
    r"\u0917\u0930\u094d\u092d\u093e\u0935\u0938\u094d\u0925\u093e|"
    r"\u0917\u0930\u094d\u092d\u092a\u093e\u0924|\u092a\u094d\u0930\u0938\u0935|"
    r"\u0921\u093f\u092a\u094d\u0930\u0947\u0936\u0928|\u0905\u0935\u0938\u093e\u0926|"
    r"\u092e\u0927\u0941\u092e\u0947\u0939|\u0938\u0930\u094d\u091c\u0930\u0940|"
    r"\u092b\u094d\u0930\u0948\u0915\u094d\u091a\u0930|\u092c\u0940\u092e\u093e\u0930\w*|"
    r"\u0935\u093f\u0915\u0932\u093e\u0902\u0917\w*|"
    r"\u0926\u093f\u0932 \u0915\u093e \u0926\u094c\u0930\u093e|\u0907\u0932\u093e\u091c|"
    # common illnesses: dengue, malaria, typhoid, TB, jaundice, pneumonia, paralysis...
    r"\u0921\u0947\u0902\u0917\u0942|\u092e\u0932\u0947\u0930\u093f\u092f\u093e|"
    r"\u091f\u093e\u0907\u092b\u093e\u0907\u0921|\u0924\u092a\u0947\u0926\u093f\u0915|"
    r"\u091f\u0940\u092c\u0940|\u092a\u0940\u0932\u093f\u092f\u093e|"
    r"\u0928\u093f\u092e\u094b\u0928\u093f\u092f\u093e|\u0915\u094b\u0935\u093f\u0921|"
    r"\u0932\u0915\u0935\u093e|\u0938\u094d\u091f\u094d\u0930\u094b\u0915|"
    r"\u0905\u0938\u094d\u0925\u092e\u093e|"
    r"\u0939\u0947\u092a\u0947\u091f\u093e\u0907\u091f\u093f\u0938|"
    r"\u091a\u093f\u0915\u0928\u0917\u0941\u0928\u093f\u092f\u093e|"
    r"\u092e\u093e\u0907\u0917\u094d\u0930\u0947\u0928|"
    r"(?:\u0921\u093f\u0932\u0940\u0935\u0930\u0940|"
    r"\u092a\u094d\u0930\u0938\u0935)(?: \u092e\u0947\u0902|"
    r" \u0915\u0947 \u0926\u094c\u0930\u093e\u0928)? (?:complications|"
    r"\u091c\u091f\u093f\u0932\u0924\u093e\w*)|"
    r"\u05e1\u05e8\u05d8\u05df|\u05db\u05d9\u05de\u05d5\u05ea\u05e8\u05e4\u05d9\u05d4|"
    r"(?:\u05d1|\u05dc)\u05d1\u05d9\u05ea (?:\u05d4)?\u05d7\u05d5\u05dc\u05d9\u05dd|"
    r"\u05d0\u05d5\u05e9\u05e4\u05d6\w*|"
    r"\u05de\u05d0\u05d5\u05e9\u05e4\u05d6\w*|\u05d0\u05e9\u05e4\u05d5\u05d6|"
    r"\u05d4\u05e8\u05d9\u05d5\u05df|\u05d3\u05d9\u05db\u05d0\u05d5\u05df|"
    r"\u05d4\u05ea\u05e7\u05e3 \u05dc\u05d1|\u05e1\u05d5\u05db\u05e8\u05ea|"
    r"\u05e2\u05d1\u05e8 \u05e0\u05d9\u05ea\u05d5\u05d7|"
    r"\u05e2\u05d1\u05e8\u05d4 \u05e0\u05d9\u05ea\u05d5\u05d7|"
    r"(?:\u05d0\u05d7\u05e8\u05d9|"
    r"\u05dc\u05d0\u05d7\u05e8) (?:\u05d4)?\u05e0\u05d9\u05ea\u05d5\u05d7|"
    r"\u05e4\u05e6\u05d9\u05e2\u05d4|\u05e0\u05e4\u05e6\u05e2\w*|"
    r"\u05e0\u05db\u05d5\u05ea|\u05e4\u05e1\u05d9\u05db\u05d9\u05d0\u05d8\u05e8|"
    r"\u05de\u05d7\u05dc\u05d4 (?:\u05e7\u05e9\u05d4|\u05db\u05e8\u05d5\u05e0\u05d9\u05ea|"
    r"\u05e1\u05d5\u05e4\u05e0\u05d9\u05ea)|"
    r"\u0633\u0631\u0637\u0627\u0646|\u0643\u064a\u0645\u0627\u0648\u064a|"
    r"\u0627\u0644\u0639\u0644\u0627\u062c \u0627\u0644\u0643\u064a\u0645\u064a\u0627\u0626\u064a|"
    r"(?:\u0641\u064a|\u0625\u0644\u0649|"
    r"\u062f\u062e\u0644) \u0627\u0644\u0645\u0633\u062a\u0634\u0641\u0649|"
    r"\u0628\u0627\u0644\u0645\u0633\u062a\u0634\u0641\u0649|\u0627\u0643\u062a\u0626\u0627\u0628|"
    r"\u0646\u0648\u0628\u0629 \u0642\u0644\u0628\u064a\u0629|\u062c\u0644\u0637\u0629|"
    r"\u0633\u0643\u0631\u064a|"
    r"\u0639\u0645\u0644\u064a\u0629 \u062c\u0631\u0627\u062d\u064a\u0629|"
    r"\u062c\u0631\u0627\u062d\u0629|\u0625\u0639\u0627\u0642\u0629|"
    r"\u0637\u0628\u064a\u0628 \u0646\u0641\u0633\u064a|"
    r"\u0639\u0644\u0627\u062c \u0646\u0641\u0633\u064a|"
    # a chronic or serious disease, with "with" before it too ("مصابة بمرض"); a named one:
    # COPD (الانسداد الرئوي), diabetes, cancer, the heart, asthma
    r"\u0628?\u0645\u0631\u0636 (?:\u0645\u0632\u0645\u0646|\u062e\u0637\u064a\u0631|"
    r"\u0627\u0644\u0627\u0646\u0633\u062f\u0627\u062f|\u0627\u0644\u0633\u0643\u0631\u064a|"
    r"\u0627\u0644\u0633\u0631\u0637\u0627\u0646|\u0627\u0644\u0642\u0644\u0628|"
    r"\u0627\u0644\u0631\u0628\u0648)|"
    r"\u0627\u0644\u0627\u0646\u0633\u062f\u0627\u062f \u0627\u0644\u0631\u0626\u0648\u064a|"
    # a heart operation, open-heart surgery, a cardiac catheterisation
    r"\u0639\u0645\u0644\u064a\u0629 (?:\u0641\u064a )?(?:\u0627\u0644)?\u0642\u0644\u0628|"
    r"\u0642\u0644\u0628 \u0645\u0641\u062a\u0648\u062d|\u0642\u0633\u0637\u0631\u0629"
)
# Japanese, Chinese and Korean: no space around a word; not the words that are also an
# outage's ("障害", "장애"), "がん" (がんばって) or "암" (암호).
_CONDITIONS_UNSPACED = (
    "\u764c|\u6297\u304c\u3093\u5264|\u304c\u3093\u6cbb\u7642|\u5316\u5b66\u7642\u6cd5|"
    "\u653e\u5c04\u7dda\u6cbb\u7642|\u5165\u9662|\u598a\u5a20|\u6d41\u7523|"
    "\u3046\u3064\u75c5|\u9b31\u75c5|\u9069\u5fdc\u969c\u5bb3|"
    "\u30d1\u30cb\u30c3\u30af\u969c\u5bb3|\u7cbe\u795e\u75be\u60a3|\u5fc3\u7b4b\u6897\u585e|"
    "\u8133\u6897\u585e|"
    "\u8133\u5352\u4e2d|\u7cd6\u5c3f\u75c5|\u624b\u8853|\u9aa8\u6298|\u602a\u6211|\u8ca0\u50b7|"
    "\u52b4\u707d|\u969c\u5bb3\u8005\u624b\u5e33|\u8eab\u4f53\u969c\u5bb3|"
    "\u767a\u9054\u969c\u5bb3|\u8eca\u6905\u5b50|\u95d8\u75c5|\u6301\u75c5|\u901a\u9662|"
    "\u80bf\u7624|\u816b\u7624|\u5316\u7597|\u5316\u7642|\u653e\u7597|\u653e\u7642|\u4f4f\u9662|"
    "\u6000\u5b55|\u61f7\u5b55|\u6d41\u4ea7|\u6291\u90c1\u75c7|"
    "\u6291\u9b31\u75c7|\u6182\u9b31\u75c7|\u7126\u8651\u75c7|\u7126\u616e\u75c7|"
    "\u5fc3\u810f\u75c5|\u5fc3\u81df\u75c5|\u4e2d\u98ce|\u4e2d\u98a8|\u624b\u672f|"
    "\u53d7\u4f24|\u53d7\u50b7|\u5de5\u4f24|\u5de5\u50b7|\u6b8b\u75be|\u6b98\u75be|\u8f6e\u6905|"
    "\u8f2a\u6905|\u786e\u8bca|\u78ba\u8a3a|"
    "\uc218\uc220|\ud56d\uc554|"
    "(?:\uc704|\ud3d0|\uc720\ubc29|\ub300\uc7a5|\uac11\uc0c1\uc120|\ucde8\uc7a5|\uac04)\uc554|"
    "\uc554 (?:\uc9c4\ub2e8|\ud22c\ubcd1|\uce58\ub8cc|\ud658\uc790)|"
    "\uc785\uc6d0|\uc784\uc2e0|\uc6b0\uc6b8\uc99d|\uacf5\ud669\uc7a5\uc560|"
    "\uc2ec\uc7a5\ub9c8\ube44|\ub1cc\uc878\uc911|\ub2f9\ub1e8|\uace8\uc808|"
    "\ubd80\uc0c1|\uc0b0\uc7ac|\uc7a5\uc560\uc778|\uc7a5\uc560 \ub4f1\uae09|\ud720\uccb4\uc5b4|"
    "\uc815\uc2e0\uacfc|\uc2ec\ub9ac ?\uce58\ub8cc|\ud56d\uc6b0\uc6b8\uc81c"
)
_POSSESSED = (
    # an operation, with the person's possessive before it (an "operation" is software too)
    r"(?:his|her|their|seine?|ihre?|sa|son|su) (?:\w+ )?"
    r"(?:operation|op\u00e9ration|operaci\u00f3n|op|chirurgie|cirug\u00eda)"
)
# Not the name or topic of a product, a feature or data: "the therapy-booking service", "an
# anxiety tracker app", "cancer screening data", "the mental health resources page".
_TOPIC_AFTER = (
    r"(?![- ](?:apps?|services?|booking|bookings|tracker|tracking|screening|platform|api|"
    r"module|features?|startup|products?|projects?|data|dataset|tables?|models?|vertical|"
    r"customers?|clients?|providers?|portal|forms?|flows?|workflow|pages?|records?|research|"
    r"codes?|content|category|categories|fields?|types?|prevention|detection|management|"
    r"fonts?|mode|toggle|settings?|friendly|recognition|translation|firmware|devices?|"
    r"reporting|analytics|statistics|stats|schema|resources?|awareness|benefits?|"
    r"programs?|programmes?|hub|initiatives?|season)\b)(?!-\w)"
)
HEALTH_WORDS = re.compile(
    rf"(?<!-)\b(?:{_CONDITIONS}|{_POSSESSED})\b{_TOPIC_AFTER}|"
    rf"{with_clitics(_CONDITIONS_AFFIXED)}|(?:{_CONDITIONS_UNSPACED}){CJK_TOPIC_AFTER}"
)
# MS, multiple sclerosis, only where the message tells the illness: a person "has MS" (or
# had, or lives with it; German "hat MS") at the end of a clause ("he has MS and the fatigue
# gets bad after lunch", "Priya has MS, so ..."), or its flare, relapse, fatigue or
# symptoms ("her MS flare-up"), written in capitals; not Microsoft's products ("he has MS
# Office"), a degree ("she has an MS in CS", "has MS in physics") or milliseconds ("took 300
# ms"), nor a list of degrees ("has MS and PhD"). ("diagnosed with MS" is ``HEALTH_WORDS``'
# "diagnosed with".)
_MS = re.compile(
    r"(?<=[\w'\u2019] )(?:has|had|has had|have|lives with|living with|hat|hatte) (?P<ms>ms)"
    # (not a degree's list: "has MS and PhD", "has MS, MBA")
    r"(?![ \t]*(?:,|and|&)[ \t]*(?:an? )?(?:phd|mba|ba|bs|bsc|msc|ma|ms|meng|degrees?)\b)"
    r"(?=[ \t]*(?:[.,;!?)\n]|\Z|(?:and|but|so|since|which|too|now|und|aber|seit|"
    r"\u2014|\u2013|-)[ \t]))|"
    r"(?<![\w-])(?P<ms2>ms)[ -](?:flare|relapse|fatigue|symptoms?|attacks?|lesions?|"
    r"medication|treatment|nurse|specialist|neurologist|diagnosis|schub)"
)
MS_STEMS = (
    "has ms", "had ms", "have ms", "with ms", "hat ms", "hatte ms", "ms flare", "ms relapse",
    "ms fatigue", "ms symptom", "ms attack", "ms lesion", "ms medication", "ms treatment",
    "ms nurse", "ms specialist", "ms neurologist", "ms diagnosis", "ms schub", "ms-",
)  # fmt: skip
_MS_STEMS = frozenset(MS_STEMS)
# Where those words start (on lower-cased text; most messages have none), at the start of a
# word (``colleagues``), and the words that end German compounds ("Brustkrebs").
STEMS = (
    "chemo", "radiother", "radiation th", "radiation tr", "cancer", "tumo", "leuk", "lymphom",
    "melanom", "carcinom", "metasta", "oncolog", "dialys", "haemodial", "hemodial",
    "diagnosed with", "surgery",
    "hospital", "in hospital", "pregnan", "miscarr", "ivf", "fertility tr", "depress",
    "anxiety", "panic attack", "burnout", "burn-out", "burned out", "burnt out",
    "nervous breakdown", "mental health", "therap", "psychiatr", "rehab", "heart attack",
    "a stroke", "seizure", "epilep", "diabet", "concussion", "broken", "broke his",
    "broke her", "broke their", "covid", "long covid", "flu", "migraine", "adhd", "autis",
    "bipolar", "ptsd", "eating disorder", "addiction", "alcoholism", "disabilit",
    "chronic ill", "chronic pain", "chronic cond", "chronic fat", "medical condition", "physio",
    "arrhythm", "atrial fib", "cardiology rev", "bestrahl", "chest pain", "bruis",
    "class 1 ", "class 2 ", "medical cert", "medical got", "medical was", "medical has",
    "medical is", "insulin", "epipen", "epi-pen", "inhaler",
    "health prob", "health iss", "health sca", "gesundheitliche", "probl\u00e8mes de sant",
    "probl\u00e8me de sant", "problemas de", "problema de", "problemi di salute", "zdrowotn",
    "ze zdrowiem", "zdravotn\u00ed probl",
    "krebs", "leuk\u00e4", "operiert", "operation", "krankenhaus", "klinik", "reha",
    "schwanger", "fehlgeburt", "psychother", "herzinfarkt", "schlaganfall", "bandscheib",
    "corona", "grippe", "migr\u00e4ne", "diagnostiz", "chimio", "radioth\u00e9", "radioter",
    "tumeu", "leuc\u00e9", "hospitalis", "h\u00f4pital", "enceinte", "grossesse",
    "fausse couche", "d\u00e9pression", "th\u00e9rap", "infarct", "avc", "diab\u00e8",
    "op\u00e9ration", "chirurgie", "quimio", "c\u00e1ncer", "leucem", "hospitaliz",
    "embaraz", "depresi", "terap", "infarto", "ictus", "gripe", "operaci", "cirug",
    "crohn", "alzheimer", "parkinson", "huntington", "hashimoto", "asperger", "tourette",
    "dengue", "malaria", "tubercul", "tuberkul", "tubercol", "hepatit", "epatite", "pneumon",
    "lungenentz", "polmonit", "neumon", "sepsis", "meningit",
    "hodgkin", "pre-eclampsia", "preeclampsia", "eclampsia", "stillbirth", "bed rest",
    "psychos", "psychotic", "manic ep", "depressive ep", "schizophren", "suicid", "self-harm",
    "dark thoughts", "intrusive thoughts", "thoughts of", "fainted", "syncop", "neutropenia",
    "thrombocytopenia", "febrile neutrop",
    "overdose", "antidepress", "substance abuse", "inpatient", "outpatient tr",
    "outpatient", "residential", "alcohol", "drug tr", "drug re", "drug de", "substance",
    "addiction tr", "opioid", "gambling", "stammer", "with a stutter", "has a stutter",
    "had a stutter", "speech imp", "speech dis", "seropositiv", "detox", "injur",
    "fractur", "sprain", "whiplash", "dislocated", "torn ", "urgent care", "emergency room",
    "intensive care", "hospice", "palliativ", "terminally", "terminal ill",
    "terminal can", "terminal diag", "end-stage", "end stage", "copd",
    "emphysema", "asthma", "multiple scl", "sclerosis", "dementia", "hiv", "lupus",
    "cystic fib", "schwerbehind", "grad der behind", "gdb 1", "gdb 2", "gdb 3", "gdb 4",
    "gdb 5", "gdb 6", "gdb 7", "gdb 8", "gdb 9", "gdb von", "multiple skl", "sklerose",
    "demenz", "pr\u00e4eklamp", "psychotisch", "suizid", "kreuzbandriss", "b\u00e4nderriss",
    "gehirnersch", "arbeitsunfall", "alkoholabh", "drogenabh", "suchterkrank", "alkoholsucht",
    "entzugsklinik", "hospiz", "bless\u00e9", "blessure", "entorse", "accident du travail",
    "\u00e9pisode", "d\u00e9pressi", "psychotique", "tentative de suicide", "suivi psy",
    "psychiatre", "psychologue", "pr\u00e9-\u00e9clamp", "pr\u00e9\u00e9clamp",
    "soins palliatifs", "fin de vie", "scl\u00e9rose", "en situation de handicap",
    "handicap\u00e9", "rqth", "taux d'incap", "invalidit", "d\u00e9mence", "cure de d\u00e9s",
    "sevrage", "esguince", "lesi\u00f3n", "lesionad", "accidente", "brote psic", "episodio",
    "psicosis", "adicci", "desintox", "cuidados paliat", "enfermo term", "enferma term",
    "enfermedad term", "discapacidad", "minusval", "esclerosis", "demencia", "psiquiatr",
    "psic\u00f3log", "ansiedad", "kanker", "depressie", "overspannen", "zwanger", "miskraam",
    "in het ziekenhuis", "naar het ziekenhuis", "ziekenhuisopname", "psycholoog", "verslav",
    "afkickkliniek", "gebroken", "verstuik", "bedrijfsongeval", "arbeidsongeval", "hernia",
    "palliatie", "terminaal", "zijn operatie", "haar operatie", "lacerat", "stitches",
    "sutures", "degree burn", "puncture wound", "contusi", "amput", "deaf", "hard of hearing",
    "hearing-imp", "hearing imp", "hearing loss", "hearing aid", "cochlear", "blind",
    "visually imp", "partially sighted", "wheelchair", "asl", "bsl", "sign language",
    "dyslexi", "dyspraxi", "cerebral palsy", "mobility imp", "reasonable accom",
    "disability accom", "schnittwunde", "platzwunde", "prellung",
    "gen\u00e4ht", "geh\u00f6rlos", "schwerh\u00f6rig", "sehbehindert", "erblindet",
    "rollstuhl", "geb\u00e4rdensprach", "legasthen", "h\u00f6rger\u00e4t", "points de suture",
    "sourd", "malentendant", "malvoyant", "non-voyant", "aveugle", "fauteuil roulant",
    "langue des signes", "dyslexique", "appareil auditif", "puntos de sutura", "sord",
    "cieg", "invidente", "silla de ruedas", "lengua de signos", "lenguaje de se\u00f1as",
    "dislexi", "disl\u00e9xic", "aud\u00edfono", "snijwond", "hechtingen", "brandwond",
    "kneuzing", "geamputeerd", "doof", "slechthorend", "slechtziend", "rolstoel",
    "gebarentaal", "dyslexie", "gehoorapparaat", "hrt", "hormone", "immunocomp", "aa meet",
    "na meet", "alcoholics anon", "sober", "sobriety", "relapse", "a stammer",
    "gr\u00e1vida", "gravidez", "cancro", "c\u00e2ncer", "quimioterapia", "depress\u00e3o",
    "internad", "cirurgia", "baixa m\u00e9dica", "defici\u00eancia", "cadeira de rodas",
    "surd", "incinta", "gravidanza", "tumore", "chemioterapia", "depressione", "ricoverat",
    "in ospedale", "intervento chir", "invalidit\u00e0", "disabilit\u00e0", "sedia a rotelle",
    "diabete",
    "fratura", "fraturou", "les\u00e3o", "acidente de trab", "ansiedade", "aborto",
    "doen\u00e7a", "epilepsia", "chemio", "ansia", "esaurimento", "frattura", "infortun",
    "malattia", "epilessia", "sclerosi", "demenza", "psichiatra", "psicolog", "disabile",
    "nowotw", "ma raka", "na raka", "chemioterapi", "radioterapi", "w szpitalu", "do szpitala",
    "ze szpitala", "hospitalizowan", "w ci\u0105\u017cy", "ci\u0105\u017ca", "poronieni",
    "depresj", "zaburzeni", "wypaleni", "zawa\u0142", "udar", "cukrzyc", "padaczk",
    "z\u0142amani", "z\u0142ama\u0142", "kontuzj", "wypad", "niepe\u0142nospraw",
    "po operacji", "psychiatr", "terapi", "rakovin", "n\u00e1dor", "chemoterapi",
    "oza\u0159ov\u00e1n\u00ed", "v nemocnic", "do nemocnic", "hospitalizov\u00e1n",
    "t\u011bhotn", "potrat", "deprese", "\u00fazkost", "syndrom vyho\u0159",
    "vyho\u0159en\u00ed", "infarkt", "mrtvic", "cukrovk", "zlomenin", "zlomil", "\u00faraz",
    "po operaci", "invalidn", "zdravotn\u011b", "v\u00e1\u017en\u011b nemocn",
    "l\u00e9\u010db", "\u03ba\u03b1\u03c1\u03ba\u03af\u03bd",
    "\u03c7\u03b7\u03bc\u03b5\u03b9\u03bf\u03b8\u03b5\u03c1\u03b1\u03c0\u03b5\u03af",
    "\u03b1\u03ba\u03c4\u03b9\u03bd\u03bf\u03b8\u03b5\u03c1\u03b1\u03c0\u03b5\u03af",
    "\u03bd\u03bf\u03c3\u03bf\u03ba\u03bf\u03bc\u03b5\u03af", "\u03bd\u03bf\u03c3\u03b7\u03bb",
    "\u03ad\u03b3\u03ba\u03c5\u03bf\u03c2",
    "\u03b5\u03b3\u03ba\u03c5\u03bc\u03bf\u03c3\u03cd\u03bd\u03b7",
    "\u03ba\u03b1\u03c4\u03ac\u03b8\u03bb\u03b9\u03c8\u03b7",
    "\u03b4\u03b9\u03b1\u03b2\u03ae\u03c4", "\u03ad\u03bc\u03c6\u03c1\u03b1\u03b3\u03bc\u03b1",
    "\u03b5\u03b3\u03ba\u03b5\u03c6\u03b1\u03bb\u03b9\u03ba\u03cc",
    "\u03ba\u03ac\u03c4\u03b1\u03b3\u03bc",
    "\u03c4\u03c1\u03b1\u03c5\u03bc\u03b1\u03c4\u03b9\u03c3\u03bc",
    "\u03c7\u03b5\u03b9\u03c1\u03bf\u03c5\u03c1\u03b3", "\u03b1\u03bd\u03b1\u03c0\u03b7\u03c1",
    "\u03c8\u03c5\u03c7\u03af\u03b1\u03c4\u03c1", "\u0915\u0948\u0902\u0938\u0930",
    "\u0915\u0940\u092e\u094b", "\u0905\u0938\u094d\u092a\u0924\u093e\u0932",
    "\u0917\u0930\u094d\u092d\u0935\u0924\u0940",
    "\u0917\u0930\u094d\u092d\u093e\u0935\u0938\u094d\u0925\u093e",
    "\u0917\u0930\u094d\u092d\u092a\u093e\u0924", "\u092a\u094d\u0930\u0938\u0935",
    "\u0921\u093f\u092a\u094d\u0930\u0947\u0936\u0928", "\u0905\u0935\u0938\u093e\u0926",
    "\u092e\u0927\u0941\u092e\u0947\u0939", "\u0938\u0930\u094d\u091c\u0930\u0940",
    "\u092b\u094d\u0930\u0948\u0915\u094d\u091a\u0930", "\u092c\u0940\u092e\u093e\u0930",
    "\u0935\u093f\u0915\u0932\u093e\u0902\u0917",
    "\u0926\u093f\u0932 \u0915\u093e \u0926\u094c\u0930\u093e", "\u0907\u0932\u093e\u091c",
    "\u0921\u0947\u0902\u0917\u0942", "\u092e\u0932\u0947\u0930\u093f\u092f\u093e",
    "\u091f\u093e\u0907\u092b\u093e\u0907\u0921",
    "\u0924\u092a\u0947\u0926\u093f\u0915", "\u091f\u0940\u092c\u0940",
    "\u092a\u0940\u0932\u093f\u092f\u093e",
    "\u0928\u093f\u092e\u094b\u0928\u093f\u092f\u093e",
    "\u0915\u094b\u0935\u093f\u0921", "\u0932\u0915\u0935\u093e",
    "\u0938\u094d\u091f\u094d\u0930\u094b\u0915",
    "\u0905\u0938\u094d\u0925\u092e\u093e",
    "\u0939\u0947\u092a\u0947\u091f\u093e\u0907\u091f\u093f\u0938",
    "\u091a\u093f\u0915\u0928\u0917\u0941\u0928\u093f\u092f\u093e",
    "\u092e\u093e\u0907\u0917\u094d\u0930\u0947\u0928",
    "\u0921\u093f\u0932\u0940\u0935\u0930\u0940", "pregnancy comp", "childbirth comp",
    "birth comp", "postpartum comp", "post-partum comp", "postop", "post-op", "bimar",
    "bimaar", "beemar", "beemaar", "hospital mein", "hospital me ", "kanker", "kemoterapi",
    "dirawat", "rawat inap", "hamil", "keguguran", "depresi", "gangguan kec", "serangan jant",
    "habis operasi", "pasca operasi", "setelah operasi", "operasi ", "patah ", "cedera",
    "kecelakaan kerja", "disabilitas", "difabel", "psikiater", "sakit ", "ung th\u01b0",
    "h\u00f3a tr\u1ecb", "x\u1ea1 tr\u1ecb", "n\u1eb1m vi\u1ec7n", "nh\u1eadp vi\u1ec7n",
    "mang thai", "c\u00f3 thai", "c\u00f3 b\u1ea7u", "s\u1ea3y thai", "tr\u1ea7m c\u1ea3m",
    "r\u1ed1i lo\u1ea1n", "\u0111\u1ed9t qu\u1ef5", "ti\u1ec3u \u0111\u01b0\u1eddng",
    "ph\u1eabu thu\u1eadt", "g\u00e3y ", "ch\u1ea5n th\u01b0\u01a1ng", "tai n\u1ea1n lao",
    "khuy\u1ebft t\u1eadt", "kanser", "hastanede", "hastaneye", "hamile", "depresyon",
    "anksiyete", "kalp krizi", "fel\u00e7", "diyabet", "ameliyat", "sakatl", "engelli",
    "i\u015f kaza", "psikiyatri", "tedavi", "utbrent", "utbr\u00e4nd", "udbr\u00e6nd",
    "utmattningssyndrom", "kreft", "gravid", "svangerskap", "depresjon", "p\u00e5 sykehus",
    "p\u00e5 sjukhus", "p\u00e5 sygehus", "til sykehus", "p\u00e5 et sykehus", "sykehusinn",
    "\u0431\u0435\u0440\u0435\u043c\u0435\u043d\u043d", "\u0432\u0430\u0433\u0456\u0442\u043d",
    "\u0432\u044b\u043a\u0438\u0434\u044b\u0448",
    "\u043e\u043d\u043a\u043e\u043b\u043e\u0433\u0438",
    "\u0434\u0435\u043f\u0440\u0435\u0441\u0441\u0438",
    "\u0438\u043d\u0432\u0430\u043b\u0438\u0434\u043d\u043e\u0441\u0442",
    "\u0438\u043d\u0444\u0430\u0440\u043a\u0442", "\u0438\u043d\u0441\u0443\u043b\u044c\u0442",
    "\u0432 \u0431\u043e\u043b\u044c\u043d\u0438\u0446",
    "\u0433\u043e\u0441\u043f\u0438\u0442\u0430\u043b\u0438\u0437\u0438\u0440",
    "\u043f\u0435\u0440\u0435\u043b\u043e\u043c",
    "\u0445\u0438\u043c\u0438\u043e\u0442\u0435\u0440\u0430\u043f\u0438",
    "\u05e1\u05e8\u05d8\u05df",
    "\u05db\u05d9\u05de\u05d5\u05ea\u05e8\u05e4\u05d9\u05d4",
    "\u05d1\u05d9\u05ea \u05d7\u05d5\u05dc\u05d9\u05dd",
    "\u05d1\u05d9\u05ea \u05d4\u05d7\u05d5\u05dc\u05d9\u05dd",
    "\u05d0\u05d5\u05e9\u05e4\u05d6", "\u05de\u05d0\u05d5\u05e9\u05e4\u05d6",
    "\u05d0\u05e9\u05e4\u05d5\u05d6", "\u05d4\u05e8\u05d9\u05d5\u05df",
    "\u05d3\u05d9\u05db\u05d0\u05d5\u05df", "\u05d4\u05ea\u05e7\u05e3 \u05dc\u05d1",
    "\u05e1\u05d5\u05db\u05e8\u05ea", "\u05e2\u05d1\u05e8 \u05e0\u05d9\u05ea\u05d5\u05d7",
    "\u05e2\u05d1\u05e8\u05d4 \u05e0\u05d9\u05ea\u05d5\u05d7", "\u05d0\u05d7\u05e8\u05d9 ",
    "\u05dc\u05d0\u05d7\u05e8 ", "\u05e4\u05e6\u05d9\u05e2\u05d4", "\u05e0\u05e4\u05e6\u05e2",
    "\u05e0\u05db\u05d5\u05ea", "\u05e4\u05e1\u05d9\u05db\u05d9\u05d0\u05d8\u05e8",
    "\u05de\u05d7\u05dc\u05d4 ", "\u0633\u0631\u0637\u0627\u0646",
    "\u0643\u064a\u0645\u0627\u0648\u064a",
    "\u0627\u0644\u0639\u0644\u0627\u062c \u0627\u0644\u0643\u064a\u0645\u064a\u0627\u0626\u064a",
    "\u0645\u0633\u062a\u0634\u0641\u0649", "\u0627\u0643\u062a\u0626\u0627\u0628",
    "\u0646\u0648\u0628\u0629 \u0642\u0644\u0628\u064a\u0629", "\u062c\u0644\u0637\u0629",
    "\u0633\u0643\u0631\u064a",
    "\u0639\u0645\u0644\u064a\u0629 \u062c\u0631\u0627\u062d\u064a\u0629",
    "\u062c\u0631\u0627\u062d\u0629", "\u0625\u0639\u0627\u0642\u0629",
    "\u0639\u0645\u0644\u064a\u0629 ", "\u0642\u0644\u0628 \u0645\u0641\u062a\u0648\u062d",
    "\u0642\u0633\u0637\u0631\u0629",
    "\u0637\u0628\u064a\u0628 \u0646\u0641\u0633\u064a",
    "\u0639\u0644\u0627\u062c \u0646\u0641\u0633\u064a", "\u0645\u0631\u0636 ",
    "\u0627\u0644\u0627\u0646\u0633\u062f\u0627\u062f \u0627\u0644\u0631", "\u764c",
    "\u6297\u304c\u3093\u5264", "\u304c\u3093\u6cbb\u7642", "\u5316\u5b66\u7642\u6cd5",
    "\u653e\u5c04\u7dda\u6cbb\u7642", "\u5165\u9662", "\u598a\u5a20", "\u6d41\u7523",
    "\u3046\u3064\u75c5", "\u9b31\u75c5", "\u9069\u5fdc\u969c\u5bb3",
    "\u30d1\u30cb\u30c3\u30af\u969c\u5bb3", "\u7cbe\u795e\u75be\u60a3",
    "\u5fc3\u7b4b\u6897\u585e", "\u8133\u6897\u585e", "\u8133\u5352\u4e2d",
    "\u7cd6\u5c3f\u75c5", "\u624b\u8853", "\u9aa8\u6298", "\u602a\u6211", "\u8ca0\u50b7",
    "\u52b4\u707d", "\u969c\u5bb3\u8005\u624b\u5e33", "\u8eab\u4f53\u969c\u5bb3",
    "\u767a\u9054\u969c\u5bb3", "\u8eca\u6905\u5b50", "\u95d8\u75c5", "\u6301\u75c5",
    "\u901a\u9662", "\u80bf\u7624", "\u816b\u7624", "\u5316\u7597", "\u5316\u7642",
    "\u653e\u7597", "\u653e\u7642", "\u4f4f\u9662", "\u6000\u5b55", "\u61f7\u5b55",
    "\u6d41\u4ea7", "\u6291\u90c1\u75c7", "\u6291\u9b31\u75c7", "\u6182\u9b31\u75c7",
    "\u7126\u8651\u75c7", "\u7126\u616e\u75c7", "\u5fc3\u810f\u75c5", "\u5fc3\u81df\u75c5",
    "\u4e2d\u98ce", "\u4e2d\u98a8", "\u624b\u672f", "\u53d7\u4f24", "\u53d7\u50b7",
    "\u5de5\u4f24", "\u5de5\u50b7", "\u6b8b\u75be", "\u6b98\u75be", "\u8f6e\u6905",
    "\u8f2a\u6905", "\u786e\u8bca", "\u78ba\u8a3a", "\uc218\uc220", "\ud56d\uc554",
    "\uc704\uc554", "\ud3d0\uc554", "\uc720\ubc29\uc554", "\ub300\uc7a5\uc554",
    "\uac11\uc0c1\uc120\uc554", "\ucdcc\uc7a5\uc554", "\uac04\uc554", "\uc554 ",
    "\uc785\uc6d0", "\uc784\uc2e0", "\uc6b0\uc6b8\uc99d", "\uacf5\ud669\uc7a5\uc560",
    "\uc2ec\uc7a5\ub9c8\ube44", "\ub1cc\uc878\uc911", "\ub2f9\ub1e8", "\uace8\uc808",
    "\ubd80\uc0c1", "\uc0b0\uc7ac", "\uc7a5\uc560\uc778", "\uc7a5\uc560 \ub4f1\uae09",
    "\ud720\uccb4\uc5b4", "\uc815\uc2e0\uacfc", "\uc2ec\ub9ac", "\ud56d\uc6b0\uc6b8\uc81c",
    *MS_STEMS,
)  # fmt: skip
COMPOUND_ENDS = ("krebs", "therap", "tumor", "infarkt", "bruch", "breuk")
# Names that are not the person with the condition: a disease named after its describer
# ("Burkitt's lymphoma", "Hodgkin's"), a practitioner ("Dr. Manzetti's fees for therapy").
_EPONYMS = frozenset((
    "burkitt", "hodgkin", "crohn", "alzheimer", "parkinson", "huntington", "hashimoto",
    "asperger", "tourette", "kaposi", "ewing", "wilms", "paget", "raynaud", "addison",
    "cushing", "graves", "bell", "down", "lou", "gehrig", "meniere", "sj\u00f6gren",
))  # fmt: skip
_PRACTITIONER = re.compile(
    r"(?:\bdr|\bdra|\bdoctor|\bdoc|\bnurse|\bdoktor|\bdocteur|\bm\u00e9dico)\.?[ \t]*$"
)
# A professor: a condition right after the name is their subject ("Prof. Dan Lee runs the
# depression study", "Prof. Ana Ruiz (oncology)"), but a pronoun's condition after the name
# is their own ("Prof. Ellen Hartley ... she's on medical leave for a psychiatric
# hospitalization"); a medical professor is "Prof. Dr." (``_PRACTITIONER``).
_PROFESSOR = re.compile(r"\bprof(?:essor)?\.?[ \t]*$")
# A personal pronoun or possessive right before the condition: it is said of a person.
_PRONOUN = re.compile(
    r"\b(?:her|his|their|she|he|him|they|sie|er|ihr|ihre[mnrs]?|sein|seine[mnrs]?|elle|il|sa|son|"
    r"ses|lui|su|sus|ella|\u00e9l|hij|zij|haar|hem|zijn|hon|hun|han|hennes|henne|"
    r"\u043e\u043d\u0430|\u043e\u043d|\u0435\u0451|\u0435\u0433\u043e|"
    # Vietnamese: "chị" (she, of an older woman), "anh ấy", "cô ấy", "chị ấy"
    r"ch\u1ecb|(?:anh|c\u00f4|ch\u1ecb|em|\u00f4ng|b\u00e0) \u1ea5y)\b"
)
# The end of a sentence or clause (a name before it is another sentence's subject); not an
# initial's period ("ask Priya S. how", "G.C. is on"); Japanese and Chinese full stops,
# Hindi's danda.
_CLAUSE_END = re.compile(r"(?:(?<![\s(.][a-z])\.|[!?;:])[\s)]|\n|[\u3002\uff01\uff1f\uff1b\u0964]")
# A role only one person holds in the writer's company, said with "our" or "my" ("our CFO
# started chemo", "my co-founder is in hospital; she ..."): that person, as if named. Not
# another company's ("Apple's CEO"), nor a role held by many ("our engineers").
_ONE_PERSON_ROLE = re.compile(
    r"\b(?:our|my)[ \t]+(?:ceo|cfo|cto|coo|ciso|cio|cmo|cpo|cro|chro|founder|co-?founder|"
    r"general counsel|managing director|chairman|chairwoman|chairperson|company secretary|"
    r"head of (?:hr|people|finance|legal|sales|engineering|marketing|product))"
    r"(?:['\u2019]s)?\b"
)
_ROLE_WORDS = Words((
    "ceo", "cfo", "cto", "coo", "ciso", "cio", "cmo", "cpo", "cro", "chro", "founder",
    "general counsel", "managing director", "chair", "company secretary", "head of ",
))  # fmt: skip


# A topic between the role and the word: the word is what they speak of ("our CTO is giving
# a talk on mental health", "our CEO wrote a post about burnout").
_TOPIC_BETWEEN = re.compile(r"\b(?:on|about|regarding|around|into|re)\b")


def _role_holder(lowered: str, start: int, end: int) -> bool:
    """A one-person role (``_ONE_PERSON_ROLE``) in ``lowered[start:end]``, no topic between
    it and ``end``."""
    roles = list(_ONE_PERSON_ROLE.finditer(lowered, start, end))
    return bool(roles) and _TOPIC_BETWEEN.search(lowered, roles[-1].end(), end) is None


def one_person_role(lowered: str) -> bool:
    """Does the message speak of a role only one person holds in the writer's company (the
    gate of ``colleagues``: such a person is named as a name is)?"""
    return _ROLE_WORDS.found(lowered) and _ONE_PERSON_ROLE.search(lowered) is not None


def _ms_findings(text: str, lowered: str, triggers: list[str]) -> list[Finding]:
    """MS said of a named person as the illness (``_MS``)."""
    findings: list[Finding] = []
    for match in near(_MS, lowered, triggers, 16, 24):
        group = "ms" if match.start("ms") >= 0 else "ms2"
        if text[match.start(group) : match.end(group)] != "MS":
            continue  # ms, milliseconds; Ms, a title
        if said_of_named_person(text, lowered, match.start(), end=match.end()):
            findings.append(Finding(LABEL, *with_field_value(lowered, *match.span())))
    return findings


_LINK_REACH = 50  # characters between the name (its end) or pronoun and the condition
_NAME_SIZE = 30  # characters of a first and last name
_NAME_REACH = 250  # characters between a name and the pronoun that refers to it


def find_health(text: str, lowered: str, triggers: list[str]) -> list[Finding]:
    """Conditions and treatments said of a named person (see module docstring), looked for
    around ``triggers``, the ``STEMS`` in the message (``colleagues``)."""
    findings: list[Finding] = []
    for match in near(HEALTH_WORDS, lowered, triggers, 24, 24):
        if said_of_named_person(text, lowered, match.start(), end=match.end()):
            findings.append(Finding(LABEL, *with_field_value(lowered, *match.span())))
    ms_triggers = [word for word in triggers if word in _MS_STEMS]
    if ms_triggers:
        findings.extend(_ms_findings(text, lowered, ms_triggers))
    if findings and (made_up(lowered) or asks_about_named_work(text, lowered)):
        return []  # "synthetic patients", "fake employees", "In Breaking Bad, why does ..."
    return findings


# A question about a named work's story, the work named first: "In Breaking Bad, why does
# Walter refuse ... money for his cancer treatment?" (a title in capitals, then a question).
# A place of work is no story: "In the standup, Walter said ...", "In Slack, why did ...".
_NAMED_WORK = re.compile(
    r"\s*[Ii]n[ \t]+(?:[A-Z][\w'\u2019:-]*)(?:[ \t]+(?:[A-Z][\w'\u2019:-]*|of|the|and|a|in))"
    r"{0,5},[ \t]+(?:why|how|what|when|where|who|does|did|do|is|was|would|could)\b"
)
_WORKPLACE = re.compile(
    r"\s*in[ \t]+(?:slack|teams|microsoft teams|zoom|google meet|meet|jira|confluence|notion|"
    r"outlook|gmail|email|workday|salesforce|hubspot|asana|linear|github|gitlab|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|q[1-4]|hr|it)\b"
)


def asks_about_named_work(text: str, lowered: str) -> bool:
    """Does the message open with a question about a named work's story (``_NAMED_WORK``),
    not about a meeting or a tool at work (``_WORKPLACE``)?"""
    return (
        lowered.lstrip().startswith("in ")
        and _NAMED_WORK.match(text) is not None
        and _WORKPLACE.match(lowered) is None
    )


def said_of_named_person(
    text: str, lowered: str, start: int, reach: int = _LINK_REACH, end: int = -1
) -> bool:
    """A name, or a pronoun after a name, right before ``start`` in the same clause (at
    most ``reach`` characters before it, a reason's whole sentence), or a name heading its
    line or paragraph, right after it (the word ends at ``end``), a list it introduces or a
    speaker who said who they are (``referents``)."""
    clause_start = max(0, start - reach_for(lowered, start, reach, end))
    # (the reach runs from the name's end: a name that starts before it may end in it)
    floor = max(0, clause_start - _NAME_SIZE)
    for stop in _CLAUSE_END.finditer(lowered, floor, start):
        if stop.end() > clause_start:
            clause_start = stop.end()
        floor = stop.end()
    floor = min(floor, clause_start)
    if any(clause_start <= name.end <= start for name in _patients(text, lowered, floor, start)):
        return True
    if known_name_in(text, clause_start, start):
        return True
    if _appositive_name(text, lowered, clause_start, start):
        return True
    if _role_holder(lowered, clause_start, start):
        return True
    pronouns = list(_PRONOUN.finditer(lowered, clause_start, start))
    if pronouns:
        pronoun = pronouns[-1]
        floor = max(0, pronoun.start() - _NAME_REACH)
        paragraph = lowered.rfind("\n\n", floor, pronoun.start())
        start_at = floor if paragraph < 0 else paragraph + 2
        if _patients(text, lowered, start_at, pronoun.start(), professors=True):
            return True
        if _role_holder(lowered, start_at, pronoun.start()):
            return True
    return named_elsewhere(text, lowered, start, max(start, end))


# A role or a place between commas or in brackets right after a name ("Olga Petrenko,
# a storekeeper at the Podolsk warehouse, brought a pregnancy certificate", "Karin Lindqvist
# (ekonomi, kommunen) går ner"), or closing the brackets the name is in ("student 448812
# (Mia Torres, 7th grade) ... flagged self-harm language"): the reach runs from its end, as
# from the name's.
_APPOSITION = re.compile(r",[^,\n.;:!?()]{1,50}[,)]|[ \t]?\([^()\n]{1,50}\)")
_APPOSITION_SIZE = 52


def _appositive_name(text: str, lowered: str, clause_start: int, start: int) -> bool:
    """A name before ``clause_start`` whose apposition ends at or after it, with no end of
    a clause between the name and ``start``."""
    floor = max(0, clause_start - _APPOSITION_SIZE - _NAME_SIZE)
    if clause_start - floor < 4:
        return False
    for stop in _CLAUSE_END.finditer(lowered, floor, clause_start):
        floor = stop.end()
    for name in _patients(text, lowered, floor, clause_start):
        if name.end < clause_start:
            apposition = _APPOSITION.match(lowered, name.end)
            if apposition is not None and apposition.end() >= clause_start:
                return True
    return False


def _patients(
    text: str, lowered: str, start: int, end: int, professors: bool = False
) -> list[Name]:
    """The people named in ``text[start:end]`` who are not an eponym or a practitioner (nor
    a professor, unless ``professors``)."""
    return [
        name
        for name in names(text, start, end)
        if lowered[name.start : name.end].split()[0].split("'")[0].split("\u2019")[0]
        not in _EPONYMS
        and not _PRACTITIONER.search(lowered, max(0, name.start - 10), name.start)
        and (professors or not _PROFESSOR.search(lowered, max(0, name.start - 12), name.start))
    ]
