"""The column types every table of the plan model shares, and the declarative base.

Decimals are kept exactly as text (SQLite has no decimal type); texts are cleaned of characters
no document format can hold, whichever way they came into the file.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Enum, MetaData, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept exactly, as its canonical text (SQLite has no decimal type)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """``value`` without control characters (tab and line breaks stay), lone surrogates or
    the non-characters U+FFFE/U+FFFF: none of them can be written to Word, Excel or PDF."""
    return _NOT_TEXT.sub("", value) if _NOT_TEXT.search(value) else value


class CleanText(TypeDecorator[str]):
    """Text that is always writable into a document, whichever way it came into the file."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else clean_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else clean_text(str(value))


def enum_column(cls: type[Any], name: str | None = None) -> Enum:
    """A choice stored as its value, checked by a constraint named after the enum (or
    ``name``, where one table has several columns of the same enum)."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        name=name or cls.__name__.lower(),
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads this class attribute)
        Decimal: DecimalText(),
        dt.date: Date(),
        str: CleanText(),
    }


class ValueMixin:
    """A number, a text, or blank."""

    tal: Mapped[Decimal | None]
    text: Mapped[str | None]

    @property
    def value(self) -> Decimal | str | None:
        return self.tal if self.tal is not None else self.text

    @value.setter
    def value(self, value: Decimal | str | None) -> None:
        self.tal = value if isinstance(value, Decimal) else None
        self.text = value if isinstance(value, str) else None


class Versioned:
    """A row that knows its version, who changed it last and when (``db.row_versions``).

    The version counts the edits of the row; every update is written only where the row still
    has the version it was read with (``version_id_col``), so an edit that raced another is
    refused instead of overwriting it. A change of the row's place alone (``ordning``) is
    checked that way but leaves the version as it was: moving a sibling changes nobody's text.
    """

    version: Mapped[int] = mapped_column(default=1)
    andrad_av: Mapped[str] = mapped_column(default="")
    """Who changed the row last: the server's role, or the computer's user for a plan file."""
    andrad_tid: Mapped[dt.datetime | None] = mapped_column(DateTime)
    """When, in UTC; None for a row not changed since vplan began recording it."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        table: Any = cls.__table__  # type: ignore[attr-defined]  # made by then for each model
        return {"version_id_col": table.c.version, "version_id_generator": False}
