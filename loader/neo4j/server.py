"""A real Neo4j 5.26 Community server run from Maven Central jars, for machines without Docker.

Neo4j's own launcher script is not on Maven Central, so we do its job: resolve the jars once into
a cache outside the repository, write a ``neo4j.conf``, start ``CommunityEntryPoint`` on the
installed JDK 17 with the JVM flags the launcher would pass (the entry point does not read JVM
settings from ``neo4j.conf``), bind to 127.0.0.1 only, and keep a pid file so stop/status work
across processes.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from loader.config import instance_ports, kg_home
from loader.errors import KgError
from loader.neo4j import browser

NEO4J_VERSION = "5.26.19"
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]


def _pom() -> bytes:
    return resources.files("loader.neo4j").joinpath("pom.xml").read_bytes()


def jar_dir() -> Path:
    """One cache per pom.xml content, so a changed dependency list never reuses stale jars."""
    return kg_home() / "jars" / f"{NEO4J_VERSION}-{hashlib.sha256(_pom()).hexdigest()[:8]}"


def _require(tool: str, hint: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise KgError(f"{tool} not found on PATH: {hint}")
    return path


def java_major_version(java: str) -> int:
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    first = out.splitlines()[0] if out else ""
    try:
        version = first.split('"')[1]
        major = version.split(".")[0]
        return int(version.split(".")[1]) if major == "1" else int(major)
    except (IndexError, ValueError):
        raise KgError(f"cannot read the Java version from `{java} -version`: {first!r}") from None


def fetch_jars() -> Path:
    """Resolve the server jars once; later calls return the cache."""
    target = jar_dir()
    if (target / ".complete").exists():
        return target
    mvn = _require("mvn", "install Maven (apt-get install maven) so the Neo4j jars can be fetched")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="jars-", dir=target.parent))
    pom = staging / "pom.xml"
    pom.write_bytes(_pom())
    cmd = [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={staging / 'lib'}"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        errors = [line for line in (proc.stdout + proc.stderr).splitlines() if "ERROR" in line]
        shutil.rmtree(staging, ignore_errors=True)
        detail = errors[0] if errors else f"exit code {proc.returncode}"
        raise KgError(f"Maven could not download the Neo4j {NEO4J_VERSION} jars: {detail.strip()}")
    shutil.rmtree(target, ignore_errors=True)
    (staging / "lib").rename(target)
    shutil.rmtree(staging, ignore_errors=True)
    (target / ".complete").write_text(NEO4J_VERSION)
    return target


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except (OSError, IndexError):
        return True
    return state != "Z"


@dataclass
class Status:
    running: bool
    pid: int | None
    bolt_port: int
    http_port: int
    home: Path

    def line(self) -> str:
        if self.running:
            return (f"running: pid {self.pid}, bolt://127.0.0.1:{self.bolt_port}, "
                    f"browser http://127.0.0.1:{self.http_port}/browser/, home {self.home}")
        return f"stopped (home {self.home})"


class LocalServer:
    """One named server instance: its own data, logs, ports and pid file."""

    def __init__(self, name: str = "default"):
        self.name = name
        self.home = kg_home() / "instances" / name
        self.bolt_port, self.http_port = instance_ports(name)
        self.pid_file = self.home / "run" / "neo4j.pid"
        self.console_log = self.home / "logs" / "console.log"

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _alive(pid) else None

    def status(self) -> Status:
        pid = self.pid()
        return Status(pid is not None and _port_open(self.bolt_port), pid, self.bolt_port, self.http_port, self.home)

    def write_config(self) -> Path:
        conf_dir = self.home / "conf"
        for sub in ("conf", "data", "logs", "run", "plugins", "import"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        pagecache = os.environ.get("KG_NEO4J_PAGECACHE", "512m")
        (conf_dir / "neo4j.conf").write_text("\n".join([
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{self.bolt_port}",
            f"server.http.listen_address=127.0.0.1:{self.http_port}",
            "server.http.enabled=true",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            "dbms.usage_report.enabled=false",
            f"server.memory.pagecache.size={pagecache}",
            f"server.directories.data={self.home / 'data'}",
            f"server.directories.logs={self.home / 'logs'}",
            f"server.directories.plugins={self.home / 'plugins'}",
            f"server.directories.import={self.home / 'import'}",
            f"server.directories.run={self.home / 'run'}",
            "dbms.security.procedures.unrestricted=apoc.*",
            "db.tx_log.rotation.retention_policy=100M size",
            *browser.settings_lines(self.bolt_port, self.http_port),
            "",
        ]))
        return conf_dir

    def start(self, password: str, timeout: float = 180.0, progress=lambda message: None) -> Status:
        """Start and wait for Bolt; ``progress`` hears each step that takes a while."""
        current = self.status()
        if current.running:
            return current
        java = _require("java", "install OpenJDK 17 (apt-get install openjdk-17-jre-headless)")
        major = java_major_version(java)
        if major < 17:
            raise KgError(f"Neo4j {NEO4J_VERSION} needs Java 17 or newer; `{java}` is Java {major}")
        if _port_open(self.bolt_port):
            raise KgError(f"port {self.bolt_port} is already in use by another process; "
                          f"stop it or set NEO4J_URI to use that server")
        if not (jar_dir() / ".complete").exists():
            progress(f"downloading Neo4j {NEO4J_VERSION}, APOC and Browser from Maven Central (once, about 130 MB)")
        jars = fetch_jars()
        conf_dir = self.write_config()
        # As Neo4j's own launcher does: plugins are on the classpath (for APOC's kernel
        # extension) and in the plugins directory (where procedures are discovered).
        for jar in jars.glob("apoc-*.jar"):
            shutil.copy2(jar, self.home / "plugins" / jar.name)
        classpath = browser.classpath(jars)
        heap = os.environ.get("KG_NEO4J_HEAP", "1g")
        cmd = [java, f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", ":".join(classpath),
               "org.neo4j.server.CommunityEntryPoint", f"--home-dir={self.home}",
               f"--config-dir={conf_dir}", "--console-mode"]
        with open(self.console_log, "ab") as log:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    cwd=self.home, start_new_session=True)
        self.pid_file.write_text(str(proc.pid))
        progress(f"waiting for Neo4j to open Bolt port {self.bolt_port} and HTTP port {self.http_port} "
                 f"(Java start-up, usually 20-60 s; log: {self.console_log})")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise KgError(f"Neo4j exited with code {proc.returncode} during start-up; see {self.console_log}")
            if _port_open(self.bolt_port) and _port_open(self.http_port):  # HTTP serves Browser
                break
            time.sleep(0.5)
        else:
            self.stop()
            raise KgError(f"Neo4j did not open bolt port {self.bolt_port} within {timeout:.0f}s; see {self.console_log}")
        if not (self.home / "data" / ".kg-password-set").exists():
            progress("setting the password of the new database")
        self._set_initial_password(password)
        return self.status()

    def _set_initial_password(self, password: str) -> None:
        """A fresh store only knows neo4j/neo4j with an expired password; replace it once."""
        marker = self.home / "data" / ".kg-password-set"
        if marker.exists():
            return
        from loader.neo4j.connection import set_initial_password
        set_initial_password(f"bolt://127.0.0.1:{self.bolt_port}", password)
        marker.write_text("set\n")

    def stop(self, timeout: float = 60.0) -> bool:
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.3)
        if _alive(pid):
            os.killpg(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.1)
        try:
            os.waitpid(pid, 0)  # reap it when this process started it (tests do)
        except ChildProcessError:
            pass
        self.pid_file.unlink(missing_ok=True)
        return True
