"""moto made cheaper where the emulator spends the most under a burst, with the same answers (imports moto: load
it in the emulator's process only). ``install()`` is idempotent.

Every answer. moto puts the request id into an XML body's ``<RequestId>`` with a regular expression whose
lookbehind is tried at every character of every body, JSON ones included: 6% of the emulator's CPU under the
burst, mostly on DynamoDB items. A body without that tag is left as it is without the search.

SQS. moto computes every attribute of a queue where it needs one: for each message a ReceiveMessage returns
(the retention period) and at each SendMessage (content-based deduplication). Three of the attributes are
approximate message counts, each a scan of all the queue's messages asking each for the time twice through
datetime arithmetic. With a backlog of a few hundred messages, as a burst leaves, that was a quarter of the
emulator's CPU. The retention period is read alone and the time taken from ``time.time()`` (sending still
computes the attributes once).

DynamoDB. A task's life is two conditional UpdateItems, a PutItem and GetItems, and moto's cost is in two
places (profiled under the async burst):
- Its response serializer walks every attribute value of an item against the service model, asking for each of
  ``AttributeValue``'s ten members in turn: about a fifth of the emulator's CPU for GetItem and the claim's
  ALL_NEW. An attribute value of plain types (strings, numbers, booleans, null, string and number sets, lists
  and maps of those) comes out of that walk exactly as it went in, so it is written as it is; anything else
  (binary values, a value of another type) still takes the walk.
- Each UpdateItem parses its update expression twice (request validation, then the update); the parse depends
  on the expression's text alone, and moto copies the tree before it resolves names and values into it, so the
  tree is parsed once per distinct expression.
- Its validation runs ten traversals of that tree, and each rebuilt its map of node types to methods at every
  node, twice; a traverser now builds it once.
"""

from __future__ import annotations

import datetime
import functools
import time
from typing import Any

from moto.core import utils as moto_utils
from moto.core.responses import BaseResponse
from moto.core.serialize import BaseJSONSerializer
from moto.dynamodb.parsing.ast_nodes import DepthFirstTraverser  # type: ignore[attr-defined]
from moto.dynamodb.parsing.expressions import UpdateExpressionParser  # type: ignore[attr-defined]
from moto.sqs import models as sqs_models
from moto.sqs.models import Message, SQSBackend

MAX_EXPRESSIONS = 512  # distinct update expressions whose parse is remembered (the service uses a handful)
_DYNAMODB_SERVICES = frozenset({"dynamodb", "dynamodbstreams"})
_STRINGS = frozenset({"S", "N"})
_STRING_SETS = frozenset({"SS", "NS"})


_installed = False


def install() -> None:
    global _installed  # noqa: PLW0603 - moto's classes are patched once per process
    if _installed:
        return
    _faster_responses()
    _faster_sqs()
    _faster_dynamodb()
    _installed = True


def _faster_responses() -> None:
    enrich = BaseResponse._enrich_response

    def enrich_response(headers: dict[str, str], body: Any) -> tuple[dict[str, str], Any]:
        if isinstance(body, str) and "<RequestId>" not in body:
            # No XML request id to replace: the headers' part alone (the regex finds nothing, in linear time).
            return enrich(headers, "")[0], body
        return enrich(headers, body)

    enrich_response.__wrapped__ = enrich  # type: ignore[attr-defined] # moto's own, for the tests' comparison
    BaseResponse._enrich_response = staticmethod(enrich_response)  # type: ignore[method-assign]


def _unix_time(dt: datetime.datetime | None = None) -> float:
    """moto.core.utils.unix_time: seconds since the epoch of ``dt`` (a naive UTC datetime), or of now."""
    return time.time() if dt is None else moto_utils.unix_time(dt)


def _unix_time_millis(dt: datetime.datetime | None = None) -> float:
    return _unix_time(dt) * 1000.0


def _retention_period_alone(backend: SQSBackend, queue_name: str, message: Message) -> bool:
    """SQSBackend.is_message_valid_based_on_retention_period, with the period read from the queue's own field,
    where ``Queue.attributes`` takes it from (moto 5.2), instead of computing every attribute."""
    # Set from the queue's attributes by name (Queue._set_attributes), so not declared for a type checker.
    retention_period: int = getattr(backend.get_queue(queue_name), "message_retention_period")  # noqa: B009
    return retention_period + message.sent_timestamp / 1000 > _unix_time()  # type: ignore[operator]


def _faster_sqs() -> None:
    sqs_models.unix_time = _unix_time  # type: ignore[attr-defined]
    sqs_models.unix_time_millis = _unix_time_millis  # type: ignore[attr-defined]
    SQSBackend.is_message_valid_based_on_retention_period = _retention_period_alone  # type: ignore[method-assign, assignment]


def plain_attribute_value(value: object) -> bool:
    """Whether moto's serializer gives this DynamoDB attribute value back unchanged: one member of a plain type
    (exact types: a ``str`` subclass such as an enum is converted by the serializer, so it is not plain)."""
    if type(value) is not dict or len(value) != 1:
        return False
    ((kind, inner),) = value.items()
    if kind in _STRINGS:
        return type(inner) is str
    if kind in ("BOOL", "NULL"):
        return type(inner) is bool
    if kind in _STRING_SETS:
        return type(inner) is list and all(type(member) is str for member in inner)
    if kind == "L":
        return type(inner) is list and all(plain_attribute_value(member) for member in inner)
    if kind == "M":
        return type(inner) is dict and all(
            type(name) is str and plain_attribute_value(member) for name, member in inner.items()
        )
    return False


def _processing(traverser: DepthFirstTraverser) -> tuple[dict[type, Any], tuple[type, ...]]:
    """The traverser's map of node types to its processing methods, and those types, built once per traverser:
    moto builds the map again for each node it visits, twice (its keys are classes, its values the traverser's
    own methods, so it never changes)."""
    cached: tuple[dict[type, Any], tuple[type, ...]] | None = traverser.__dict__.get("_cached_processing")
    if cached is None:
        processing = traverser._processing_map()
        cached = traverser.__dict__["_cached_processing"] = (processing, tuple(processing))
    return cached


def _node_types(traverser: DepthFirstTraverser) -> tuple[type, ...]:
    return _processing(traverser)[1]


def _process(traverser: DepthFirstTraverser, node: Any) -> Any:
    for node_type, processor in _processing(traverser)[0].items():
        if isinstance(node, node_type):
            return processor(node)
    return None


def _faster_dynamodb() -> None:
    walk = BaseJSONSerializer._serialize_type_structure

    def structure(self: BaseJSONSerializer, serialized: Any, value: Any, shape: Any, key: str) -> None:
        if (
            key
            and shape.name == "AttributeValue"
            and self.operation_model.service_model.service_name in _DYNAMODB_SERVICES
            and plain_attribute_value(value)
        ):
            self._default_serialize(serialized, value, shape, key)
            return
        walk(self, serialized, value, shape, key)

    structure.__wrapped__ = walk  # type: ignore[attr-defined] # moto's own walk, for the tests' comparison
    BaseJSONSerializer._serialize_type_structure = structure  # type: ignore[method-assign]
    DepthFirstTraverser.nodes_to_be_processed = _node_types
    DepthFirstTraverser.process = _process
    UpdateExpressionParser.make = staticmethod(
        functools.lru_cache(maxsize=MAX_EXPRESSIONS)(UpdateExpressionParser.make)
    )
