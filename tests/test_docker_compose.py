"""docker-compose.yml is valid for users with Docker (validated without an engine)."""
import shutil
import subprocess

from helpers import ROOT


def test_compose_file_validates():
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        cmd = ["docker", "compose", "config", "--quiet"]
    else:
        cmd = [shutil.which("docker-compose") or "docker-compose", "config", "--quiet"]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
