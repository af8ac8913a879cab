"""Elasticsearch backend (official client 9.x, server 9.x from docker-compose.yml).

``open_backend("elasticsearch")`` returns ``ElasticsearchBackend``; configuration comes from
the environment (see ``settings.py`` and docs/elasticsearch.md).
"""

from search_api.engine.backends.elasticsearch.backend import ElasticsearchBackend
from search_api.engine.backends.elasticsearch.settings import ElasticsearchSettings

__all__ = ["ElasticsearchBackend", "ElasticsearchSettings"]
