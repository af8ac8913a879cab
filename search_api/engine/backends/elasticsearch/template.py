"""The index template, index names and the saved-search (percolator) index.

Granularity: ONE Elasticsearch document per corpus document, its passages NESTED inside it
(ordinal, offsets, vector). Why not one Elasticsearch document per passage:

- keyword matching is per document, as in the embedded backend (FTS5 over title and body):
  "bpjs AND target" matches an article with the two words in different paragraphs, and BM25
  ranks articles, not paragraphs;
- facets, totals and the timeline count documents and stories: with one document per article
  every ``terms``/``date_histogram`` bucket counts articles directly, where per-passage
  documents would need a ``cardinality`` on the article id in every bucket;
- a nested kNN search scores each article by its best passage and returns the closest passages
  as inner hits, so document-level collapsing needs no ``collapse`` round trip;
- an article and its passages change together (a changed text is re-split and re-embedded),
  so they are written as one block, and a delete is one ``_id``;
- filters and facet fields are stored once per article instead of on every passage.

The passage text is not stored twice: passages keep offsets into the article's ``text``.
Extractions (organisations, people, regulations) are nested, so a facet bucket keeps the key
and label of one entity together and counts an article once (``reverse_nested``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from elasticsearch import dsl

#: Bumped whenever the mapping changes: an index of another version is rebuilt, not reused.
TEMPLATE_VERSION = 1

#: int8 scalar quantisation of an HNSW graph: 4x less memory than float32 vectors with recall
#: close to float at 384 dimensions. BBQ (1 bit per dimension) is Elasticsearch's default for
#: >= 384 dims, but at exactly 384 dims it needs oversampling + rescoring to keep recall; see
#: docs/scaling.md for when to switch.
VECTOR_INDEX_OPTIONS: dict[str, Any] = {"type": "int8_hnsw", "m": 16, "ef_construction": 100}

# Exact-match analysis: no stemming and no stop words, accents folded. Quoted phrases and
# acronyms ("70 juta", "JHT") are matched on these sub-fields, stemmed words on the main ones.
EXACT = dsl.analyzer("newsintel_exact", tokenizer="standard", filter=["lowercase", "asciifolding"])
LOWERCASE = dsl.normalizer("newsintel_lowercase", filter=["lowercase", "asciifolding"])


def indonesian_text(keyword: bool = False) -> dsl.Text:
    """Text analysed with the built-in ``indonesian`` analyzer (stop words + stemmer), with
    an exact-match sub-field and, for short fields, a keyword one (sorting, exports)."""
    fields: dict[str, Any] = {"exact": dsl.Text(analyzer=EXACT)}
    if keyword:
        fields["keyword"] = dsl.Keyword(ignore_above=512)
    return dsl.Text(analyzer="indonesian", fields=fields)


def entity_field() -> dsl.Nested:
    return dsl.Nested(
        properties={
            "key": dsl.Keyword(),
            "label": dsl.Keyword(ignore_above=512),
            # key, label and aliases normalised as filters are (queries.NAME_KEY).
            "names": dsl.Keyword(ignore_above=512),
        }
    )


def document_mapping(dims: int, embedding_model: str, with_vectors: bool = True) -> dsl.Mapping:
    """Mapping of one corpus document. ``with_vectors=False`` for the percolator index, which
    needs every field a saved query can name but never stores a vector."""
    passage: dict[str, Any] = {
        "n": dsl.Integer(),
        "start": dsl.Integer(index=False),
        "end": dsl.Integer(index=False),
    }
    if with_vectors:
        passage["vector"] = dsl.DenseVector(
            dims=dims, similarity="cosine", index_options=VECTOR_INDEX_OPTIONS
        )
    mapping = dsl.Mapping()
    # Strict: a field we forgot to map is an error at index time, never a silent guess.
    mapping.meta("dynamic", "strict")
    mapping.meta(
        "_meta",
        {"template_version": TEMPLATE_VERSION, "embedding_model": embedding_model, "dims": dims},
    )
    for name, field in {
        "id": dsl.Keyword(),
        "title": indonesian_text(keyword=True),
        "text": indonesian_text(),
        "url": dsl.Keyword(index=False),
        "outlet": dsl.Keyword(fields={"lower": dsl.Keyword(normalizer=LOWERCASE)}),
        # The calendar day as published (local date, as the embedded backend compares it):
        # date filters, the timeline and the month facet use it.
        "day": dsl.Date(format="strict_date"),
        # As the store has it (any ISO form), returned unchanged in hits.
        "published_text": dsl.Keyword(index=False),
        "doc_type": dsl.Keyword(),
        "content_hash": dsl.Keyword(),
        "revision": dsl.Keyword(),
        "cluster_id": dsl.Keyword(),
        # cluster_id, or the document's own id when it has no copies: what "stories" count.
        "story": dsl.Keyword(),
        "organizations": entity_field(),
        "people": entity_field(),
        "regulations": entity_field(),
        "passage_count": dsl.Integer(),
        "passages": dsl.Nested(properties=passage),
        "indexed_at": dsl.Date(),
    }.items():
        mapping.field(name, field)
    return mapping


def index_settings(shards: int, auto_expand_replicas: str) -> dict[str, Any]:
    return {
        "number_of_shards": shards,
        "auto_expand_replicas": auto_expand_replicas,
        "refresh_interval": "1s",
    }


def index_template(
    alias: str, dims: int, embedding_model: str, shards: int = 1, auto_expand_replicas: str = "0-1"
) -> dict[str, Any]:
    """Body of ``PUT _index_template/{alias}``: applies to every ``{alias}-docs-*`` index."""
    index = dsl.Index(index_pattern(alias))
    index.settings(**index_settings(shards, auto_expand_replicas))
    index.mapping(document_mapping(dims, embedding_model))
    body = index.to_dict()
    return {
        "index_patterns": [index_pattern(alias)],
        "priority": 200,
        "version": TEMPLATE_VERSION,
        "_meta": {"description": "newsintel documents with nested passages and vectors"},
        "template": {"settings": body["settings"], "mappings": body["mappings"]},
    }


def index_pattern(alias: str) -> str:
    return f"{alias}-docs-*"


def new_index_name(alias: str, now: datetime | None = None) -> str:
    """A fresh concrete index for a rebuild, e.g. ``newsintel-docs-20260101t120000123456``."""
    now = now or datetime.now(timezone.utc)
    return f"{alias}-docs-{now.strftime('%Y%m%dt%H%M%S%f')}"


def bulk_load_settings() -> dict[str, Any]:
    """While a new index fills nobody searches it: no refreshes, no replicas to copy to."""
    return {
        "index": {
            "refresh_interval": "-1",
            "auto_expand_replicas": "false",
            "number_of_replicas": 0,
        }
    }


def serving_settings(auto_expand_replicas: str) -> dict[str, Any]:
    return {"index": {"refresh_interval": "1s", "auto_expand_replicas": auto_expand_replicas}}


def saved_search_index_name(alias: str) -> str:
    return f"{alias}-saved-searches"


def saved_search_index(alias: str, dims: int, embedding_model: str) -> dict[str, Any]:
    """Body of the percolator index for saved searches: the document fields (so stored
    queries can name them) plus the query and who saved it. A saved search's keyword query
    and filters percolate; its semantic part cannot (kNN is not percolatable) and is checked
    by running the search."""
    mapping = document_mapping(dims, embedding_model, with_vectors=False)
    mapping.field("query", dsl.Percolator())
    mapping.field("saved_search_id", dsl.Keyword())
    mapping.field("name", dsl.Keyword())
    index = dsl.Index(saved_search_index_name(alias))
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    index.mapping(mapping)
    return index.to_dict()
