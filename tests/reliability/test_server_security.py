"""A web page cannot reach the local server (issue 19, point 4): no wildcard CORS, a password
generated per instance and kept in a file only the user reads, private data and log directories,
an instance with the old published password given a new one, and `kg` finding the password.

Checked on the private instance the reliability tests start ('reliability-chaos'), as a user's
first `kg neo4j start` leaves it, and with a real browser page on another loopback port.
"""
from __future__ import annotations

import http.server
import os
import shutil
import stat
import subprocess
import tempfile
import threading
import urllib.request
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from helpers import KG, ROOT
from loader.neo4j.connection import accepts, change_password
from loader.neo4j.server import LEGACY_PASSWORD, write_private

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _count(settings, cypher: str) -> int:
    with GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
        return driver.execute_query(cypher)[0][0][0]


def test_the_password_is_generated_per_instance_and_readable_by_the_user_only(private_server):
    server, settings = private_server
    assert server.password_file.read_text().strip() == settings.password
    assert len(settings.password) >= 20 and settings.password != LEGACY_PASSWORD
    assert _mode(server.password_file) == 0o600
    uri = f"bolt://127.0.0.1:{server.bolt_port}"
    assert accepts(uri, settings.password) and not accepts(uri, LEGACY_PASSWORD)


def test_data_and_log_directories_are_private(private_server):
    server, _ = private_server
    for folder in (server.home, server.home / "data", server.home / "logs", server.home / "conf"):
        assert _mode(folder) == 0o700, folder
    # what Neo4j itself wrote (store files, logs) is the user's alone too
    written = [p for p in (server.home / "data").rglob("*") if p.is_file()] + list((server.home / "logs").glob("*"))
    assert written and all(_mode(p) & 0o077 == 0 for p in written), [(p, oct(_mode(p))) for p in written if _mode(p) & 0o077]


def test_cors_names_only_the_browser_origin(private_server):
    server, _ = private_server
    own = f"http://127.0.0.1:{server.http_port}"
    request = urllib.request.Request(f"{own}/db/neo4j/tx/commit", method="OPTIONS", headers={
        "Origin": "http://127.0.0.1:9", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    with urllib.request.urlopen(request, timeout=10) as response:
        allowed = response.headers.get("Access-Control-Allow-Origin")
    assert allowed == own  # not `*`, and not the asking page's origin


class _Page(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


def test_a_web_page_on_another_loopback_port_cannot_write_even_knowing_the_password(private_server):
    """The attack from the issue, in a real browser: a page served from another loopback port
    posts a CREATE to the HTTP API with the right password. The browser's CORS check stops it."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no Chromium: apt-get install -y chromium")
    server, settings = private_server
    before = _count(settings, "MATCH (n:Pwned) RETURN count(n)")
    _Page.body = f"""<!doctype html><body data-result="pending"><script>
      const url = "http://127.0.0.1:{server.http_port}/db/neo4j/tx/commit";
      const body = JSON.stringify({{statements: [{{statement: "CREATE (:Pwned {{by: 'web page'}})"}}]}});
      const auth = "Basic " + btoa("neo4j:{settings.password}");
      fetch(url, {{method: "POST", headers: {{"Authorization": auth, "Content-Type": "application/json"}}, body}})
        .then(r => r.text()).then(t => document.body.dataset.result = "answered " + t)
        .catch(e => document.body.dataset.result = "blocked " + e);
      fetch(url, {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain"}}, body}}).catch(() => 0);
    </script></body>""".encode()
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory() as profile:
            dom = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=8000",
                                  "--dump-dom", f"http://127.0.0.1:{httpd.server_port}/"],
                                 capture_output=True, text=True, timeout=120).stdout
    finally:
        httpd.shutdown()
    assert 'data-result="blocked TypeError: Failed to fetch"' in dom, dom
    assert _count(settings, "MATCH (n:Pwned) RETURN count(n)") == before == 0


def test_an_instance_with_the_old_published_password_gets_a_new_one(private_server):
    """Instances created before generated passwords use `kg-local-password` and have no file:
    the next `kg neo4j start` replaces the password and keeps the new one."""
    server, settings = private_server
    uri = f"bolt://127.0.0.1:{server.bolt_port}"
    change_password(uri, settings.password, LEGACY_PASSWORD)
    server.password_file.unlink()
    try:
        status = server.start()  # already running: only the password is seen to
        new = server.password()
        assert status.notice and "replacing the old published default" in status.notice and new in status.notice
        assert new != LEGACY_PASSWORD and _mode(server.password_file) == 0o600
        assert accepts(uri, new) and not accepts(uri, LEGACY_PASSWORD)
        assert server.start().notice is None  # said once
    finally:
        change_password(uri, server.password(), settings.password)
        write_private(server.password_file, settings.password)


def test_kg_finds_the_password_itself_and_neo4j_password_overrides_it(private_server):
    server, _ = private_server
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "NEO4J_PASSWORD")}
    env["KG_NEO4J_INSTANCE"] = server.name
    found = subprocess.run([*KG, "cypher", "RETURN 1 AS one", "--format", "json"], capture_output=True,
                           text=True, env=env, cwd=ROOT, timeout=120)
    assert found.returncode == 0 and '"one": 1' in found.stdout, found.stderr
    wrong = subprocess.run([*KG, "cypher", "RETURN 1"], capture_output=True, text=True,
                           env={**env, "NEO4J_PASSWORD": "not-it"}, cwd=ROOT, timeout=120)
    assert wrong.returncode == 1 and wrong.stderr.strip() == (
        f"Error: Neo4j at bolt://127.0.0.1:{server.bolt_port} refused user 'neo4j': wrong NEO4J_USER or NEO4J_PASSWORD")


def test_no_password_anywhere_is_one_line(private_server, tmp_path):
    """The server runs, but neither NEO4J_PASSWORD nor a password file is there (another KG_HOME)."""
    server, _ = private_server
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "NEO4J_PASSWORD")}
    env.update(KG_HOME=str(tmp_path), KG_NEO4J_INSTANCE=server.name)
    result = subprocess.run([*KG, "cypher", "RETURN 1"], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Error: no password for Neo4j at bolt://127.0.0.1:{server.bolt_port} (local instance '{server.name}'): "
        f"set NEO4J_PASSWORD, or start the local instance with `kg neo4j start`, which generates one and keeps it "
        f"in {tmp_path}/instances/{server.name}/password")


def test_the_written_configuration_sends_no_wildcard_cors(tmp_path, monkeypatch):
    from loader.neo4j.server import LocalServer
    monkeypatch.setenv("KG_HOME", str(tmp_path))
    server = LocalServer("cors-check")
    conf = (server.write_config() / "neo4j.conf").read_text()
    assert f"dbms.security.http_access_control_allow_origin=http://127.0.0.1:{server.http_port}" in conf
    assert _mode(server.home) == 0o700 and _mode(server.home / "data") == 0o700 and _mode(server.home / "logs") == 0o700
