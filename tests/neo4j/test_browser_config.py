"""The Browser side of a local instance's configuration, without starting it."""
from __future__ import annotations

import zipfile

from loader.config import instance_ports
from loader.neo4j import browser
from loader.neo4j.server import LocalServer


def test_each_instance_advertises_its_own_ports_and_runs_style_and_guide(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_HOME", str(tmp_path))
    bolt, http = instance_ports("somebody")
    conf = (LocalServer("somebody").write_config() / "neo4j.conf").read_text(encoding="utf-8")
    assert f"server.bolt.advertised_address=127.0.0.1:{bolt}" in conf
    assert f"server.http.advertised_address=127.0.0.1:{http}" in conf
    post = next(line for line in conf.splitlines() if line.startswith("browser.post_connect_cmd="))
    style, play = [c.strip() for c in post.split("=", 1)[1].split(";")]
    assert style.startswith("style {") and play == f"play http://127.0.0.1:{http}/browser/kg/guide.html"
    assert "browser.remote_content_hostname_whitelist=127.0.0.1," in conf


def test_link_fills_the_connect_form_and_says_the_user_and_where_the_password_is():
    assert browser.link(7746, 7533) == "http://127.0.0.1:7533/browser/?dbms=bolt://neo4j@127.0.0.1:7746"
    line = browser.instructions(7746, 7533, "neo4j", "the password in /home/u/password")
    assert line.count("/home/u/password") == 1 and line.count("neo4j@127.0.0.1:7746") == 1


def test_content_jar_adds_the_project_files_once(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_HOME", str(tmp_path / "home"))
    jars = tmp_path / "jars"
    jars.mkdir()
    with zipfile.ZipFile(jars / "neo4j-browser-5.24.0.jar", "w") as original:
        original.writestr("browser/index.html", "<html>Neo4j Browser</html>")
    (jars / "neo4j-kernel-5.26.19.jar").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    served = browser.content_jar(jars)
    with zipfile.ZipFile(served) as jar:
        names = set(jar.namelist())
    assert {"browser/index.html", "browser/kg/guide.html", "browser/kg/style.grass", "browser/kg/model.svg"} <= names
    mtime = served.stat().st_mtime_ns
    assert browser.content_jar(jars) == served and served.stat().st_mtime_ns == mtime, "built once per content"
    classpath = browser.classpath(jars)
    assert str(served) in classpath and not any(p.endswith("neo4j-browser-5.24.0.jar") for p in classpath)
    assert any(p.endswith("neo4j-kernel-5.26.19.jar") for p in classpath)
