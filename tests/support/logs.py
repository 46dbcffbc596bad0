"""Log records captured at the logger that emits them, whatever its propagation.

The Lambda handlers route library loggers through Powertools (``copy_config_to_registered_loggers`` also
stops ``doc_classifier`` from propagating to the root logger), so a test that must see a library's records
attaches its collector there rather than relying on the root logger.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def records_of(name: str, level: int = logging.WARNING) -> Iterator[list[logging.LogRecord]]:
    logger = logging.getLogger(name)
    collector = _Collector()
    previous_level = logger.level
    logger.addHandler(collector)
    logger.setLevel(level)
    try:
        yield collector.records
    finally:
        logger.removeHandler(collector)
        logger.setLevel(previous_level)
