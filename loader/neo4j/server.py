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
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from loader.config import instance_home, instance_ports, kg_home, password_file
from loader.errors import KgError
from loader.neo4j import browser

NEO4J_VERSION = "5.26.19"
# The password every instance got before passwords were generated; an instance still using it is
# given a generated one on its next `kg neo4j start`.
LEGACY_PASSWORD = "kg-local-password"
PRIVATE_DIRS = ("conf", "data", "logs", "run", "plugins", "import")
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


def generate_password() -> str:
    return secrets.token_urlsafe(18)


def write_private(path: Path, text: str) -> None:
    """A file only the user can read (0600), replaced atomically."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = path.with_name(path.name + ".new")
    staging.unlink(missing_ok=True)
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    os.replace(staging, path)


@dataclass
class Status:
    running: bool
    pid: int | None
    bolt_port: int
    http_port: int
    home: Path
    notice: str | None = None   # said once, e.g. a newly generated password

    def line(self) -> str:
        if self.running:
            return (f"running: pid {self.pid}, bolt://127.0.0.1:{self.bolt_port}, "
                    f"browser http://127.0.0.1:{self.http_port}/browser/, home {self.home}")
        return f"stopped (home {self.home})"


class LocalServer:
    """One named server instance: its own data, logs, ports and pid file."""

    def __init__(self, name: str = "default"):
        self.name = name
        self.home = instance_home(name)
        self.password_file = password_file(name)
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

    def make_private(self) -> None:
        """The instance's directories (data, logs, configuration) readable by the user only,
        including those of instances created before this rule."""
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.home, 0o700)
        for sub in PRIVATE_DIRS:
            (self.home / sub).mkdir(exist_ok=True, mode=0o700)
            os.chmod(self.home / sub, 0o700)

    def write_config(self) -> Path:
        conf_dir = self.home / "conf"
        self.make_private()
        pagecache = os.environ.get("KG_NEO4J_PAGECACHE", "512m")
        (conf_dir / "neo4j.conf").write_text("\n".join([
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{self.bolt_port}",
            f"server.http.listen_address=127.0.0.1:{self.http_port}",
            "server.http.enabled=true",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            # Neo4j's default is `*`, which lets any web page the user opens send authenticated
            # requests here and read the answers. Browser is served from this origin itself.
            f"dbms.security.http_access_control_allow_origin=http://127.0.0.1:{self.http_port}",
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

    def start(self, password: str | None = None, timeout: float = 180.0,
              progress=lambda message: None) -> Status:
        """Start the server (if it is not running) and make sure it has a private password:
        ``password`` (from NEO4J_PASSWORD) when given, else one generated now. ``progress``
        hears each step that takes a while."""
        current = self.status()
        if current.running:
            self.make_private()
            current.notice = self.ensure_password(password)
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
            os.chmod(self.console_log, 0o600)
            # umask 077: the store and logs Neo4j creates are the user's alone.
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    cwd=self.home, start_new_session=True, umask=0o077)
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
        notice = self.ensure_password(password)
        status = self.status()
        status.notice = notice
        return status

    def password(self) -> str | None:
        try:
            return self.password_file.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def ensure_password(self, given: str | None) -> str | None:
        """Give the instance its password once, and keep it in ``password_file`` (0600).

        A fresh store only knows neo4j/neo4j, expired: it gets ``given`` or a generated password.
        An instance from before generated passwords has no file: it keeps ``given`` if that is
        its password, else it must still have the old published default, which is replaced by a
        generated one. Returns what to tell the user once (the new password), or None."""
        from loader.neo4j.connection import accepts, change_password, when_ready
        uri = f"bolt://127.0.0.1:{self.bolt_port}"
        accepts, change_password = when_ready(accepts), when_ready(change_password)
        marker = self.home / "data" / ".kg-password-set"
        if not marker.exists():
            password = given or generate_password()
            change_password(uri, "neo4j", password)
            write_private(self.password_file, password)
            write_private(marker, "set")
            return None if given else self._announce(password, "generated at first start")
        if self.password_file.exists():
            return None
        if given:
            if not accepts(uri, given):
                raise KgError(f"NEO4J_PASSWORD is not the password of local instance '{self.name}' "
                              f"(it has no password file yet to compare with)")
            write_private(self.password_file, given)
            return None
        password = generate_password()
        try:
            change_password(uri, LEGACY_PASSWORD, password)
        except Exception as err:  # AuthError, or the server locking the user after failures
            raise KgError(f"local instance '{self.name}' has no password file and does not use the old default "
                          f"password ({type(err).__name__}); run `NEO4J_PASSWORD=<its password> kg neo4j start "
                          f"--instance {self.name}` once so kg can keep it") from None
        write_private(self.password_file, password)
        return self._announce(password, "replacing the old published default")

    def _announce(self, password: str, why: str) -> str:
        return (f"password for user neo4j ({why}): {password}\n"
                f"kept in {self.password_file} (readable by you only); kg reads it from there, "
                f"NEO4J_PASSWORD overrides it")

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
