"""What a caller asks of a multi-page file: one label, its documents, or every page.

Apart from ``doc_classifier.packets`` so that the service's request models and stores can name the modes
without importing the splitter (numpy, the model) at a handler's cold start.
"""

from __future__ import annotations

from enum import StrEnum


class SplitMode(StrEnum):
    NONE = "none"  # one label for the file from its first pages (DOC_MAX_PAGES): the single-document path
    AUTO = "auto"  # documents with page ranges, and every page's label
    PER_PAGE = "per_page"  # every page on its own: one document per page
