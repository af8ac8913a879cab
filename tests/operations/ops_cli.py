"""Helpers of the operations tests: `newsintel` run as a real process on a real data dir, and
small archives to ingest. A plain module (not conftest) so tests can import it by name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSINTEL_")}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", COLUMNS="200")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "newsintel.cli", "--data-dir", str(data_dir), *args]


def newsintel(
    data_dir: Path, *args: str, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess[str]:
    """`newsintel --data-dir DATA_DIR ARGS...` as its own process; output captured."""
    return subprocess.run(
        command(data_dir, *args),
        cwd=REPO,
        env=cli_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def started(data_dir: Path, *args: str, capture: bool = True) -> subprocess.Popen[str]:
    """`newsintel --data-dir DATA_DIR ARGS...` started, not waited for (a test kills it or reads
    it part-way); output piped when ``capture``, else dropped."""
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    return subprocess.Popen(
        command(data_dir, *args), cwd=REPO, env=cli_env(), stdout=out, stderr=out, text=True
    )


def said(result: subprocess.CompletedProcess[str]) -> str:
    """stdout and stderr, with Rich's line wrapping undone."""
    return " ".join((result.stdout + "\n" + result.stderr).split())


ARTICLE = (
    "Jakarta - BPJS Ketenagakerjaan membayar santunan jaminan kematian kepada ahli waris "
    "pekerja nomor {n} di Kantor Cabang Jakarta Pusat. Direktur Utama BPJS Ketenagakerjaan "
    "Anggoro Eko Cahyo mengatakan program ini melindungi {n}00 pekerja rentan. "
    "Kementerian Ketenagakerjaan mendukung perluasan kepesertaan sesuai Inpres Nomor 2 Tahun "
    "2021 tentang optimalisasi jaminan sosial ketenagakerjaan."
)


def write_archive(path: Path, count: int, start: int = 0) -> Path:
    """A JSONL archive of ``count`` short Indonesian articles (ids ``art-N``)."""
    lines: list[dict[str, Any]] = [
        {
            "id": f"art-{n}",
            "url": f"https://contoh.id/berita/{n}",
            "title": f"Santunan jaminan kematian untuk ahli waris pekerja {n}",
            "text": ARTICLE.format(n=n),
            "published": f"2025-0{1 + n % 9}-1{n % 10}",
            "outlet": "contoh.id",
        }
        for n in range(start, start + count)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def ingested(base: Path, articles: int, *args: str) -> Path:
    """``base``/data: a new data dir holding ``articles`` articles of ``write_archive``, as
    `newsintel ingest --create` stores (enriches and indexes) them."""
    data_dir = base / "data"
    archive = write_archive(base / "archive.jsonl", articles)
    result = newsintel(data_dir, "ingest", str(archive), "--create", *args)
    assert result.returncode == 0, said(result)
    return data_dir
