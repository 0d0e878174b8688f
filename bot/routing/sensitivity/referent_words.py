"""The words ``referents`` reads who a statement is about by: a form's field for a
person and an employee's number, per language, and the words that are not a user's
or a person's name.
"""

from __future__ import annotations

# A form's field that says the name is a person's ("Employee: Ana Ruiz", "Trabajador: ...").
PERSON_KEY = (
    r"(?i:employee|worker|staff member|customer|client|candidate|applicant|patient|name|"
    r"mitarbeiter(?:in)?|arbeitnehmer(?:in)?|kunde|kundin|bewerber(?:in)?|"
    r"salari\u00e9e?|employ\u00e9e?|cliente?|candidate?|nom|emplead[oa]|trabajador(?:a)?|"
    r"candidat[oa]|nombre|medewerker|werknemer|klant|kandidaat|naam|trabalhador(?:a)?|"
    r"funcion\u00e1ri[oa]|colaborador(?:a)?|nome|dipendente|lavorat(?:ore|rice)"
    r"|pracownik|pracownica|imi\u0119 i nazwisko|zam\u011bstnan(?:ec|kyn\u011b)|jm\u00e9no|"
    r"\u03c5\u03c0\u03ac\u03bb\u03bb\u03b7\u03bb\u03bf\u03c2|"
    r"\u03b5\u03c1\u03b3\u03b1\u03b6\u03cc\u03bc\u03b5\u03bd(?:\u03bf\u03c2|\u03b7)|"
    r"\u03b1\u03c3\u03c6\u03b1\u03bb\u03b9\u03c3\u03bc\u03ad\u03bd(?:\u03bf\u03c2|\u03b7)|"
    r"\u03cc\u03bd\u03bf\u03bc\u03b1|\u03b1\u03c3\u03b8\u03b5\u03bd\u03ae\u03c2|"
    r"\u03c0\u03b5\u03bb\u03ac\u03c4\u03b7\u03c2|\u05e2\u05d5\u05d1\u05d3(?:\u05ea)?|"
    r"\u05e9\u05dd|\u05dc\u05e7\u05d5\u05d7(?:\u05d4)?|\u05de\u05d8\u05d5\u05e4\u05dc(?:\u05ea)?|"
    r"\u0627\u0644\u0645\u0648\u0638\u0641(?:\u0629)?|\u0627\u0644\u0627\u0633\u0645|"
    r"\u0627\u0644\u0639\u0645\u064a\u0644|\u0627\u0644\u0645\u0631\u064a\u0636|"
    r"\u0915\u0930\u094d\u092e\u091a\u093e\u0930\u0940|\u0928\u093e\u092e|karyawan|pegawai|nama|"
    r"pasien|nh\u00e2n vi\u00ean|h\u1ecd t\u00ean|\u00e7al\u0131\u015fan|personel|"
    r"ad\u0131 soyad\u0131|ad soyad|hasta|\u793e\u54e1|\u5f93\u696d\u54e1|\u6c0f\u540d|"
    r"\u540d\u524d|\u60a3\u8005|\u5458\u5de5|\u54e1\u5de5|\u59d3\u540d|\uc9c1\uc6d0|\uc0ac\uc6d0|"
    r"\uc774\ub984|\uc131\uba85|\ud658\uc790|player|jugador(?:a)?|spieler(?:in)?|joueu(?:r|se)|"
    r"giocat(?:ore|rice)|jogador(?:a)?|athlete|atleta)"
)
# An employee's number: English, German, French, Spanish, Japanese, Chinese, Korean.
STAFF_NUMBER = (
    r"(?i:employee|emp|staff|personnel)[ \t]*(?i:id|no\.?|number|#)|(?i:personalnummer|"
    r"matricule|n\u00famero de empleado)|\u793e\u54e1\u756a\u53f7|\u5f93\u696d\u54e1\u756a\u53f7|"
    r"\u793e\u54e1ID|\u5de5\u53f7|\u5458\u5de5\u7f16\u53f7|\u54e1\u5de5\u7de8\u865f|\uc0ac\ubc88|"
    r"\uc0ac\uc6d0\ubc88\ud638|\uc9c1\uc6d0\ubc88\ud638"
)

# Words after a verb that closes an account that are not a user name (``referents._OFFBOARDED``).
_NOT_USERS_TEXT = """
    a an the all any this that these those them him her his their our my your its someone
    everyone anyone people person user users account accounts employee employees contractor
    contractors staff team teams leaver leavers intern interns vendor vendors member members
    checklist checklists process processes flow flows workflow workflows step steps template
    templates script scripts automation automations ticket tickets request requests task
    tasks policy policies guide runbook doc docs playbook form forms survey meeting call day
    date access today tomorrow now asap for of and from in on with to is are was will bot
    app apps service services email emails laptop laptops device devices hardware tool tools
    plan plans list lists sheet doc page pages project projects customer customers client
    clients partner partners guest guests sso saml scim okta data record records profile
    profiles info details group groups role roles permissions session sessions password
    passwords key keys token tokens settings id ids if when after before by via as at so but
    or it be creation deletion
"""
NOT_USERS = frozenset(_NOT_USERS_TEXT.split())

# Parts of an address that are a role's or a placeholder's, not a person's name.
ROLE_PARTS = frozenset((
    "no", "noreply", "reply", "do", "not", "support", "help", "info", "admin", "team", "hr",
    "it", "ops", "billing", "sales", "accounts", "service", "services", "jane", "john",
    "doe", "example", "test", "user", "mail", "notifications", "alerts", "security",
))  # fmt: skip
