"""What the Spark tests share: the bad files put among the inputs, and `kg` in a process of its own."""
from __future__ import annotations

import subprocess
import sys

BAD_FILES = {"bad_pdf.txt": b"%PDF-1.4 not an article", "empty.txt": b"",
             "latin.txt": "Der Bericht wurde gestern veröffentlicht.".encode("latin-1")}


def kg_process(*args: str) -> subprocess.CompletedProcess:
    """`kg` in a process of its own: a Spark job's JVM goes away with it."""
    return subprocess.run([sys.executable, "-c", "from loader.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=1200)
