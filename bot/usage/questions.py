"""What every usage report counts as a question: the one definition.

The usage digest, `/tandem usage`, the App Home and `tandem usage` all count
with it (the digest in Python over rows, the reports in SQL; both forms are
built from the constants here).

- A question is a request id someone asked. A `rejected` row (input the person
  had to fix: no model call) is not one, and is shown only by
  `tandem usage --by status`.
- A channel digest's model call summarising a thread (surface `digest`) is
  spend (its tokens and cost count, and savings) but not a question, and its
  user (the subscriber, or `cli` for `tandem digest run`) asked nothing.
- A fallback or a cascade writes several rows (steps) for one question: the
  question goes with its last row. It is an answer of that row's model only
  if it gave the person an answer (whole, or cut off): a question every model
  failed is nobody's answer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_

from bot.usage.records import Status, Surface
from bot.usage.tables import UsageEvent

NOT_ASKED_SURFACES = frozenset({Surface.DIGEST.value})
ANSWERED = frozenset({Status.OK.value, Status.INCOMPLETE.value})
NOT_QUESTIONS = Status.REJECTED.value


def asked(row: Any) -> bool:
    """Someone asked it (rows of a digest's thread summaries are spend only)."""
    return getattr(row, "surface", None) not in NOT_ASKED_SURFACES


def answered(row: Any) -> bool:
    """A question's last row that gave the person an answer."""
    return bool(row.alias) and row.status in ANSWERED


def counted_sql() -> ColumnElement[bool]:
    """Rows the reports look at (all but `rejected` input)."""
    return UsageEvent.status != NOT_QUESTIONS


def asked_sql() -> ColumnElement[bool]:
    return UsageEvent.surface.not_in(sorted(NOT_ASKED_SURFACES))


def summary_sql() -> ColumnElement[bool]:
    """Rows of a channel digest's thread summaries: spend, not questions."""
    return UsageEvent.surface.in_(sorted(NOT_ASKED_SURFACES))


def answered_sql() -> ColumnElement[bool]:
    return and_(
        UsageEvent.alias.is_not(None),
        UsageEvent.alias != "",
        UsageEvent.status.in_(sorted(ANSWERED)),
    )
