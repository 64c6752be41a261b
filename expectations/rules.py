"""Building blocks of the suites: named expectations, declared without importing GX.

A ``Rule`` names one Great Expectations expectation and its arguments; GX is only
imported (slowly) when the suites run, so declaring suites stays cheap. The
builders below are the rules several tables share.
"""

import sys
from dataclasses import dataclass

SPAN_COLUMNS = ("start_char", "end_char")


@dataclass(frozen=True)
class Rule:
    """One expectation: ``name`` is what quarantine and reports show for a failing row."""

    name: str
    expectation: str  # class name in great_expectations.expectations
    arguments: dict
    # Input columns that explain a failure in examples; helper columns only say "false".
    shows: tuple[str, ...] = ()

    @property
    def columns(self) -> list[str]:
        """The frame columns the expectation reads."""
        arguments = self.arguments
        return [*arguments.get("column_list", []), *(arguments[key] for key in ("column", "column_A", "column_B") if key in arguments)]

    @property
    def example_columns(self) -> list[str]:
        return list(dict.fromkeys(self.shows or self.columns))

    def build(self, gx_expectations):
        """The GX expectation object; ``gx_expectations`` is the imported ``great_expectations.expectations``."""
        return getattr(gx_expectations, self.expectation)(**self.arguments, meta={"name": self.name})


def not_null(*columns: str) -> list[Rule]:
    return [Rule(f"{column}_not_null", "ExpectColumnValuesToNotBeNull", {"column": column}) for column in columns]


def key(column: str) -> list[Rule]:
    """A primary key: present and unique (every copy of a duplicated key fails)."""
    return [*not_null(column), Rule(f"{column}_unique", "ExpectColumnValuesToBeUnique", {"column": column})]


def unique_together(*columns: str) -> Rule:
    return Rule(f"{'_'.join(columns)}_unique", "ExpectCompoundColumnsToBeUnique", {"column_list": list(columns)})


def at_least(minimum: int, *columns: str) -> list[Rule]:
    """Values of each column are >= ``minimum`` where set (nulls are the not-null rules' business)."""
    name = "non_negative" if minimum == 0 else f"at_least_{minimum}"
    return [Rule(f"{column}_{name}", "ExpectColumnValuesToBeBetween", {"column": column, "min_value": minimum}) for column in columns]


def finite(*columns: str) -> list[Rule]:
    """Numbers within a double's range where set: infinity (or NaN) is no stored quantity."""
    return [
        Rule(f"{column}_finite", "ExpectColumnValuesToBeBetween", {"column": column, "min_value": -sys.float_info.max, "max_value": sys.float_info.max})
        for column in columns
    ]


def in_set(column: str, values: list) -> Rule:
    """An enumeration; null passes (declare ``not_null`` where null is not allowed)."""
    return Rule(f"{column}_in_set", "ExpectColumnValuesToBeInSet", {"column": column, "value_set": values})


def not_blank(column: str) -> Rule:
    return Rule(f"{column}_not_blank", "ExpectColumnValuesToNotMatchRegex", {"column": column, "regex": r"^\s*$"})


def matches(column: str, regex: str, name: str) -> Rule:
    return Rule(name, "ExpectColumnValuesToMatchRegex", {"column": column, "regex": regex})


def not_greater(smaller: str, larger: str, name: str, strictly: bool = False) -> Rule:
    """``smaller <= larger`` (``<`` when strictly) on rows where both are set."""
    arguments = {"column_A": larger, "column_B": smaller, "or_equal": not strictly, "ignore_row_if": "either_value_is_missing"}
    return Rule(name, "ExpectColumnPairValuesAToBeGreaterThanB", arguments)


def holds(helper_column: str, shows: tuple[str, ...]) -> Rule:
    """A cross-table rule computed in polars as a boolean helper column (see ``derived``), expected true.

    ``shows`` are the input columns a failing example displays.
    """
    return Rule(helper_column, "ExpectColumnValuesToBeInSet", {"column": helper_column, "value_set": [True]}, shows)


def span(parent: str) -> list[Rule]:
    """A text span: non-negative offsets, start < end, inside its parent row's span, equal to the document slice.

    ``parent`` names the helper columns ``derived.span_checks`` adds (``<parent>_resolves``, ``within_<parent>_span``).
    """
    return [
        *not_null(*SPAN_COLUMNS),
        *at_least(0, *SPAN_COLUMNS),
        not_greater("start_char", "end_char", "start_before_end", strictly=True),
        holds(f"{parent}_resolves", (f"{parent}_id", "document_id")),
        holds(f"within_{parent}_span", (f"{parent}_id", *SPAN_COLUMNS)),
        holds("text_matches_document", (*SPAN_COLUMNS, "text")),
    ]
