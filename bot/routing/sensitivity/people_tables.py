"""People's records in a table: a query's result or an export whose header has a name
column (``name``, ``full_name``, ``customer_name``, or first and last name columns) and a
column of a date of birth (``dob``, ``date_of_birth``, ``birthdate``, ``Geburtsdatum``), a
home address (``street``, ``address``, ``address_line1``, ``Straße``, ``adresse``) or a
passport number (``passport``, ``passport_no``, ``passportNumber``), or a house name or
number column with a postcode column, as a Gift Aid schedule gives a donor's home address
(``House name or number``, ``Postcode``; ``Hausnummer``, ``PLZ``).

Reported: in each row whose name cell is a person's name (``record_parser.is_person``: also
"Last, First M", as a student information system prints it), the date of birth
(``pii.dob``, a date), the street (``pii.address``, with a number and a letter), the house
and its postcode (``pii.address``, a postcode with a digit) and the passport number
(``pii.national_id``, letters and six to nine digits).
Not reported: a header with no rows, a schema (``full_name text, date_of_birth date``),
rows of stock example people and cells that are not values (``NULL``, ``-``).
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding
from bot.routing.sensitivity.record_parser import is_person
from bot.routing.sensitivity.tables import (
    DELIMITERS,
    FIRST_COLUMNS,
    LAST_COLUMNS,
    MORE_NAME_COLUMNS,
    NAME_COLUMNS,
    cell_spans,
    column_name,
    table_rows,
)

_DOB_COLUMNS = frozenset(("dob", "date of birth", "birth date", "birthdate", "birthday",
                          "born", "geburtsdatum", "date de naissance",
                          "fecha de nacimiento"))  # fmt: skip
_STREET_COLUMNS = frozenset(("street", "street address", "address", "address line1",
                             "address line 1", "address1", "line1", "home address",
                             "strasse", "stra\u00dfe", "adresse", "direcci\u00f3n",
                             "direccion", "calle"))  # fmt: skip
# A house's name or number, which with the postcode is the address (HMRC's Gift Aid schedule).
_HOUSE_COLUMNS = frozenset(("house name or number", "house number", "house no", "house",
                            "house name", "building number", "hausnummer", "hausnr",
                            ))  # fmt: skip
_POSTCODE_COLUMNS = frozenset(("postcode", "post code", "postal code", "zip", "zip code",
                               "zipcode", "plz", "postleitzahl", "code postal",
                               "c\u00f3digo postal", "codigo postal"))  # fmt: skip
_PASSPORT_COLUMNS = frozenset(("passport", "passport no", "passport number", "passport num",
                               "passport nr", "passport #", "passport id"))  # fmt: skip
# Cheap gate: a header word of each kind (on the lower-cased message).
_DOB_OR_STREET_WORDS = Words(("birth", "dob", "born", "geburt", "naissance", "nacimiento",
                        "street", "address", "line1", "stra", "adresse", "direcc",
                        "calle", "passport", "house", "hausn"))  # fmt: skip
_DATE_CELL = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2} \w{3,9} \d{4}")
_STREET_CELL = re.compile(r"(?=.*\d)(?=.*[^\W\d_]{3}).{5,}")
_HOUSE_CELL = re.compile(r"\d{1,5}[A-Za-z]?|(?=.*[^\W\d_]{3}).{3,}")
_POSTCODE_CELL = re.compile(r"(?=.*\d)[A-Za-z\d][A-Za-z\d -]{2,8}[A-Za-z\d]")
_PASSPORT_CELL = re.compile(r"[A-Za-z]{0,3}\d{6,9}[A-Za-z]?")


def find_people_tables(text: str, lowered: str) -> list[Finding]:
    """Dates of birth and streets in the rows of a table of people (module docstring)."""
    if "name" not in lowered or not _DOB_OR_STREET_WORDS.found(lowered):
        return []
    findings: list[Finding] = []
    for header, line, offset in table_rows(text, _people_header):
        findings.extend(_row(line, offset, header))
    return findings


def _people_header(line: str) -> _Header | None:
    return _header(line) if "name" in line.lower() else None


_Header = tuple[str, int, int, int, int, int, int]


def _row(line: str, offset: int, header: _Header) -> list[Finding]:
    delimiter, name_at, last_at, dob_at, street_at, passport_at, postcode_at = header
    spans = cell_spans(line, delimiter)
    cells = [line[a:b] for a, b in spans]
    if len(cells) <= max(name_at, last_at):
        return []
    name = cells[name_at] if last_at < 0 else f"{cells[name_at]} {cells[last_at]}"
    if not is_person(name):
        return []
    found: list[Finding] = []
    columns = (
        (dob_at, "pii.dob", _DATE_CELL),
        (street_at, "pii.address", _STREET_CELL),
        (passport_at, "pii.national_id", _PASSPORT_CELL),
    )
    if postcode_at >= 0:  # ``street_at`` is the house's name or number
        columns = (columns[0], (street_at, "pii.address", _HOUSE_CELL), columns[2])
    for at, label, shape in columns:
        if 0 <= at < len(cells) and shape.fullmatch(cells[at]):
            found.append(Finding(label, offset + spans[at][0], offset + spans[at][1]))
            if at == street_at and 0 <= postcode_at < len(cells):
                if _POSTCODE_CELL.fullmatch(cells[postcode_at]):
                    found.append(
                        Finding(
                            label, offset + spans[postcode_at][0], offset + spans[postcode_at][1]
                        )
                    )
                else:
                    found.pop()  # a house with no postcode is not an address
    return found


def _header(line: str) -> _Header | None:
    """The delimiter and the name, last-name, date-of-birth, street and passport columns
    (-1 if none) of a table header, or None."""
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        columns = [column_name(line[a:b]) for a, b in cell_spans(line, delimiter)]
        dob_at = next((i for i, c in enumerate(columns) if c in _DOB_COLUMNS), -1)
        street_at = next((i for i, c in enumerate(columns) if c in _STREET_COLUMNS), -1)
        passport_at = next((i for i, c in enumerate(columns) if c in _PASSPORT_COLUMNS), -1)
        postcode_at = -1
        if street_at < 0:
            house_at = next((i for i, c in enumerate(columns) if c in _HOUSE_COLUMNS), -1)
            if house_at >= 0:
                postcode_at = next((i for i, c in enumerate(columns) if c in _POSTCODE_COLUMNS), -1)
                street_at = house_at if postcode_at >= 0 else -1
        if dob_at < 0 and street_at < 0 and passport_at < 0:
            continue
        first = next((i for i, c in enumerate(columns) if c in FIRST_COLUMNS), -1)
        last = next((i for i, c in enumerate(columns) if c in LAST_COLUMNS and i != first), -1)
        if first >= 0 and last >= 0:
            return delimiter, first, last, dob_at, street_at, passport_at, postcode_at
        name_at = next(
            (i for i, c in enumerate(columns) if c in NAME_COLUMNS or c in MORE_NAME_COLUMNS),
            -1,
        )
        if name_at >= 0:
            return delimiter, name_at, -1, dob_at, street_at, passport_at, postcode_at
    return None
