"""Issue 16, defect 7: degrade, don't crash. A read-only data dir still searches and serves
(opening the backend wrote the index file); a full disk or an unreadable store makes the API
answer 503 with a short reason and /health say degraded (saved searches answered 500 while
/health said ok). Real `newsintel` processes on a read-only bind mount and a full tmpfs;
skipped where mounts are not allowed (they need CAP_SYS_ADMIN)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ops_cli import REPO, cli_env, command, ingested  # noqa: E402

ARTICLES = 8
READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'


def mounts_allowed(tmp_path: Path) -> bool:
    probe = tmp_path / "probe"
    probe.mkdir()
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", READ_ONLY, "sh", str(probe), "true"], capture_output=True
    )
    return done.returncode == 0


def read_only(data_dir: Path, args: list[str]) -> list[str]:
    """``args`` run in a mount namespace of their own where ``data_dir`` is read-only."""
    return ["unshare", "-m", "sh", "-c", READ_ONLY, "sh", str(data_dir), *args]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("degraded")
    if not mounts_allowed(base):
        pytest.skip("mounts are not allowed here (no CAP_SYS_ADMIN)")
    return ingested(base, ARTICLES)


@contextmanager
def serving(argv: list[str]) -> Iterator[str]:
    proc = subprocess.Popen(
        argv, cwd=REPO, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert proc.stdout is not None
        url = None
        for line in proc.stdout:
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                url = found.group(1)
                break
        assert url, "the server printed no URL"
        deadline = time.monotonic() + 180
        while httpx.get(url + "health", timeout=60).json()["status"] == "starting":
            assert time.monotonic() < deadline
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def serve_args(data_dir: Path) -> list[str]:
    return command(data_dir, "serve", "--port", "0", "--log-level", "warning")


def test_read_only_data_dir_searches_and_serves(indexed: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(indexed, data_dir)
    before = {p: p.stat().st_mtime_ns for p in data_dir.rglob("*")}

    for args in (["search", "santunan ahli waris", "--format", "json"], ["stats"]):
        done = subprocess.run(
            read_only(data_dir, command(data_dir, *args)),
            cwd=REPO,
            env=cli_env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr
    assert '"art-' in done.stdout or "documents" in done.stdout

    with serving(read_only(data_dir, serve_args(data_dir))) as url:
        hits = httpx.get(url + "search", params={"q": "santunan ahli waris"}, timeout=60)
        assert hits.status_code == 200 and hits.json()["hits"], hits.text
        assert httpx.get(url + "documents/art-1", timeout=60).status_code == 200
        write = httpx.post(url + "saved-searches", json={"name": "x", "q": "santunan"}, timeout=60)
        assert write.status_code == 503 and "read-only" in write.json()["message"], write.text
    assert {p: p.stat().st_mtime_ns for p in data_dir.rglob("*")} == before  # nothing written


@contextmanager
def small_disk(mount_point: Path, size: str) -> Iterator[Path]:
    mount_point.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)]
    ).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)])


def fill(disk: Path) -> None:
    chunk = b"\0" * (1 << 20)
    with (disk / "filler").open("wb", buffering=0) as f:
        try:
            while True:
                f.write(chunk)
        except OSError:
            pass
    with (disk / "filler-small").open("wb", buffering=0) as f:  # the last partial block
        try:
            while True:
                f.write(b"\0" * 512)
        except OSError:
            pass


def test_full_disk_and_unreadable_store_answer_503_and_health_degraded(
    indexed: Path, tmp_path: Path
):
    with small_disk(tmp_path / "disk", "48m") as disk:
        data_dir = disk / "data"
        shutil.copytree(indexed, data_dir)
        with serving(serve_args(data_dir)) as url:
            assert httpx.get(url + "health", timeout=60).json()["status"] == "ok"
            fill(disk)
            saved = httpx.post(
                url + "saved-searches", json={"name": "x", "q": "santunan"}, timeout=60
            )
            assert saved.status_code == 503, saved.text
            assert "disk is full" in saved.json()["message"]
            assert str(disk) not in saved.text  # a reason, not a path
            hits = httpx.get(url + "search", params={"q": "santunan"}, timeout=60)
            assert hits.status_code == 200  # reads still work
            health = httpx.get(url + "health", timeout=60).json()
            assert health["status"] == "degraded" and not health["disk"]["ok"], health

            (disk / "filler").unlink()
            store = data_dir / "corpus.sqlite"
            for suffix in ("-wal", "-shm"):
                Path(f"{store}{suffix}").unlink(missing_ok=True)
            store.write_bytes(b"garbage, not SQLite\n" * 4096)  # the store becomes unreadable
            documents = httpx.get(url + "documents/art-1", timeout=60)
            assert documents.status_code == 503, documents.text
            assert "damaged" in documents.json()["message"]
            health = httpx.get(url + "health", timeout=60).json()
            assert health["status"] == "degraded" and not health["store"]["ok"], health
