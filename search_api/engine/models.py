"""The search contract: what a caller asks a search backend and what it gets back.

These models are shared by every backend (embedded, Elasticsearch), the CLI and the HTTP API,
so the same request gives the same shape of answer whichever backend serves it.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_LIMIT = 100


class SearchMode(str, Enum):
    """How candidates are found: both indexes fused, BM25 words only, or embeddings only."""

    hybrid = "hybrid"
    keyword = "keyword"
    semantic = "semantic"


class SortOrder(str, Enum):
    """``relevance``: best fused score first; ``date``: newest publication first."""

    relevance = "relevance"
    date = "date"


class Interval(str, Enum):
    """Width of one timeline bucket."""

    day = "day"
    week = "week"
    month = "month"


class SearchRequest(BaseModel):
    """One search: a query plus filters, sort and page.

    ``q`` may be empty: then every document passing the filters matches (newest first), which
    is what a timeline or a filtered browse needs. Filter lists are OR within one list and AND
    across lists (outlet A or B, and organisation X).
    """

    model_config = ConfigDict(extra="forbid")

    q: str = Field(
        "",
        max_length=1000,
        description="Query text. Keyword syntax: AND, OR, NOT, "
        '-word, "exact phrase", parentheses. Empty: match every document.',
        examples=["target 70 juta peserta", '"nota kesepahaman" AND BPJS'],
    )
    mode: SearchMode = Field(SearchMode.hybrid, description="hybrid | keyword | semantic")
    date_from: Optional[date] = Field(None, description="Published on or after (inclusive).")
    date_to: Optional[date] = Field(None, description="Published on or before (inclusive).")
    outlets: list[str] = Field(
        default_factory=list, description="Outlet (source) names, e.g. kabarekonomi.id."
    )
    organizations: list[str] = Field(
        default_factory=list,
        description="Organisation ids (canonical slugs, as in "
        "/organizations) or any of their names, acronyms or aliases, case-insensitive.",
    )
    people: list[str] = Field(default_factory=list, description="Person names, case-insensitive.")
    regulations: list[str] = Field(
        default_factory=list,
        description='Regulation keys such as "Inpres 2/2021" or '
        '"UU No. 24 Tahun 2011" (normalised with corpus.keys.regulation_key).',
    )
    doc_type: Optional[str] = Field(None, description="news | regulation")
    sort: SortOrder = Field(SortOrder.relevance, description="relevance | date")
    limit: int = Field(10, ge=1, le=MAX_LIMIT, description="Hits per page.")
    cursor: Optional[str] = Field(None, description="Opaque next_cursor of the previous page.")
    collapse_duplicates: bool = Field(
        True, description="Group syndicated copies of one story into one hit."
    )
    facets: bool = Field(True, description="Compute facets (costs a little time).")

    @field_validator("outlets", "organizations", "people", "regulations")
    @classmethod
    def _drop_blank(cls, values: list[str]) -> list[str]:
        return [v.strip() for v in values if v and v.strip()]

    @model_validator(mode="after")
    def _dates_in_order(self) -> "SearchRequest":
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self


class Passage(BaseModel):
    """The passage of a document that best answers the query."""

    text: str = Field(description="Plain passage text, as in the document.")
    highlighted: str = Field(description="The same text HTML-escaped, query words in <mark>.")
    start: int = Field(description="Character offset of the passage in the document's text.")
    end: int = Field(description="Character offset just past the passage.")


class DocumentSummary(BaseModel):
    """Who published what, when: the fields every document reference carries."""

    id: str = Field(description="Document id (the id given on ingest is kept).")
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = Field(None, description="ISO date or datetime.")
    doc_type: str = "news"


class Duplicate(DocumentSummary):
    """Another copy of the same (syndicated) story, grouped under one hit."""


class Hit(DocumentSummary):
    """One story in the results: its best-matching document and passage."""

    score: float = Field(description="Higher is better; comparable within one response only.")
    passage: Optional[Passage] = Field(None, description="None when q is empty.")
    duplicates: list[Duplicate] = Field(
        default_factory=list, description="Other copies of this story (other outlets/urls)."
    )

    @property
    def outlets(self) -> list[str]:
        """Every outlet that carried this story, this hit's first."""
        seen = [self.outlet] if self.outlet else []
        for dup in self.duplicates:
            if dup.outlet and dup.outlet not in seen:
                seen.append(dup.outlet)
        return seen


class FacetValue(BaseModel):
    """How many matching stories carry one value (an outlet, an organisation, a month...)."""

    value: str = Field(description="What to pass back as a filter (id, key or YYYY-MM).")
    label: Optional[str] = Field(None, description="Display name, when it differs from value.")
    count: int


class Facets(BaseModel):
    """Counts over all matching documents (not only the current page), most frequent first."""

    outlets: list[FacetValue] = Field(default_factory=list)
    organizations: list[FacetValue] = Field(default_factory=list)
    people: list[FacetValue] = Field(default_factory=list)
    regulations: list[FacetValue] = Field(default_factory=list)
    months: list[FacetValue] = Field(default_factory=list, description="YYYY-MM, in date order.")


class SearchResponse(BaseModel):
    """One page of hits, the total, facets and the cursor of the next page."""

    hits: list[Hit]
    total: int = Field(description="Matching stories (after grouping copies), all pages.")
    facets: Optional[Facets] = None
    next_cursor: Optional[str] = Field(None, description="None on the last page.")
    mode: SearchMode
    took_ms: float = 0.0


class TimelineBucket(BaseModel):
    """Coverage volume in one period: how many matching documents were published."""

    start: date = Field(description="First day of the bucket (Monday for weeks).")
    key: str = Field(description="YYYY-MM-DD (day, week start) or YYYY-MM (month).")
    count: int = Field(description="Matching documents published in the bucket (copies count).")
    stories: int = Field(description="Distinct stories (syndicated copies counted once).")


class IndexDocument(DocumentSummary):
    """What a backend indexes for one stored document (text plus what filters and facets use).

    Built from the corpus store and its extraction by
    ``search_api.engine.indexing.documents_from_store``; backends never read the store themselves.
    """

    text: str
    content_hash: str = Field(description="Store content hash: same hash, no re-embedding.")
    revision: str = Field(
        description="Changes whenever anything indexed changes (content, "
        "extraction, cluster); equal revisions are skipped entirely."
    )
    cluster_id: Optional[str] = Field(None, description="Near-duplicate cluster (syndication).")
    organizations: list["EntityRef"] = Field(default_factory=list)
    people: list["EntityRef"] = Field(default_factory=list)
    regulations: list["EntityRef"] = Field(default_factory=list)


class EntityRef(BaseModel):
    """An entity a document mentions: the key filters match on, its display label, aliases."""

    key: str = Field(description="Org id, normalised person name or regulation key.")
    label: str
    aliases: list[str] = Field(default_factory=list, description="Other names that match it.")


IndexDocument.model_rebuild()


class IndexStats(BaseModel):
    """What one index() call did."""

    added: int = 0
    updated: int = 0
    metadata_only: int = Field(0, description="Changed extraction/cluster only: not re-embedded.")
    unchanged: int = 0
    deleted: int = 0
    passages: int = Field(0, description="Passages embedded by this call.")
    seconds: float = 0.0


class BackendHealth(BaseModel):
    """Whether a backend can serve, and what it holds."""

    backend: str
    ok: bool
    documents: int = 0
    passages: int = 0
    embedding_model: Optional[str] = None
    detail: Optional[str] = None
