"""The compose stack is complete and valid: Elasticsearch with security, the API, the pipeline.

`docker compose config` (or Debian's docker-compose 1.29) validates the file without an engine;
where neither is installed that part is skipped and the structure is still checked here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "docker-compose.yml"
ENV_EXAMPLE = REPO / ".env.example"
DOCKERFILE = REPO / "Dockerfile"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def env_example() -> dict[str, str]:
    pairs = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            pairs[name.strip()] = value.strip()
    return pairs


def compose_cli() -> list[str] | None:
    """`docker compose` (v2 plugin) if it answers, else `docker-compose`, else None."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_compose_config_validates_with_the_cli():
    cli = compose_cli()
    if cli is None:
        pytest.skip(
            "neither `docker compose` nor `docker-compose` is installed "
            "(apt-get install docker-compose); YAML checks below still run"
        )
    result = subprocess.run(
        [*cli, "--env-file", str(ENV_EXAMPLE), "-f", str(COMPOSE), "config", "-q"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr


def test_compose_refuses_to_start_without_a_password(tmp_path):
    cli = compose_cli()
    if cli is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is installed")
    no_password = tmp_path / "env"
    no_password.write_text(
        "".join(f"{k}={v}\n" for k, v in env_example().items() if k != "ELASTIC_PASSWORD")
    )
    env = {k: v for k, v in os.environ.items() if k != "ELASTIC_PASSWORD"}
    result = subprocess.run(
        [*cli, "--env-file", str(no_password), "-f", str(COMPOSE), "config", "-q"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert result.returncode != 0
    assert "set ELASTIC_PASSWORD" in result.stderr


def test_services_have_health_checks_memory_limits_and_restart(compose):
    services = compose["services"]
    assert {"elasticsearch", "api", "pipeline", "alerts"} <= set(services)
    for name, service in services.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no health check"
        assert service.get("mem_limit"), f"{name} has no memory limit"
        assert service.get("restart") == "unless-stopped", name


def test_elasticsearch_is_secured_and_matches_the_client_major(compose):
    import elasticsearch

    es = compose["services"]["elasticsearch"]
    image, _, tag = es["image"].rpartition(":")
    assert image == "docker.elastic.co/elasticsearch/elasticsearch"
    assert re.fullmatch(r"\d+\.\d+\.\d+", tag), "use a concrete version tag, not latest"
    assert int(tag.split(".")[0]) == elasticsearch.__version__[0], (
        "server and Python client must share their major version"
    )
    env = es["environment"]
    assert env["xpack.security.enabled"] == "true"
    assert env["discovery.type"] == "single-node"
    assert env["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD")
    heap = re.search(r"-Xmx(\S+)", env["ES_JAVA_OPTS"])
    assert heap, "set the JVM heap explicitly"
    assert es["ulimits"]["memlock"] == {"soft": -1, "hard": -1}
    assert es["ulimits"]["nofile"]["soft"] >= 65536
    check = " ".join(es["healthcheck"]["test"])
    assert "curl" in check and "-u" in check and "_cluster/health" in check
    # Published on the loopback interface only.
    assert all(str(p).startswith("127.0.0.1:") for p in es["ports"])


def test_api_and_pipeline_run_the_project_on_elasticsearch(compose):
    services = compose["services"]
    for name in ("api", "pipeline"):
        service = services[name]
        assert service["build"] == "."
        assert service["depends_on"]["elasticsearch"]["condition"] == "service_healthy"
        env = service["environment"]
        assert env["NEWSINTEL_SEARCH_BACKEND"] == "elasticsearch"
        assert env["ELASTICSEARCH_URL"] == "http://elasticsearch:9200"
        assert env["ELASTICSEARCH_PASSWORD"].startswith("${ELASTIC_PASSWORD")
        assert "newsintel-data:/data" in service["volumes"]
    assert "/health" in " ".join(services["api"]["healthcheck"]["test"])
    loop = " ".join(services["pipeline"]["command"])
    for step in (
        "newsintel crawl",
        "newsintel enrich",
        "newsintel index --backend elasticsearch",
        "sleep",
    ):
        assert step in loop


def test_named_volumes_are_declared(compose):
    declared = set(compose["volumes"])
    used = set()
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if not source.startswith((".", "/")):
                used.add(source)
    assert used and used <= declared
    assert {"esdata", "newsintel-data"} <= used


def test_env_example_sets_every_required_variable(compose):
    text = COMPOSE.read_text(encoding="utf-8")
    # ${NAME}, ${NAME:?message} and ${NAME:-default}; $${...} is left to the container.
    referenced = set(re.findall(r"(?<!\$)\$\{([A-Z_][A-Z0-9_]*)", text))
    required = set(re.findall(r"(?<!\$)\$\{([A-Z_][A-Z0-9_]*)(?:\}|:\?)", text))
    example = env_example()
    assert required <= set(example), f"missing from .env.example: {required - set(example)}"
    assert referenced <= set(example), f"undocumented: {referenced - set(example)}"
    assert example["ELASTIC_PASSWORD"], "give a placeholder password"


def test_dockerfile_installs_cpu_torch_matching_the_pin():
    docker = DOCKERFILE.read_text(encoding="utf-8")
    assert (
        docker.splitlines()[
            [i for i, line in enumerate(docker.splitlines()) if line.startswith("FROM")][0]
        ]
        == "FROM python:3.11-slim"
    )
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    torch_pin = next(d for d in deps if d.startswith("torch=="))
    assert f"pip install {torch_pin} --index-url https://download.pytorch.org/whl/cpu" in docker
    ignored = (REPO / ".dockerignore").read_text().split()
    assert {".env", ".venv", ".git", "data"} <= set(ignored)


def test_compose_runs_only_commands_and_options_the_cli_has(compose):
    """Every `newsintel ...` the stack runs exists, with the options it is given."""
    from typer.testing import CliRunner

    from newsintel.cli import app

    calls = [" ".join(compose["services"]["api"]["command"])]
    calls += [
        line.strip()
        for line in compose["services"]["pipeline"]["command"][-1].splitlines()
        if line.strip().startswith("newsintel ")
    ]
    assert len(calls) == 5  # serve; init once; crawl, enrich, index each round
    runner = CliRunner()
    for call in calls:
        words = call.split("||")[0].split()
        command, options = words[1], [w for w in words[2:] if w.startswith("--")]
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, f"`newsintel {command}` is not a command"
        for option in options:
            assert option in result.output, f"`newsintel {command}` has no {option}"


def test_alerts_service_runs_the_alert_commands_on_a_schedule(compose):
    """`newsintel alerts run` every ALERTS_INTERVAL_SECONDS and the digest once a day, each
    command and option one the CLI has."""
    from typer.testing import CliRunner

    from newsintel.cli import app

    alerts = compose["services"]["alerts"]
    assert alerts["depends_on"]["elasticsearch"]["condition"] == "service_healthy"
    assert "newsintel-data:/data" in alerts["volumes"]
    assert alerts["environment"]["ALERTS_INTERVAL_SECONDS"].startswith("${ALERTS_INTERVAL_SECONDS")
    loop = alerts["command"][-1]
    assert 'sleep "$${ALERTS_INTERVAL_SECONDS}"' in loop
    calls = [
        line.strip().split("||")[0].split()
        for line in loop.splitlines()
        if line.strip().startswith("newsintel ")
    ]
    assert [words[:3] for words in calls] == [["newsintel", "alerts", "run"]] * 2
    assert "--digest" in calls[1]
    help_text = CliRunner().invoke(app, ["alerts", "run", "--help"], env={"COLUMNS": "200"})
    assert help_text.exit_code == 0
    for words in calls:
        for option in (w for w in words if w.startswith("--")):
            assert option in help_text.output, f"`newsintel alerts run` has no {option}"
