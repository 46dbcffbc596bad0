"""The LLM tier: escalates unsure local answers to OpenAI-compatible models.

Nothing here imports ``openai`` at module level: it costs about half a second of
cold start, so ``openai_chat`` loads it on the first escalation. The chain is
built by ``build.build_chain`` (called from the service wiring) from ``LlmSettings``.
"""
