"""The local server listens on 127.0.0.1 only: the written neo4j.conf says so, and the sockets of
running servers are bound to loopback (checked in /proc/net/tcp and tcp6)."""
from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from loader.neo4j.server import LocalServer

LOOPBACK = {ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"), ipaddress.ip_address("::ffff:127.0.0.1")}


def _listening(port: int) -> set:
    """Addresses with a LISTEN socket on ``port``, from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, state = fields[1], fields[3]
            address, port_hex = local.split(":")
            if state != "0A" or int(port_hex, 16) != port:
                continue
            raw = bytes.fromhex(address)
            # /proc prints each 32-bit word in host (little-endian) order
            raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
            found.add(ipaddress.ip_address(raw))
    return found


def test_written_config_binds_loopback(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_HOME", str(tmp_path))
    conf = LocalServer("binding-check").write_config() / "neo4j.conf"
    settings = dict(line.split("=", 1) for line in conf.read_text().splitlines() if "=" in line)
    assert settings["server.default_listen_address"] == "127.0.0.1"
    for key in ("server.bolt.listen_address", "server.http.listen_address"):
        assert settings[key].split(":")[0] == "127.0.0.1"
    assert settings.get("server.https.enabled") == "false"
    assert settings["dbms.security.auth_enabled"] == "true"


def test_running_private_server_listens_on_loopback_only(private_server):
    server, _ = private_server
    for port in (server.bolt_port, server.http_port):
        addresses = _listening(port)
        assert addresses, f"nothing listens on {port}"
        assert addresses <= LOOPBACK, (port, addresses)


def test_running_test_server_listens_on_loopback_only(neo4j_settings):
    server = LocalServer("test")
    if not server.status().running or not neo4j_settings.uri.endswith(f":{server.bolt_port}"):
        pytest.skip("the test database is not the local jar-based server (NEO4J_URI or testcontainers)")
    for port in (server.bolt_port, server.http_port):
        addresses = _listening(port)
        assert addresses and addresses <= LOOPBACK, (port, addresses)
