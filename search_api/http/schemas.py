"""Response models of the store-backed endpoints (search models: search_api.engine.models)."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    field_validator,
)

from search_api.alerts.urls import is_http_url
from search_api.engine.models import (
    DocumentSummary,
    Duplicate,
    Hit,
    Passage,
    SearchResponse,
    TimelineBucket,
)
from search_api.http.params import MAX_FILTER_CHARS, MAX_FILTER_VALUES, FilterText


def _example(**example: Any) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [example]})


# The document reference every answer uses is the search contract's, so hits and analyst
# endpoints describe a document the same way.
DocumentRef = DocumentSummary
DOCUMENT_EXAMPLE = {
    "id": "0deb6f47a3edc079",
    "title": "BPJS Ketenagakerjaan Targetkan 70 Juta Pekerja Terlindungi",
    "url": "https://kabarekonomi.id/bpjs-70-juta",
    "outlet": "kabarekonomi.id",
    "published": "2022-08-09",
    "doc_type": "news",
}


class Page(BaseModel):
    total: int = Field(description="How many items match the filters, over all pages.")
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page; null on the last page."
    )


class CitedRegulation(BaseModel):
    type: str
    number: str
    year: int | None = None
    title: str | None = None
    text: str | None = Field(None, description="The reference as the document wrote it.")
    regulation_id: str | None = Field(None, description="Id for /regulations/{id}.")
    resolved: bool = Field(description="Whether the store holds the regulation itself.")


class DocumentDetail(DocumentRef):
    text: str
    author: str | None = None
    language: str | None = None
    version: int = 1
    metadata: dict[str, Any] = Field(default_factory=dict)
    copies: list[DocumentRef] = Field(
        default_factory=list, description="Near-duplicate copies (syndication)."
    )
    regulations: list[CitedRegulation] = Field(default_factory=list)
    extraction: dict[str, Any] | None = Field(
        None,
        description="The enrichment of the document "
        "(`newsintel extract` keys); null if not enriched.",
    )


class OrganizationSummary(BaseModel):
    id: str = Field(description="Canonical slug, stable across documents.")
    name: str
    acronym: str | None = None
    kind: str | None = None
    aliases: list[str] = Field(default_factory=list)
    document_count: int = Field(description="Documents mentioning the organisation.")
    commitment_count: int = Field(description="Commitment records with it as partner.")
    first_seen: str | None = None
    last_seen: str | None = None

    model_config = _example(
        id="aphtn-han",
        name="Asosiasi Pengajar Hukum Tata Negara dan Hukum Administrasi Negara",
        acronym="APHTN-HAN",
        kind="association",
        aliases=["APHTN-HAN"],
        document_count=3,
        commitment_count=1,
        first_seen="2022-08-09",
        last_seen="2022-08-10",
    )


class OrganizationList(Page):
    items: list[OrganizationSummary]


class MonthCount(BaseModel):
    month: str = Field(description="YYYY-MM")
    count: int


class PersonSummary(BaseModel):
    name: str
    role: str | None = None
    documents: int


class Person(BaseModel):
    name: str
    roles: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    organization_ids: list[str] = Field(default_factory=list)
    document_count: int
    last_seen: str | None = None

    model_config = _example(
        name="Anggoro Eko Cahyo",
        roles=["Direktur Utama"],
        organizations=["BPJS Ketenagakerjaan"],
        organization_ids=["bpjs-ketenagakerjaan"],
        document_count=4,
        last_seen="2023-07-27",
    )


class PersonList(Page):
    items: list[Person]


class Commitment(BaseModel):
    id: str = Field(description="Stable id of the grouped commitment.")
    partner: str = Field(description="The partner as the news named it.")
    partner_id: str | None = Field(None, description="Canonical organisation id, if resolved.")
    partner_name: str | None = Field(None, description="Full name of the partner organisation.")
    kind: str | None = Field(None, description="MoU | PKS | support | ...")
    agreement: str | None = Field(None, description="e.g. Nota Kesepahaman, Perjanjian Kerja Sama")
    date: str | None = Field(None, description="Signing date, else the publication date.")
    signatories: list[str] = Field(default_factory=list)
    scope: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(description="Every outlet reporting it, syndicated copies too.")
    documents: list[DocumentRef] = Field(description="The news reporting it, newest first.")

    model_config = _example(
        id="c12",
        partner="APHTN-HAN",
        partner_id="aphtn-han",
        partner_name="Asosiasi Pengajar Hukum Tata Negara dan Hukum Administrasi Negara",
        kind="MoU",
        agreement="Nota Kesepahaman",
        date="2022-08-09",
        signatories=["Anggoro Eko Cahyo", "Guntur Hamzah"],
        scope=["pengkajian peraturan perundang-undangan"],
        outlets=["kabarekonomi.id"],
        documents=[DOCUMENT_EXAMPLE],
    )


class CommitmentList(Page):
    items: list[Commitment]


class CoverageShare(BaseModel):
    id: str
    name: str
    acronym: str | None = None
    documents: int = Field(description="Documents mentioning it.")
    share: float = Field(
        description="Its documents over the sum for every organisation listed with it "
        "(the partners, i.e. organisations with a commitment, and this one): 0 to 1."
    )
    current: bool = Field(description="Whether this row is the organisation asked for.")


class OrganizationDetail(OrganizationSummary):
    names_in_documents: list[str] = Field(
        default_factory=list, description="Names the documents used for it."
    )
    mentions_by_month: list[MonthCount] = Field(default_factory=list)
    people: list[PersonSummary] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    recent_documents: list[DocumentRef] = Field(default_factory=list)
    coverage_share: list[CoverageShare] = Field(
        default_factory=list,
        description="Share of coverage against the other partners: the most mentioned "
        "partners and this organisation, most documents first.",
    )


class Figure(BaseModel):
    id: int
    value: int | float | None = Field(description="Normalised value: '40,2 juta' is 40200000.")
    value_to: int | float | None = Field(
        None, description="A range's upper end ('0,24 sampai 1,74 persen'), else null."
    )
    unit: str | None = None
    text: str | None = Field(None, description="The figure as written, e.g. '40,2 juta'.")
    context: str | None = Field(None, description="What is measured, in the article's words.")
    measure: str | None = Field(
        None, description="What is measured, normalised: pass as /figures?measure="
    )
    measure_en: str | None = Field(None, description="The measure's English name.")
    organization: str | None = Field(None, description="Whose figure it is, when the text says.")
    region: str | None = Field(None, description="Where it holds, when the text says.")
    kind: str | None = Field(None, description="target | achievement | null")
    sentence: str | None = None
    date: str | None = Field(None, description="Date the figure refers to, else publication.")
    document: DocumentRef
    outlets: list[str] = Field(description="Outlets of the copies carrying the same figure.")

    model_config = _example(
        id=7,
        value=40200000,
        value_to=None,
        unit="pekerja",
        text="40,2 juta",
        context="jumlah peserta aktif BPJS Ketenagakerjaan hingga akhir Oktober",
        measure="peserta_aktif",
        measure_en="active participants",
        organization="BPJS Ketenagakerjaan",
        region=None,
        kind="achievement",
        sentence="Hingga akhir Oktober, peserta aktif mencapai 40,2 juta pekerja.",
        date="2023-10-31",
        document=DOCUMENT_EXAMPLE,
        outlets=["IDN Times"],
    )


class FigureList(Page):
    items: list[Figure]


class Measure(BaseModel):
    measure: str = Field(description="Normalised name: pass as /figures?measure=")
    measure_en: str | None = Field(None, description="Its English name.")
    count: int = Field(description="Figures carrying it (syndicated copies counted each).")
    units: list[str] = Field(default_factory=list, description="Units seen, most used first.")
    first: str | None = Field(None, description="Earliest figure date.")
    last: str | None = Field(None, description="Latest figure date.")

    model_config = _example(
        measure="peserta_aktif",
        measure_en="active participants",
        count=12,
        units=["pekerja", "peserta"],
        first="2021-04-08",
        last="2023-10-31",
    )


class RegulationSummary(BaseModel):
    id: str = Field(
        description="Document id of a stored regulation, or `ref-...` for a "
        "reference whose regulation the store does not hold."
    )
    key: str = Field(description="Normalised key (`inpres 2/2021`): pass as /search?regulation=")
    resolved: bool
    type: str | None = None
    number: str | None = None
    year: int | None = None
    title: str | None = None
    citing_news: int = Field(description="News documents citing it.")
    last_cited: str | None = None
    url: str | None = None

    model_config = _example(
        id="ref-inpres-2-2021",
        key="inpres 2/2021",
        resolved=False,
        type="Inpres",
        number="2",
        year=2021,
        title="Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan",
        citing_news=2,
        last_cited="2022-08-09",
        url=None,
    )


class RegulationList(Page):
    items: list[RegulationSummary]


class RegulationPassage(BaseModel):
    page: int | None = Field(None, description="PDF page number, where known.")
    text: str
    highlighted: str | None = Field(
        None, description="HTML-escaped text with <mark> around the words of `q`."
    )


class CitingDocument(DocumentRef):
    citation: str | None = Field(None, description="How the news wrote the reference.")


class RegulationDetail(RegulationSummary):
    metadata: dict[str, Any] = Field(default_factory=dict)
    passages: list[RegulationPassage] = Field(default_factory=list)
    citing: list[CitingDocument] = Field(
        default_factory=list, description="News citing it, newest first."
    )


SEARCH_HIT_EXAMPLE: dict[str, Any] = dict(
    **DOCUMENT_EXAMPLE,
    score=0.0328,
    passage={
        "text": "Nota kesepahaman ditandatangani Direktur Utama Anggoro Eko Cahyo dan "
        "Ketua Umum APHTN-HAN Guntur Hamzah.",
        "highlighted": "<mark>Nota</mark> <mark>kesepahaman</mark> ditandatangani "
        "Direktur Utama Anggoro Eko Cahyo dan Ketua Umum APHTN-HAN Guntur Hamzah.",
        "start": 310,
        "end": 421,
    },
    duplicates=[
        {
            "id": "b71c0e2a9d4f1163",
            "title": "BPJS Ketenagakerjaan Targetkan 70 Juta Pekerja Terlindungi",
            "url": "https://wartakerja.id/2022/08/10/bpjs",
            "outlet": "wartakerja.id",
            "published": "2022-08-10",
            "doc_type": "news",
        }
    ],
    outlets=["kabarekonomi.id", "wartakerja.id"],
)


class SearchHit(DocumentSummary):
    """A search hit (``search_api.engine.models.Hit``) with the outlets of its copies spelled
    out."""

    score: float = Field(description="Higher is better; comparable within one response only.")
    passage: Optional[Passage] = Field(None, description="Best passage; null when q is empty.")
    duplicates: list[Duplicate] = Field(
        default_factory=list, description="Other copies of this story."
    )
    outlets: list[str] = Field(
        description="Every outlet that carried the story: this hit's "
        "first, then those of its grouped copies."
    )

    model_config = _example(**SEARCH_HIT_EXAMPLE)

    @classmethod
    def of(cls, hit: Hit) -> "SearchHit":
        return cls(**hit.model_dump(), outlets=hit.outlets)


class SearchResults(SearchResponse):
    hits: list[SearchHit]  # type: ignore[assignment]  # pydantic narrows the field's items

    model_config = _example(
        hits=[SEARCH_HIT_EXAMPLE],
        total=14,
        facets={
            "outlets": [{"value": "kabarekonomi.id", "count": 5}],
            "organizations": [{"value": "aphtn-han", "label": "APHTN-HAN", "count": 2}],
            "people": [{"value": "anggoro eko cahyo", "label": "Anggoro Eko Cahyo", "count": 4}],
            "regulations": [{"value": "inpres 2/2021", "label": "Inpres 2/2021", "count": 3}],
            "months": [{"value": "2022-08", "count": 2}],
        },
        next_cursor="eyJvIjoxMH0",
        mode="hybrid",
        took_ms=23.4,
    )


class Timeline(BaseModel):
    interval: str
    total: int = Field(description="Matching documents over all buckets.")
    buckets: list[TimelineBucket]

    model_config = _example(
        interval="month",
        total=3,
        buckets=[
            {"start": "2022-08-01", "key": "2022-08", "count": 2, "stories": 1},
            {"start": "2022-09-01", "key": "2022-09", "count": 0, "stories": 0},
            {"start": "2022-10-01", "key": "2022-10", "count": 1, "stories": 1},
        ],
    )


def _filter_shape(value: Any) -> str | None:
    if isinstance(value, str):
        return "[text]"
    if isinstance(value, list):
        return "[list]"
    return "[null]" if value is None else None


# One filter's value: a string, a list of strings, or null, each bounded like the /search
# parameter. Tags in brackets: the error handler leaves them out of the parameter's name.
FilterValue = Annotated[
    Union[
        Annotated[FilterText, Tag("[text]")],
        Annotated[list[FilterText], Field(max_length=MAX_FILTER_VALUES), Tag("[list]")],
        Annotated[None, Tag("[null]")],
    ],
    Discriminator(
        _filter_shape,
        custom_error_type="filter_value",
        custom_error_message="must be a string, a list of strings or null",
    ),
]
MAX_FILTERS = 10


def _http_url_or_none(value: Optional[str]) -> Optional[str]:
    if value is not None and not is_http_url(value):
        raise ValueError("must be an http(s) URL")
    return value


WEBHOOK_URL = Field(
    None,
    max_length=2000,
    description="Optional http(s) URL that `newsintel alerts run` POSTs this search's "
    "new matches to (JSON), besides the run's own webhook.",
)


class SavedSearchIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    q: str = Field("", max_length=1000, description="Query text (may be empty: filters only).")
    mode: str = Field("hybrid", max_length=20, description="hybrid | keyword | semantic")
    filters: dict[Annotated[str, StringConstraints(max_length=40)], FilterValue] = Field(
        default_factory=dict,
        max_length=MAX_FILTERS,
        description="Any /search filter: "
        "date_from, date_to, outlet, organization, person, "
        f"regulation, doc_type; lists of at most {MAX_FILTER_VALUES} values of at most "
        f"{MAX_FILTER_CHARS} characters.",
    )
    webhook_url: Optional[str] = WEBHOOK_URL

    @field_validator("webhook_url")
    @classmethod
    def _http_only(cls, value: Optional[str]) -> Optional[str]:
        return _http_url_or_none(value)

    model_config = _example(
        name="Target 70 juta",
        q="target 70 juta peserta",
        mode="hybrid",
        filters={"outlet": "kabarekonomi.id", "date_from": "2022-01-01"},
    )


class Spike(BaseModel):
    """A day whose count of matching stories is well above its trailing 14-day level."""

    day: str = Field(description="YYYY-MM-DD.")
    count: int = Field(description="Matching stories published that day.")
    baseline: float = Field(description="Mean stories a day over the 14 days before.")


class SavedSearchChange(BaseModel):
    """What PATCH may change; a field left out stays as it is, `webhook_url: null` clears it."""

    model_config = ConfigDict(extra="forbid")

    name: Optional[str] = Field(None, min_length=1, max_length=200)
    webhook_url: Optional[str] = WEBHOOK_URL

    @field_validator("webhook_url")
    @classmethod
    def _http_only(cls, value: Optional[str]) -> Optional[str]:
        return _http_url_or_none(value)

    @field_validator("name")
    @classmethod
    def _name_not_null(cls, value: Optional[str]) -> str:
        if value is None:
            raise ValueError("a saved search keeps a name; leave the field out to keep it")
        return value


class SavedSearch(SavedSearchIn):
    # As stored: searches saved before the bounds existed are still listed.
    filters: dict[str, Any] = Field(default_factory=dict)
    id: int
    created_at: str
    last_checked_at: str
    search_url: str = Field(description="The /search URL this saved search runs.")
    feed_token: str | None = Field(
        None,
        description="Where reads need an API key: the secret token that opens this search's "
        "feeds to readers that send no headers (`feed.atom?token=...`); null where reads are "
        "open.",
    )
    spike: Spike | None = Field(
        None,
        description="The latest spike day in the week up to its newest match, as found by "
        "the last run (docs/alerts.md: the test); null when none.",
    )


class SourcesHealth(BaseModel):
    ok: bool = Field(description="No crawled source is flagged.")
    sources: int = Field(description="Sources with crawl runs in the log.")
    flagged: dict[str, list[str]] = Field(
        default_factory=dict, description="Per flagged source, why (a yield drop, empty text...)."
    )
    last_success: str | None = Field(None, description="When any source last stored a page.")


class StoreHealth(BaseModel):
    ok: bool
    path: str = Field(description="The store's file inside the data dir (no absolute path).")
    schema_version: int | None = None
    documents: dict[str, int] = Field(default_factory=dict, description="Count per doc type.")
    enriched: int = 0
    sources: SourcesHealth | None = Field(
        None, description="Crawl yield per source from the crawl log (`newsintel sources health`)."
    )
    error: str | None = None


class IndexHealth(BaseModel):
    ok: bool
    backend: str
    warming: bool = Field(
        False,
        description="The embedding model and vectors are still "
        "loading; a search now waits for them.",
    )
    detail: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None


class DiskHealth(BaseModel):
    ok: bool = Field(description="False when the data dir's disk is (nearly) full.")
    free_bytes: int | None = None
    error: str | None = None


class AccessHealth(BaseModel):
    reads: Literal["open", "key"] = Field(description="Whether reads need an API key.")
    writes: Literal["open", "key"] = Field(
        description="Whether writes (saved searches, alerts) need an API key: open only while "
        "no key exists and NEWSINTEL_WRITES_NEED_KEY is not true."
    )
    keys: int = Field(description="Live API keys (`newsintel keys list`).")
    note: str


class Health(BaseModel):
    status: str = Field(
        description="ok | starting (the index is loading its model) | "
        "degraded (a part cannot serve; its `error` says why)"
    )
    store: StoreHealth
    index: IndexHealth
    disk: DiskHealth | None = Field(
        None, description="Room left for writes (saved searches, the store) in the data dir."
    )
    access: AccessHealth | None = Field(None, description="What is open to callers without a key.")
