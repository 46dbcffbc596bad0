"""The REST API: routes, request/response models and error translation for the api Lambda."""
