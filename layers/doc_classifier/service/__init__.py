"""The service around the classification core: task lifecycle, storage ports and their AWS adapters.

Handlers under ``functions/`` stay thin: they parse events and call
``TaskService``, which only talks to the ports defined in ``ports`` so that
it runs the same against DynamoDB/S3/SQS, the emulator, or in-memory fakes.
"""
