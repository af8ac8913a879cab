"""Elastic's OpenAPI document as a request and response checker.

``load_spec()`` reads ``shared/data/elasticsearch/elasticsearch-serverless-openapi.json`` (or
NEWSINTEL_ES_OPENAPI), adapts its OpenAPI 3.0 schemas to JSON Schema 2020-12 and validates with
``jsonschema``, every ``$ref`` resolved by a ``referencing`` registry holding the document.

The adapter (``adapt``), and why each step:

- ``nullable: true`` (OpenAPI 3.0 only) becomes ``"null"`` among the allowed types;
- ``oneOf`` is read as ``anyOf``: the document is generated from TypeScript unions, which mean
  "any of"; a value can fit two members (an integer is a ``number`` and a ``long``) and JSON
  Schema's "exactly one" would reject it;
- ``discriminator`` (mapping field types, analyzers, tokenizers...) picks the one member named
  by the discriminating property (``if``/``then``), as OpenAPI means it; without the property
  (an ``object`` field may omit ``type``) any member will do;
- ``x-*`` keys, ``externalDocs``, ``description``, ``example(s)`` are annotations: dropped;
- objects are CLOSED. The document never says ``additionalProperties: false``, so as published
  a misspelt field (``num_candidate``) would pass. An object schema gets ``propertyNames``:
  the fields it and its ``allOf`` bases declare (``unevaluatedProperties: false`` where a
  union makes that list unknowable). Bases of ``allOf`` inheritance stay open themselves;
  the object that combines them is closed. Left open on purpose (``_open``,
  ``ADDITIONAL_PROPERTIES``): a ``terms`` query's field, a field sort, an error cause's
  details and aggregation results, whose extra keys Elastic's TypeScript specification allows
  and the document cannot express;
- a container member of an ``allOf`` (``AggregationContainer``: ``aggregations``/``meta``
  beside exactly one aggregation kind) says "exactly one" with ``minProperties``/
  ``maxProperties: 1``, which JSON Schema applies to the whole object; it becomes the keyword
  ``exactlyOneKeyOf`` (exactly one of this member's own keys), added to the validator.

What the serverless document lacks and Elasticsearch 9 accepts is added by ``EXCEPTIONS``,
each with its reason and the Elasticsearch 9 reference that documents it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import parse_qsl, unquote

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parents[2]
SPEC_ENV = "NEWSINTEL_ES_OPENAPI"
SPEC_NAME = "elasticsearch/elasticsearch-serverless-openapi.json"
SPEC_URI = "urn:elasticsearch-openapi"
SCHEMAS = "#/components/schemas/"
# Parameters every Elasticsearch endpoint takes, not repeated per operation in the document.
COMMON_QUERY = {"error_trace", "filter_path", "human", "pretty"}


def spec_path() -> Path:
    if os.environ.get(SPEC_ENV):
        return Path(os.environ[SPEC_ENV])
    return REPO.parent / "shared" / "data" / SPEC_NAME


# -- the adapter --
# Objects that Elastic's TypeScript specification gives extra keys of any name
# (``AdditionalProperty``) which the generated document does not carry: a field sort is
# ``{"<field>": {"order": ...}}`` beside ``_score``/``_doc``; an error cause carries details
# that depend on its type (``index``, ``resource.id``...). Without this they would be closed.
FIELD_SORT = {
    "anyOf": [
        {"$ref": f"{SCHEMAS}_types.SortOrder"},
        {
            "type": "object",
            "properties": {
                "order": {"$ref": f"{SCHEMAS}_types.SortOrder"},
                "missing": {"type": ["string", "number", "boolean"]},
                "mode": {"$ref": f"{SCHEMAS}_types.SortMode"},
                "nested": {"$ref": f"{SCHEMAS}_types.NestedSortValue"},
                "unmapped_type": {"type": "string"},
                "numeric_type": {"type": "string"},
                "format": {"type": "string"},
            },
        },
    ]
}
ADDITIONAL_PROPERTIES: dict[str, Any] = {
    "_types.SortOptions": FIELD_SORT,
    "_types.ErrorCause": {},
}


def _allof_bases(doc: dict) -> set[str]:
    """Component schemas used as a base (an ``allOf`` member beside others): left open."""
    bases: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            members = node.get("allOf")
            if isinstance(members, list) and len(members) > 1:
                for m in members:
                    if isinstance(m, dict) and "$ref" in m:
                        bases.add(m["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    return bases


def _adapt(
    node: Any,
    bases: "_Context",
    member: bool = False,
    siblings_have_props: bool = False,
    name: str = "",
) -> Any:
    if isinstance(node, list):
        return [_adapt(v, bases) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in {
            "discriminator",
            "externalDocs",
            "example",
            "examples",
            "description",
            "summary",
        }:
            continue
        if key == "$ref":
            out[key] = SPEC_URI + value  # absolute: inline schemas resolve in the registry
        elif key == "properties":
            out[key] = {k: _adapt(v, bases) for k, v in value.items()}
        elif key == "allOf" and isinstance(value, list) and len(value) > 1:
            members = []
            for i, m in enumerate(value):
                others = any(
                    isinstance(o, dict) and ("properties" in o or "$ref" in o)
                    for j, o in enumerate(value)
                    if j != i
                )
                members.append(_adapt(m, bases, member=True, siblings_have_props=others))
            out[key] = members
        elif key == "oneOf":
            out["anyOf"] = _adapt(value, bases)
        elif key in {"additionalProperties", "items", "not"} or key in {"anyOf", "allOf"}:
            out[key] = _adapt(value, bases)
        else:
            out[key] = value
    if "discriminator" in node and "oneOf" in node:
        out = _discriminated(node["discriminator"], out)
    if out.pop("nullable", False):
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    if member and siblings_have_props and "properties" in out and out.get("maxProperties") == 1:
        # "Exactly one of my keys" rather than "the whole object has one key".
        out.pop("maxProperties")
        out.pop("minProperties", None)
        out["exactlyOneKeyOf"] = sorted(out["properties"])
    closable = (
        ("properties" in out or ("allOf" in out and len(out["allOf"]) > 1))
        and "additionalProperties" not in out
        and "patternProperties" not in out
    )
    if closable and not member and name not in bases and not _open(name):
        names = _field_names(node, bases.schemas)
        if names is not None:  # the cheap check: every key must be a known field
            out["propertyNames"] = {"enum": sorted(names)}
        else:  # unions inside: let the validator track what was evaluated
            out["unevaluatedProperties"] = False
    return out


def _field_names(node: Any, schemas: dict, depth: int = 0) -> Optional[set[str]]:
    """Every field an object schema and its ``allOf`` bases declare; None when it is open or
    a union (then ``unevaluatedProperties`` does the work)."""
    if not isinstance(node, dict) or depth > 20:
        return None
    if "$ref" in node:
        if _open(node["$ref"]):
            return None
        return _field_names(schemas[node["$ref"].rsplit("/", 1)[1]], schemas, depth + 1)
    if {"additionalProperties", "anyOf", "oneOf", "patternProperties"} & set(node):
        return None
    names = set(node.get("properties", {}))
    for member in node.get("allOf", []):
        more = _field_names(member, schemas, depth + 1)
        if more is None:
            return None
        names |= more
    return names


class _Context(set[str]):
    """The allOf bases (left open), with the raw schemas to look fields up in."""

    def __init__(self, bases: set[str], schemas: dict):
        super().__init__(bases)
        self.schemas = schemas


def _exactly_one_key_of(validator, keys, instance, schema):
    if isinstance(instance, dict):
        present = [k for k in keys if k in instance]
        if len(present) != 1:
            yield ValidationError(
                f"exactly one of {len(keys)} kinds expected, found {present or 'none'}"
            )


# Draft 2020-12 plus the one keyword the container adaptation needs.
Validator = validators.extend(Draft202012Validator, {"exactlyOneKeyOf": _exactly_one_key_of})


def _open(name: str) -> bool:
    """Objects whose extra keys Elastic's TypeScript specification allows and the document
    cannot say: a ``terms`` query's field name (``allOf: [QueryBase, {type: object}]``, where
    elsewhere, e.g. ``IndexOperation``, the same bare object means "nothing added"), and
    aggregation results, which carry sub-aggregations under the names the request chose."""
    short = name.rsplit("/", 1)[-1]
    return short == "_types.query_dsl.TermsQuery" or bool(
        re.fullmatch(r"_types\.aggregations\..*(Aggregate|Bucket)", short)
    )


def _discriminated(discriminator: dict, adapted: dict) -> dict:
    """A union with a ``discriminator`` (mapping field types, analyzers...): the value of the
    discriminating property picks the one member to validate against; without it (an
    ``object`` field may omit ``type``) any member will do."""
    prop, mapping = discriminator["propertyName"], discriminator.get("mapping", {})
    members = adapted.pop("anyOf")
    if not mapping:
        adapted["anyOf"] = members
        return adapted
    adapted["if"] = {"required": [prop]}
    adapted["then"] = {
        "properties": {prop: {"enum": sorted(mapping)}},
        "allOf": [
            {"if": {"properties": {prop: {"const": key}}}, "then": {"$ref": SPEC_URI + ref}}
            for key, ref in sorted(mapping.items())
        ],
    }
    adapted["else"] = {"anyOf": members}
    return adapted


def adapt(doc: dict) -> dict:
    """The document with every schema made a closed JSON Schema 2020-12 (module docstring)."""
    bases = _Context(_allof_bases(doc), doc["components"]["schemas"])
    for name, extra in ADDITIONAL_PROPERTIES.items():
        doc["components"]["schemas"][name]["additionalProperties"] = extra
    adapted = {k: v for k, v in doc.items() if k != "components"}
    components = {}
    for kind, entries in doc["components"].items():
        if kind == "schemas":
            components[kind] = {
                n: _adapt(s, bases, name=f"{SCHEMAS}{n}") for n, s in entries.items()
            }
        else:
            components[kind] = {n: _adapt_container(s, bases) for n, s in entries.items()}
    adapted["components"] = components
    adapted["paths"] = {
        p: {m: _adapt_container(o, bases) if isinstance(o, dict) else o for m, o in ops.items()}
        for p, ops in doc["paths"].items()
    }
    return adapted


def _adapt_container(node: Any, bases: "_Context") -> Any:
    """Operations, parameters, request bodies, responses: adapt the schemas inside them."""
    if isinstance(node, list):
        return [_adapt_container(v, bases) for v in node]
    if not isinstance(node, dict):
        return node
    return {
        k: (_adapt(v, bases) if k == "schema" else _adapt_container(v, bases))
        for k, v in node.items()
        if not k.startswith("x-")
    }


# -- exceptions: what Elasticsearch 9 accepts and the serverless document omits --
@dataclass(frozen=True)
class SpecException:
    what: str
    reason: str
    reference: str
    apply: Callable[[dict], None]


def _alias_property(
    schema_name: str, alias: str, of: str, inside_allof: Optional[int] = None
) -> Callable[[dict], None]:
    def apply(doc: dict) -> None:
        schema = (
            doc["components"]["schemas"][schema_name]
            if schema_name.startswith("_")
            else doc["components"]["requestBodies"][schema_name]["content"]["application/json"][
                "schema"
            ]
        )
        target = schema["allOf"][inside_allof] if inside_allof is not None else schema
        target["properties"][alias] = target["properties"][of]

    return apply


# Elastic's TypeScript specification lets these objects be written as their one main
# property (``@shortcut_property``); the generated document keeps only the long form.
SHORTCUTS: dict[str, dict] = {
    "_global.search._types.SourceFilter": {"$ref": f"{SCHEMAS}_types.Fields"},  # includes
    "_types.query_dsl.MatchPhraseQuery": {"type": "string"},  # query
    "_types.query_dsl.MatchQuery": {"type": ["string", "number", "boolean"]},  # query
    "_types.query_dsl.TermQuery": {"$ref": f"{SCHEMAS}_types.FieldValue"},  # value
}


def _shortcuts(doc: dict) -> None:
    schemas = doc["components"]["schemas"]
    for name, short in SHORTCUTS.items():
        schemas[name] = {"oneOf": [short, schemas[name]]}


def _any_metadata(doc: dict) -> None:
    doc["components"]["schemas"]["_types.Metadata"]["additionalProperties"] = {}


def _add_shard_settings(doc: dict) -> None:
    settings = doc["components"]["schemas"]["indices._types.IndexSettings"]["properties"]
    count = {"oneOf": [{"type": "number"}, {"type": "string"}]}
    settings["number_of_shards"] = count
    settings["number_of_replicas"] = count


def _add_cluster_health(doc: dict) -> None:
    doc["paths"]["/_cluster/health/{index}"] = {
        "get": {
            "operationId": "cluster-health-1",
            "parameters": [
                {
                    "in": "path",
                    "name": "index",
                    "required": True,
                    "schema": {"$ref": f"{SCHEMAS}_types.Indices"},
                },
                {
                    "in": "query",
                    "name": "wait_for_status",
                    "schema": {"type": "string", "enum": ["green", "yellow", "red"]},
                },
                {"in": "query", "name": "timeout", "schema": {"$ref": f"{SCHEMAS}_types.Duration"}},
            ],
            "responses": {
                "200": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["cluster_name", "status", "timed_out"],
                                "properties": {
                                    "cluster_name": {"type": "string"},
                                    "status": {
                                        "type": "string",
                                        "enum": ["green", "yellow", "red"],
                                    },
                                    "timed_out": {"type": "boolean"},
                                },
                            }
                        }
                    }
                }
            },
        }
    }


EXCEPTIONS: list[SpecException] = [
    SpecException(
        'short forms: `_source: ["field", ...]` for `{"includes": [...]}`, '
        '`match_phrase: {"text": "..."}` for `{"text": {"query": "..."}}` '
        "(and `match`, `term` likewise)",
        "Documented short forms that Elastic's TypeScript specification marks as shortcut "
        "properties; the generated OpenAPI document keeps only the long form.",
        "https://www.elastic.co/docs/reference/elasticsearch/rest-apis/retrieve-selected-fields"
        "#source-filtering ; https://www.elastic.co/docs/reference/query-languages/query-dsl/"
        "query-dsl-match-query-phrase (short request example)",
        _shortcuts,
    ),
    SpecException(
        "`_meta` values that are not objects (template `_meta.description`, mapping "
        "`_meta.template_version`, `_meta.embedding_model`)",
        "User metadata may hold any JSON value; the document renders its value type "
        "(UserDefinedValue) as `object`. The reference's own example stores strings.",
        "https://www.elastic.co/docs/reference/elasticsearch/mapping-reference/mapping-meta-field",
        _any_metadata,
    ),
    SpecException(
        "search body: `aggs`, the short name of `aggregations`",
        "The serverless OpenAPI document keeps one name per field; Elasticsearch 9 accepts "
        "`aggs` as the documented alias (the client's own DSL writes `aggs`).",
        "https://www.elastic.co/docs/api/doc/elasticsearch/v9/operation/operation-search "
        "(request body: aggregations, alias aggs)",
        _alias_property("search", "aggs", "aggregations"),
    ),
    SpecException(
        "msearch/search request body schema: `aggs`",
        "Same alias in the schema msearch bodies use.",
        "https://www.elastic.co/docs/api/doc/elasticsearch/v9/operation/operation-msearch",
        _alias_property("_global.search._types.SearchRequestBody", "aggs", "aggregations"),
    ),
    SpecException(
        "sub-aggregations: `aggs` inside an aggregation",
        "Elasticsearch 9 accepts `aggs` for `aggregations` at every level.",
        "https://www.elastic.co/docs/explore-analyze/query-filter/aggregations "
        '("aggs" in every example)',
        _alias_property(
            "_types.aggregations.AggregationContainer", "aggs", "aggregations", inside_allof=0
        ),
    ),
    SpecException(
        "index settings `number_of_shards`, `number_of_replicas`",
        "Stack-only static/dynamic index settings: serverless decides shards and replicas "
        "itself, so its IndexSettings omits them. The template sets the shard count "
        "(NEWSINTEL_ES_SHARDS) and a rebuild fills the new index without replicas.",
        "https://www.elastic.co/docs/reference/elasticsearch/index-settings/index-modules"
        "#index-number-of-shards",
        _add_shard_settings,
    ),
    SpecException(
        "GET /_cluster/health/{index} (wait_for_status, timeout)",
        "A stack-only API: serverless projects manage shards themselves, so the serverless "
        "document has no cluster health. The rebuild waits for the new index's shards before "
        "swapping the alias.",
        "https://www.elastic.co/docs/api/doc/elasticsearch/v9/operation/operation-cluster-health",
        _add_cluster_health,
    ),
]


# -- operations --
@dataclass
class Operation:
    method: str
    template: str
    spec: dict

    @property
    def id(self) -> str:
        return self.spec["operationId"]

    def segments(self) -> list[str]:
        return self.template.strip("/").split("/") if self.template != "/" else []


@dataclass
class Checked:
    """One request held against the document: which operation, its shape, what is wrong."""

    method: str
    path: str
    operation: Optional[str]
    shape: str
    errors: list[str] = field(default_factory=list)


def shape_of(value: Any) -> Any:
    """A body's structure without its values: what "distinct request shapes" counts."""
    if isinstance(value, dict):
        return {k: shape_of(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        shapes = []
        for item in value:
            s = shape_of(item)
            if s not in shapes:
                shapes.append(s)
        return shapes
    return type(value).__name__


class Spec:
    def __init__(self, doc: dict):
        for exception in EXCEPTIONS:
            exception.apply(doc)
        self.doc = adapt(doc)
        self.registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(self.doc))
        self.operations: list[Operation] = [
            Operation(method.upper(), template, op)
            for template, ops in self.doc["paths"].items()
            for method, op in ops.items()
            if isinstance(op, dict) and "operationId" in op
        ]
        self._validators: dict[str, Any] = {}
        self._checked: dict[tuple, Checked] = {}

    # -- schemas
    def validator(self, pointer: str):
        """Validator of the schema at a JSON pointer into the document (``#/components/...``)."""
        if pointer not in self._validators:
            self._validators[pointer] = Validator(
                {"$ref": pointer if pointer.startswith(SPEC_URI) else SPEC_URI + pointer},
                registry=self.registry,
            )
        return self._validators[pointer]

    def errors(self, pointer: str, instance: Any, where: str) -> list[str]:
        found = list(self.validator(pointer).iter_errors(instance))
        if not found:
            return []
        error = best_match(found)
        while error.context:  # a union: show why its closest member failed
            error = max(error.context, key=lambda e: len(e.absolute_path))
        at = "/".join(str(p) for p in error.absolute_path)
        message = error.message
        if "propertyNames" in error.schema_path:
            message = f"{error.instance!r} is not a field of this object"
        return [f"{where}{'/' + at if at else ''}: {message[:300]}"]

    def resolve(self, node: dict) -> dict:
        while "$ref" in node:
            ref = node["$ref"]
            node = (
                self.registry.resolver()
                .lookup(ref if ref.startswith(SPEC_URI) else SPEC_URI + ref)
                .contents
            )
        return node

    # -- routing
    def find(self, method: str, path: str) -> Optional[tuple[Operation, dict[str, str]]]:
        """The operation for a request; literal path segments win over ``{params}``."""
        parts = [unquote(p) for p in path.strip("/").split("/")] if path.strip("/") else []
        best = None
        for op in self.operations:
            if op.method != method:
                continue
            segments = op.segments()
            if len(segments) != len(parts):
                continue
            params, literal = {}, 0
            for seg, part in zip(segments, parts):
                if seg.startswith("{"):
                    params[seg[1:-1]] = part
                elif seg == part:
                    literal += 1
                else:
                    break
            else:
                if best is None or literal > best[2]:
                    best = (op, params, literal)
        return (best[0], best[1]) if best else None

    def _pointer(self, op: Operation) -> str:
        path = op.template.replace("~", "~0").replace("/", "~1")
        return f"#/paths/{path}/{op.method.lower()}"

    def body_pointer(self, op: Operation) -> Optional[str]:
        body = op.spec.get("requestBody")
        if body is None:
            return None
        if "$ref" in body:
            return body["$ref"] + "/content/application~1json/schema"
        return self._pointer(op) + "/requestBody/content/application~1json/schema"

    # -- requests
    def check_request(self, method: str, path: str, query: str, body: Optional[bytes]) -> Checked:
        """Method, path, query parameters and body of one request (the same request is
        checked once: the contract suite repeats many)."""
        key = (method, path, query, body)
        if key not in self._checked:
            self._checked[key] = self._check_request(method, path, query, body)
        done = self._checked[key]
        return Checked(done.method, done.path, done.operation, done.shape, list(done.errors))

    def _check_request(self, method: str, path: str, query: str, body: Optional[bytes]) -> Checked:
        found = self.find(method, path)
        if found is None:
            return Checked(
                method, path, None, "", [f"{method} {path}: no such operation in the specification"]
            )
        op, path_params = found
        checked = Checked(method, path, op.id, "")
        params = {p["name"]: p for p in (self.resolve(p) for p in op.spec.get("parameters", []))}
        for name, value in path_params.items():
            checked.errors += self._param_errors(params.get(name), name, value, "path")
        query_items = parse_qsl(query, keep_blank_values=True)
        for name, value in query_items:
            if name in COMMON_QUERY:
                continue
            param = params.get(name)
            if param is None or param.get("in") != "query":
                checked.errors.append(f"query parameter {name!r} is not a parameter of {op.id}")
                continue
            checked.errors += self._param_errors(param, name, value, "query")
        shape: dict[str, Any] = {"query": sorted(n for n, _ in query_items)}
        if body:
            shape["body"], body_errors = self._body(op, body)
            checked.errors += body_errors
        elif op.spec.get("requestBody", {}).get("required"):
            checked.errors.append(f"{op.id} requires a body")
        checked.shape = json.dumps(shape, sort_keys=True)
        return checked

    def _param_errors(self, param: Optional[dict], name: str, raw: str, where: str) -> list[str]:
        if param is None:
            return [f"{where} parameter {name!r} is not declared"]
        schema = param.get("schema", {})
        validator = (
            Validator(schema, registry=self.registry)
            if "$ref" not in schema
            else self.validator(schema["$ref"])
        )
        for candidate in _query_candidates(raw):
            if validator.is_valid(candidate):
                return []
        return [f"{where} parameter {name}={raw!r} does not fit its schema"]

    def _body(self, op: Operation, body: bytes) -> tuple[Any, list[str]]:
        pointer = self.body_pointer(op)
        if pointer is None:
            return "?", [f"{op.id} takes no body"]
        if op.id.startswith("bulk"):
            return self._bulk(body)
        if op.id.startswith("msearch"):
            return self._msearch(body)
        try:
            document = json.loads(body)
        except ValueError as exc:
            return "?", [f"body is not JSON: {exc}"]
        return shape_of(document), self.errors(pointer, document, "body")

    def _lines(self, body: bytes) -> list[Any]:
        return [json.loads(line) for line in body.decode().splitlines() if line.strip()]

    def _bulk(self, body: bytes) -> tuple[Any, list[str]]:
        """Each NDJSON line by its place: an action, then its document (index/create) or its
        partial update (update); delete has no second line."""
        lines, errors, shapes = self._lines(body), [], []
        i = 0
        while i < len(lines):
            action = lines[i]
            errors += self.errors(
                f"{SCHEMAS}_global.bulk.OperationContainer", action, f"bulk line {i + 1} (action)"
            )
            kind = next(iter(action), None) if isinstance(action, dict) else None
            shape: dict[str, Any] = {"action": shape_of(action)}
            if kind in {"index", "create", "update"}:
                if i + 1 >= len(lines):
                    errors.append(f"bulk line {i + 1}: {kind} without its source line")
                    break
                source = lines[i + 1]
                if kind == "update":
                    errors += self.errors(
                        f"{SCHEMAS}_global.bulk.UpdateAction", source, f"bulk line {i + 2} (update)"
                    )
                elif not isinstance(source, dict):
                    errors.append(f"bulk line {i + 2}: a document must be an object")
                shape["source"] = sorted(source) if isinstance(source, dict) else "?"
                i += 2
            else:
                i += 1
            if shape not in shapes:
                shapes.append(shape)
        return shapes, errors

    def _msearch(self, body: bytes) -> tuple[Any, list[str]]:
        lines, errors, shapes = self._lines(body), [], []
        if len(lines) % 2:
            errors.append("msearch: a header without its body")
        for i in range(0, len(lines) - 1, 2):
            errors += self.errors(
                f"{SCHEMAS}_global.msearch.MultisearchHeader",
                lines[i],
                f"msearch line {i + 1} (header)",
            )
            errors += self.errors(
                f"{SCHEMAS}_global.search._types.SearchRequestBody",
                lines[i + 1],
                f"msearch line {i + 2} (search)",
            )
            pair = [shape_of(lines[i]), shape_of(lines[i + 1])]
            if pair not in shapes:
                shapes.append(pair)
        return shapes, errors

    # -- responses
    def response_pointer(self, operation_id: str, status: int) -> Optional[str]:
        op = next((o for o in self.operations if o.id == operation_id), None)
        if op is None:
            return None
        responses = op.spec.get("responses", {})
        entry = responses.get(str(status)) or responses.get("default")
        if entry is None:
            return None
        if "$ref" in entry:
            base = entry["$ref"]
            content = self.resolve(entry).get("content", {})
        else:
            base = self._pointer(op) + f"/responses/{status}"
            content = entry.get("content", {})
        if "application/json" not in content:
            return None
        return base + "/content/application~1json/schema"

    def check_response(self, operation_id: str, status: int, body: Any) -> list[str]:
        if status >= 400:
            return (
                self.errors(
                    f"{SCHEMAS}_types.ErrorResponseBase", body, f"{operation_id} {status} response"
                )
                if isinstance(body, dict) and isinstance(body.get("error"), dict)
                else []
            )
        pointer = self.response_pointer(operation_id, status)
        if pointer is None:
            return []
        return self.errors(pointer, body, f"{operation_id} response")

    def response_examples(self, operation_id: str) -> dict[str, Any]:
        """The document's own example answers of an operation, parsed."""
        op = next(o for o in self.operations if o.id == operation_id)
        examples: dict[str, Any] = {}
        for entry in op.spec.get("responses", {}).values():
            if "$ref" in entry:  # (examples are kept as they are by the adapter)
                entry = self.doc["components"]["responses"][entry["$ref"].rsplit("/", 1)[1]]
            for name, ex in (
                entry.get("content", {}).get("application/json", {}).get("examples", {}).items()
            ):
                value = ex.get("value")
                examples[name] = json.loads(value) if isinstance(value, str) else value
        return examples


def _query_candidates(raw: str) -> list[Any]:
    """A query-string value as each JSON type it may stand for."""
    out: list[Any] = [raw]
    if raw in {"true", "false"}:
        out.append(raw == "true")
    if re.fullmatch(r"-?\d+", raw):
        out.append(int(raw))
    elif re.fullmatch(r"-?\d+\.\d*", raw):
        out.append(float(raw))
    if "," in raw:
        out.append(raw.split(","))
    else:
        out.append([raw])
    return out


@lru_cache(maxsize=1)
def load_spec() -> Spec:
    return Spec(json.loads(spec_path().read_text()))


def spec_available() -> bool:
    return spec_path().is_file()


__all__ = [
    "Checked",
    "EXCEPTIONS",
    "Spec",
    "SpecException",
    "adapt",
    "load_spec",
    "shape_of",
    "spec_available",
    "spec_path",
]
