"""Content templates, one module per document family; each exports ``TEMPLATES``."""
