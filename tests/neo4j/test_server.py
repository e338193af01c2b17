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
