"""Constructs of the stack, one module per concern (cookbook layout)."""
