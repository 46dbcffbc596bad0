"""Adapters from the ports to DynamoDB, S3 and SQS through boto3.

Clients take their endpoint from the standard ``AWS_ENDPOINT_URL`` (moto's
server, LocalStack) and fall back to AWS itself when it is unset.
"""
