"""Publication dates: UTC instants with the precision the source gave."""

from datetime import date, datetime, timezone

import pytest

from transforms.ingest.dates import parse_published

UTC = timezone.utc


@pytest.mark.parametrize(
    ("written", "instant", "precision"),
    [
        ("2026-11-03", datetime(2026, 11, 3, tzinfo=UTC), "day"),
        ("2026/11/03", datetime(2026, 11, 3, tzinfo=UTC), "day"),
        ("2026-11-03T14:30", datetime(2026, 11, 3, 14, 30, tzinfo=UTC), "minute"),
        ("2026-11-03T14:30Z", datetime(2026, 11, 3, 14, 30, tzinfo=UTC), "minute"),
        ("2026-11-03 14:30:12.5+01:00", datetime(2026, 11, 3, 13, 30, 12, 500000, tzinfo=UTC), "second"),
        ("2026-11-03T18:20:00-0500", datetime(2026, 11, 3, 23, 20, tzinfo=UTC), "second"),
        ("Tue, 03 Nov 2026 14:30:00 GMT", datetime(2026, 11, 3, 14, 30, tzinfo=UTC), "second"),
        ("Tue, 03 Nov 2026 14:30 +0200", datetime(2026, 11, 3, 12, 30, tzinfo=UTC), "minute"),
        ("1793709000", datetime(2026, 11, 3, 12, 30, tzinfo=UTC), "second"),
    ],
)
def test_written_dates_are_read_in_utc_with_their_precision(written, instant, precision):
    assert parse_published(written) == (instant, precision)


def test_typed_values_keep_their_kind():
    assert parse_published(date(2026, 11, 3)) == (datetime(2026, 11, 3, tzinfo=UTC), "day")
    assert parse_published(datetime(2026, 11, 3, 9, 5)) == (datetime(2026, 11, 3, 9, 5, tzinfo=UTC), "second")


@pytest.mark.parametrize("written", ["soon", "2026-02-30", "2026-11-03T25:00", "", "  ", None, "03/11/2026"])
def test_what_is_no_date_is_none(written):
    assert parse_published(written) is None
