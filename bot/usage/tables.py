"""SQL schema (SQLAlchemy 2). Alembic migrations in `migrations/` are the source of truth
for the database; these classes must match them (a test compares the two).

No column ever holds message text: the usage table is for cost, speed, routes and
feedback, and people who can read it are not necessarily people who may read
every conversation.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UsageEvent(Base):
    """One model call (a question answered in one step, or one step of a fallback/cascade)."""

    __tablename__ = "usage_events"
    __table_args__ = (
        UniqueConstraint("request_id", "step", name="uq_usage_events_request_step"),
        Index("ix_usage_events_created_at", "created_at"),
        Index("ix_usage_events_workspace_created", "workspace", "created_at"),
        Index("ix_usage_events_user", "workspace", "user_id", "created_at"),
        Index("ix_usage_events_channel", "workspace", "channel", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(64))
    step: Mapped[int] = mapped_column(SmallInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    workspace: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str] = mapped_column(String(64))
    thread_key: Mapped[str] = mapped_column(String(200))
    surface: Mapped[str] = mapped_column(String(16))
    provider: Mapped[str | None] = mapped_column(String(16))
    model: Mapped[str | None] = mapped_column(String(100))
    alias: Mapped[str | None] = mapped_column(String(64))
    route_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    score: Mapped[float | None] = mapped_column(Float)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive_labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    fallback_from: Mapped[str | None] = mapped_column(String(64))
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    tokens_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(18, 8), default=Decimal(0))
    ttft_ms: Mapped[float | None] = mapped_column(Float)
    latency_ms: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16))
    error_kind: Mapped[str | None] = mapped_column(String(32))
    feedback: Mapped[int | None] = mapped_column(SmallInteger)
    features: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class UserPreference(Base):
    """A user's default model (`/tandem model ALIAS`); absent means the policy decides."""

    __tablename__ = "user_preferences"

    workspace: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    default_model: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DigestSubscription(Base):
    """A scheduled digest: what (`usage` or `channel`), where, and when in which time zone.

    `last_fired_at` is the scheduled fire time (UTC) last handled; together with a
    Redis claim per fire it is what keeps a digest to one post per fire across
    replicas and restarts. Unsubscribing disables the row rather than deleting it,
    so the history of who asked for what stays readable.
    """

    __tablename__ = "digest_subscriptions"
    __table_args__ = (
        Index("ix_digest_subscriptions_workspace", "workspace", "enabled"),
        Index("ix_digest_subscriptions_enabled", "enabled"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(64))
    cadence: Mapped[str] = mapped_column(String(8))
    weekday: Mapped[int | None] = mapped_column(SmallInteger)
    time_of_day: Mapped[str] = mapped_column(String(5))
    timezone: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_fired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
