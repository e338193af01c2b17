"""What the wheel carries: `cypher/` as package data (an installed `kg query` needs it), and not the
bench (a checkout's `benchmarks/`). Read from pyproject.toml, so no build is needed; a real wheel
install was checked by hand (`cd /tmp && kg query --list`, `import loader.bench` fails)."""
import fnmatch
import re
import tomllib

from helpers import ROOT
from loader.queries import PACKAGED_CYPHER


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_cypher_file_is_package_data():
    patterns = _setuptools()["package-data"]["loader"]
    assert PACKAGED_CYPHER.resolve() == (ROOT / "cypher").resolve()
    files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "cypher").rglob("*") if p.is_file()]
    assert files
    for name in files:
        assert any(fnmatch.fnmatch("loader/" + name, "loader/" + pat) for pat in patterns), name


def test_the_bench_is_not_shipped_and_loader_does_not_import_it():
    assert not any(fnmatch.fnmatch("benchmarks", pat) for pat in _setuptools()["packages"]["find"]["include"])
    assert not (ROOT / "loader" / "bench").exists()
    top_level_import = re.compile(r"^(from|import) benchmarks", re.M)
    for path in (ROOT / "loader").rglob("*.py"):
        assert not top_level_import.search(path.read_text(encoding="utf-8")), path
