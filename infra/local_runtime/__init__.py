"""``make run``: the API and the async pipeline on this machine, with no Docker and no AWS account.

An embedded moto server (or an existing LocalStack/AWS endpoint) provides
DynamoDB, S3, SQS and Secrets Manager; a gateway turns HTTP requests into
API Gateway proxy events for the api handler; pollers hand SQS batches to the
worker handler. Routes and queue sources come from ``infra.service_definition``.
"""
