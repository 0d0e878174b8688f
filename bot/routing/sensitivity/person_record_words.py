"""The words ``person_records`` reads a record's fields by: the keys of an employee's,
a pay, a health, a review's or a disciplinary field, per language, the values a field
takes, and the stems ``colleagues`` finds in one pass for them.
"""

from __future__ import annotations

import re

# The stems of a PIP's or a warning's consequence (``person_records._CONSEQUENCE``).
CONSEQUENCE_STEMS = (
    "disciplinary action", "termination", "dismissal", "k\u00fcndigung", "entlassung",
    "licenciement", "despido", "ontslag",
)  # fmt: skip

# The subject of a review: an employee, by a field or an id.
EMPLOYEE_KEYS = frozenset((
    "employee", "employee name", "employee id", "emp id", "employee number", "worker",
    "worker id", "staff", "staff id", "mitarbeiter", "mitarbeiterin", "personalnummer",
    "medewerker", "personeelsnummer", "salari\u00e9", "salari\u00e9e", "matricule",
    "empleado", "empleada", "reviewee", "direct report", "person id", "colaborador",
    "colaboradora", "funcion\u00e1rio", "funcion\u00e1ria", "dipendente", "karyawan",
    "pegawai", "zam\u011bstnanec", "nh\u00e2n vi\u00ean", "agent",
))  # fmt: skip
# Pay fields beyond ``pay``'s columns (Spanish withholding, Dutch pay words, the yearly base).
MORE_PAY_KEY = re.compile(
    r"\b(?:irpf|annual|ote|ctc|stipend|commission|raise|increase|erh\u00f6hung|augmentation|"
    r"aumento|verhoging|hourly|day rate|daily rate|stundensatz|tagessatz|taux horaire|"
    r"uurtarief|gratifica\w*|b\u00f4nus|comiss\u00e3o|remunera\u00e7\u00e3o|vencimentos?|"
    r"stipendio|retribuzione|gaji|upah|tunjangan|mzda|\u03bc\u03b9\u03c3\u03b8\u03cc\u03c2|\u05e9\u05db\u05e8|\u0935\u0947\u0924\u0928|\u0631\u0627\u062a\u0628|"
    r"l\u01b0\u01a1ng|"
    # a taxpayer's income in a tax return: "rend_trabajo", "rendimento bruto", "revenu
    # imposable", "zu versteuerndes Einkommen", "Einkünfte", "inkomen", "reddito"
    r"income|incomes|agi|rendimientos?|rend trabajo|rendimentos?|ingresos|base imponible|"
    r"revenus?|einkommen|eink\u00fcnfte|inkomen|reddito|redditi|imponibile)\b|salaris|lohn|loon"
    # pay columns in Chinese, Japanese, Korean, Russian and Greek (a key has no spaces to
    # bound a word there): 月薪, 工资, 奖金, 年终奖, 給与, 月給, 賞与, 연봉, 급여, оклад,
    # зарплата, премия, αποδοχές, μισθ-
    r"|\u85aa|\u5de5\u8d44|\u5956\u91d1|\u5e74\u7ec8\u5956|\u7d66\u4e0e|\u7d66\u6599|"
    r"\u6708\u7d66|\u57fa\u672c\u7d66|\u8cde\u4e0e|\u5e74\u53ce|\uc5f0\ubd09|\uae09\uc5ec|"
    r"\uae30\ubcf8\uae09|\uc131\uacfc\uae09|\uc0c1\uc5ec|\u043e\u043a\u043b\u0430\u0434|"
    r"\u0437\u0430\u0440\u043f\u043b\u0430\u0442|\u043f\u0440\u0435\u043c\u0438|"
    r"\u03b1\u03c0\u03bf\u03b4\u03bf\u03c7|\u03bc\u03b9\u03c3\u03b8"
)
NOT_PAY_KEY = re.compile(
    r"\b(?:days?|hours?|id|code|leave|period|years?|months?|effective|points?|miles|credits?|"
    r"score|weight|margin|revenue|sales|profit|volume)\b"
)
# Old and new columns of a raise, in a message about pay.
RAISE_KEYS = frozenset((
    "old", "new", "current", "proposed", "before", "after", "from", "to", "alt", "neu",
    "bisher", "vorher", "nachher", "ancien", "nouveau", "actuel", "antiguo", "anterior",
    "nuevo", "actual", "oud", "nieuw", "huidig",
))  # fmt: skip
# A free-text reason, said of a sick or medical leave.
REASON_WORDS = frozenset((
    "reason", "reasons", "motif", "motivo", "motivos", "grund", "begr\u00fcndung", "anlass",
    "toelichting", "reden", "description", "beschreibung", "omschrijving",
    "descripci\u00f3n", "descripcion", "cause", "causa", "ursache", "oorzaak",
))  # fmt: skip
# Fields about the work, not the person: a team called "Oncology", a project's name.
WORK_KEYS = frozenset((
    "team", "department", "dept", "unit", "project", "service", "product", "component",
    "title", "role", "position", "job", "specialty", "speciality", "abteilung", "afdeling",
    "d\u00e9partement", "departamento", "equipo", "\u00e9quipe", "repo", "repository",
))  # fmt: skip
# A diagnosis field: its value is health data in any record.
DIAGNOSIS_WORDS = frozenset((
    "diagnosis", "diagnoses", "diagnose", "diagnosen", "diagnostic", "diagnostique",
    "diagn\u00f3stico", "diagnostico", "illness", "krankheit", "ziekte", "maladie",
    "enfermedad", "icd", "icd10", "diagnosi", "diagn\u00f3za", "diagnosa",
    "\u03b4\u03b9\u03ac\u03b3\u03bd\u03c9\u03c3\u03b7", "\u05d0\u05d1\u05d7\u05e0\u05d4",
    "\u0928\u093f\u0926\u093e\u0928", "\u0627\u0644\u062a\u0634\u062e\u064a\u0635",
    "\u062a\u0634\u062e\u064a\u0635",
    # a trial's adverse event, a side effect
    "nebenwirkung", "nebenwirkungen", "bijwerking", "bijwerkingen", "ind\u00e9sirable",
    "ind\u00e9sirables", "adverso", "adversos", "adversas", "avverso", "avversi",
    # a pregnancy test, an HIV status, a lab value
    "pregnancy", "schwangerschaft", "schwangerschaftstest", "grossesse", "embaraz",
    "zwangerschap", "gravidanza", "gravidez", "hcg", "bhcg", "urine", "urinalysis", "hiv",
    "hba1c", "bloodwork",
))  # fmt: skip
# ... and pairs of words: an adverse event or reaction, a side effect.
ADVERSE_FIRST = frozenset(("adverse", "side"))
ADVERSE_SECOND = frozenset(("event", "events", "reaction", "reactions", "effect", "effects"))
# A disciplinary record's field ("Warning level: final", "Abmahnung: unentschuldigtes
# Fehlen"); not a bare "Warning:", a note in any document.
WARNING_WORDS = frozenset((
    "abmahnung", "abmahnungen", "avertissement", "avertissements", "amonestaci\u00f3n",
    "amonestacion", "waarschuwing", "disciplinary", "disziplinar", "disciplinaire",
    "disciplinaria", "misconduct", "fehlverhalten",
))  # fmt: skip
WARNING_KEYS = frozenset((
    "warning level", "warning stage", "warning type", "warning step", "warning issued",
    "warning category", "warning reason", "warnings issued", "written warning",
    "final warning", "verbal warning", "formal warning",
))  # fmt: skip
# A field about the person's health ("Medical notes", "Allergies", "Behinderung"), unless it
# is about their insurance or a system ("medical plan", "health check").
HEALTH_KEY_WORDS = frozenset((
    "medical", "medizinisch", "medizinische", "gesundheit", "m\u00e9dical", "m\u00e9dicale",
    "m\u00e9dicales", "sant\u00e9", "salud", "m\u00e9dico", "m\u00e9dica", "gezondheid",
    "medisch", "medische", "disability", "disabilities", "behinderung", "discapacidad",
    "beperking", "allergies", "allergy", "allergien", "medication",
    "medications", "medikamente", "medicatie", "m\u00e9dicaments", "medicaci\u00f3n",
    "behandlung", "behandeling", "traitement", "tratamiento", "sa\u00fade", "salute",
    "kesehatan", "zdrav\u00ed", "\u03c5\u03b3\u03b5\u03af\u03b1",
    "\u05d1\u05e8\u05d9\u05d0\u05d5\u05ea",
    "\u0938\u094d\u0935\u093e\u0938\u094d\u0925\u094d\u092f",
    "\u0627\u0644\u0635\u062d\u0629",
    # an occupational health examination's finding ("Befund", "Tauglichkeit")
    "befund", "befunde", "untersuchungsbefund", "vorsorgebefund", "tauglichkeit",
    "arbeitsmedizinisch", "arbeitsmedizinische", "betriebs\u00e4rztlich", "allergie",
    "allergie\u00ebn", "alergias", "alergia", "allergia",
))  # fmt: skip
NOT_HEALTH_KEY_WORDS = frozenset((
    "plan", "plans", "insurance", "insurer", "provider", "coverage", "tier", "id", "number",
    "check", "checks", "status", "score", "endpoint", "versicherung", "verzekering",
    "mutuelle", "seguro", "type", "code", "leave", "absence", "verlof", "urlaub", "cong\u00e9",
    "baja", "certificate", "bescheinigung", "attest", "certificat", "uploaded", "date", "from",
    "until", "since", "required", "provided", "received",
))  # fmt: skip
RATING_WORDS = frozenset((
    "rating", "ratings", "bewertung", "leistungsbewertung", "beurteilung", "beoordeling",
    "\u00e9valuation", "evaluation", "calificaci\u00f3n", "calificacion", "evaluaci\u00f3n",
    "evaluacion", "valoraci\u00f3n", "valoracion", "nota", "avalia\u00e7\u00e3o", "avaliacao",
    "valutazione", "voto", "penilaian", "nilai", "hodnocen\u00ed",
))  # fmt: skip
SUMMARY_WORDS = frozenset((
    "summary", "feedback", "comment", "comments", "notes", "review", "strengths",
    "zusammenfassung", "samenvatting", "r\u00e9sum\u00e9", "resumen", "commentaire",
    "comentario", "comentarios", "toelichting", "opmerking", "kommentar",
    "coment\u00e1rios", "coment\u00e1rio", "observa\u00e7\u00f5es", "commenti", "commento",
    "catatan", "komentar", "pozn\u00e1mky", "koment\u00e1\u0159",
))  # fmt: skip
CYCLE_WORDS = frozenset(("cycle", "period", "half", "quarter", "zyklus", "cyclus", "ciclo",
                         "calibration", "periode", "p\u00e9riode", "periodo"))  # fmt: skip

# Words that start the fields and contexts above, for ``colleagues``' pass.
FIELD_STEMS = (
    "sick", "ziek", "verzuim", "krank", "arbeitsunf", "arr\u00eat", "maladie", "baja",
    "incapacidad", "illness", "enfermedad", "bradford", "medical", "m\u00e9dical", "medizin",
    "medisch",
    "diagnos", "diagn\u00f3s", "rating", "bewertung", "beurteilung", "beoordeling",
    "\u00e9valuation", "evaluation", "calificaci", "evaluaci", "valoraci", "motif",
    "toelichting", "irpf", "salaris", "loon", "warning", "waarschuwing", "misconduct",
    "fehlverhalten", "disciplin", "medizin", "gesundheit", "befund", "tauglichkeit", "alerg",
    "sant\u00e9", "salud", "m\u00e9dic", "gezondheid", "behinderung",
    "discapacidad", "beperking", "allerg", "medication", "medikament", "medicatie",
    "m\u00e9dicament", "medicaci", "behandlung", "behandeling", "traitement", "tratamiento",
    # (more languages' health fields, a trial's adverse event, a pregnancy test)
    "diagnosi", "diagn\u00f3z", "diagnosa", "\u03b4\u03b9\u03ac\u03b3\u03bd\u03c9\u03c3",
    "\u05d0\u05d1\u05d7\u05e0", "\u0928\u093f\u0926\u093e\u0928",
    "\u0627\u0644\u062a\u0634\u062e\u064a\u0635", "\u062a\u0634\u062e\u064a\u0635", "sa\u00fade",
    "salute", "kesehatan", "zdrav\u00ed", "\u03c5\u03b3\u03b5\u03af",
    "\u05d1\u05e8\u05d9\u05d0\u05d5\u05ea",
    "\u0938\u094d\u0935\u093e\u0938\u094d\u0925\u094d\u092f", "\u0627\u0644\u0635\u062d\u0629",
    "adverse", "side effect", "side_effect",
    "nebenwirkung", "bijwerking", "ind\u00e9sirable", "adverso", "adversa", "avvers", "pregnan",
    "schwanger", "grossesse", "embaraz", "zwanger", "gravidanza", "gravidez",
    "hcg", "bhcg", "urine", "urinalysis", "hiv", "hba1c", "bloodwork", "nota", "avalia",
    "valutazione", "penilaian", "hodnocen", "colaborador", "calibrat", "rated",
    "expectations", "needs improvement", "partially meets", "does not meet",
    # a student's record (``STUDENT_KEY_WORDS``)
    "student", "emplid", "pupil", "learner", "matrikel", "matriculation", "\u00e9l\u00e8ve",
    "\u00e9tudiant", "alumn", "estudiant", "aluno", "aluna", "sch\u00fcler", "studierende",
    "leerling", "mahasiswa", "siswa",
)  # fmt: skip
INCOME_STEMS = (
    "income", "rendimiento", "rend_trabajo", "rendimento", "ingresos", "base imponible",
    "revenu", "einkommen", "eink\u00fcnfte", "inkomen", "reddito", "redditi",
)  # fmt: skip

# A union field's values that say the person is not a member.
NOT_MEMBER = frozenset(("n", "0", "f", "non-member", "nonmember", "not a member"))

# A title that says the amounts of the rows under it are pay ("bonus pool", "salaries
# 2025", "Gehälter", "primes", "sueldos").
PAY_TITLE = re.compile(
    r"\b(?:salary|salaries|bonus|bonuses|payouts?|payroll|wages?|compensation|pay rises?|"
    r"gehalt|geh\u00e4lter|l\u00f6hne|pr\u00e4mien?|salaires?|primes?|sueldos?|salarios?|"
    r"salaris|salari|stipendi)\b"
)

# The stems of a list of people's ratings (``person_records._rated_items``).
RATED_ITEM_STEMS = frozenset((
    "rating", "rated", "calibrat", "bewertung", "beoordeling", "nota", "expectations",
    "needs improvement", "partially meets", "does not meet",
))  # fmt: skip

# Items of a list under a key for people that are not a person's handle.
NOT_HANDLES = frozenset(("null", "none", "true", "false", "all", "everyone", "nobody"))

# A person's id in a record ("emp=834982", "employee_id"), joining a log's lines about one
# person: a lookup that names them, then a case opened under the same id.
PERSON_ID_KEYS = frozenset((
    "emp", "emp id", "empid", "emp no", "employee id", "employee number", "employee no",
    "staff id", "staff no", "worker id", "person id", "personalnummer", "personalnr",
    "personnel number", "matricule", "member id", "badge id", "hlo id", "user id", "uid",
))  # fmt: skip

# A column that flags a performance improvement plan, and the values that set it.
PIP_KEYS = frozenset(("pip", "on pip", "pip status", "pip flag", "improvement plan"))
YES = frozenset(("y", "yes", "true", "1", "x", "ja", "oui", "s\u00ed", "si", "sim", "active"))
# A student's record (an education record, as protected as an employee's): a field for the
# student ("student_id", "emplid", "Matrikelnummer", "élève") and fields of their grades
# ("midterm", "final", "letter", "gpa", "Note"), each a grade's value (``person_records``).
STUDENT_KEY_WORDS = frozenset((
    "student", "students", "pupil", "learner", "emplid", "matrikelnummer", "matrikel",
    "matriculation", "\u00e9l\u00e8ve", "eleve", "\u00e9tudiant", "\u00e9tudiante",
    "alumno", "alumna", "estudiante", "aluno", "aluna", "estudante", "studente",
    "studentessa", "sch\u00fcler", "sch\u00fclerin", "studierende", "leerling",
    "mahasiswa", "siswa",
))  # fmt: skip
GRADE_KEY_WORDS = frozenset((
    "grade", "grades", "midterm", "midterms", "final", "finals", "exam", "exams", "quiz",
    "gpa", "cgpa", "letter", "mark", "marks", "score", "scores", "coursework", "note",
    "noten", "nota", "notas", "voto", "cijfer", "notes", "klausur", "pr\u00fcfung",
    "examen", "calificaci\u00f3n", "calificacion", "nilai",
))  # fmt: skip
# A grade's value: a letter (A-F, with + or -), pass or fail, or a number (a percentage, a
# mark out of a total, a GPA); not free text ("notes: late submission").
GRADE_VALUE = re.compile(
    r"[a-f][+-]?|p|f|pass|fail|\d{1,3}(?:[.,]\d{1,2})?(?:[ \t]*%|[ \t]*/[ \t]*\d{1,3})?"
)
