"""Connection failures become one line that names the URI or the setting."""
import pytest

from loader.config import Neo4jSettings
from loader.errors import KgError
from loader.neo4j.connection import open_driver


def test_unreachable_server_names_uri_and_how_to_start():
    settings = Neo4jSettings("bolt://127.0.0.1:1", "neo4j", "x", "neo4j", "NEO4J_URI")
    with pytest.raises(KgError) as err:
        with open_driver(settings):
            pass
    message = str(err.value)
    assert "bolt://127.0.0.1:1" in message and "kg neo4j start" in message and "\n" not in message


def test_wrong_password_is_named_and_not_echoed(neo4j_settings):
    settings = Neo4jSettings(neo4j_settings.uri, neo4j_settings.user, "definitely-wrong-pw", "neo4j", "test")
    with pytest.raises(KgError) as err:
        with open_driver(settings):
            pass
    message = str(err.value)
    assert "NEO4J_PASSWORD" in message and "definitely-wrong-pw" not in message


def test_apoc_procedures_are_registered(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query("RETURN apoc.version() AS version")
    assert records[0]["version"].startswith("5.26")


def test_a_stopped_named_instance_says_how_to_start_that_instance(monkeypatch):
    """Not `docker compose up -d`, which serves the default instance's 7687."""
    from click.testing import CliRunner
    from loader.cli import main
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("KG_NEO4J_INSTANCE", "never-started")
    result = CliRunner().invoke(main, ["query", "documents"])
    assert result.exit_code == 1
    assert "start it with `kg neo4j start --instance never-started`" in result.output
    assert "docker" not in result.output and len(result.output.strip().splitlines()) == 1
