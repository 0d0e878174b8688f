"""Tables pasted into a message, as the rules about people read them (``pay``,
``people_tables``, ``person_records``): the delimiters, the columns that name a person,
a column's name as lower-case words, a row's cells, and the rows under each header.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

DELIMITERS = ("|", "\t", ";", ",")
# Columns (``column_name``'s words) that hold a person's name, or their first or last name.
NAME_COLUMNS = frozenset((
    "name", "full name", "employee", "employee name", "mitarbeiter", "mitarbeiterin",
    "mitarbeiter:in", "nom", "nom complet", "nombre", "nombre completo", "empleado",
    "empleada", "salari\u00e9", "salari\u00e9e", "person", "staff", "worker",
    # Russian, Ukrainian; Japanese, Chinese, Korean
    "\u0444\u0438\u043e", "\u0444 \u0438 \u043e",
    "\u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a",
    "\u0440\u0430\u0431\u043e\u0442\u043d\u0438\u043a", "\u043f\u0456\u0431",
    "\u0456\u043c\u2019\u044f", "\u6c0f\u540d", "\u793e\u54e1\u540d", "\u59d3\u540d",
    "\u5458\u5de5", "\u5458\u5de5\u59d3\u540d", "\u54e1\u5de5", "\uc774\ub984", "\uc131\uba85",
    "\uc9c1\uc6d0\uba85",
))  # fmt: skip
FIRST_COLUMNS = frozenset(("first", "first name", "firstname", "given name", "vorname",
                           "pr\u00e9nom", "prenom", "nombre"))  # fmt: skip
LAST_COLUMNS = frozenset(("last", "last name", "lastname", "surname", "family name",
                          "nachname", "nom", "apellido", "apellidos"))  # fmt: skip
# More name columns, of customers and patients too (``people_tables``, ``person_records``).
MORE_NAME_COLUMNS = frozenset(("full name", "fullname", "customer name", "customer",
                               "client name", "holder name", "patient name", "patient",
                               "member name", "user full name", "display name",
                               "nombre completo", "nom complet"))  # fmt: skip


def column_name(cell: str) -> str:
    """``base_salary_eur`` / ``firstName`` / ``"Brutto/Monat"`` -> lower-case words."""
    cell = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cell.strip("\"'` *"))
    return " ".join(re.split(r"[\s_/().-]+", cell.lower())).strip()


def cell_spans(line: str, delimiter: str) -> list[tuple[int, int]]:
    """Each cell's value (stripped of spaces and quotes; a quoted CSV cell may hold the
    delimiter), without a Markdown table's empty first cell."""
    spans: list[tuple[int, int]] = []
    position = 0
    while position <= len(line):
        while position < len(line) and line[position] in " \t":
            position += 1
        quote = line[position] if position < len(line) and line[position] in "\"'`" else ""
        close = line.find(quote, position + 1) if quote else -1
        if close > 0:
            spans.append((position + 1, close))
            stop = line.find(delimiter, close)
        else:
            stop = line.find(delimiter, position)
            value_end = len(line) if stop < 0 else stop
            spans.append((position, len(line[:value_end].rstrip())))
        if stop < 0:
            break
        position = stop + 1
    if delimiter == "|" and spans and spans[0][0] >= spans[0][1]:
        spans = spans[1:]
    return spans


_SEPARATOR_ROW = re.compile(r"[\s|:+-]*")
_Header = TypeVar("_Header", bound=tuple[Any, ...])


def table_rows(
    text: str, header_of: Callable[[str], _Header | None]
) -> Iterator[tuple[_Header, str, int]]:
    """The rows of every table in ``text`` whose header line ``header_of`` reads (a tuple
    that starts with the cell delimiter): each row's header, line and offset in ``text``.
    A table ends at the first line without the delimiter; separator rows are skipped."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    index = 0
    while index < len(lines):
        header = header_of(lines[index])
        index += 1
        if header is None:
            continue
        delimiter = header[0]
        while index < len(lines):
            line = lines[index]
            if _SEPARATOR_ROW.fullmatch(line) and line.strip():
                index += 1  # |---|---| or -----+-----
                continue
            if delimiter not in line:
                break
            yield header, line, offsets[index]
            index += 1
