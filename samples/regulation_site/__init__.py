"""The sample regulation database: JDIH-style listings, detail pages and PDFs under /jdih/.

``build_regulation_site()`` returns a ``Site``; its manifest lists every regulation a correct
crawler stores under ``regulations`` (with ``pdf_url``, metadata and page count) and the PDFs it
must log and skip (scanned, encrypted, truncated, not a PDF) under ``special``.
"""

from __future__ import annotations

from samples.regulation_site.build import build_regulation_site

__all__ = ["build_regulation_site"]
