"""How to reach the cluster and how to lay out the index, read from the environment.

Credentials never live in code or in the repository: ``ELASTICSEARCH_URL``, then either
``ELASTICSEARCH_API_KEY`` or ``ELASTICSEARCH_USERNAME``/``ELASTICSEARCH_PASSWORD``, and
``ELASTICSEARCH_CA_CERTS`` for an https cluster signed by a private CA.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping, Optional

URL_ENV = "ELASTICSEARCH_URL"


def _flag(value: Optional[str]) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None


@dataclass(frozen=True)
class ElasticsearchSettings:
    url: str = "http://localhost:9200"
    username: Optional[str] = None
    password: Optional[str] = field(default=None, repr=False)
    api_key: Optional[str] = field(default=None, repr=False)
    ca_certs: Optional[str] = None
    #: Searches go through this alias; each rebuild creates ``{alias}-docs-{stamp}`` behind it.
    alias: str = "newsintel"
    shards: int = 1
    #: "0-1": no replica on a single node (stays green), one as soon as a second node joins.
    auto_expand_replicas: str = "0-1"
    #: Fuse BM25 and kNN on the server with an ``rrf`` retriever (needs an Enterprise licence).
    server_side_rrf: bool = False
    #: ``index --rebuild`` copies the old index's vectors (server-side _reindex) instead of
    #: embedding everything again: for mapping or shard changes with the same model.
    reuse_vectors: bool = False
    request_timeout: float = 30.0
    #: Bulk requests: documents per request and retries of rejected (429) items.
    bulk_chunk_size: int = 200
    bulk_max_retries: int = 5

    @classmethod
    def from_env(
        cls, env: Optional[Mapping[str, str]] = None, **overrides: Any
    ) -> "ElasticsearchSettings":
        env = os.environ if env is None else env
        settings = cls(
            url=(env.get(URL_ENV) or cls.url).strip(),
            username=env.get("ELASTICSEARCH_USERNAME") or None,
            password=env.get("ELASTICSEARCH_PASSWORD") or None,
            api_key=env.get("ELASTICSEARCH_API_KEY") or None,
            ca_certs=env.get("ELASTICSEARCH_CA_CERTS") or None,
            alias=(env.get("NEWSINTEL_ES_INDEX") or cls.alias).strip(),
            shards=_int(env, "NEWSINTEL_ES_SHARDS", cls.shards),
            auto_expand_replicas=env.get("NEWSINTEL_ES_REPLICAS") or cls.auto_expand_replicas,
            server_side_rrf=_flag(env.get("NEWSINTEL_ES_SERVER_RRF")),
            reuse_vectors=_flag(env.get("NEWSINTEL_ES_REUSE_VECTORS")),
        )
        known = {f.name for f in fields(cls)}
        unknown = set(overrides) - known
        if unknown:
            raise TypeError(f"unknown Elasticsearch option(s): {', '.join(sorted(unknown))}")
        settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None})
        settings.validate()
        return settings

    def validate(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise ValueError(f"{URL_ENV} must start with http:// or https://, got {self.url!r}")
        if self.ca_certs and not os.path.isfile(self.ca_certs):
            raise ValueError(
                f"ELASTICSEARCH_CA_CERTS points to {self.ca_certs!r}, which is not a file"
            )
        if bool(self.username) != bool(self.password):
            raise ValueError(
                "set both ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD "
                "(or ELASTICSEARCH_API_KEY instead)"
            )
        alias = self.alias
        if not alias or alias != alias.lower() or any(c in alias for c in ' "*\\<|,>/?#:'):
            raise ValueError(f"NEWSINTEL_ES_INDEX must be a lowercase index name, got {alias!r}")
        if self.shards < 1:
            raise ValueError("NEWSINTEL_ES_SHARDS must be at least 1")

    def client_options(self) -> dict[str, Any]:
        """Keyword arguments for ``elasticsearch.Elasticsearch``."""
        options: dict[str, Any] = {
            "hosts": [self.url],
            "request_timeout": self.request_timeout,
            "retry_on_timeout": True,
            "max_retries": 3,
        }
        if self.api_key:
            options["api_key"] = self.api_key
        elif self.username:
            options["basic_auth"] = (self.username, self.password)
        if self.ca_certs:
            options["ca_certs"] = self.ca_certs
        return options

    def client(self):
        from elasticsearch import Elasticsearch

        return Elasticsearch(**self.client_options())
