"""Whether a Docker engine answers: the second way to get Neo4j, after NEO4J_URI."""
from __future__ import annotations

import shutil
import subprocess


def docker_engine_available() -> bool:
    docker = shutil.which("docker")
    if not docker:
        return False
    try:
        return subprocess.run([docker, "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
