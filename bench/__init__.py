"""``make bench`` for the running service: load against the local runtime, storage round trips, the report.

Not part of the Lambda layer: it drives ``make run`` (``infra/local_runtime``) from outside, as a client
would, and reuses the in-process figures of ``bench.in_process``.
"""
