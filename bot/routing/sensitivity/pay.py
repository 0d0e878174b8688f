"""A named colleague's pay: salaries, raises and payroll rows of people the message names.

What a named person earns is confidential personnel data: "Lukas Petrovic goes from 72k to
79.2k" in a question about a raise script, or a payroll tab pasted with names and gross pay.
Reported (``pii.pay``), in a message about pay (salary, raise, payroll, bonus, gross, severance; in
English, German, French and Spanish):

* a named person (``names``) and a money figure right after the name, in the same clause
  (``72k``, ``$118,000``, ``68.000 €``, ``52 000 €``), or a plain number of four digits or
  more after a pay word ("Marco's salary is 64000");
* a named person (a first name as their sentence's subject too) right before a bonus or a
  raise given as a percentage, with a verb of getting or a possessive ("Jonas got an 18%
  bonus", "Priya's raise was 9%"; not "the target bonus for L5 is 15%");
* the figures of the sentence after one that names the person an offer letter is for
  ("write the offer letter for Tomasz Wójcik, ... . base €94,000, sign-on €8,000");
* a person's address and a money figure after a pay word in the same clause, a pay
  system's line about them ("Approved: rszabo@acme.io  L4→L5  base $165,500"; not a desk's
  or a system's address: payroll@, billing@, comp-bot@);
* a table (pipes, commas, semicolons or tabs) whose header has a name column (``Name``,
  ``Employee``, ``Mitarbeiter``, ``Nom``, ``Nombre``, or first and last name columns) and a
  pay column (``Brutto``, ``gross``, ``salary``, ``Gehalt``, ``salaire``, ``sueldo``...):
  each row with a first and last name and a number there.

Not reported: bands and ranges with no name ("L3: 68k-88k", "Senior Engineer: 85k-100k"),
a named person's figures that are not their pay (a rate limit, a quote, a price, a budget,
a deal: "Priya quoted 12k for the SSO add-on"), figures followed by a unit that is not
money ("5k req/min"), the stock people of examples and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, merge_windows
from bot.routing.sensitivity.names import is_name, is_name_word, names
from bot.routing.sensitivity.records import made_up
from bot.routing.sensitivity.referent_letters import addressed_letter, greeted_by_first_name
from bot.routing.sensitivity.referents import known_name_in
from bot.routing.sensitivity.tables import (
    DELIMITERS,
    FIRST_COLUMNS,
    LAST_COLUMNS,
    NAME_COLUMNS,
    column_name,
    table_rows,
)

LABEL = "pii.pay"

# Words a message about pay uses (on lower-cased text), at the start of a word
# (``colleagues``), and the words that end German compounds ("Jahresgehalt", "Stundenlohn").
PAY_WORDS = (
    "salar", "raise", "pay rise", "pay increase", "payroll", "paycheck", "payslip", "pay slip",
    # a contractor's or an hourly worker's rate ("Priya Raman is on $142/hr")
    "/hr", "/hour", "per hour", "hourly", "day rate", "daily rate",
    "gross", "net pay", "base pay", "bonus", "compensation", "comp ", "comp-", "wage", "earns",
    "severance", "redundancy pay", "abfindung", "indemnit\u00e9", "indemnizaci\u00f3n",
    "ontslagvergoeding", "transitievergoeding",
    "gehalt", "geh\u00e4lt", "lohn", "l\u00f6hne", "brutto", "netto", "verdien", "verg\u00fctung",
    "salaire", "r\u00e9mun\u00e9ration", "brut", "augmentation", "paie", "sueldo", "n\u00f3mina",
    "bruto", "aumento", "cobra", "gana ", "sal\u00e1rio", "stipendi", "retribuzione",
    "wynagrodzeni", "pensj", "mzd", "maa\u015f", "gaji", "l\u01b0\u01a1ng", "tankhw",
    "\u0935\u0947\u0924\u0928", "\u0924\u0928\u0916\u094d\u0935\u093e\u0939",
    # a letter's "your base" with no other pay word ("your new base will be €78,500")
    "your base", "your new base",
    # a person's base and allowances said with a possessive ("his current base is £151,400
    # plus the £9k training captain allowance")
    "his base", "her base", "their base", "his current base", "her current base",
    "their current base", "allowance",
    # an offer a candidate is made: its letter states the pay ("the offer letter for Tomasz
    # Wójcik ... base €94,000, sign-on €8,000")
    "offer letter", "job offer", "sign-on", "signing bonus", "lettre d'offre",
    "carta de oferta", "angebotsschreiben",
    # Japanese, Chinese, Korean, Russian
    "\u7d66\u4e0e", "\u7d66\u6599", "\u5e74\u53ce", "\u6708\u7d66", "\u57fa\u672c\u7d66",
    "\u8cde\u4e0e", "\u6607\u7d66", "\u5de5\u8d44", "\u85aa\u8d44", "\u85aa\u6c34",
    "\u5e74\u85aa", "\u6708\u85aa", "\u5e95\u85aa", "\u5956\u91d1", "\u8c03\u85aa",
    "\u5e74\u7ec8\u5956", "\u5e74\u7d42\u734e", "\u6da8\u85aa",  # 年终奖 年終獎 涨薪
    "\uc5f0\ubd09", "\uae30\ubcf8\uae09", "\uc131\uacfc\uae09", "\uae09\uc5ec",
    "\uc6d4\uae09", "\uc784\uae08", "\u0437\u0430\u0440\u043f\u043b\u0430\u0442",
    "\u043e\u043a\u043b\u0430\u0434", "\u0437\u0430\u0440\u0430\u0431\u043e\u0442\u043d",
    "\u043f\u0440\u0435\u043c\u0438",
)  # fmt: skip
COMPOUND_ENDS = ("gehalt", "geh\u00e4lt", "lohn", "l\u00f6hne", "brutto", "netto")
# (and the rupee, yen/yuan, won, lira, zloty, koruna, real: "\u20b9187500", "4.200 z\u0142")
_CURRENCY = (
    r"(?:\u20ac|\$|\u00a3|\u20b9|\u00a5|\u20a9|\u20ba|eur\b|euros?\b|usd\b|gbp\b|chf\b|"
    r"dollars?\b|inr\b|pln\b|z\u0142\b|czk\b|k\u010d\b|brl\b|jpy\b|cny\b|krw\b|tl\b|"
    # won, yen, yuan and roubles written out ("7,400\ub9cc\uc6d0", "45\u4e07\u5186")
    r"(?:\ub9cc|\uc5b5|\ucc9c)? ?\uc6d0|\u4e07?\u5186|\u4e07?\u5143|\u20bd|\u0440\u0443\u0431)"
)
# A money figure: a currency sign or code, or a "k" ("72k", "$118,000", "68.000 \u20ac").
_MONEY = re.compile(
    r"(?<![\w.,])(?:(?:\u20ac|\$|\u00a3|\u20b9|\u00a5|\u20a9|\u20ba|r\$|rs\.?|eur|usd|gbp|chf|inr)"
    rf"[ \t]?\d[\d.,]*[km]?\b"
    rf"|\d+(?:[.,]\d+)?[ \t]?k\b"
    rf"|\d{{1,3}}(?:[.,' ]\d{{3}})+(?:[.,]\d{{1,2}})?[ \t]?{_CURRENCY}"
    rf"|\d{{4,7}}(?:[.,]\d{{1,2}})?[ \t]?{_CURRENCY})",
    re.I,
)
# A bare amount (no currency, no "k"): pay only right after the name, with nothing but
# punctuation between ("Kofi Mensah: 92,000", "Hana Sato - 87.000,00"), or after a pay word
# ("Sara's salary is 58000", "Jonas Gehalt: 5400").
_BARE_AMOUNT = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d{4,7}(?:[.,]\d{1,2})?)"
    r"(?![\w.,]\d|[ \t]?(?:k\b|%|\u20ac|\$|\u00a3))"
)
_LISTED_AMOUNT = re.compile(r"[ \t]*(?:[:=(\u2013\u2014-][ \t]*)?")
_PAY_WORD_BEFORE = re.compile(
    r"\b(?:salary|pay|wage|gross|base|bonus|gehalt|lohn|brutto|netto|salaire|brut|sueldo|"
    r"salario|bruto|"
    # a verb of earning ("Ania z mojego zespołu zarabia 14 500 brutto", "Jonas verdient 5400")
    r"earns|zarabia|verdient|gagne|gana|ganha|guadagna)\b[^\n.!?\d]{0,15}$"
)
# After the figure: a unit that is not money ("5k req/min", "10k rows").
NOT_MONEY_AFTER = re.compile(
    r"[ \t]*(?:req|requests|rps|qps|rpm|users|rows|records|events|tokens|calls|items|msgs|"
    r"messages|ms|sec|secs|seconds|min|mins|mb|gb|tb|kb|files|lines|seats|stars|views|"
    r"downloads|tickets|issues|prs|commits|orders|customers|employees|people|hours|days|"
    r"/s|/min|per[ \t]+(?:second|minute|request|call|user|seat))\b",
    re.I,
)
# Between the name and the figure: the figure is something else than the person's pay.
_NOT_PAY_BETWEEN = re.compile(
    r"\b(?:price|priced|cost|costs|quote|quoted|budget|invoice|invoiced|deal|arr|mrr|"
    r"revenue|rate[ -]?limit|limit|quota|spend|spent|charged|refund|refunded|order|sold|"
    r"bought|paid for|license|licence|plan|tier|credits?|preis|kosten|angebot|prix|devis|"
    r"precio|coste|presupuesto)\b"
)
# A possessive and a pay word right before the figure ("their base ($125k)", "his salary
# is 90k"): the figure is the pay of a person named earlier in the paragraph.
_THEIR_PAY = re.compile(
    r"\b(?:his|her|their|seine?[mnrs]?|ihre?[mnrs]?|son|sa|su|sua|seu|zijn|haar)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:salary|pay|base|wage|gross|bonus|gehalt|lohn|salaire|sueldo|salario|"
    r"sal\u00e1rio|stipendio|salaris)\b[^\n.!?\d]{0,15}$"
    # Turkish says it with a suffix: "maaş" and "-\u0131" (his or her salary), "ücreti"
    r"|\b(?:maa\u015f\u0131|\u00fccreti)\b[^\n.!?\d]{0,15}$"
)
# A pay word between a name and its figure.
_PAY_WORD_BETWEEN = re.compile(
    r"\b(?:salary|pay|wage|gross|base|bonus|compensation|severance|gehalt|lohn|brutto|"
    r"abfindung|salaire|r\u00e9mun\u00e9ration|indemnit\u00e9|sueldo|salario|indemnizaci\u00f3n|"
    r"sal\u00e1rio|stipendio|salaris|ontslagvergoeding)\b"
)
_PARAGRAPH_REACH = 250  # characters between the name and the possessive
_NAME_SIZE = 30  # characters of a first and last name: the reach runs from the name's end
_CLAUSE_END = re.compile(r"[.!?;][\s)]|\n")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d[\d.,' ]*")
_LINK_REACH = 60  # characters between a name's start and its figure


# A pay word in the sentence of a letter's figure ("verhogen we je salaris ... naar € 5.240").
_LETTER_PAY_WORD = re.compile(
    r"\b(?:salary|salaries|pay|wage|bonus|compensation|gehalt|lohn|salaire|r\u00e9mun\u00e9ration|"
    r"sueldo|salario|sal\u00e1rio|stipendio|salaris|loon|wynagrodzenie|"
    r"\u0437\u0430\u0440\u043f\u043b\u0430\u0442\w*|\u043e\u043a\u043b\u0430\u0434\w*)\b|"
    r"\u7d66\u4e0e|\u7d66\u6599|\u5e74\u53ce|\u6708\u7d66|\u57fa\u672c\u7d66|\u8cde\u4e0e|"
    r"\u5de5\u8d44|\u85aa|\u5956\u91d1|\uc5f0\ubd09|\uae30\ubcf8\uae09|\uc131\uacfc\uae09|"
    r"\uae09\uc5ec|\uc6d4\uae09|\uc784\uae08"
)
# The addressee's own pay, spoken to: "your base", "your new salary", "your retention bonus".
_YOUR_PAY = re.compile(
    r"\byour (?:new |annual |monthly |gross |current )?(?:base(?: pay| salary)?|salary|pay|"
    r"wage|(?:retention |sign-on |signing |annual |performance )?bonus|compensation|"
    r"package)\b"
    # an offer made to the one spoken to ("we are pleased to offer you the role at a base
    # salary of $186,000"): its figures are the addressee's pay
    r"|\b(?:offer|offering|offered) you\b"
)
# A quote or a line opening with its addressee's first name ("'Dana, we are pleased to
# offer you ..."), as a greeting would.
_VOCATIVE = re.compile(
    r"(?:^|[\"'\u201c\u2018>])[ \t]*([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+),[ \t]", re.M
)
_VOCATIVE_REACH = 200
_SENTENCE_END = re.compile(r"[.!?\u3002][\s)]|\n\n")
_SENTENCE_REACH = 200
# A figure that is one end of a range ("€70,000-€85,000", "between 70k and 85k"): a
# band, not the pay; "from £78,000 to £96,000" is a raise and stays pay.
_RANGE_NEXT = re.compile(r"[ \t]*[-\u2013\u2014~][ \t]*(?:[\u20ac$\u00a3][ \t]?)?\d")
_RANGE_BEFORE = re.compile(
    r"(?:\d[\d.,]*[ \t]?(?:k|[\u20ac$\u00a3])?[ \t]*[-\u2013\u2014~]|\b(?:between|zwischen|entre)"
    r"(?:[ \t]+\S+[ \t]+(?:and|und|et|y|e))?)"
    r"[ \t]*(?:[\u20ac$\u00a3][ \t]?)?$",
    re.I,
)

# A band's word between the name and a figure that is one end of a range ("Meeting with
# Prof. Okafor: the base salary range for postdocs is $55,000 to $62,000"): a band told
# to or by the person, not their pay; "base salary moves from $117,500 to $128,500" has no
# band's word and stays pay.
_BAND_WORD = re.compile(r"\b(?:range|band|scale|bracket|spanne|fourchette|rango|banda)s?\b")
_RANGE_TO_NEXT = re.compile(
    r"[ \t]*(?:[-\u2013\u2014~]|to|bis|\u00e0|a|and|und|et|y)[ \t]*(?:[\u20ac$\u00a3][ \t]?)?\d"
)
_RANGE_TO_BEFORE = re.compile(
    r"\d[\d.,]*[ \t]?(?:k|[\u20ac$\u00a3])?[ \t]+(?:to|bis|\u00e0|a|and|und|et|y)[ \t]*"
    r"(?:[\u20ac$\u00a3][ \t]?)?$"
)


def _band_end(text: str, lowered: str, start: int, figure: re.Match[str]) -> bool:
    """Is ``figure`` one end of a range with a band's word after ``start`` (``_BAND_WORD``)?"""
    if _BAND_WORD.search(lowered, start, figure.start()) is None:
        return False
    floor = max(0, figure.start() - 40)
    return bool(
        _RANGE_TO_NEXT.match(text, figure.end())
        or _RANGE_BEFORE.search(text, floor, figure.start())
        or _RANGE_TO_BEFORE.search(text, floor, figure.start())
    )


def _letter_pay(text: str, lowered: str, figure: re.Match[str]) -> bool:
    """A money figure in a sentence about pay, in a letter whose salutation names its
    addressee in full ("Beste Lotte Meijer," ... "verhogen we je salaris ... naar € 5.240";
    "조현우 님께," ... "연봉은 기본급 7,400만원"): the addressee's own pay; or one
    greeting its addressee by their first name, the figure after "your base", "your
    salary" ("Hi Megan — ... your base goes from £78,000 to £96,000")."""
    floor = max(0, figure.start() - _SENTENCE_REACH)
    for stop in _SENTENCE_END.finditer(lowered, floor, figure.start()):
        floor = stop.end()
    if _NOT_PAY_BETWEEN.search(lowered, floor, figure.start()) is not None:
        return False
    # a band's ends, not the pay ("your new base will be in the L4 band (€70,000-€85,000)")
    if _RANGE_NEXT.match(text, figure.end()) or _RANGE_BEFORE.search(
        text, max(0, figure.start() - 40), figure.start()
    ):
        return False
    if _YOUR_PAY.search(lowered, floor, figure.start()) is not None:
        # "Hi Megan — ... your base goes from £78,000 to £96,000": the greeted one's pay
        return (
            addressed_letter(text, figure.start())
            or greeted_by_first_name(text, figure.start())
            or _addressed_by_first_name(text, figure.start())
        )
    return _LETTER_PAY_WORD.search(lowered, floor, figure.start()) is not None and addressed_letter(
        text, figure.start()
    )


def _addressed_by_first_name(text: str, start: int) -> bool:
    """Does a quote or a line opening with a first name and a comma (``_VOCATIVE``) come at
    most ``_VOCATIVE_REACH`` characters before ``start``?"""
    return any(
        is_name_word(vocative.group(1))
        for vocative in _VOCATIVE.finditer(text, max(0, start - _VOCATIVE_REACH), start)
    )


def find_pay(text: str, lowered: str) -> list[Finding]:
    """Named people's pay (see module docstring), in a message with ``PAY_WORDS``
    (``colleagues``)."""
    findings = _said_pay(text, lowered)
    if "%" in text:
        findings.extend(_percent_pay(text, lowered))
    if "\n" in text:
        findings.extend(_pay_tables(text, lowered))
    if findings and (made_up(lowered) or disclosed_officer_pay(lowered)):
        return []
    return findings


# A public company's officer's pay as filings and the press give it: "Tim Cook's total
# compensation was reported at around $63M last year - how is CEO pay at public companies
# usually structured?". Published, not a colleague's: the pay is said to be reported or
# disclosed (not "reported to HR"), an officer's, at a public company.
_DISCLOSED = re.compile(
    r"\b(?:reported|disclosed|publicly reported|filed)(?![ \t]+(?:to|by[ \t]+(?:hr|payroll)))\b"
    r"|\bproxy statement|\bproxy filing|\bsec filing|\b10-k\b|\bdef 14a\b"
)
_OFFICER = Words(("ceo", "cfo", "chief executive", "chief financial", "executive pay",
                  "executive compensation", "exec pay"))  # fmt: skip
_PUBLIC_COMPANY = Words((
    "public compan", "publicly traded", "publicly-traded", "listed compan", "proxy statement",
    "shareholder", "s&p 500", "fortune 500", "nasdaq", "nyse", "ftse",
))  # fmt: skip


def disclosed_officer_pay(lowered: str) -> bool:
    """Is the pay a public company's officer's, said to be reported or disclosed
    (``_DISCLOSED``), in a message about public companies' executive pay?"""
    return (
        _OFFICER.found(lowered)
        and _PUBLIC_COMPANY.found(lowered)
        and _DISCLOSED.search(lowered) is not None
    )


def _said_pay(text: str, lowered: str) -> list[Finding]:
    """A name, then a money figure in the same clause: the name and the figure. The figures
    are found first (few messages have one), then a name in the clause before each."""
    findings: list[Finding] = []
    if _DIGIT.search(text) is None:
        return findings
    figures: list[re.Match[str]] = []
    bare: list[re.Match[str]] = []
    # (the patterns start with a look-behind: tried only around the message's numbers)
    windows = [(max(0, m.start() - 5), m.end() + 8) for m in _NUMBER.finditer(text)]
    for start, end in merge_windows(windows):
        figures.extend(_MONEY.finditer(text, start, min(end, len(text))))
        bare.extend(_BARE_AMOUNT.finditer(text, start, min(end, len(text))))
    figures = [m for m in figures if not NOT_MONEY_AFTER.match(text, m.end())]
    bare = [m for m in bare if not NOT_MONEY_AFTER.match(text, m.end())]
    # (whether a figure is bare is carried with it, and the findings' starts kept in a set:
    # asked of the lists for each figure, a paste of a thousand people's pay was quadratic)
    tagged = [(m, False) for m in figures] + [(m, True) for m in bare]
    named_at: set[int] = set()  # the starts of the findings so far
    for figure, is_bare in sorted(tagged, key=lambda pair: pair[0].start()):
        clause_start = max(0, figure.start() - _LINK_REACH)
        floor = max(0, clause_start - _NAME_SIZE)
        for stop in _CLAUSE_END.finditer(lowered, floor, figure.start()):
            clause_start = max(clause_start, stop.end())
            floor = stop.end()
        floor = min(floor, clause_start)
        people = [p for p in names(text, floor, figure.start()) if p.end >= clause_start]
        if not people:
            if not is_bare:
                unnamed = _unnamed_figure(text, lowered, clause_start, figure)
                named_at.update(f.start for f in unnamed)
                findings.extend(unnamed)
            continue
        name = people[-1]  # the figure belongs to the person named last before it
        if is_bare and not (
            _LISTED_AMOUNT.fullmatch(text, name.end, figure.start())
            or _PAY_WORD_BEFORE.search(lowered, name.end, figure.start())
        ):
            continue  # "Kofi Mensah: 92,000", "Sara's salary is 58000"; not "Tom ... 3,900"
        if _NOT_PAY_BETWEEN.search(lowered, name.end, figure.start()) or _band_end(
            text, lowered, name.end, figure
        ):
            continue  # a price; a band ("Prof. Okafor: the salary range is $55,000 to $62,000")
        # the name and the figure, each on its own: what is between may be reported as
        # something else ("Mei Kowalski, NINO KB 81 54 47 C, ... gross YTD £42,132.94")
        if name.start not in named_at:
            named_at.add(name.start)
            findings.append(Finding(LABEL, name.start, name.end))
        named_at.add(figure.start())
        findings.append(Finding(LABEL, figure.start(), figure.end()))
    return findings


# A named person's bonus or raise as a percentage ("Jonas got an 18% bonus", "Priya's raise
# was 9%", "Jonas bekam 8 % Gehaltserhöhung"): the percentage right before or after its pay
# word; the person named right before, as the subject of a verb of getting, or with a
# possessive on the pay word.
_PERCENT_PAY = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,]\d{1,2})?[ \t]?%[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:bonus|raise|pay rise|pay increase|salary increase|merit increase|increase|hike|"
    r"gehaltserh\u00f6hung|erh\u00f6hung|prime|augmentation|aumento|subida)\b"
    r"|\b(?:bonus|raise|pay rise|pay increase|salary increase|merit increase|"
    r"gehaltserh\u00f6hung|prime|augmentation|aumento|subida)"
    r"(?:[ \t]+(?:of|was|is|came to|von|de|del))?[ \t]+(?:only[ \t]+|just[ \t]+)?"
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]?%"
)
# Between the name and the percentage: the person got it ("got", "was given", "bekam").
_GOT = re.compile(
    r"[ \t]+(?:only[ \t]+|just[ \t]+|also[ \t]+)?"
    r"(?:got|gets|is getting|was getting|received|receives|was given|is given|"
    r"earned|earns|bekommt|bekam|kriegt|kriegte|erh\u00e4lt|erhielt|a (?:re\u00e7u|eu)|"
    r"re\u00e7oit|touche|recibi\u00f3|recibe|cobra|cobr\u00f3|tuvo)[ \t]+"
    r"(?:(?:an?|the|his|her|their|ein(?:e|en)?|une?|la|el|un|una)[ \t]+)?"
    r"(?:only[ \t]+|just[ \t]+)?"
)
_POSSESSIVE = re.compile(r"(?:['\u2019]s)?[ \t]+(?:(?:new|annual|year-end|last)[ \t]+)?")
# In the sentence: a plan or a policy, not a person's pay ("the target bonus for L5 is 15%").
_NOT_PERSONS_PERCENT = re.compile(
    r"\b(?:target|pool|budget|policy|average|median|cap|capped|max|maximum|minimum|band|"
    r"inflation|interest|discount|tax|vat|commission rate)\b"
)


def _percent_pay(text: str, lowered: str) -> list[Finding]:
    """A named person's bonus or raise given as a percentage (``_PERCENT_PAY``): the name
    right before it, then a verb of getting or a possessive (``_GOT``)."""
    findings: list[Finding] = []
    for figure in _PERCENT_PAY.finditer(lowered):
        floor = max(0, figure.start() - _LINK_REACH)
        for stop in _CLAUSE_END.finditer(lowered, floor, figure.start()):
            floor = stop.end()
        people = names(text, max(0, floor - _NAME_SIZE), figure.start())
        people = [p for p in people if p.end >= floor]
        if not people:
            continue
        name = people[-1]
        possessive = lowered.startswith(("'s", "\u2019s"), name.end) or lowered.endswith(
            ("'s", "\u2019s"), name.start, name.end
        )
        if not (
            _GOT.fullmatch(lowered, name.end, figure.start())
            or (possessive and _POSSESSIVE.fullmatch(lowered, name.end, figure.start()))
        ):
            continue
        if _NOT_PERSONS_PERCENT.search(lowered, floor, figure.end()):
            continue
        findings.append(Finding(LABEL, name.start, name.end))
        findings.append(Finding(LABEL, figure.start(), figure.end()))
    return findings


# A person's address: its local part names them ("rszabo@acme.io", "li.wei@corp.cn") unless
# it is a desk's, a system's or a role's ("payroll@", "comp-bot@", "billing@").
ADDRESS = re.compile(
    r"(?<![\w.+-])([a-z][a-z0-9'-]*(?:[._+][a-z0-9'-]+)*)@[\w-]+(?:\.[\w-]+)+", re.I
)
_ADDRESS_PARTS = re.compile(r"[-_.+']")
_ROLE_LOCAL_PARTS = frozenset((
    "no", "noreply", "reply", "do", "not", "support", "help", "info", "admin", "team", "hr",
    "it", "ops", "billing", "sales", "accounts", "accounting", "service", "services", "mail",
    "notifications", "alerts", "security", "payroll", "comp", "compbot", "bot", "finance",
    "people", "benefits", "rewards", "recruiting", "talent", "jobs", "careers", "hello",
    "contact", "office", "invoice", "invoices", "orders", "procurement", "purchasing",
    "vendor", "vendors", "treasury", "ap", "ar", "test", "example", "user", "jane", "john",
    "doe", "all", "staff", "everyone",
))  # fmt: skip
_ADDRESS_REACH = 120  # characters around an "@" where its address and a figure may stand


def personal_address(address: re.Match[str]) -> bool:
    local = address.group(1).lower()
    return not any(part in _ROLE_LOCAL_PARTS for part in _ADDRESS_PARTS.split(local))


def paid_address(text: str) -> bool:
    """Does a person's address stand on a line with a money figure ("Approved:
    rszabo@acme.io  L4→L5  base $165,500"), a person ``names.may_name`` does not see?"""
    index = text.find("@")
    for _ in range(20):  # (a paste of many addresses: its first few)
        if index < 0:
            return False
        start = max(0, text.rfind("\n", max(0, index - _ADDRESS_REACH), index) + 1, index - 40)
        end = text.find("\n", index, index + _ADDRESS_REACH)
        end = min(len(text), index + _ADDRESS_REACH) if end < 0 else end
        address = ADDRESS.search(text, start, end)
        if address is not None and personal_address(address) and _MONEY.search(text, index, end):
            return True
        index = text.find("@", index + 1)
    return False


def _address_pay(lowered: str, clause_start: int, figure: re.Match[str]) -> re.Match[str] | None:
    """A person's address in the figure's clause and a pay word between them ("Approved:
    rszabo@acme.io  L4→L5  base $165,500"): a pay system's line about that person."""
    for address in ADDRESS.finditer(lowered, clause_start, figure.start()):
        if (
            personal_address(address)
            and _PAY_WORD_BETWEEN.search(lowered, address.end(), figure.start()) is not None
            and _NOT_PAY_BETWEEN.search(lowered, address.end(), figure.start()) is None
        ):
            return address
    return None


def _unnamed_figure(
    text: str, lowered: str, clause_start: int, figure: re.Match[str]
) -> list[Finding]:
    """A money figure with no name in its clause, and the person's address if one stands
    there instead (``_address_pay``)."""
    address = _address_pay(lowered, clause_start, figure) if "@" in text else None
    if address is not None:
        return [Finding(LABEL, *address.span()), Finding(LABEL, *figure.span())]
    if _unnamed_pay(text, lowered, clause_start, figure):
        return [Finding(LABEL, *figure.span())]
    return []


def _unnamed_pay(text: str, lowered: str, clause_start: int, figure: re.Match[str]) -> bool:
    """A money figure with no full name in its clause: a person's pay all the same after a
    possessive ("their base ($125k)"), in a letter to them (``_letter_pay``), or after the
    first or last name alone of a person the message named in full before ("Subject:
    Retention adjustment - Prof. Tomasz Okafor" ... "for Prof. Okafor ...: base salary
    moves from $117,500"), with a pay word between."""
    return (
        _their_pay(text, lowered, clause_start, figure.start())
        or _pay_named_before(text, lowered, figure)
        # (a letter quoted on one line too: '"Hi Lucas — ... your new base will be €78,500"')
        or (
            ("\n" in text or "your " in lowered or "offer" in lowered)
            and _letter_pay(text, lowered, figure)
        )
        or (
            _PAY_WORD_BETWEEN.search(lowered, clause_start, figure.start()) is not None
            and _NOT_PAY_BETWEEN.search(lowered, clause_start, figure.start()) is None
            and known_name_in(text, clause_start, figure.start())
        )
    )


# A named person's pay, named with a possessive ("Kevin Tran's retention bonus", "Ana's
# new salary"), or as a pay word's object ("the raise for Kevin Tran").
_NAMED_PAY_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:salary|base|bonus|raise|comp|compensation|"
    r"package|severance|pay|wage)\b"
)
_NAMED_PAY_BEFORE = re.compile(
    r"\b(?:salary|bonus|raise|comp|compensation|package|severance|"
    # the offer a candidate is made ("write the offer letter for Tomasz Wójcik, ... . base
    # €94,000"): its figures are their pay
    r"offer|offer letter|job offer|counter-?offer|lettre d'offre|carta de oferta)"
    r"[ \t]+(?:for|of|to|pour|para|f\u00fcr)[ \t]+$"
)
_PRIOR_REACH = 160  # characters of the sentence before a figure's
# In the figure's sentence: a sum for many, not the one person's ("the pool for the team").
_NOT_ONES_PAY = re.compile(
    r"\b(?:pool|pools|team|teams|total|totals|everyone|all|company|org|headcount|average|"
    r"median|budget|policy|cap|capped|max|maximum|minimum|template)\b"
)
_PAY_SIZE = re.compile(r"\d[\d.,' ]*\d\d|\d[ \t]?k\b", re.I)  # three digits or more, or "5k"


def _pay_named_before(text: str, lowered: str, figure: re.Match[str]) -> bool:
    """A figure opening the sentence after one about a named person's pay, with no one
    else named between ("who approved Kevin Tran's retention bonus?? the comp sheet shows
    $115,000 one-time"): that person's pay, as "his bonus is $115,000" would be."""
    start = figure.start()
    if _PAY_SIZE.search(figure.group()) is None:
        return False
    floor = max(0, start - _PRIOR_REACH)
    sentence_start = -1
    for stop in _SENTENCE_END.finditer(lowered, floor, start):
        sentence_start = stop.end()
    if (
        sentence_start < 0
        or _NOT_PAY_BETWEEN.search(lowered, sentence_start, start)
        or _NOT_ONES_PAY.search(lowered, sentence_start, start)
    ):
        return False
    prior = max(0, sentence_start - _PRIOR_REACH)
    for stop in _SENTENCE_END.finditer(lowered, prior, sentence_start - 2):
        prior = stop.end()
    people = names(text, prior, start)
    if not people or people[-1].end > sentence_start:
        return False  # no one, or someone else named in the figure's own sentence
    name = people[-1]
    pay = _NAMED_PAY_AFTER.match(lowered, name.end)
    # (the name's possessive: "Kevin Tran's", which ``names`` may include in the name)
    possessive = lowered.startswith(("'s", "\u2019s"), name.end) or lowered.endswith(
        ("'s", "\u2019s"), name.start, name.end
    )
    if pay is not None and possessive:
        return _NOT_PAY_BETWEEN.search(lowered, pay.end(), start) is None
    return _NAMED_PAY_BEFORE.search(lowered, max(prior, name.start - 30), name.start) is not None


def _their_pay(text: str, lowered: str, clause_start: int, start: int) -> bool:
    """A possessive and a pay word right before the figure at ``start``, and a person named
    before the possessive in its paragraph ("Marcus ... they need it since their base
    ($125k) is below band")."""
    their = _THEIR_PAY.search(lowered, clause_start, start)
    if their is None:
        return False
    floor = max(0, their.start() - _PARAGRAPH_REACH)
    paragraph = lowered.rfind("\n\n", floor, their.start())
    return bool(names(text, floor if paragraph < 0 else paragraph + 2, their.start()))


PAY_COLUMN = re.compile(
    r"\b(?:salary|salaries|gross|net|base|bonus|wage|wages|pay|comp|compensation|"
    r"brutto|netto|gehalt|lohn|verg\u00fctung|salaire|brut|r\u00e9mun\u00e9ration|sueldo|"
    r"salario|bruto|neto)\b|brutto|gehalt|salary|salaire|sueldo"
)
# A level, not an amount: "salary band", "pay grade".
NOT_AMOUNT_COLUMN = re.compile(r"\b(?:band|bands|grade|level|range|scale|currency|date|day|type)\b")
# An amount in a cell: digits with separators, a currency or a "k" ("3.840,00", "€92,000").
_AMOUNT = re.compile(
    r"(?:[\u20ac$\u00a3][ \t]?)?\d[\d.,' ]*\d(?:[ \t]?(?:k|\u20ac|\$|\u00a3|eur|usd|gbp|chf))?",
    re.I,
)


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _cells(line: str, delimiter: str) -> list[str]:
    cells = [cell.strip() for cell in line.split(delimiter)]
    if delimiter == "|" and cells and not cells[0]:
        cells = cells[1:]  # a Markdown table's leading pipe
    return cells


def _pay_tables(text: str, lowered: str) -> list[Finding]:
    """Rows of a table with a name column and a pay column (see module docstring)."""
    findings: list[Finding] = []
    for (delimiter, name_at, last_at, pay_at), line, offset in table_rows(text, _pay_header):
        cells = _cells(line, delimiter)
        if len(cells) > max(name_at, last_at, pay_at):
            name = cells[name_at] if last_at < 0 else f"{cells[name_at]} {cells[last_at]}"
            amount = cells[pay_at].strip("\"'` ")
            if is_name(name) and _AMOUNT.fullmatch(amount) and _digits(amount) >= 3:
                start = offset + len(line) - len(line.lstrip())
                findings.append(Finding(LABEL, start, offset + len(line.rstrip())))
    return findings


def _pay_header(line: str) -> tuple[str, int, int, int] | None:
    lowered = line.lower()
    return _header(line) if any(w in lowered for w in _HEADER_WORDS) else None


# A word one of the name columns has (most lines have none: ``_header`` splits cells).
_HEADER_WORDS = ("name", "nom", "employe", "mitarbeiter", "salari", "first", "vorname",
                 "pr\u00e9nom", "prenom", "apellido", "surname", "staff", "person", "worker",
                 "last")  # fmt: skip


def _header(line: str) -> tuple[str, int, int, int] | None:
    """The delimiter, name column (and last-name column, or -1) and pay column of a table
    header, or None."""
    for delimiter in DELIMITERS:
        if line.count(delimiter) < 1:
            continue
        columns = [column_name(cell) for cell in _cells(line, delimiter)]
        pay_at = next(
            (
                i
                for i, c in enumerate(columns)
                if PAY_COLUMN.search(c) and not NOT_AMOUNT_COLUMN.search(c)
            ),
            -1,
        )
        if pay_at < 0:
            continue
        first = next((i for i, c in enumerate(columns) if c in FIRST_COLUMNS), -1)
        last = next((i for i, c in enumerate(columns) if c in LAST_COLUMNS and i != first), -1)
        if first >= 0 and last >= 0:  # "Prénom | Nom", "Nombre | Apellidos"
            return delimiter, first, last, pay_at
        name_at = next((i for i, c in enumerate(columns) if c in NAME_COLUMNS), -1)
        if name_at >= 0 and name_at != pay_at:
            return delimiter, name_at, -1, pay_at
    return None
