"""A stand-in for an Elasticsearch 9 cluster on 127.0.0.1: a request/response CHECKER, no engine.

The official client (its own ``elastic_transport`` HTTP node) talks to this server like to a
cluster. Every request is held against Elastic's OpenAPI document (``es_spec``): method, path,
query parameters, and the JSON body, or each NDJSON line of a bulk or msearch. A request that
breaks the specification is answered ``400`` with the reasons (as a cluster refuses a malformed
request) and recorded in ``violations``. Every answer is itself checked against the response
schema of its operation before it is sent. Documents written to an index with a strict mapping
are also held to that mapping (unmapped fields, vector length), as a cluster would.

What it answers is bookkeeping, never search: it keeps templates, indices, aliases, points in
time and the documents it was sent by ``_id``, and a search returns stored documents in ``_id``
order (``size``, ``search_after``), without matching, ranking, analysis or kNN; the one query
it reads is a top-level ``terms`` on a stored field, a fetch by value (the page's documents by
id, a story's copies). Aggregations
come back in the shape the request asked for, counted over those documents. So the backend's
code paths all run, and its answers are NOT the answers a cluster would give: relevance,
analyzers and kNN are verified only against a live cluster (ELASTICSEARCH_URL).

``script(operation_prefix, answer)`` queues a scripted answer (status, body), or a callable
given the request that returns one (or None to let this request through), for the next request
of an operation: how the response tests play bulk rejections, shard failures and alias errors.
Scripted answers are held to the response schema like every other.
"""

from __future__ import annotations

import fnmatch
import json
import threading
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional, Union
from urllib.parse import parse_qsl, urlsplit

from es_spec import Checked, Spec, load_spec

Answer = tuple[int, Any]
Scripted = Union[Answer, Callable[[dict], Answer]]
HEADERS = {"X-Elastic-Product": "Elasticsearch", "Content-Type": "application/json"}


@dataclass
class Index:
    name: str
    mappings: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)
    docs: dict[str, dict] = field(default_factory=dict)
    version: dict[str, int] = field(default_factory=dict)


def _shards(total: int = 1) -> dict:
    return {"total": total, "successful": total, "skipped": 0, "failed": 0}


class StandIn:
    """``with StandIn() as server: Elasticsearch(server.url)``; see the module docstring."""

    def __init__(self, spec: Optional[Spec] = None):
        self.spec = spec or load_spec()
        self.checked: list[Checked] = []
        self.violations: list[str] = []
        self.templates: dict[str, dict] = {}
        self.indices: dict[str, Index] = {}
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.pits: dict[str, str] = {}
        self.tasks: dict[str, dict] = {}
        self.scripted: dict[str, deque] = defaultdict(deque)
        self._lock = threading.RLock()
        self._counter = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- life cycle
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "StandIn":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def script(self, operation_prefix: str, answer: Scripted) -> None:
        self.scripted[operation_prefix].append(answer)

    def operations(self) -> set[str]:
        return {c.operation for c in self.checked if c.operation}

    def shapes(self) -> set[tuple[str, str]]:
        return {(c.operation, c.shape) for c in self.checked if c.operation}

    def take_violations(self) -> list[str]:
        with self._lock:
            found, self.violations = self.violations, []
        return found

    # -- HTTP
    def _handler(self):
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet: the tests print what matters
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                status, payload = standin.handle(
                    self.command, self.path, body, self.headers.get("Content-Type")
                )
                data = (
                    b""
                    if payload is None or self.command == "HEAD"
                    else json.dumps(payload).encode()
                )
                self.send_response(status)
                for key, value in HEADERS.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if data:
                    self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve

        return Handler

    def handle(
        self, method: str, raw_path: str, body: Optional[bytes], content_type: Optional[str] = None
    ) -> Answer:
        url = urlsplit(raw_path)
        checked = self.spec.check_request(method, url.path, url.query, body)
        if body and checked.operation:
            # NDJSON for bulk and msearch, JSON for every other body (either media type may
            # carry Elasticsearch's versioned "vnd.elasticsearch+" prefix).
            ndjson = checked.operation.startswith(("bulk", "msearch"))
            wanted = "x-ndjson" if ndjson else "json"
            given = (content_type or "").split(";")[0].strip()
            if given.rsplit("/", 1)[-1].replace("vnd.elasticsearch+", "") != wanted:
                checked.errors.append(f"Content-Type {given!r}, expected {wanted}")
        with self._lock:
            self.checked.append(checked)
            if checked.errors:
                self.violations += [f"{method} {url.path}: {e}" for e in checked.errors]
                return 400, {
                    "error": {
                        "type": "x_content_parse_exception",
                        "reason": "; ".join(checked.errors)[:2000],
                    },
                    "status": 400,
                }
            query = dict(parse_qsl(url.query, keep_blank_values=True))
            request = {
                "method": method,
                "path": url.path,
                "query": query,
                "body": body,
                "params": self.spec.find(method, url.path)[1],
            }
            status, payload = self._answer(checked.operation, request)
            if payload is not None and method != "HEAD":
                for error in self.spec.check_response(checked.operation, status, payload):
                    self.violations.append(f"the stand-in's own answer: {error}")
        return status, payload

    def _answer(self, operation: str, request: dict) -> Answer:
        for prefix, queue in self.scripted.items():
            if queue and operation.startswith(prefix):
                answer = queue[0](request) if callable(queue[0]) else queue[0]
                if answer is not None:  # a callable may let a request pass to the default
                    queue.popleft()
                    return answer
        family = operation.rsplit("-", 1)[0] if operation[-1].isdigit() else operation
        handler = getattr(self, "op_" + family.replace("-", "_"), None)
        if handler is None:
            return 501, {
                "error": {
                    "type": "not_implemented",
                    "reason": f"the stand-in does not answer {operation}",
                },
                "status": 501,
            }
        return handler(request)

    # -- helpers
    def _json(self, request: dict) -> Any:
        return json.loads(request["body"]) if request["body"] else {}

    def _next(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def _resolve(self, names: str) -> list[Index]:
        out = []
        for name in names.split(","):
            if name in self.indices:
                out.append(self.indices[name])
            for index in sorted(self.aliases.get(name, ())):
                out.append(self.indices[index])
            if "*" in name:
                out += [i for n, i in sorted(self.indices.items()) if fnmatch.fnmatch(n, name)]
        return out

    def _missing(self, name: str) -> Answer:
        return 404, {
            "error": {
                "type": "index_not_found_exception",
                "reason": f"no such index [{name}]",
                "index": name,
            },
            "status": 404,
        }

    # -- indices, templates, aliases
    def op_indices_put_index_template(self, request: dict) -> Answer:
        self.templates[request["params"]["name"]] = self._json(request)
        return 200, {"acknowledged": True}

    def op_indices_delete_index_template(self, request: dict) -> Answer:
        if self.templates.pop(request["params"]["name"], None) is None:
            return 404, {
                "error": {
                    "type": "resource_not_found_exception",
                    "reason": "index template missing",
                },
                "status": 404,
            }
        return 200, {"acknowledged": True}

    def op_indices_create(self, request: dict) -> Answer:
        name = request["params"]["index"]
        if name in self.indices:
            return 400, {
                "error": {
                    "type": "resource_already_exists_exception",
                    "reason": f"index [{name}] already exists",
                },
                "status": 400,
            }
        body = self._json(request)
        index = Index(
            name,
            mappings=dict(body.get("mappings") or {}),
            settings=dict(body.get("settings") or {}),
        )
        for template in sorted(self.templates.values(), key=lambda t: t.get("priority", 0)):
            if any(fnmatch.fnmatch(name, p) for p in template.get("index_patterns", [])):
                index.mappings = {
                    **template.get("template", {}).get("mappings", {}),
                    **index.mappings,
                }
        self.indices[name] = index
        for alias in body.get("aliases") or {}:
            self.aliases[alias].add(name)
        return 200, {"acknowledged": True, "shards_acknowledged": True, "index": name}

    def op_indices_delete(self, request: dict) -> Answer:
        names = request["params"]["index"].split(",")
        gone = [n for n in names if n not in self.indices]
        if gone and request["query"].get("ignore_unavailable") != "true":
            return self._missing(gone[0])
        for name in names:
            self.indices.pop(name, None)
            for members in self.aliases.values():
                members.discard(name)
        return 200, {"acknowledged": True}

    def op_indices_exists(self, request: dict) -> Answer:
        return (200 if self._resolve(request["params"]["index"]) else 404), None

    def op_indices_get_alias(self, request: dict) -> Answer:
        name = request["params"].get("name")
        members = sorted(self.aliases.get(name, ())) if name else []
        if not members:
            return 404, {"error": f"alias [{name}] missing", "status": 404}
        return 200, {index: {"aliases": {name: {}}} for index in members}

    def op_indices_get_mapping(self, request: dict) -> Answer:
        found = self._resolve(request["params"]["index"])
        if not found:
            return self._missing(request["params"]["index"])
        return 200, {i.name: {"mappings": i.mappings} for i in found}

    def op_indices_put_settings(self, request: dict) -> Answer:
        return 200, {"acknowledged": True}

    def op_indices_refresh(self, request: dict) -> Answer:
        return 200, {"_shards": _shards()}

    def op_indices_update_aliases(self, request: dict) -> Answer:
        for action in self._json(request)["actions"]:
            ((kind, spec),) = action.items()
            if spec["index"] not in self.indices:
                return self._missing(spec["index"])
            if kind == "add":
                self.aliases[spec["alias"]].add(spec["index"])
            elif kind == "remove":
                self.aliases[spec["alias"]].discard(spec["index"])
        return 200, {"acknowledged": True}

    def op_cluster_health(self, request: dict) -> Answer:
        return 200, {"cluster_name": "stand-in", "status": "green", "timed_out": False}

    # -- documents
    def op_bulk(self, request: dict) -> Answer:
        lines = [json.loads(line) for line in request["body"].decode().splitlines() if line.strip()]
        items, i = [], 0
        while i < len(lines):
            ((kind, meta),) = lines[i].items()
            source = lines[i + 1] if kind != "delete" else None
            i += 1 if kind == "delete" else 2
            items.append({kind: self._write(kind, meta, source)})
        return 200, {
            "took": 1,
            "errors": any(
                v["status"] >= 300 and v["status"] != 404 for item in items for v in item.values()
            ),
            "items": items,
        }

    def _write(self, kind: str, meta: dict, source: Optional[dict]) -> dict:
        targets = self._resolve(meta["_index"])
        doc_id = meta["_id"]
        head = {"_index": targets[0].name if targets else meta["_index"], "_id": doc_id}
        if not targets:
            return {
                **head,
                "status": 404,
                "error": {"type": "index_not_found_exception", "reason": "no such index"},
            }
        index = targets[0]
        problems = (
            _mapping_problems(
                source.get("doc", source) if kind == "update" else source, index.mappings
            )
            if source is not None
            else []
        )
        if problems and index.mappings.get("dynamic") == "strict":
            self.violations += [f"bulk {kind} {doc_id}: {p}" for p in problems]
            return {
                **head,
                "status": 400,
                "error": {"type": "document_parsing_exception", "reason": "; ".join(problems)},
            }
        exists = doc_id in index.docs
        if kind == "delete":
            index.docs.pop(doc_id, None)
            result, status = ("deleted", 200) if exists else ("not_found", 404)
        elif kind == "update":
            if not exists:
                return {
                    **head,
                    "status": 404,
                    "error": {
                        "type": "document_missing_exception",
                        "reason": f"[{doc_id}]: document missing",
                    },
                }
            index.docs[doc_id] = {**index.docs[doc_id], **source["doc"]}
            result, status = "updated", 200
        else:
            index.docs[doc_id] = source
            result, status = ("updated", 200) if exists else ("created", 201)
        index.version[doc_id] = index.version.get(doc_id, 0) + 1
        return {
            **head,
            "_version": index.version[doc_id],
            "result": result,
            "_shards": {"total": 1, "successful": 1, "failed": 0},
            "status": status,
            "_seq_no": index.version[doc_id] - 1,
            "_primary_term": 1,
        }

    def op_mget(self, request: dict) -> Answer:
        body = self._json(request)
        targets = self._resolve(request["params"].get("index", ""))
        docs = []
        for doc_id in body.get("ids", []):
            found = next((i for i in targets if doc_id in i.docs), None)
            entry = {
                "_index": found.name if found else (targets[0].name if targets else ""),
                "_id": doc_id,
                "found": found is not None,
            }
            if found:
                entry.update(
                    {
                        "_version": found.version[doc_id],
                        "_seq_no": 0,
                        "_primary_term": 1,
                        "_source": found.docs[doc_id],
                    }
                )
            docs.append(entry)
        return 200, {"docs": docs}

    def op_index(self, request: dict) -> Answer:
        meta = {"_index": request["params"]["index"], "_id": request["params"]["id"]}
        item = self._write("index", meta, self._json(request))
        return item.pop("status"), item

    def op_count(self, request: dict) -> Answer:
        targets = self._resolve(request["params"].get("index", "*"))
        return 200, {"count": sum(len(i.docs) for i in targets), "_shards": _shards()}

    def op_reindex(self, request: dict) -> Answer:
        body = self._json(request)
        source = self._resolve(body["source"]["index"])
        dest = self.indices[body["dest"]["index"]]
        copied = 0
        for index in source:
            for doc_id, doc in index.docs.items():
                dest.docs[doc_id] = dict(doc)
                dest.version[doc_id] = 1
                copied += 1
        result = {
            "took": 1,
            "timed_out": False,
            "total": copied,
            "created": copied,
            "updated": 0,
            "deleted": 0,
            "batches": 1,
            "version_conflicts": 0,
            "noops": 0,
            "retries": {"bulk": 0, "search": 0},
            "throttled_millis": 0,
            "requests_per_second": -1.0,
            "throttled_until_millis": 0,
            "failures": [],
        }
        if request["query"].get("wait_for_completion") == "false":
            task = f"standin:{self._next('')}"
            self.tasks[task] = result
            return 200, {"task": task}
        return 200, result

    def op_tasks_get(self, request: dict) -> Answer:
        task_id = request["params"]["task_id"]
        node, number = task_id.split(":")
        return 200, {
            "completed": True,
            "response": self.tasks.get(task_id, {}),
            "task": {
                "action": "indices:data/write/reindex",
                "cancellable": True,
                "id": int(number),
                "node": node,
                "running_time_in_nanos": 1000,
                "start_time_in_millis": 0,
                "type": "transport",
                "headers": {},
            },
        }

    # -- search
    def op_open_point_in_time(self, request: dict) -> Answer:
        pit = self._next("pit-")
        self.pits[pit] = request["params"]["index"]
        return 200, {"id": pit, "_shards": _shards()}

    def op_close_point_in_time(self, request: dict) -> Answer:
        freed = self.pits.pop(self._json(request).get("id"), None) is not None
        if not freed:
            return 404, {"succeeded": True, "num_freed": 0}
        return 200, {"succeeded": True, "num_freed": 1}

    def op_search(self, request: dict) -> Answer:
        body = self._json(request)
        index = request["params"].get("index")
        if "pit" in body:
            index = self.pits.get(body["pit"]["id"])
            if index is None:
                return 404, {
                    "error": {
                        "type": "search_context_missing_exception",
                        "reason": "No search context found",
                    },
                    "status": 404,
                }
        return self._search(index or "*", body)

    def op_msearch(self, request: dict) -> Answer:
        lines = [json.loads(line) for line in request["body"].decode().splitlines() if line.strip()]
        responses = []
        for header, body in zip(lines[0::2], lines[1::2]):
            status, answer = self._search(header.get("index") or "*", body)
            responses.append({**answer, "status": status})
        return 200, {"took": 1, "responses": responses}

    def _search(self, names: str, body: dict) -> Answer:
        targets = self._resolve(names)
        if not targets and "*" not in names:
            return self._missing(names)
        docs = sorted(
            ((i.name, doc_id, doc) for i in targets for doc_id, doc in i.docs.items()),
            key=lambda d: d[1],
        )
        fetch = (body.get("query") or {}).get("terms")
        if fetch and len(fetch) == 1:  # a fetch by value ({"terms": {"id": [...]}}): kept
            ((name, values),) = fetch.items()
            docs = [d for d in docs if d[2].get(name) in values]
        start = 0
        if body.get("search_after"):
            start = int(body["search_after"][-1]) + 1
        size = int(body.get("size", 10))
        page = docs[start : start + size]
        hits = []
        for position, (index, doc_id, doc) in enumerate(page, start):
            hit: dict[str, Any] = {"_index": index, "_id": doc_id, "_score": 1.0, "_source": doc}
            if "sort" in body:
                hit["sort"] = [position] * len(body["sort"])
            if "knn" in body:
                hit["inner_hits"] = {"passages": self._inner_hits(index, doc_id, doc)}
            if "highlight" in body:
                hit["highlight"] = {f: [doc.get(f) or ""] for f in body["highlight"]["fields"]}
            hits.append(hit)
        answer: dict[str, Any] = {
            "took": 1,
            "timed_out": False,
            "_shards": _shards(),
            "hits": {"max_score": 1.0 if hits else None, "hits": hits},
        }
        if body.get("track_total_hits") is not False:
            answer["hits"]["total"] = {"value": len(docs), "relation": "eq"}
        aggs = body.get("aggregations") or body.get("aggs")
        if aggs:
            answer["aggregations"] = self._aggregations(aggs, [d for _, _, d in docs])
        if "pit" in body:
            answer["pit_id"] = body["pit"]["id"]
        return 200, answer

    def _inner_hits(self, index: str, doc_id: str, doc: dict) -> dict:
        passages = doc.get("passages") or []
        return {
            "hits": {
                "total": {"value": len(passages), "relation": "eq"},
                "max_score": 1.0,
                "hits": [
                    {
                        "_index": index,
                        "_id": doc_id,
                        "_score": 1.0,
                        "_nested": {"field": "passages", "offset": n},
                    }
                    for n in range(min(3, len(passages)))
                ],
            }
        }

    def _aggregations(self, aggs: dict, docs: list[dict]) -> dict:
        """The requested aggregations in the answer's shape, counted naively over ``docs``."""
        out = {}
        for name, agg in aggs.items():
            subs = agg.get("aggregations") or agg.get("aggs") or {}
            if "cardinality" in agg:
                values = {str(d.get(agg["cardinality"]["field"])) for d in docs}
                out[name] = {"value": len(values)}
            elif "min" in agg or "max" in agg:
                kind = "min" if "min" in agg else "max"
                values = [v for d in docs if (v := _field(d, agg[kind]["field"])) is not None]
                if not values:
                    out[name] = {"value": None}
                else:
                    picked = min(values) if kind == "min" else max(values)
                    out[name] = {"value": 0.0, "value_as_string": str(picked)}
            elif "sum" in agg:
                out[name] = {"value": float(sum(d.get(agg["sum"]["field"]) or 0 for d in docs))}
            elif "terms" in agg:
                groups: dict[str, list[dict]] = defaultdict(list)
                for doc in docs:
                    value = _field(doc, agg["terms"]["field"])
                    for v in value if isinstance(value, list) else [value]:
                        if v is not None:
                            groups[str(v)].append(doc)
                buckets = [
                    {"key": key, "doc_count": len(group), **self._aggregations(subs, group)}
                    for key, group in sorted(groups.items())
                ][: agg["terms"].get("size", 10)]
                out[name] = {
                    "doc_count_error_upper_bound": 0,
                    "sum_other_doc_count": 0,
                    "buckets": buckets,
                }
            elif "date_histogram" in agg:
                days = sorted({d.get("day") for d in docs if d.get("day")})
                monthly = agg["date_histogram"].get("calendar_interval") == "month"
                keys = sorted({day[:7] if monthly else day for day in days})
                out[name] = {
                    "buckets": [
                        {
                            "key": 0,
                            "key_as_string": key,
                            "doc_count": sum(
                                1 for d in docs if (d.get("day") or "").startswith(key)
                            ),
                            **self._aggregations(
                                subs, [d for d in docs if (d.get("day") or "").startswith(key)]
                            ),
                        }
                        for key in keys
                    ]
                }
            elif "nested" in agg:
                path = agg["nested"]["path"]
                inner = [item for d in docs for item in d.get(path) or []]
                out[name] = {"doc_count": len(inner), **self._aggregations(subs, inner)}
            elif "reverse_nested" in agg:
                out[name] = {"doc_count": len(docs), **self._aggregations(subs, docs)}
            else:
                out[name] = {"value": None}
        return out


def _mapping_problems(source: dict, mappings: dict, at: str = "") -> list[str]:
    """What a cluster would refuse in a document under a strict mapping: a field the mapping
    does not name, a vector whose length is not its ``dims`` (the index's own mapping, not
    the specification, is the reference here)."""
    problems = []
    properties = mappings.get("properties", {})
    for name, value in source.items():
        field = properties.get(name)
        if field is None:
            problems.append(f"strict_dynamic_mapping_exception: [{at}{name}] is not mapped")
            continue
        items = value if isinstance(value, list) else [value]
        if field.get("type") == "dense_vector":
            if len(value) != field.get("dims"):
                problems.append(
                    f"[{at}{name}] has {len(value)} dimensions, the mapping {field.get('dims')}"
                )
        elif "properties" in field:
            for item in items:
                if isinstance(item, dict):
                    problems += _mapping_problems(item, field, f"{at}{name}.")
    return problems


def _field(doc: dict, dotted: str) -> Any:
    """A field of a stored document, nested objects' fields by their last name."""
    return doc.get(dotted.rsplit(".", 1)[-1], doc.get(dotted))


__all__ = ["StandIn"]
