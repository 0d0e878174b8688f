"""Personal data: payment cards, IBANs, customers' postal addresses and dates of birth, each
validated beyond its shape (e-mail addresses are in ``emails``, national identity numbers in
``national_ids``).

A long digit run is a card only if it has a real issuer prefix and length and passes Luhn; an
IBAN only with the right length for its country and ISO 13616 mod-97 check digits. That is
what keeps Kafka offsets, epoch timestamps and SHAs from being reported.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import string
from functools import lru_cache

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, line_pairs
from bot.routing.sensitivity.names import is_name, names

# Not followed by ".5" or ",000" (a decimal or thousands), but ",09/27" is a CSV's expiry.
_CARD = re.compile(r"(?<![\w.+/-])\d(?:[ -]?\d){12,18}(?![\w-]|\.\d)")
# A digit after a comma makes the run part of a bigger number ("1716200000000,5"), unless the
# run is a CSV cell that a card's network and length fit ("...,Kenji Watanabe,4024...,240.45"):
# an epoch in milliseconds has 13 digits and starts with 1, a snowflake id 18-19.
_COMMA_DIGIT = re.compile(r",(?!\d\d/\d\d)\d")
_CSV_CARD_NETWORK = re.compile(
    r"4\d{15}|5[1-5]\d{14}|2[2-7]\d{14}|3[47]\d{13}|6(?:011|5\d\d)\d{12}"
)
_CARD_ID_CONTEXT = re.compile(
    r"(?:\b|_)(?:id|offset|order|build|run|job|seq|nonce|ts|epoch|timestamp|snowflake|tx|block|"
    r"invoice|ticket|pid|inode|bytes|size|trace|span)\b[^\w\n]{0,3}$",
    re.I,
)
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
)
# ISO 13616 registry: country code -> IBAN length.
_IBAN_TABLE = (
    "AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BR:29 BY:28 CH:21 CR:22 CY:28 "
    "CZ:24 DE:22 DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FO:18 FR:27 GB:22 GE:22 GI:23 GL:18 "
    "GR:27 GT:28 HR:21 HU:28 IE:22 IL:23 IQ:23 IS:26 IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 "
    "LI:21 LT:20 LU:20 LV:21 MC:27 MD:24 ME:22 MK:19 MR:27 MT:31 MU:30 NL:18 NO:15 PK:24 "
    "PL:28 PS:29 PT:25 QA:29 RO:24 RS:22 SA:24 SC:31 SE:24 SI:19 SK:24 SM:27 ST:25 SV:28 "
    "TL:23 TN:24 TR:26 UA:29 VA:22 VG:24 XK:20"
)
IBAN_LENGTHS = {item[:2]: int(item[3:]) for item in _IBAN_TABLE.split()}


# A postal address given field by field, as payment, shop and shipping APIs send it
# (``"line1": "63 Newcastle Road"``, ``'street1': '3604 Harrison Ct'``), in a message that
# also names a person: a customer's home. Prose addresses are not looked for.
_STREET_FIELD = re.compile(
    r"""["']?(?:address[_ ]?line[_ ]?1|address[_ ]?1|line[_ ]?1|street[_ ]?(?:address|1)?|"""
    r"""addr[_ ]?1)["']?[ \t]*[:=][ \t]*["']([^"'\n]{4,100})["']"""
)
_PERSON_FIELD = re.compile(
    r"""["']?(?:first[_ ]?name|last[_ ]?name|full[_ ]?name|recipient|customer|name)["']?"""
    r"""[ \t]*[:=]"""
)
# Field names only: "address" and "street" alone are in too many messages.
_STREET_TRIGGERS = Words((
    "line1", "line_1", "address1", "address_1", "address_line", "street1", "street_1",
    "street_address", '"street"', "'street'", "street:", "addr1",
))  # fmt: skip
# The value names a street (a word or a suffix of one), not a building or a dock.
_STREET_WORD = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|court|ct|boulevard|blvd|way|"
    r"place|pl|square|sq|terrace|close|crescent|highway|hwy|parkway|pkwy|rue|chemin|all[ée]e|"
    r"via|viale|piazza|calle|avenida|rua|travessa|carrer|ulica|ul|plein|kade|gracht)\b\.?"
    r"|(?:stra(?:ss|ß)e|str\.|weg|gasse|straat|laan|vej|gatan|v[äa]gen|katu|tie)\b",
    re.IGNORECASE,
)


# A person's home address in a record that names them by their role: a driver, a rider,
# a courier, a tenant, a patient ("driver": "Lukas Visser", then "home_geofence": {"label":
# "home", "address": "Schillerweg 32, 68539 Köln"}); the address field's name alone, its
# value a street and a number, within ``_RECORD_REACH`` characters of the name.
_ROLE_WORDS = (
    "driver", "rider", "courier", "tenant", "patient", "resident", "employee", "recipient",
    "fahrer", "mieter", "bewohner", "mitarbeiter", "chauffeur", "conducteur", "conductrice",
    "locataire", "livreur", "livreuse", "conductor", "inquilin", "repartidor", "bestuurder",
    "huurder", "koerier", "bezorger", "autista", "corriere", "motorista", "entregador",
)  # fmt: skip
_ROLE_GATE = Words(_ROLE_WORDS)
_ROLE_NAME_FIELD = re.compile(
    rf"""(?<![\w-])(?:{"|".join(_ROLE_WORDS)})(?:in|a|o|e)?(?:[_ ]?(?:full[_ ]?)?name)?["']?"""
    r"""[ \t]*[:=][ \t]*["']?([^"'\n,{}]{3,60})"""
)
_ADDRESS_WORDS = Words((
    "address", "adresse", "anschrift", "direcci", "domicilio", "indirizzo", "adres",
    "endere", "morada",
))  # fmt: skip
_ADDRESS_FIELD = re.compile(
    r"""(?<![\w-])(?:(?:home|private|postal|residential|wohn|privat|heim)[_ ]?)?"""
    r"""(?:address|adresse|anschrift|direcci[o\u00f3]n|domicilio|indirizzo|adres|"""
    r"""endere[c\u00e7]o|morada)["']?[ \t]*[:=][ \t]*["']?([^"'\n{}]{4,100})"""
)
_RECORD_REACH = 600


def _role_addresses(text: str, lowered: str) -> list[Finding]:
    """Addresses of the people a record names by their role (``_ROLE_NAME_FIELD``)."""
    people = [
        field.start()
        for field in _ROLE_NAME_FIELD.finditer(lowered)
        if is_name(text[field.start(1) : field.end(1)].strip())
    ]
    findings: list[Finding] = []
    for field in _ADDRESS_FIELD.finditer(lowered) if people else ():
        value = text[field.start(1) : field.end(1)].rstrip()
        if (
            any(c.isdigit() for c in value)
            and _STREET_WORD.search(value)
            and any(abs(field.start() - person) <= _RECORD_REACH for person in people)
        ):
            findings.append(Finding("pii.address", field.start(1), field.start(1) + len(value)))
    return findings


def find_addresses(text: str, lowered: str) -> list[Finding]:
    """Street lines of postal addresses in structured data about a person."""
    findings: list[Finding] = []
    if _ADDRESS_WORDS.found(lowered) and _ROLE_GATE.found(lowered):
        findings.extend(_role_addresses(text, lowered))
    if "line" not in lowered and "addr" not in lowered and "street" not in lowered:
        return findings
    if not _STREET_TRIGGERS.found(lowered):
        return findings
    if _PERSON_FIELD.search(lowered) is None:
        return findings
    for match in _STREET_FIELD.finditer(lowered):
        value = text[match.start(1) : match.end(1)]
        if any(c.isdigit() for c in value) and _STREET_WORD.search(value):
            findings.append(Finding("pii.address", match.start(1), match.end(1)))
    return findings


# A postal address written in a sentence: a US street line, city, state and ZIP ("8054
# Cedar St, Madison, WI 53731"), or a European street and number, postcode and city ("via
# Garibaldi 70, 20135 Milano", "Hauptstraße 5, 10115 Berlin"). The postcode comes first in
# the search (", WI 53731", ", 20135 M"), tried only at a comma followed by a digit or
# two capitals.
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![A-Za-z0-9])"
_POSTCODE = re.compile(
    r", (?:[A-Z]{2} \d{5}(?:-\d{4})?|\d{4,5} [A-Z\u00c0-\u00de]|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} [A-Z]{2} \d{5}(?:-\d{4})?(?!\d)|"  # ", Plano TX 75093"
    rf"(?:[A-Z][a-z]+ ){{0,3}}{_UK_POSTCODE})"  # ", Leeds LS6 4QT"
)
_US_STREET = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place|Ter|Pkwy|Hwy|Cir)"
)
_UK_STREET = (
    r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Crescent|Terrace|Way|Place|"
    r"Court|Gardens|Grove|Row|Hill|Mews|Walk|Square|Park|Rise|View|Green|Parade)\.?"
)
_FLAT = r"(?:Flat|Apt|Apartment|Unit)\.? ?\w{1,4}"
_PROSE_ADDRESS = re.compile(
    rf"(?<![\w-])\d{{1,6}} (?:[A-Z][a-z]+ ){{1,3}}{_US_STREET}\.?"
    r"(?:,? (?:Apt|Suite|Unit|#)\.? ?\w+)?, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? [A-Z]{2} \d{5}"
    r"(?:-\d{4})?(?!\d)"
    r"|(?:\b(?:[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Rr]ue|[Cc]alle|[Aa]venida|[Rr]ua|[Uu]lica)"
    r" [A-Z][\w'. ]{1,40}?|\b[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    r"(?:stra(?:ss|\u00df)e|str\.|weg|gasse|platz|allee|straat|laan|gatan|v\u00e4gen))"
    # (the town may have an umlaut or an accent: "Köln", "Zürich", "Malmö")
    r" \d{1,4}[a-z]?, \d{4,5} [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    # British: a house number (a flat before or after it), the street, the town and postcode
    # ("36 Birchwood Lane, Flat 3, Leeds LS6 4QT", "Flat 2, 9 Mill Road, Cambridge CB1 2AD"),
    # a village or a district before the town ("14 Larkspur Close, Earley, Reading RG6 7BQ")
    rf"|(?<![\w-])(?:{_FLAT}, )?\d{{1,4}}[a-z]? (?:[A-Z][a-z]+ ){{1,3}}{_UK_STREET}"
    rf"(?:, {_FLAT})?, (?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )?(?:[A-Z][a-z]+ ){{1,3}}(?:, )?"
    rf"{_UK_POSTCODE}"
)
# The company's own address: an office, a head office, the company's name before it.
_COMPANY_PLACE = re.compile(
    r"office|\bhq\b|headquarters|warehouse|acme|b\u00fcro|bureau|ufficio|sede|oficina|"
    r"invoice footer|letterhead|"
    # a business's receiving address ("Helio Solar Inc., Attn: IT Receiving / Dock 3, ...")
    r"\binc\b|\bllc\b|\bltd\b|gmbh|\battn\b|receiving|loading dock|"
    # a site of the company's (a charger's, a depot's: "charger_id": ..., "address": ...)
    r"charg(?:er|ing)|charge ?points?|ladestation|ladepunkt|ladepark|lades\u00e4ule|"
    r"borne de recharge|depot|\bsite\b|standort|filiale"
)
# A person's home before the address ("home_geofence": {"label": "home", "address": ...,
# "Wohnadresse"): a charger or a site near it is theirs, not the company's.
_HOME = re.compile(r"\bhome|wohn|privat|zuhause|zu hause|domicil|\bthuis|\bresiden")


def _companys_place(lowered: str, start: int) -> bool:
    """The company's own address: its office, its name, one of its sites in the 60
    characters before, and not a person's home."""
    floor = max(0, start - 60)
    return _COMPANY_PLACE.search(lowered, floor, start) is not None and (
        _HOME.search(lowered, floor, start) is None
    )


# A business's own listing: a restaurant's, a shop's or a hotel's name, address and phone
# in a catalog record, an onboarding form or a sentence about its entry ("restaurant record
# from the catalog API", "cuisine:", "opening_hours:", a Turkish "işletme telefonu", the
# business's phone, "Rua Augusta 1508, Loja 2"). A business's public contact details are
# nobody's personal data. Within ``_LISTING_REACH`` characters either side of the value, a
# word for such a place or its listing, and none for a person there: a courier, a customer,
# an owner, a guest, "my", a home or a flat, an order or a booking, a person's name fields,
# the company someone works for.
_BUSINESS_LISTING = re.compile(
    r"\b(?:restaurants?|restaurantes?|ristoranti?|restoran\w*|restauracj\w*|"
    r"caf[e\u00e9]s?|cafeter[i\u00ed]as?|coffee ?shops?|bistros?|bakery|bakeries|"
    r"b[\u00e4a]ckerei\w*|boulangeries?|panader[i\u00ed]as?|padarias?|pizzerias?|"
    r"trattorias?|brasseries?|diners?|eatery|eateries|takeaways?|lanchonetes?|lanches|"
    r"lokanta\w*|pastane\w*|kafe\w*|shops?|storefronts?|boutiques?|tiendas?|lojas?|"
    r"negozi[oa]?|magasins?|gesch[\u00e4a]ft\w*|sklep\w*|ma[\u011fg]aza\w*|"
    r"d[\u00fcu]kkan\w*|hotels?|hostels?|venues?|salons?|"
    # a car maker's dealers and their showrooms, pinned on a map or listed in a locator
    r"dealers?|dealerships?|showrooms?|autoh[\u00e4a]us\w*|vertragsh[\u00e4a]ndler\w*|"
    r"h[\u00e4a]ndlerstandort\w*|concessionnaires?|concesionari[oa]s?|concessionari[oa]?|"
    r"dealer ?locator|store ?locator|"
    r"business(?:es)?(?:'s)? (?:listings?|profiles?|phone|address|hours|details)|"
    r"[i\u0130][\u015fs]letme\w*|estabelecimentos?|\u00e9tablissements?|establecimientos?|"
    r"cuisine|opening[ _]hours|\u00f6ffnungszeiten|horaires? d'ouverture|"
    r"horarios? de apertura|hor[a\u00e1]rio de funcionamento|orari di apertura|"
    r"openingstijden|godziny otwarcia|[\u00e7c]al[\u0131i][\u015fs]ma saatleri|"
    r"(?:restaurant|store|shop|venue|outlet|hotel)_id)\b"
)
_PERSON_THERE = re.compile(
    rf"\b(?:(?:{'|'.join(_ROLE_WORDS)})(?:in|a|o|e|s|es)?|"
    # (a place's "contact details" are its own: "Store 231 contact details: ...")
    r"customers?|clients?|clientes?|guests?|users?|owners?|"
    r"contacts?(?![ _](?:details|info|information|numbers?|page)\b)|leads?|buyers?|"
    r"shoppers?|passengers?|members?|kund(?:e|in|en)|klant\w*|klient\w*|"
    r"persons?|people|candidates?|applicants?|staff|"
    # the company a person works for, a column of a table of people ("Name | Company")
    r"compan(?:y|ies)|employers?|firma|empresa|entreprise|unternehmen|[\u015fs]irket\w*|"
    r"m[\u00fcu][\u015fs]teri\w*|inhaber\w*|propri[e\u00e9]taires?|propietari[oa]s?|"
    r"proprietari[oa]|propriet[a\u00e1]ri[oa]s?|don[oa]|sahibi|eigenaar|w[\u0142l]a[\u015bs]ciciel\w*|"
    r"my|mine|his|her(?! g[\u00fcu]n)|mein\w*|meu|minha|mio|mia|benim|"
    r"home|flat|apartment|wohnung|privat\w*|private|personal|zuhause|"
    r"orders?|ordered|deliver(?:y|ed)? to|delivery[ _]address|drop[ _-]?off|shipping|"
    r"bestellung\w*|pedidos?|commandes?|sipari[\u015fs]\w*|ordine|zam[\u00f3o]wieni\w*|"
    r"lieferadresse|teslimat\w*|bookings?|reservations?|reservas?|reservierung\w*|"
    r"rezervasyon\w*|first[ _]?name|last[ _]?name|full[ _]?name|surname|vorname|nachname|"
    r"dob|birth\w*)\b"
)
_LISTING_REACH = 300


def business_listing(text: str, lowered: str, start: int, end: int) -> bool:
    """A business's address or phone in its own listing (``_BUSINESS_LISTING``), with no
    person said to be there (``_PERSON_THERE``)."""
    places, people = _listing_words(text, lowered)
    floor, ceiling = start - _LISTING_REACH, end + _LISTING_REACH * 2 // 3
    return _any_between(places, floor, ceiling) and not _any_between(people, floor, ceiling)


@lru_cache(maxsize=4)
def _listing_words(text: str, lowered: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the message names a business's listing and where a person, found once per
    message (a paste of a thousand numbers asks for each one); not a word of the business's
    own name ("Acme Home, 45 Market Street", "Harbour Home": "Home" capitalised after a
    capitalised word names a shop, not where someone lives)."""
    places = tuple(m.start() for m in _BUSINESS_LISTING.finditer(lowered))
    people = (
        tuple(m.start() for m in _PERSON_THERE.finditer(lowered) if not _in_name(text, m.start()))
        if places
        else ()
    )
    return places, people


_NAME_BEFORE = re.compile(r"[A-Z][\w&'-]* \Z")


def _in_name(text: str, start: int) -> bool:
    """Is the word at ``start`` "Home" after a capitalised word (a shop's name)?"""
    return (
        text.startswith("Home", start)
        and _NAME_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _any_between(positions: tuple[int, ...], floor: int, ceiling: int) -> bool:
    index = bisect.bisect_left(positions, floor)
    return index < len(positions) and positions[index] < ceiling


def _postcode_at(text: str, comma: int) -> re.Match[str] | None:
    """The postcode after the ", " at ``comma``, looked for only after a digit or two
    capitals (most commas are followed by neither)."""
    head = text[comma + 2 : comma + 4]
    if not head[:1].isdigit() and not (head[:1].isupper() and head.isalpha()):
        return None
    return _POSTCODE.match(text, comma)


def find_prose_addresses(text: str, lowered: str) -> list[Finding]:
    """Postal addresses written in a sentence, unless they are the company's."""
    findings: list[Finding] = []
    comma = text.find(", ")
    while comma >= 0:
        postcode = _postcode_at(text, comma)
        comma = text.find(", ", comma + 1)
        if postcode is None:
            continue
        match = _PROSE_ADDRESS.search(text, max(0, postcode.start() - 90), postcode.end() + 20)
        if match is None or _companys_place(lowered, match.start()):
            continue
        if business_listing(text, lowered, match.start(), match.end()):
            continue
        findings.append(Finding("pii.address", match.start(), match.end()))
    return findings


# A street address in a sentence without its postcode, said of the person named right before
# it ("Stops: Dana Whitfield at 41 Birchwood Lane, Millbrae", "Mrs. Ingrid Halvorsen at 22
# Birchwood Lane is on the register", "Omar Haddad lives at 1290 Cordilleras Ave Apt 3"):
# where someone lives, and who. Not an address with nobody named before it ("the office at
# 500 Howard St"), the company's own, or a business's in its listing.
_STREET_NUMBER = re.compile(
    # (the digit first, then the look-behind: ``re`` tries a digit at each place quicker)
    rf"\d(?<![\w.,/#-].)\d{{0,4}}[A-Za-z]? (?:[A-Z][a-z]+ ){{1,3}}(?:{_US_STREET}|{_UK_STREET})"
    rf"(?!\w)\.?(?:,? (?:Apt|Apartment|Unit|Suite|Flat|#)\.? ?\w{{1,4}})?"
)
# Between the name and the house number: "at", "lives at", ", who lives at", "(", ":".
_TO_ADDRESS = re.compile(
    r"(?:[ \t]*[,(:\u2013\u2014-])?[ \t]*"
    r"(?:(?:who |she |he |they )?(?:lives|living|lived|resides|residing|stays|staying|"
    r"moved|is|now|still)(?: (?:now|still|living|staying))?[ \t]+)?(?:at|on|to|in)?[ \t]*"
)
_NAME_REACH = 60  # characters before the house number where the name may start
# A business's name that looks like a person's ("Blue Bottle Coffee at 66 Mint St", "Rosa
# Parks Library at ..."): a word for a business or a public place in it.
_BUSINESS_NAME = re.compile(
    r"\b(?:coffee|caf[e\u00e9]|bakery|bar|grill|kitchen|pizza|pizzeria|deli|diner|tavern|pub|"
    r"brewery|brewing|roasters|market|store|shop|hotel|inn|bank|pharmacy|clinic|hospital|gym|"
    r"fitness|studio|salon|library|school|college|university|church|hall|cent(?:er|re)|"
    r"station|mall|plaza|park|theat(?:er|re)|museum|co|corp|group|partners|labs?|foods)\b"
)


def find_named_addresses(text: str, lowered: str) -> list[Finding]:
    """Street addresses right after a named person (``_STREET_NUMBER``), unless the name is
    a company's or a business's, or the address is in a business's listing."""
    findings: list[Finding] = []
    for match in _STREET_NUMBER.finditer(text):
        start = match.start()
        if not any(
            name.end <= start
            and _TO_ADDRESS.fullmatch(text, name.end, start)
            # (the office's or the company's name is no one's: "the Acme office at ...")
            and _COMPANY_PLACE.search(lowered, max(0, name.start - 12), start) is None
            and _BUSINESS_NAME.search(lowered, name.start, name.end) is None
            for name in names(text, max(0, start - _NAME_REACH), start)
        ):
            continue
        if business_listing(text, lowered, start, match.end()):
            continue
        findings.append(Finding("pii.address", start, match.end()))
    return findings


# Where a car is every night is where its keeper lives: a street and house number said to be
# where a vehicle parks or stands overnight ("auto parkuje co noc 22:00-06:30 na 52.2435,
# 21.0176 - to jest ul. Miodowa 14 m. 3, Warszawa", "steht jede Nacht von 23 bis 7 Uhr in
# der Lindenstraße 17 in Kassel"): a home, read from location data. Within a sentence or so
# of the night word, a verb of parking or standing and the address; not a depot, an office or
# another site of the company's (``_COMPANY_PLACE``), a business's listing, or a public car
# park ("the Park & Ride at 12 Station Road").
_NIGHT = re.compile(
    r"\b(?:every night|each night|overnight|nightly|jede nacht|jeden abend|\u00fcber nacht|"
    r"nachts|co noc|ka\u017cdej nocy|na noc|chaque nuit|toutes les nuits|la nuit|"
    r"cada noche|todas las noches|por la noche|ogni notte|tutte le notti|di notte|"
    r"elke nacht|'s nachts)\b"
)
_NIGHT_WORDS = Words((
    "night", "overnight", "nacht", "abend", "co noc", "nocy", "na noc", "nuit", "noche",
    "notte",
))  # fmt: skip
_PARKS = re.compile(
    r"\b(?:park(?:s|ed|ing)?|parkt|parken|geparkt|abgestellt|steht|stehen|stand|\u00fcbernachtet|"
    r"parkuje|parkowa\w*|zaparkowan\w*|stoi|sta\u0142\w*|stationn\w*|gar[\u00e9e]e?s?|"
    r"aparca\w*|estaciona\w*|parcheggia\w*|sosta|parkeert|geparkeerd|staat|sleeps|stays|"
    r"stands|kept|left)\b"
)
_L = "A-Z\u00c0-\u00de\u0141\u015a\u017b\u0179\u0106"  # capitals: Ł, Ś, Ż, Ź, Ć too
_STREET_AND_NUMBER = re.compile(
    # German and Dutch compounds: "Lindenstraße 17", "Am Hofweg 3a", "Kerkstraat 12"
    rf"(?<![\w-])[{_L}][\w\u00df-]*?(?:stra(?:ss|\u00df)e|str\.|weg|gasse|platz|allee|ring|"
    r"damm|ufer|chaussee|straat|laan|gracht|kade|plein) \d{1,4}[a-z]?(?![\w,.]\d)"
    # a street word before the name: Polish, French, Spanish, Italian, Portuguese
    # (the house number after the name, or before the street word: "12, rue des Lilas")
    r"|(?<![\w-])(?:\d{1,4}[a-z]?,? )?(?:ul\.|ulica|al\.|aleja|os\.|pl\.|rue|avenue|boulevard|"
    r"calle|avenida|via|viale|piazza|corso|rua|travessa)"
    r"(?: (?:de la|de|des|du|del|della|di|da|do|dos|das|d'|l'))?"
    rf" ?[{_L}][\w'.-]*(?: [{_L}][\w'.-]*){{0,3}}(?: \d{{1,4}}[a-z]?(?![\w,.]\d))?"
    rf"|{_STREET_NUMBER.pattern}"
)
_PUBLIC_PARKING = re.compile(
    r"car park|parking (?:lot|garage|deck)|park (?:&|and) ride|park-and-ride|parkhaus|"
    r"parkplatz|rastplatz|autohof|parking public|aparcamiento p\u00fablico|parcheggio pubblico"
)


def find_overnight_addresses(text: str, lowered: str) -> list[Finding]:
    """Street addresses where a vehicle is said to park every night (``_NIGHT``)."""
    findings: list[Finding] = []
    if not _NIGHT_WORDS.found(lowered):
        return findings
    for night in _NIGHT.finditer(lowered):
        lo, hi = max(0, night.start() - 100), min(len(text), night.end() + 120)
        if _PARKS.search(lowered, max(0, night.start() - 60), night.end() + 30) is None:
            continue
        for match in _STREET_AND_NUMBER.finditer(text, lo, hi):
            start, end = match.span()
            if not any(c.isdigit() for c in match.group()):
                continue  # a street named, no house: "rue des Lilas"
            floor = max(0, start - 60)
            if (
                _COMPANY_PLACE.search(lowered, floor, min(len(text), end + 40)) is not None
                and _HOME.search(lowered, floor, start) is None
            ) or _PUBLIC_PARKING.search(lowered, max(0, start - 40), start) is not None:
                continue
            if not business_listing(text, lowered, start, end):
                findings.append(Finding("pii.address", start, end))
    return findings


# A postal address written as a label, one part a line: the street line (a number, a name
# and a street word), then the town and postcode, the town a line before its postcode or
# the postcode on a line of its own: UK ("Bristol BS3 4QT"), US ("Madison, WI 53731"),
# European ("10115 Berlin").
_STREET_LINE_WORDS = (
    "street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "close",
    "crescent", "terrace", "way", "place", "court", "gardens", "grove", "row", "hill",
    "boulevard", "blvd", "mews", "walk", "square",
)  # fmt: skip
# A line that starts with a house number: the one search on every message with lines (``re``
# skips to each newline quickly); the address is matched only there.
_NUMBERED_LINE = re.compile(r"\n[ \t]*(?:flat \w+,? )?\d{1,5}[a-z]?,? [a-z]")
_BLOCK_ADDRESS = re.compile(
    r"^[ \t]*(?:flat \w+,? )?\d{1,5}[a-z]?,? (?:[a-z][a-z'-]+ ){1,3}"
    rf"(?:{'|'.join(_STREET_LINE_WORDS)})\.?[ \t]*\n"
    r"(?:[ \t]*[a-z][a-z' -]{1,40}\n)?"  # a locality or the town alone
    r"[ \t]*(?:[a-z][a-z' -]{1,40},? )?"
    r"(?:[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|[a-z]{2} \d{5}(?:-\d{4})?|\d{4,5})"
    r"(?:[ \t]+[a-z][a-z' -]{1,40})?[ \t]*(?:\n|$)",
    re.MULTILINE,
)


def find_block_addresses(text: str, lowered: str) -> list[Finding]:
    """Postal addresses written one part a line (``_BLOCK_ADDRESS``), unless the company's;
    tried only at the text's start and at lines that start with a house number."""
    findings: list[Finding] = []
    starts = [0] + [m.start() + 1 for m in _NUMBERED_LINE.finditer(lowered)]
    for start in starts:
        match = _BLOCK_ADDRESS.match(lowered, start)
        if match is None or _companys_place(lowered, match.start()):
            continue
        if not business_listing(text, lowered, match.start(), match.end()):
            findings.append(Finding("pii.address", match.start(), match.end()))
    return findings


# A date of birth, named as one: with a name it identifies a person ("DOB 03/08/1985"); not
# the label of a redaction marker ("[REDACTED:pii.dob]").
_DOB_WORDS = re.compile(
    r"(?<!pii\.)\bdob\b|\bd\.o\.b\.|date[ _]?of[ _]?birth|birth[ _]?date|\bborn(?: on)?\b|birthday|"
    r"geburtsdatum|\bgeb\.|"
    r"date de naissance|\bn[ée]e? le\b|fecha de nacimiento|data di nascita|data de nascimento|"
    r"geboortedatum|data urodzenia|f[öo]delsedatum|生年月日|"
    # Indonesian and Malay, Vietnamese, Turkish, Russian
    r"\btgl\.? ?lahir|\btanggal lahir|\btarikh lahir|ng\u00e0y sinh|\bngay sinh\b|"
    r"doğum tarihi|\bdogum tarihi|дата рождения"
)
_DATE = re.compile(
    r"(?<![\w./-])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|"
    r"\d{1,2} [A-Za-z]{3,9} (?:19|20)\d{2})(?![\w/-])"
)
_DOB_TRIGGERS = Words((
    "dob", "d.o.b", "birth", "born", "geburt", "geb.", "naissance", "né", "nacimiento",
    "nascita", "nascimento", "geboorte", "urodzenia", "födelse", "fodelse", "生年月日",
    "lahir", "sinh", "tarihi", "рождения",
))  # fmt: skip


def find_birth_dates(text: str, lowered: str) -> list[Finding]:
    """A date within 40 characters after a date-of-birth word."""
    if not _DOB_TRIGGERS.found(lowered):
        return []
    findings: list[Finding] = []
    for word in _DOB_WORDS.finditer(lowered):
        date = _DATE.search(text, word.end(), word.end() + 40)
        if date is None:
            continue
        # "born on" is said of services too ("born on 2021-03-04, it has grown a lot"), and a
        # birthday of its party ("her birthday lunch on 12/05/2025"): there only a date at
        # least ten years old is taken for a person's birth.
        recent = dt.date.today().year - 10
        if word.group().startswith(("born", "birthday")) and _year(date.group()) > recent:
            continue
        if _BOUND_BEFORE.search(lowered, word.end(), date.start()):
            continue
        # another field's date in a log line ("dob=[REDACTED] expiry=2031-02-11", "dob: ...,
        # expiry: 2029-09-14")
        if _OTHER_FIELD.search(lowered, word.end(), date.start()):
            continue
        # the date of birth itself already redacted: the next date is another field's
        # ("DOB [REDACTED:pii.dob], start 2024-02-01")
        if "[redacted" in lowered[word.end() : date.start()]:
            continue
        findings.append(Finding("pii.dob", date.start(), date.end()))
    return findings


# A bound the date is compared with, not anyone's birth: a constraint or a query's filter
# ("CHECK (date_of_birth > '1900-01-01')", "WHERE dob BETWEEN '1950-01-01' AND ...",
# "dob >= 2006-05-01"). Equality is left out: "WHERE dob = '1985-03-08'" looks a person up.
_BOUND_BEFORE = re.compile(
    r"(?:[<>]=?|\b(?:between|before|after|older than|earlier than|later than|since|until)\b)"
    r"[ \t'\"`(]*(?:date[ \t]*)?[ \t'\"`(]*$"
)
_OTHER_FIELD = re.compile(r"\s[a-z][a-z_]+=|[,;{][ \t]*[a-z][a-z_]+[ \t]*:")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _year(date: str) -> int:
    match = _YEAR.search(date)
    return int(match.group()) if match else 0


def luhn_valid(number: str) -> bool:
    """ISO/IEC 7812 check digit."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        n = ord(ch) - 48
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def issuer_length_ok(number: str) -> bool:
    """Issuer prefix and length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Mir,
    Troy, RuPay, Elo, Maestro...)."""
    n, two, four = len(number), int(number[:2]), int(number[:4])
    if 2200 <= four <= 2204:  # Mir
        return 16 <= n <= 19
    if four == 9792 or two in (81, 82):  # Troy, RuPay
        return n == 16
    if number[0] == "4":
        return n in (13, 16, 19)
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if two in (34, 37):
        return n == 15
    if number.startswith(("6011", "65")) or 644 <= int(number[:3]) <= 649 or two == 62:
        return 16 <= n <= 19
    if 3528 <= four <= 3589:
        return 16 <= n <= 19
    if two in (36, 38, 39) or 300 <= int(number[:3]) <= 305:
        return 14 <= n <= 19
    return (two == 50 or 56 <= two <= 69) and 12 <= n <= 19


def _grouping_ok(raw: str) -> bool:
    separators = {c for c in raw if not c.isdigit()}
    if not separators:
        return True
    if len(separators) > 1:
        return False
    groups = [len(g) for g in re.split(r"[ -]", raw)]
    if groups in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4 and len(groups) >= 4


def find_cards(text: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """Luhn-valid card numbers, 13-19 digits, optionally grouped by spaces or dashes.

    ``windows``: digit stretches from ``phones.digit_windows``; a card needs 13+ digits.
    """
    findings: list[Finding] = []
    # (Six more characters of right context: the look-ahead must see ",09/27".)
    matches = (
        m
        for lo, hi in windows
        if hi - lo >= 13
        for m in _CARD.finditer(text, lo, min(len(text), hi + 6))
    )
    for match in matches:
        raw = _card_number(match.group())
        if raw is None:
            continue
        start, end = match.start(), match.start() + len(raw)
        if _COMMA_DIGIT.match(text, match.end()) and not (
            text[start - 1 : start] == ","
            and _CSV_CARD_NETWORK.fullmatch(raw)
            and issuer_length_ok(raw)
        ):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        named_id = _CARD_ID_CONTEXT.search(text[max(line_start, start - 20) : start])
        if named_id and not (_card_grouped(raw) or _CARD_AFTER.match(text, end)):
            continue  # "order 4111111111111111": an id that happens to pass Luhn
        findings.append(Finding("pii.card", start, end))
    return findings


# A card's magnetic stripe as a terminal logs it: Track 2 (and EMV tag 57, "Track 2
# equivalent data") is the number, ``=`` or ``D``, the expiry YYMM and a three-digit service
# code, glued together (``4542986745956539D27042010...``); Track 1 is ``B``, the number,
# ``^``, the holder's name, ``^`` and the same fields. ``_CARD`` wants the number to end at
# a word boundary, which it does not here, and whoever has the stripe can clone the card.
_TRACK = re.compile(
    r"(?<![\w.+/-])B?(\d{13,19})(?:[D=]|\^[^^\n]{2,26}\^)(\d\d)(0[1-9]|1[0-2])\d{3}"
)


def find_track_data(text: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """A card number's magnetic-stripe track (``_TRACK``), with a card's issuer prefix,
    length and Luhn check; reported from the number to the service code."""
    findings: list[Finding] = []
    if "D" not in text and "=" not in text and "^" not in text:
        return findings
    for lo, hi in windows:
        if hi - lo < 13 or text[hi - 2 : hi - 1] not in ("D", "=", "^"):
            continue
        for match in _TRACK.finditer(text, max(0, lo - 1), min(len(text), hi + 40)):
            number = match.group(1)
            if issuer_length_ok(number) and luhn_valid(number):
                findings.append(Finding("pii.card", match.start(1), match.end()))
    return findings


# A card in a reservation system's form of payment: Amadeus ``FP CCVI4556...1234/0927``,
# Sabre ``5-*AX3700...0028\u20211225``, Galileo ``F-CCMC5500...``: ``CC`` or ``*``, the
# card's two-letter code, then the number glued to it, so ``_CARD`` sees no word boundary.
_FOP_CARD = re.compile(
    r"(?:(?<![A-Za-z])CC|\*)(?:VI|CA|MC|AX|DC|JC|TP|DS|CB|UP|BA|VS|IK|E5)(\d{13,19})(?![\w-])"
)


def find_fop_cards(text: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """A card number in a reservation's form of payment (``_FOP_CARD``), with a card's
    issuer prefix, length and Luhn check."""
    findings: list[Finding] = []
    if "CC" not in text and "*" not in text:
        return findings
    for lo, hi in windows:
        if hi - lo < 13:
            continue
        for match in _FOP_CARD.finditer(text, max(0, lo - 5), hi):
            number = match.group(1)
            if issuer_length_ok(number) and luhn_valid(number):
                findings.append(Finding("pii.card", *match.span(1)))
    return findings


# A card number broken over two lines of a log or exception message.


def _digits_across_a_line(text: str) -> bool:
    """A line ending in a digit followed by one starting with a digit (spaces aside)."""
    newline = text.find("\n")
    while newline >= 0:
        if (
            text[:newline].rstrip(" \t")[-1:].isdigit()
            and text[newline + 1 : newline + 40].lstrip(" \t")[:1].isdigit()
        ):
            return True
        newline = text.find("\n", newline + 1)
    return False


# (digits in groups with one space between, as a card is written down: "5780 5649" /
# "5056 8295")
_DIGITS_AT_END = re.compile(r"(\d(?:\d| (?=\d)){3,22})[ \t]*$")
_DIGITS_AT_START = re.compile(r"[ \t]*(\d(?:\d| (?=\d)){3,22})(?![\w-])")
_CARD_WORDS = Words(("card", "karte", "carte", "tarjeta", "cart\u00e3o", "cartao", "pan", "visa"))


def find_wrapped_cards(text: str, lowered: str) -> list[Finding]:
    """A Luhn-valid card number split by a line break, in a message about a card or with its
    expiry after it (``card=46613770`` / ``65910345 exp=09/27``)."""
    findings: list[Finding] = []
    if not _digits_across_a_line(text):
        return findings
    named = _CARD_WORDS.found(lowered)
    for start, end, next_start, next_end in line_pairs(text):
        tail = _DIGITS_AT_START.match(text, next_start, next_end)
        if tail is None:
            continue
        head = _DIGITS_AT_END.search(text, start, end)
        if head is None or (
            head.start() and (text[head.start() - 1].isalnum() or text[head.start() - 1] in "_.")
        ):
            continue
        number = (head.group(1) + tail.group(1)).replace(" ", "")
        if not (13 <= len(number) <= 19 and issuer_length_ok(number) and luhn_valid(number)):
            continue
        if named or _CARD_AFTER.match(text, tail.end()):
            findings.append(Finding("pii.card", head.start(1), tail.end(1)))
    return findings


# A card number read out: digit by digit as speech-to-text writes a caller's ("4 8 8 2 6 5
# ..."), or in pairs and threes, groups of one to three digits that ``_CARD``'s card
# groupings do not allow; in a message about a card or with its expiry after it.
_DICTATED_CARD = re.compile(r"(?<![\w.,/-])\d{1,3}(?: \d{1,3}){4,18}(?![\w-]|[.,/]\d)")


def find_dictated_cards(text: str, lowered: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """Luhn-valid card numbers dictated in groups of one to three digits (``_DICTATED_CARD``),
    cut back to the card when more groups follow ("... 6 7 10 30")."""
    findings: list[Finding] = []
    named: bool | None = None
    for lo, hi in windows:
        if hi - lo < 17:  # thirteen digits and four spaces at least
            continue
        for match in _DICTATED_CARD.finditer(text, lo, hi):
            raw = match.group()
            while sum(c.isdigit() for c in raw) > 19:
                raw = raw[: raw.rfind(" ")]
            while sum(c.isdigit() for c in raw) >= 13:
                number = raw.replace(" ", "")
                if issuer_length_ok(number) and luhn_valid(number):
                    end = match.start() + len(raw)
                    if named is None:
                        named = _CARD_WORDS.found(lowered)
                    if named or _CARD_AFTER.match(text, end):
                        findings.append(Finding("pii.card", match.start(), end))
                    break
                raw = raw[: raw.rfind(" ")]
    return findings


# An expiry or a security code after the number: "4431 8028 9053 5800 exp 06/27 cvv 147".
_CARD_AFTER = re.compile(r"[ \t,]*(?:exp|expiry|expires|valid|cvv|cvc|\d{2}/\d{2})", re.I)


def _card_number(raw: str) -> str | None:
    """The card number at the start of ``raw``: the whole run, or with trailing groups
    dropped ("2422-1457-9255-0385 07/27" reads on into the expiry month)."""
    while True:
        number = raw.replace(" ", "").replace("-", "")
        if len(number) < 13:
            return None
        if _grouping_ok(raw) and issuer_length_ok(number) and luhn_valid(number):
            return raw
        cut = max(raw.rfind(" "), raw.rfind("-"))
        if cut < 0:
            return None
        raw = raw[:cut]


def _card_grouped(raw: str) -> bool:
    """Printed the way cards are (4-4-4-4, Amex 4-6-5), not as one run of digits."""
    return bool(set(raw) & {" ", "-"}) and _grouping_ok(raw)


def iban_valid(candidate: str) -> bool:
    """Country length table and ISO 13616 mod-97 == 1."""
    compact = candidate.replace(" ", "").upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


_IBAN_START = re.compile(r"[A-Z]{2}[0-9]{2}")


def find_ibans(text: str, lowered: str) -> list[Finding]:
    """Valid IBANs, compact or printed in groups of four; in lower case too in a message
    that names an IBAN ("the customer typed it as de8828...").

    The country fixes the length, so the candidate is cut there: a short word after a
    grouped IBAN (``DE89 ... 00 CI``) looks like one more group to the pattern.
    """
    findings = _ibans(text)
    if "iban" in lowered:
        upper = text.translate(_ASCII_UPPER)  # same length, so the offsets hold
        seen = {(f.start, f.end) for f in findings}
        findings.extend(f for f in _ibans(upper) if (f.start, f.end) not in seen)
    return findings


_ASCII_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)


def _ibans(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for start in _IBAN_START.finditer(text):
        match = _IBAN.match(text, start.start())
        if match is None:
            continue
        end = _iban_end(text, match.start(), match.end())
        if end is not None and iban_valid(text[match.start() : end]):
            findings.append(Finding("pii.iban", match.start(), end))
    return findings


def _iban_end(text: str, start: int, limit: int) -> int | None:
    """End offset after exactly the country's IBAN length in characters (spaces skipped)."""
    length = IBAN_LENGTHS.get(text[start : start + 2])
    if length is None:
        return None
    count, pos = 0, start
    while pos < limit and count < length:
        count += text[pos] != " "
        pos += 1
    if count != length or (pos < len(text) and text[pos].isalnum()):
        return None
    return pos
