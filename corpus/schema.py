"""Schema of the corpus store, as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations a file has had; opening a store applies the
missing ones in one transaction each. Append new migrations; never edit a released one.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents, their versions, sources, crawl log, extractions.
    """
    CREATE TABLE sources (
        name        TEXT PRIMARY KEY,
        kind        TEXT NOT NULL DEFAULT 'news',
        config      TEXT NOT NULL DEFAULT '{}',          -- the registry entry, JSON
        updated_at  TEXT NOT NULL
    );

    CREATE TABLE documents (
        id             TEXT PRIMARY KEY,                 -- given id (ingest) or hash of the URL
        url            TEXT,                             -- canonical URL
        source         TEXT,                             -- outlet / regulation source name
        doc_type       TEXT NOT NULL DEFAULT 'news',     -- news | regulation
        title          TEXT,
        text           TEXT NOT NULL,
        published      TEXT,                             -- ISO date or datetime
        author         TEXT,
        language       TEXT,
        content_hash   TEXT NOT NULL,
        metadata       TEXT NOT NULL DEFAULT '{}',       -- JSON: regulation fields, description...
        version        INTEGER NOT NULL DEFAULT 1,
        cluster_id     TEXT,                             -- near-duplicate cluster (syndication)
        first_fetched  TEXT NOT NULL,
        last_fetched   TEXT NOT NULL,
        updated_at     TEXT NOT NULL                     -- when the content last changed
    );
    CREATE INDEX documents_url ON documents(url);
    CREATE INDEX documents_source ON documents(source);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_type ON documents(doc_type);

    CREATE TABLE document_versions (
        doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        version       INTEGER NOT NULL,
        content_hash  TEXT NOT NULL,
        title         TEXT,
        text          TEXT NOT NULL,
        published     TEXT,
        author        TEXT,
        metadata      TEXT NOT NULL DEFAULT '{}',
        fetched_at    TEXT NOT NULL,
        PRIMARY KEY (doc_id, version)
    );

    -- What the crawler knows of a fetched URL, for conditional and skipped requests.
    CREATE TABLE fetch_state (
        url            TEXT PRIMARY KEY,                 -- URL as requested
        doc_id         TEXT,
        etag           TEXT,
        last_modified  TEXT,
        body_hash      TEXT,
        status         INTEGER,
        fetched_at     TEXT NOT NULL
    );

    CREATE TABLE crawl_log (
        id       INTEGER PRIMARY KEY,
        url      TEXT NOT NULL,
        source   TEXT,
        status   INTEGER,                                -- HTTP status, NULL when none
        outcome  TEXT NOT NULL,                          -- new|updated|unchanged|not_modified|skipped|error
        error    TEXT,
        at       TEXT NOT NULL
    );
    CREATE INDEX crawl_log_url ON crawl_log(url);
    CREATE INDEX crawl_log_outcome ON crawl_log(outcome);

    -- One row per enriched document: the whole `newsintel extract` JSON.
    CREATE TABLE extractions (
        doc_id            TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        pipeline_version  TEXT NOT NULL,
        content_hash      TEXT NOT NULL,
        data              TEXT NOT NULL,
        extracted_at      TEXT NOT NULL
    );

    -- Queryable records derived from extractions (replaced whenever a document is re-enriched).
    CREATE TABLE organizations (
        id       TEXT PRIMARY KEY,                       -- canonical slug, stable across documents
        name     TEXT NOT NULL,
        acronym  TEXT,
        kind     TEXT
    );
    CREATE TABLE org_aliases (
        org_id  TEXT NOT NULL REFERENCES organizations(id),
        alias   TEXT NOT NULL,
        PRIMARY KEY (org_id, alias)
    );
    CREATE TABLE org_mentions (
        doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        org_id   TEXT NOT NULL REFERENCES organizations(id),
        name     TEXT NOT NULL,                          -- the name as the document gives it
        PRIMARY KEY (doc_id, org_id)
    );
    CREATE INDEX org_mentions_org ON org_mentions(org_id);

    CREATE TABLE people (
        id            INTEGER PRIMARY KEY,
        doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        role          TEXT,
        organization  TEXT,
        org_id        TEXT,
        kind          TEXT
    );
    CREATE INDEX people_doc ON people(doc_id);
    CREATE INDEX people_name ON people(name);

    CREATE TABLE figures (
        id        INTEGER PRIMARY KEY,
        doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        value     REAL,
        unit      TEXT,
        text      TEXT,
        context   TEXT,
        kind      TEXT,                                  -- target | achievement | NULL
        sentence  TEXT,
        date      TEXT                                   -- date the figure refers to, else published
    );
    CREATE INDEX figures_doc ON figures(doc_id);
    CREATE INDEX figures_unit ON figures(unit);

    CREATE TABLE regulation_refs (
        id                 INTEGER PRIMARY KEY,
        doc_id             TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type               TEXT NOT NULL,
        number             TEXT NOT NULL,
        year               INTEGER,
        title              TEXT,
        text               TEXT,
        regulation_doc_id  TEXT                          -- resolved regulation document, NULL if unknown
    );
    CREATE INDEX regulation_refs_key ON regulation_refs(type, number, year);
    CREATE INDEX regulation_refs_doc ON regulation_refs(doc_id);

    CREATE TABLE commitments (
        id              INTEGER PRIMARY KEY,
        doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        partner         TEXT NOT NULL,
        partner_org_id  TEXT,
        agreement       TEXT,
        kind            TEXT,
        signatories     TEXT NOT NULL DEFAULT '[]',
        scope           TEXT NOT NULL DEFAULT '[]',
        date            TEXT
    );
    CREATE INDEX commitments_doc ON commitments(doc_id);
    CREATE INDEX commitments_partner ON commitments(partner_org_id);

    CREATE TABLE quotes (
        id       INTEGER PRIMARY KEY,
        doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        speaker  TEXT,
        text     TEXT NOT NULL
    );
    CREATE INDEX quotes_doc ON quotes(doc_id);

    CREATE TABLE locations (
        id        INTEGER PRIMARY KEY,
        doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        name      TEXT NOT NULL,
        kind      TEXT,
        province  TEXT
    );
    CREATE INDEX locations_doc ON locations(doc_id);
    """,
    # 2: crawl runs, so source health can compare one crawl with the ones before it; the role
    # a logged URL had (article, listing, sitemap, feed, ...) tells articles from hubs.
    """
    CREATE TABLE crawl_runs (
        id             INTEGER PRIMARY KEY,
        spider         TEXT NOT NULL,                    -- news | regulations
        sources        TEXT NOT NULL DEFAULT '[]',       -- JSON list of source names
        started_at     TEXT NOT NULL,
        finished_at    TEXT,
        finish_reason  TEXT                              -- finished | closespider_* | shutdown
    );
    ALTER TABLE crawl_log ADD COLUMN run_id INTEGER REFERENCES crawl_runs(id);
    ALTER TABLE crawl_log ADD COLUMN role TEXT;
    CREATE INDEX crawl_log_run ON crawl_log(run_id, source);
    """,
    # 3: what a figure measures, normalised (nlp/data/measures.yaml), so a researcher picks one
    # quantity and gets its values over time; a range's upper end; whose figure, and where.
    """
    ALTER TABLE figures ADD COLUMN value_to REAL;                -- a range's upper end
    ALTER TABLE figures ADD COLUMN measure TEXT;                 -- peserta_aktif, iuran, ...
    ALTER TABLE figures ADD COLUMN measure_en TEXT;              -- its English name
    ALTER TABLE figures ADD COLUMN organization TEXT;
    ALTER TABLE figures ADD COLUMN region TEXT;
    CREATE INDEX figures_measure ON figures(measure);
    """,
]

# Tables holding records derived from one document's extraction, cleared on re-enrichment.
DERIVED_TABLES = (
    "org_mentions",
    "people",
    "figures",
    "regulation_refs",
    "commitments",
    "quotes",
    "locations",
)
