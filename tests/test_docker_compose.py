"""docker-compose.yml is valid for users with Docker (validated without an engine), and has no
built-in password: without NEO4J_PASSWORD it refuses to run (issue 19, point 4)."""
import os
import shutil
import subprocess

from helpers import ROOT


def _config(env: dict) -> subprocess.CompletedProcess:
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        cmd = ["docker", "compose", "config", "--quiet"]
    else:
        cmd = [shutil.which("docker-compose") or "docker-compose", "config", "--quiet"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)


def test_compose_file_validates():
    result = _config({**os.environ, "NEO4J_PASSWORD": "a-password-of-the-user"})
    assert result.returncode == 0, result.stderr


def test_compose_file_needs_a_password_and_names_the_browser_origin():
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    result = _config(env)
    assert result.returncode != 0 and "NEO4J_PASSWORD" in result.stderr
    text = (ROOT / "docker-compose.yml").read_text()
    assert "kg-local-password" not in text
    assert 'NEO4J_dbms_security_http__access__control__allow__origin: "http://127.0.0.1:7474"' in text
