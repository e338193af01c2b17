"""Neo4j Browser for a local instance: connected to that instance, styled, with the project's guide.

Three things make Browser ready on first connect, all through Neo4j's own means:

* ``server.bolt.advertised_address`` names the instance's own Bolt port. Browser's discovery
  (``GET /`` on the HTTP port) answers with it; without it every instance advertises 7687, the
  ``default`` instance, and the same password silently lands the user there.
* The guide, the style and the favourites are served by the instance itself, same origin as
  Browser: Neo4j serves ``/browser`` from the first ``browser/`` folder on its classpath, so the
  instance runs a copy of the ``neo4j-browser`` jar with ``browser/kg/...`` added (built once per
  content, cached; appending to a zip copies nothing else).
* ``browser.post_connect_cmd`` runs ``:style {…}`` and ``:play URL`` on connect, and
  ``browser.remote_content_hostname_whitelist`` (5.26's name for the allow-list) lets Browser
  fetch them from 127.0.0.1.

The printed link (``?dbms=bolt://neo4j@127.0.0.1:PORT``) fills Browser's connect form with the
instance's address and user; Browser never takes a password from a URL.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from loader.config import kg_home

BROWSER_PATH = "/browser/kg"
KEEP_JARS = 3


def settings_lines(bolt_port: int, http_port: int) -> list[str]:
    """The ``neo4j.conf`` lines for Browser and for the addresses the instance advertises.

    The style goes inline (Browser applies it at once), the guide by URL: Browser adds a frame
    when its command completes, so the guide, fetched second, lands on top."""
    from loader.browser.content import grass_json
    base = f"http://127.0.0.1:{http_port}{BROWSER_PATH}"
    return [
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        f"server.http.advertised_address=127.0.0.1:{http_port}",
        f"browser.post_connect_cmd=style {grass_json()}; play {base}/guide.html",
        # Neo4j 5.26 knows this setting only by its old name (the server refuses "_allowlist").
        "browser.remote_content_hostname_whitelist=127.0.0.1,localhost,guides.neo4j.com",
        # Browser asks to send usage data to Neo4j unless told not to; journalists' sessions stay local.
        "client.allow_telemetry=false",
    ]


def link(bolt_port: int, http_port: int, user: str = "neo4j") -> str:
    return f"http://127.0.0.1:{http_port}/browser/?dbms=bolt://{user}@127.0.0.1:{bolt_port}"


def instructions(bolt_port: int, http_port: int, user: str, secret: str) -> str:
    """One line for the user: where Browser is, and what to type in its connect form.

    ``secret`` says where the password is (its file, or NEO4J_PASSWORD), never the password:
    that is said once, when it is generated."""
    return f"Neo4j Browser: {link(bolt_port, http_port, user)}  (log in as {user} with {secret})"


def content_jar(jars: Path) -> Path:
    """The ``neo4j-browser`` jar with the project's files added under ``browser/kg/``."""
    from loader.browser.content import browser_files
    originals = sorted(jars.glob("neo4j-browser-*.jar"))
    if not originals:
        raise FileNotFoundError(f"no neo4j-browser jar in {jars}")
    original = originals[-1]
    files = browser_files()
    digest = hashlib.sha256(original.name.encode())
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name] + b"\0")
    target_dir = kg_home() / "browser"
    target = target_dir / f"{original.stem}-kg-{digest.hexdigest()[:12]}.jar"
    if target.exists():
        return target
    target_dir.mkdir(parents=True, exist_ok=True)
    fd, staging = tempfile.mkstemp(prefix="browser-", suffix=".jar", dir=target_dir)
    os.close(fd)
    shutil.copyfile(original, staging)
    with zipfile.ZipFile(staging, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(f"browser/kg/{name}", date_time=(2024, 1, 1, 0, 0, 0)), data,
                             zipfile.ZIP_DEFLATED)
    os.replace(staging, target)
    _prune(target_dir, keep=target)
    return target


def _prune(directory: Path, keep: Path) -> None:
    """Old content jars go, except the newest few (a running instance may still read one)."""
    jars = sorted(directory.glob("neo4j-browser-*-kg-*.jar"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [j for j in jars if j != keep][KEEP_JARS - 1:]:
        old.unlink(missing_ok=True)


def classpath(jars: Path) -> list[str]:
    """The server's classpath, with the content jar in place of the plain Browser jar."""
    served = content_jar(jars)
    return [str(served) if jar.name.startswith("neo4j-browser-") else str(jar) for jar in sorted(jars.glob("*.jar"))]
