"""The local jar-based server: configuration, status and the errors a user sees."""
from loader.config import instance_ports
from loader.neo4j.server import LocalServer, java_major_version
import shutil


def test_instances_have_distinct_ports():
    assert instance_ports("default") == (7687, 7474)
    assert instance_ports("test") == (7688, 7475)
    assert instance_ports("bench") not in (instance_ports("default"), instance_ports("test"))


def test_config_binds_loopback_only(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_HOME", str(tmp_path))
    conf = (LocalServer("x").write_config() / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1" in conf
    listen = [line for line in conf.splitlines() if "listen_address" in line]
    assert listen and all("127.0.0.1" in line for line in listen)
    assert "dbms.security.auth_enabled=true" in conf


def test_status_of_never_started_instance(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_HOME", str(tmp_path))
    status = LocalServer("never").status()
    assert not status.running and status.pid is None
    assert "stopped" in status.line()


def test_java_is_17_or_newer():
    assert java_major_version(shutil.which("java")) >= 17


def test_missing_java_is_one_clear_line(tmp_path, monkeypatch):
    import pytest
    from loader.errors import KgError
    monkeypatch.setenv("KG_HOME", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(KgError, match="java not found on PATH: install OpenJDK 17"):
        LocalServer("nojava").start("x")


def test_maven_failure_is_one_clear_line(tmp_path, monkeypatch):
    import pytest
    from loader.errors import KgError
    from loader.neo4j.server import fetch_jars
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "mvn").write_text("#!/bin/sh\necho '[ERROR] Could not resolve dependencies: network is unreachable'\nexit 1\n")
    (fake / "mvn").chmod(0o755)
    monkeypatch.setenv("KG_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PATH", str(fake))
    with pytest.raises(KgError) as err:
        fetch_jars()
    assert "Maven could not download the Neo4j" in str(err.value) and "network is unreachable" in str(err.value)
    assert "\n" not in str(err.value)


def test_start_status_stop_leaves_no_java_process(monkeypatch):
    """A private instance through the CLI: start, status, stop, and the JVM is gone."""
    import os
    from click.testing import CliRunner
    from loader.cli import main
    monkeypatch.delenv("NEO4J_URI", raising=False)
    runner = CliRunner()
    started = runner.invoke(main, ["neo4j", "start", "--instance", "lifecycle", "--no-docker"])
    assert started.exit_code == 0, started.output
    bolt, http = instance_ports("lifecycle")
    # What it waits for, then when it is up, then where Browser is: for this instance's ports.
    assert f"waiting for Neo4j to open Bolt port {bolt} and HTTP port {http}" in started.stderr
    assert started.stdout.startswith("started in ") and "instance 'lifecycle'" in started.stdout
    assert f"Neo4j Browser: http://127.0.0.1:{http}/browser/?dbms=bolt://neo4j@127.0.0.1:{bolt}" in started.stdout
    again = runner.invoke(main, ["neo4j", "start", "--instance", "lifecycle", "--no-docker"])
    assert again.exit_code == 0 and again.stdout.startswith("already running: instance 'lifecycle'")
    server = LocalServer("lifecycle")
    pid = server.pid()
    assert pid and "running" in runner.invoke(main, ["neo4j", "status", "--instance", "lifecycle"]).output
    stopped = runner.invoke(main, ["neo4j", "stop", "--instance", "lifecycle"])
    assert stopped.output.strip() == "stopped"
    assert not os.path.exists(f"/proc/{pid}")
    assert runner.invoke(main, ["neo4j", "status", "--instance", "lifecycle"]).exit_code == 3
