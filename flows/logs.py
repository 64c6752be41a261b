"""Console logging that shows errors a user can cause as one line, not a traceback."""

import logging

from flows import interrupts
from flows.inputs import InputError
from warehouse.io import WarehouseError, WarehouseLocked, is_environment_failure


class FileVanished(OSError):
    """An input file disappeared between planning and reading."""


USER_ERRORS = (InputError, WarehouseError, FileVanished, FileNotFoundError)


def is_transient(error: BaseException | None) -> bool:
    """Failures worth a retry with backoff: a locked warehouse, a file that vanished."""
    return isinstance(error, (WarehouseLocked, FileVanished))


class HideUserErrorTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        # Once a signal arrived, every error is the stop's: one line each, no traceback.
        if isinstance(error, USER_ERRORS) or (error is not None and (is_environment_failure(str(error)) or interrupts.stopping())):
            record.exc_info = None
            record.exc_text = None
        return True


# Libraries whose warnings say, without naming the file, what a rejected_files row already says
# (trafilatura's "discarding data: None" for a page with no article text).
LIBRARIES_QUIET_BELOW_ERROR = ("trafilatura", "htmldate")


def quiet_user_error_tracebacks() -> None:
    """Attach the filter to the console handlers Prefect installs on the root logger."""
    from prefect.logging.configuration import setup_logging

    setup_logging()
    for name in LIBRARIES_QUIET_BELOW_ERROR:
        logging.getLogger(name).setLevel(logging.ERROR)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, HideUserErrorTracebacks) for f in handler.filters):
            handler.addFilter(HideUserErrorTracebacks())
