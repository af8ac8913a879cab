import pytest

from corpus.sources import DEFAULT_REGISTRY, RegistryError, load_registry


def test_builtin_registry_is_valid():
    registry = load_registry(DEFAULT_REGISTRY)
    assert registry and all(s.allowed_domains for s in registry.values())


def write(tmp_path, text):
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    return path


def test_placeholders_are_filled_and_regex_braces_kept(tmp_path):
    path = write(
        tmp_path,
        """
sources:
  - name: sample
    sitemap_urls: ["{sample_site}/sitemap.xml"]
    article_patterns: ['^/read/\\d{4}/']
""",
    )
    source = load_registry(path, {"sample_site": "http://127.0.0.1:8000"})["sample"]
    assert source.sitemap_urls == ["http://127.0.0.1:8000/sitemap.xml"]
    assert source.allowed_domains == ["127.0.0.1"]
    assert source.is_article("http://127.0.0.1:8000/read/2022/x")


@pytest.mark.parametrize(
    "body, message",
    [
        (
            "sources:\n  - name: a\n    start_urls: ['ftp://x']\n",
            "entry 1 ('a'): field 'start_urls'",
        ),
        ("sources:\n  - name: a\n", "needs at least one of start_urls"),
        (
            "sources:\n  - name: a\n    feeds: ['https://a/rss']\n    article_patterns: ['(']\n",
            "field 'article_patterns'",
        ),
        (
            "sources:\n  - name: a\n    feeds: ['https://a/rss']\n    colour: red\n",
            "field 'colour'",
        ),
        (
            "sources:\n  - name: a\n    feeds: ['https://a/rss']\n  - name: a\n    feeds: ['https://a/r']\n",
            "duplicate source name",
        ),
        ("sources:\n  - name: a\n    feeds: ['{nowhere}/rss']\n", "unknown placeholder {nowhere}"),
        ("sources: [\n", "not valid YAML"),
        ("outlets: []\n", "top-level 'sources:' list"),
    ],
)
def test_errors_name_file_entry_and_field(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(RegistryError) as exc:
        load_registry(path)
    assert str(path) in str(exc.value) and message in str(exc.value)


def test_classify_shortlinks_whole_url_patterns_and_registry_size():
    registry = load_registry(DEFAULT_REGISTRY)
    kompas, liputan6 = registry["kompas"], registry["liputan6"]
    assert kompas.classify("http://kmp.im/AGHq9I") == "shortlink"
    assert kompas.classify("http://kmp.im/") != "shortlink"  # the bare host is no link
    assert kompas.classify("https://www.kompas.com/homey/read/2025/06/02/123000526/x") == "article"
    assert kompas.classify("https://indeks.kompas.com/") == "listing"
    assert kompas.classify("https://www.detik.com/berita/d-1/x") == "off-site"
    # A pattern starting with the scheme matches the whole URL: one host's photo stories.
    story = "http://photo.liputan6.com/musik/hadiri-grammy-awards-2016-2437247"
    assert liputan6.classify(story) == "article"
    assert liputan6.classify(story.replace("photo.", "www.")) == "ignored"
    news = [s for s in registry.values() if s.kind == "news"]
    regulation = [s for s in registry.values() if s.kind == "regulation"]
    assert len(news) >= 16 and len(regulation) >= 3  # 15 national outlets + BPJS's own news
    assert all(s.politeness.download_delay >= 1 and s.patterns_checked for s in registry.values())
