"""The local model: a linear classifier over hashed n-grams, run with numpy alone."""

from doc_classifier.model.linear import LocalModel, load_packaged_model

__all__ = ["LocalModel", "load_packaged_model"]
