"""docker-compose.yml, the Dockerfile and the Grafana provisioning, checked without a Docker engine.

No engine runs here, so `docker compose config` cannot: the file is validated against the
official Compose Specification schema (vendored, see tests/unit/compose_spec/README.md), and
every cross-file reference that would only fail at deploy time is checked: SITREP_* names
against the settings Sitrep reads, mounted files, ports, the datasource uid and the scaling rules.
"""

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import jsonschema
import pytest
import yaml

from streams.config import Settings, TopicNames

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
SCHEMA = Path(__file__).with_name("compose_spec") / "compose-spec.json"
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "sitrep.json"
SITREP_SERVICES = ("topics", "worker", "replay")
LONG_RUNNING = ("kafka", "worker", "prometheus", "grafana")

_VAR = re.compile(r"\$\{(\w+)(?::?-([^}]*))?\}")


def interpolate(value: str) -> str:
    """Compose's `${VAR:-default}` with an empty environment: what a plain `up` gets."""
    return _VAR.sub(lambda m: m.group(2) or "", value)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return doc


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    svcs: dict[str, dict[str, Any]] = compose["services"]
    return svcs


def env_of(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # the KEY=VALUE list form
        env = dict(item.split("=", 1) for item in env)
    return {k: interpolate(str(v)) for k, v in env.items()}


def bind_mounts(service: dict[str, Any]) -> list[tuple[Path, str]]:
    """(host path, container path) of each bind mount; named volumes are skipped."""
    out = []
    for vol in service.get("volumes", []):
        if isinstance(vol, str):
            source, target = vol.split(":")[:2]
        else:
            source, target = vol["source"], vol["target"]
        if source.startswith((".", "/")):
            out.append(((ROOT / source).resolve(), target))
    return out


def host_path(service: dict[str, Any], container_path: str) -> Path:
    """The host file a container path resolves to through the service's bind mounts."""
    for source, target in sorted(bind_mounts(service), key=lambda m: -len(m[1])):
        if container_path == target or container_path.startswith(target.rstrip("/") + "/"):
            return source / container_path[len(target) :].lstrip("/")
    raise AssertionError(f"{container_path} is not inside any bind mount of the service")


def test_compose_file_is_valid_against_the_compose_specification(compose: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.Draft202012Validator(schema)
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(compose)]
    assert not errors, "\n".join(errors)


def test_the_schema_check_rejects_a_broken_file(compose: dict[str, Any]) -> None:
    """Guard against a schema that accepts anything (e.g. a truncated vendored file)."""
    schema = json.loads(SCHEMA.read_text())
    broken = json.loads(json.dumps(compose))
    broken["services"]["worker"]["restart_policy"] = "always"  # not a Compose key
    broken["services"]["topics"]["depends_on"]["kafka"]["condition"] = "when_ready"
    errors = jsonschema.Draft202012Validator(schema).iter_errors(broken)
    where = {tuple(e.absolute_path)[:2] for e in errors}
    assert where == {("services", "worker"), ("services", "topics")}


def test_every_sitrep_variable_is_a_setting_sitrep_reads(
    services: dict[str, dict[str, Any]],
) -> None:
    known = {f"SITREP_{name.upper()}" for name in Settings.model_fields if name != "topics"}
    known |= {f"SITREP_TOPIC_{name.upper()}" for name in TopicNames.model_fields}
    seen = set()
    for name, svc in services.items():
        for var in env_of(svc):
            if var.startswith("SITREP_"):
                seen.add(var)
                assert var in known, f"service {name} sets {var}, which Sitrep does not read"
    assert {"SITREP_KAFKA_BOOTSTRAP", "SITREP_PARTITIONS", "SITREP_METRICS_HOST"} <= seen


def test_sitrep_values_parse_as_settings(services: dict[str, dict[str, Any]]) -> None:
    """What compose passes must survive Settings' own validation (types, bounds)."""
    for name in SITREP_SERVICES:
        env = {k: v for k, v in env_of(services[name]).items() if k.startswith("SITREP_")}
        settings = Settings(**{k.removeprefix("SITREP_").lower(): v for k, v in env.items()})
        assert settings.kafka_bootstrap == "kafka:9092", name
        assert settings.partitions >= 6, f"{name}: scale-out needs >= 6 partitions"


def test_workers_scale_and_serve_metrics_where_prometheus_looks(
    services: dict[str, dict[str, Any]],
) -> None:
    worker = services["worker"]
    assert "container_name" not in worker, "a fixed name forbids --scale worker=N"
    assert not worker.get("ports"), "host ports would collide between replicas; use expose"
    env = env_of(worker)
    assert env["SITREP_METRICS_HOST"] == "0.0.0.0"
    port = int(env["SITREP_METRICS_PORT"])
    assert str(port) in [str(p) for p in worker.get("expose", [])]
    assert f"127.0.0.1:{port}/metrics" in " ".join(worker["healthcheck"]["test"])
    prom = yaml.safe_load(
        host_path(services["prometheus"], "/etc/prometheus/prometheus.yml").read_text()
    )
    jobs = {j["job_name"]: j for j in prom["scrape_configs"]}
    sd = jobs["sitrep-worker"]["dns_sd_configs"][0]
    assert sd["names"] == ["worker"] and sd["type"] == "A" and sd["port"] == port


def test_services_have_healthchecks_and_restart_policies(
    services: dict[str, dict[str, Any]],
) -> None:
    for name in LONG_RUNNING:
        assert services[name].get("healthcheck", {}).get("test"), f"{name} has no healthcheck"
        assert services[name].get("restart") in ("always", "unless-stopped"), name
    assert services["topics"]["restart"] == "on-failure"  # one-shot, retried until Kafka answers
    assert services["replay"]["restart"] == "no"


def test_start_order_waits_for_health_and_topics(services: dict[str, dict[str, Any]]) -> None:
    deps = {name: svc.get("depends_on", {}) for name, svc in services.items()}
    assert deps["topics"]["kafka"]["condition"] == "service_healthy"
    assert deps["worker"]["topics"]["condition"] == "service_completed_successfully"
    assert deps["replay"]["topics"]["condition"] == "service_completed_successfully"
    assert deps["grafana"]["prometheus"]["condition"] == "service_healthy"


def test_kafka_is_single_node_kraft_on_a_named_volume(
    compose: dict[str, Any],
    services: dict[str, dict[str, Any]],
) -> None:
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = env_of(kafka)
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@kafka:")
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    volume, target = kafka["volumes"][0].split(":")[:2]
    assert volume in compose["volumes"] and target == env["KAFKA_LOG_DIRS"]


def test_replay_sends_the_mounted_seeds(services: dict[str, dict[str, Any]]) -> None:
    replay = services["replay"]
    command = replay["command"]
    assert command[:2] == ["sitrep", "replay"]
    ((source, target),) = bind_mounts(replay)
    assert source == ROOT / "seeds" and command[2] == target
    assert list(source.glob("*.txt"))


def test_sitrep_services_build_the_repository_image(services: dict[str, dict[str, Any]]) -> None:
    for name in SITREP_SERVICES:
        assert services[name]["build"] == "." and services[name]["image"] == "sitrep:local"
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", dockerfile, re.M)
    assert re.search(r"pip install \.", dockerfile)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".venv" in ignored and ".git" in ignored


def test_every_bind_mount_exists(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        for source, _ in bind_mounts(svc):
            assert source.exists(), f"{name} mounts {source}, which does not exist"


def test_prometheus_config_and_rules_are_mounted(services: dict[str, dict[str, Any]]) -> None:
    prom = services["prometheus"]
    flags = dict(f.split("=", 1) for f in prom["command"] if "=" in f)
    config_path = host_path(prom, flags["--config.file"])
    config = yaml.safe_load(config_path.read_text())
    for rule_file in config["rule_files"]:
        assert (config_path.parent / rule_file).is_file(), rule_file


def test_grafana_provisioning_points_at_prometheus_and_the_dashboard(
    services: dict[str, dict[str, Any]],
) -> None:
    grafana = services["grafana"]
    ds_dir = host_path(grafana, "/etc/grafana/provisioning/datasources")
    datasources = [
        d
        for f in sorted(ds_dir.glob("*.yml"))
        for d in yaml.safe_load(f.read_text())["datasources"]
    ]
    (ds,) = datasources
    url = urlparse(ds["url"])
    assert url.hostname in services and url.hostname == "prometheus"
    assert f"{url.hostname}:{url.port}" in " ".join(
        services["prometheus"]["healthcheck"]["test"]
    ).replace("localhost", "prometheus")
    db_dir = host_path(grafana, "/etc/grafana/provisioning/dashboards")
    (provider,) = yaml.safe_load((db_dir / "sitrep.yml").read_text())["providers"]
    dashboards = host_path(grafana, provider["options"]["path"])
    assert DASHBOARD in dashboards.glob("*.json")
    home = env_of(grafana)["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert host_path(grafana, home) == DASHBOARD
    # Every datasource the dashboard names is the provisioned one.
    uids = set(re.findall(r'"uid":\s*"([^"]+)"', DASHBOARD.read_text())) - {"sitrep-overview"}
    assert uids == {ds["uid"]}


def test_dashboard_doc_links_resolve_to_mounted_files(services: dict[str, dict[str, Any]]) -> None:
    """Grafana serves /public/... from its static root, where compose mounts the schemas."""
    grafana = services["grafana"]
    dashboard = json.loads(DASHBOARD.read_text())
    urls = [link["url"] for link in dashboard["links"]]
    for panel in dashboard["panels"]:
        urls += re.findall(r"\]\((/public/[^)]+)\)", panel.get("options", {}).get("content", ""))
    assert any("alerts.schema.json" in u for u in urls)
    for url in urls:
        assert url.startswith("/public/"), url
        path = host_path(grafana, "/usr/share/grafana" + url)
        assert path.is_file(), f"dashboard links {url}; {path} does not exist"
