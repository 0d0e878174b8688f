"""`tandem usage` output: a table or JSON, from whichever database DATABASE_URL names."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import cast

from sqlalchemy.exc import SQLAlchemyError

from bot.config import Settings
from bot.usage import db
from bot.usage.reports import GroupBy, render_table, usage_report
from bot.wiring import migrate


async def print_usage(settings: Settings, since: datetime, by: str, as_json: bool) -> int:
    await migrate(settings)
    engine = db.create_engine(settings.database_url)
    try:
        report = await usage_report(engine, since, cast(GroupBy, by))
    except (SQLAlchemyError, OSError) as exc:
        print(
            f"tandem: cannot read usage from the database ({type(exc).__name__})", file=sys.stderr
        )
        return 1
    finally:
        await engine.dispose()
    if as_json:
        print(json.dumps({"since": since.isoformat(), **report.to_dict()}, indent=2))
    else:
        print(render_table(report))
    return 0
