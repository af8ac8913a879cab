"""The sources registry: outlets and regulation sites are data (YAML), not code.

Adding an outlet is adding an entry. Entries are validated on load; an error names the file,
the entry and the field. ``{name}`` placeholders in URLs are filled from ``variables`` (the
sample sites use ``{sample_site}`` because their port is chosen when they start).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DEFAULT_REGISTRY = Path(__file__).with_name("sources.yaml")


class RegistryError(ValueError):
    """A registry file that cannot be used; the message says where and why."""


class Politeness(BaseModel):
    model_config = ConfigDict(extra="forbid")
    download_delay: float = Field(0.5, ge=0, description="seconds between requests to a domain")
    concurrency: int = Field(2, ge=1, le=32, description="parallel requests per domain")


class Pagination(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # CSS selector of the "next page" link on listing pages; rel=next is always followed too.
    next_selector: str | None = None
    max_pages: int = Field(50, ge=1)


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    kind: Literal["news", "regulation"] = "news"
    title: str | None = None
    start_urls: list[str] = []  # listing pages (front page, section, index)
    sitemap_urls: list[str] = []  # sitemap indexes, sitemaps, Google News sitemaps
    feeds: list[str] = []  # RSS / Atom
    allowed_domains: list[str] = []  # default: the hosts of all URLs above
    article_patterns: list[str] = []  # regexes on the URL path of article (or detail) pages
    listing_patterns: list[str] = []  # regexes of pages to follow for links, not to store
    deny_patterns: list[str] = []  # never request these
    # Hosts of the outlet's short links (kmp.im): followed, and their redirect target is
    # judged by the patterns above.
    shortlink_domains: list[str] = []
    # Where the patterns were checked against real URLs (or why they could not be).
    patterns_checked: str | None = None
    pagination: Pagination = Pagination()
    politeness: Politeness = Politeness()

    @field_validator("start_urls", "sitemap_urls", "feeds")
    @classmethod
    def _absolute_urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            parsed = urlparse(url)
            if parsed.scheme not in ("http", "https") or not parsed.netloc:
                raise ValueError(f"not an absolute http(s) URL: {url!r}")
        return urls

    @field_validator("article_patterns", "listing_patterns", "deny_patterns")
    @classmethod
    def _regexes(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regex {pattern!r}: {exc}") from None
        return patterns

    @model_validator(mode="after")
    def _entry_points_and_domains(self) -> "Source":
        urls = [*self.start_urls, *self.sitemap_urls, *self.feeds]
        if not urls:
            raise ValueError("needs at least one of start_urls, sitemap_urls, feeds")
        if not self.allowed_domains:
            self.allowed_domains = sorted({host for u in urls if (host := urlparse(u).hostname)})
        missing = [d for d in self.shortlink_domains if d not in self.allowed_domains]
        self.allowed_domains = [*self.allowed_domains, *missing]
        return self

    def is_article(self, url: str) -> bool:
        return matches(self.article_patterns, url)

    def is_listing(self, url: str) -> bool:
        return matches(self.listing_patterns, url)

    def is_denied(self, url: str) -> bool:
        return matches(self.deny_patterns, url)

    def in_domains(self, url: str) -> bool:
        return _host_in(url, self.allowed_domains)

    def is_shortlink(self, url: str) -> bool:
        return _host_in(url, self.shortlink_domains) and len(urlparse(url).path) > 1

    def classify(self, url: str) -> str:
        """How a crawl of this source takes a discovered URL: ``article``, ``listing``,
        ``shortlink`` (followed; its redirect target is judged), ``explore`` (fetched and
        judged by structure: the source has no article patterns), ``denied``, ``ignored``
        (in the domains, matched by no pattern) or ``off-site``."""
        if not self.in_domains(url):
            return "off-site"
        if self.is_denied(url):
            return "denied"
        if self.is_shortlink(url):
            return "shortlink"
        if self.is_article(url):
            return "article"
        if self.is_listing(url):
            return "listing"
        return "ignored" if self.article_patterns else "explore"


def _host_in(url: str, domains: list[str]) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def matches(patterns: list[str] | tuple[str, ...], url: str) -> bool:
    """Whether a pattern matches the URL's path and query, or the whole URL for patterns
    that start with its scheme (``^https?://photo\\.example\\.com/``: one host only)."""
    if not patterns:
        return False
    parsed = urlparse(url)
    path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
    return any(re.search(p, url if p.startswith(_WHOLE_URL) else path) for p in patterns)


_WHOLE_URL = ("^http", "^(http", "^https")


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["name=value", ...]`` from the command line into a dict; ValueError on a bad pair."""
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"expected NAME=VALUE, got {pair!r}")
        values[name.strip()] = value.strip()
    return values


def load_registry(
    path: Path | str | None = None, variables: dict[str, str] | None = None
) -> dict[str, Source]:
    """Read and validate a registry file; returns sources by name."""
    path = Path(path or DEFAULT_REGISTRY)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"{path}: no such registry file") from None
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {exc}") from None
    entries = (raw or {}).get("sources") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected a top-level 'sources:' list")
    sources: dict[str, Source] = {}
    for index, entry in enumerate(entries):
        label = entry.get("name") if isinstance(entry, dict) else None
        where = f"{path}: entry {index + 1}" + (f" ({label!r})" if label else "")
        if not isinstance(entry, dict):
            raise RegistryError(f"{where}: expected a mapping")
        try:
            source = Source.model_validate(_fill(entry, variables or {}, where))
        except ValidationError as exc:
            problems = "; ".join(
                f"field '{'.'.join(str(p) for p in err['loc']) or '(entry)'}': {err['msg']}"
                for err in exc.errors()
            )
            raise RegistryError(f"{where}: {problems}") from None
        if source.name in sources:
            raise RegistryError(f"{where}: field 'name': duplicate source name {source.name!r}")
        sources[source.name] = source
    return sources


def _fill(value: Any, variables: dict[str, str], where: str) -> Any:
    if isinstance(value, str):

        def substitute(match: re.Match) -> str:
            if match.group(1) not in variables:
                raise RegistryError(
                    f"{where}: unknown placeholder {match.group(0)} (known: "
                    f"{', '.join(variables) or 'none'})"
                )
            return variables[match.group(1)]

        # Only {lower_name} is a placeholder, so regex quantifiers like \d{4} pass through.
        return _PLACEHOLDER.sub(substitute, value)
    if isinstance(value, list):
        return [_fill(v, variables, where) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, variables, where) for k, v in value.items()}
    return value


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
