"""Publication dates as a source writes them, read into UTC with their precision.

The precision is what the source gave: ``day`` (a date), ``minute`` (a time
without seconds) or ``second`` (seconds, fractions kept). A time without an
offset is taken as UTC. Accepted, in this order:

1. Date and datetime values (Parquet and CSV columns already typed as such).
2. ISO 8601 and its everyday variants: ``2024-03-05``, ``2024-03-05T14:30``,
   ``2024-03-05 14:30:12.5+01:00``, ``2024-03-05T14:30Z``, ``2024/03/05``.
3. RFC 2822, as RSS writes it: ``Tue, 05 Mar 2024 14:30:00 GMT``.
4. A whole number of seconds since 1970 (Unix time), to the second.

Anything else is no date (``None``): the caller records why.
"""

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import NamedTuple

DAY, MINUTE, SECOND = "day", "minute", "second"
PRECISIONS = (DAY, MINUTE, SECOND)

ISO = re.compile(
    r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
RFC_2822_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")
UNIX_SECONDS = re.compile(r"^\d{9,10}$")


class Published(NamedTuple):
    at: datetime  # in UTC
    precision: str  # day | minute | second


def parse_published(value) -> Published | None:
    """``value`` (a string, date or datetime) as a UTC instant with its precision, or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return Published(_utc(value), SECOND)
    if isinstance(value, date):
        return Published(datetime(value.year, value.month, value.day, tzinfo=timezone.utc), DAY)
    text = str(value).strip()
    if not text:
        return None
    return _iso(text) or _rfc_2822(text) or _unix(text)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _offset(zone: str | None) -> timezone:
    if zone is None or zone.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _iso(text: str) -> Published | None:
    match = ISO.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
            int((fraction or "0").ljust(6, "0")[:6]), tzinfo=_offset(zone),
        )
    except ValueError:  # 2024-02-30, 25:00
        return None
    precision = DAY if hour is None else MINUTE if second is None else SECOND
    return Published(moment.astimezone(timezone.utc), precision)


def _rfc_2822(text: str) -> Published | None:
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    return Published(_utc(moment), SECOND if RFC_2822_SECONDS.search(text) else MINUTE)


def _unix(text: str) -> Published | None:
    if not UNIX_SECONDS.match(text):
        return None
    return Published(datetime.fromtimestamp(int(text), timezone.utc), SECOND)
