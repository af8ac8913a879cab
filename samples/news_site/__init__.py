"""The sample news site: four Indonesian outlets on one host, routed by path prefix.

``build_news_site()`` renders every page from the article data and returns a ``Site`` whose
manifest is the ground truth crawler tests assert against. Special cases (robots-disallowed
page, redirect, 404, flaky 500, 429, non-UTF-8 pages, an oversized page, AMP twins,
tracking parameters, tag soup, a syndicated story) are listed in ``manifest["special"]``.
"""

from __future__ import annotations

from samples.news_site.build import build_news_site

__all__ = ["build_news_site"]
