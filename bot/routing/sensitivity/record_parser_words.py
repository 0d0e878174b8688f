"""The words ``record_parser`` reads records by: the words of a field for a person or a
name, per language, the name words that are not a person's, and the words of a table
header with a name column.
"""

from __future__ import annotations

from bot.routing.sensitivity.tables import MORE_NAME_COLUMNS, NAME_COLUMNS

# Fields named for a person (lower-case words, ``tables.column_name``): a word for a person,
# a name, or both ("employee", "Name", "Nom du salarié", "Naam medewerker", "candidate_name").
PERSON_WORDS = frozenset((
    "employee", "employe", "employ\u00e9", "employ\u00e9e", "mitarbeiter", "mitarbeiterin",
    "mitarbeiters", "medewerker", "werknemer", "salari\u00e9", "salari\u00e9e", "empleado",
    "empleada", "trabajador", "trabajadora", "worker", "staff", "person", "colleague",
    "kollege", "kollegin", "coll\u00e8gue", "collega", "reporter", "requester", "requestor",
    "applicant", "candidate", "candidat", "candidata", "candidato", "kandidat",
    "kandidatin", "kandidaat", "bewerber", "bewerberin", "sollicitant", "patient", "patiente",
    "pati\u00ebnt", "paciente", "customer", "client", "cliente", "kunde", "kundin", "klant",
    "reviewee", "beneficiary", "holder", "member", "grantee", "optionee", "shareholder",
    "stockholder", "aktion\u00e4r", "aktion\u00e4rin", "actionnaire", "accionista",
    "aandeelhouder", "participant", "participants", "participante", "teilnehmer",
    "teilnehmerin", "deelnemer", "proband", "probandin", "student", "\u00e9tudiant",
    "\u00e9tudiante", "estudiante", "alumno", "alumna", "sch\u00fcler", "sch\u00fclerin",
    "leerling", "pupil",
    # a student in Portuguese, Italian and French, Dutch; a driver
    "aluno", "aluna", "estudante", "alunno", "alunna", "studente", "studentessa",
    "\u00e9l\u00e8ve", "scholier", "driver", "conductor", "conductora", "chofer",
    "ch\u00f3fer", "fahrer", "fahrerin", "chauffeur", "chauffeuse", "bestuurder", "motorista",
    "autista", "conducente", "repartidor", "repartidora", "courier", "kurier", "koerier",
    # an officer, a crew member or a clinician named by their role in a roster or a list
    "officer", "deputy", "trooper", "sergeant", "detective", "constable", "firefighter",
    "paramedic", "nurse", "physician", "pharmacist", "pilot", "polizist", "polizistin",
    "agente", "policier",
    "defendant", "plaintiff", "claimant", "respondent", "accused", "party",
    "insured", "policyholder", "versicherte", "versicherter", "assur\u00e9", "assur\u00e9e",
    "asegurado", "asegurada", "verzekerde", "agent", "advisor", "adviser", "engineer", "assignee",
    # Portuguese, Italian, Indonesian, Czech, Greek, Hebrew, Hindi, Arabic
    "colaborador", "colaboradora", "funcion\u00e1rio", "funcion\u00e1ria", "empregado",
    "empregada", "dipendente", "lavoratore", "lavoratrice", "karyawan", "pegawai",
    "zam\u011bstnanec", "zam\u011bstnankyn\u011b",
    "\u03b5\u03c1\u03b3\u03b1\u03b6\u03cc\u03bc\u03b5\u03bd\u03bf\u03c2",
    "\u03b5\u03c1\u03b3\u03b1\u03b6\u03cc\u03bc\u03b5\u03bd\u03b7",
    "\u03b1\u03c3\u03c6\u03b1\u03bb\u03b9\u03c3\u03bc\u03ad\u03bd\u03bf\u03c2",
    "\u03b1\u03c3\u03c6\u03b1\u03bb\u03b9\u03c3\u03bc\u03ad\u03bd\u03b7",
    "\u05e2\u05d5\u05d1\u05d3", "\u05e2\u05d5\u05d1\u05d3\u05ea",
    "\u0915\u0930\u094d\u092e\u091a\u093e\u0930\u0940", "\u0627\u0644\u0645\u0648\u0638\u0641",
    "\u0627\u0644\u0645\u0648\u0638\u0641\u0629", "\u0645\u0648\u0638\u0641",
    "\u0627\u0644\u0637\u0627\u0644\u0628",
    # a taxpayer (a tax return's subject); an employee or a person in the Nordic languages
    "taxpayer", "contribuinte", "contribuyente", "contribuable", "contribuente",
    "steuerpflichtige", "steuerpflichtiger", "belastingplichtige", "ty\u00f6ntekij\u00e4",
    "henkil\u00f6", "hakija", "ansatt", "ansat", "anst\u00e4lld", "medarbetare",
    "medarbeider", "medarbejder", "pekerja",
))  # fmt: skip
# "Name" in Indonesian, Portuguese and Italian, Vietnamese, Czech, Greek, Hebrew, Hindi, Arabic.
_OTHER_NAME_WORDS = (
    "nama", "nome", "nominativo", "t\u00ean", "jm\u00e9no", "\u03cc\u03bd\u03bf\u03bc\u03b1",
    "\u05e9\u05dd", "nimi", "namn", "navn",
    "\u0928\u093e\u092e", "\u0627\u0633\u0645", "\u0627\u0644\u0627\u0633\u0645",
    # 姓名 氏名 名前 社員名, 이름 성명, фио имя: a table's name column in those scripts
    "\u59d3\u540d", "\u6c0f\u540d", "\u540d\u524d", "\u793e\u54e1\u540d", "\uc774\ub984",
    "\uc131\uba85", "\u0444\u0438\u043e", "\u0438\u043c\u044f",
)  # fmt: skip
NAME_WORDS = frozenset(("name", "fullname", "nom", "nombre", "naam", "full", "complet",
                        "completo", "volledige", "display", "legal", "real", "preferred",
                        "des", "du", "de", "del",
                        "van", "der", "in", "of", "the", "contact", "lengkap", "h\u1ecd",
                        "completo", "cognome", *_OTHER_NAME_WORDS))  # fmt: skip
NAMES = frozenset(("name", "fullname", "nom", "nombre", "naam", *_OTHER_NAME_WORDS))
PERSON_KEYS = (
    NAME_COLUMNS
    | MORE_NAME_COLUMNS
    | frozenset(
        (
            "direct report",
            "requested by",
            "team member",
            "staff member",
            "nh\u00e2n vi\u00ean",
            "h\u1ecd v\u00e0 t\u00ean",
            "sinh vi\u00ean",
            "display",  # a log line's display="Aisha Sinclair"
        )
    )
)


# A field's language ending a name's key ("name_ar", "full_name_zh", "name_local").
LANGUAGE_CODES = frozenset((
    "ar", "zh", "cn", "ja", "jp", "ko", "kr", "el", "gr", "ru", "uk", "he", "fa", "ur", "hi",
    "th", "en", "local", "native", "latin", "kana", "kanji", "hanzi", "pinyin",
))  # fmt: skip

# Name words that are not a person's: generated, placeholder and role names.
NOT_PEOPLE = frozenset((
    "test", "tester", "testing", "user", "users", "demo", "sample", "dummy", "fake", "example",
    "placeholder", "sandbox", "worker", "employee", "candidate", "patient", "person",
    "anonymous", "unknown", "redacted", "lorem", "ipsum", "foo", "bar", "baz", "bot", "admin",
    "service", "system", "default", "null", "none",
))  # fmt: skip

HEADER_WORDS = ("name", "nom", "naam", "employe", "mitarbeiter", "medewerker", "salari",
                "first", "vorname", "pr\u00e9nom", "prenom", "apellido", "surname",
                "staff", "worker", "person", "last", "candida", "kandida", "patient",
                "pati\u00ebnt", "paciente", "reporter", "trabajador", "holder", "grantee",
                "optionee", "aktion\u00e4r", "actionnaire", "accionista",
                "aandeelhouder", "client", "customer", "kund", "klant", "applicant",
                "bewerber", "sollicitant", "participant", "student", "contact", "party",
                "defendant", "insured", "alun", "estudant", "studente", "\u00e9l\u00e8ve",
                "scholier", "driver", "conduct", "chofer", "ch\u00f3fer", "fahrer",
                "chauffeu", "bestuurder", "motorista", "autista", "conducente",
                "repartidor", "courier", "kurier", "koerier", *_OTHER_NAME_WORDS,
                "colaborador", "funcion\u00e1ri",
                "dipendente", "karyawan", "pegawai", "zam\u011bstnan",
                "\u03b5\u03c1\u03b3\u03b1\u03b6\u03cc\u03bc\u03b5\u03bd",
                "\u03b1\u03c3\u03c6\u03b1\u03bb\u03b9\u03c3\u03bc\u03ad\u03bd",
                "\u05e2\u05d5\u05d1\u05d3", "\u0915\u0930\u094d\u092e\u091a\u093e\u0930\u0940",
                "\u0645\u0648\u0638\u0641",
                "nh\u00e2n vi\u00ean", "sinh vi\u00ean",
                # a taxpayer; a person in the Nordic languages and Malay
                "taxpayer", "contribu", "steuerpflicht", "belastingplicht", "ty\u00f6ntekij",
                "henkil\u00f6", "anst\u00e4lld", "ansat", "medarbe",
                "pekerja",
                # an officer, a crew member or a clinician by their role
                "officer", "deputy", "trooper", "sergeant", "detective", "constable",
                "firefighter", "paramedic", "nurse", "physician", "pharmacist", "pilot",
                "polizist", "agente", "policier")  # fmt: skip
