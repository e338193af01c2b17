"""Headless Chromium for the Neo4j Browser tests, and the local instance the tests run on."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium: apt-get install -y chromium")


@pytest.fixture(scope="session")
def local_instance(neo4j_settings) -> str:
    """The name of the local instance the tests' Neo4j is (Browser is served by such an instance)."""
    from loader.config import instance_ports
    name = os.environ.get("KG_NEO4J_INSTANCE") or ("test" if neo4j_settings.source == "local instance 'test'" else None)
    if not name or not neo4j_settings.uri.endswith(f":{instance_ports(name)[0]}"):
        pytest.skip("the tests' Neo4j is not a local `kg neo4j start` instance (KG_NEO4J_INSTANCE)")
    return name
