"""Headless Chromium as the consumer of the HTML export: the DOM after load, and screenshots."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
         "--mute-audio"]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _run(chromium: str, args: list[str], timeout: float) -> tuple[str, str, float]:
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        started = time.monotonic()
        proc = subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                              text=True, timeout=timeout)
        elapsed = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"chromium exited {proc.returncode}: {proc.stderr[-2000:]}")
    return proc.stdout, proc.stderr, elapsed


def page_url(page: Path, fragment: str | None = None) -> str:
    url = Path(page).resolve().as_uri()
    return url + "#" + quote(fragment, safe="=") if fragment else url


def dump_dom(chromium: str, page: Path, timeout: float = 180, budget_ms: int | None = None,
             fragment: str | None = None) -> tuple[str, float]:
    args = ["--enable-logging=stderr", "--v=0"]
    if budget_ms:
        args.append(f"--virtual-time-budget={budget_ms}")
    out, _, elapsed = _run(chromium, [*args, "--dump-dom", page_url(page, fragment)], timeout)
    return out, elapsed


def body_attributes(dom: str) -> dict[str, str]:
    match = re.search(r"<body([^>]*)>", dom)
    return dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(1))) if match else {}


def screenshot(chromium: str, page: Path, png: Path, size: str = "1280,800", budget_ms: int = 4000,
               timeout: float = 180, fragment: str | None = None) -> float:
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    _, _, elapsed = _run(chromium, [f"--screenshot={png}", f"--window-size={size}",
                                    f"--virtual-time-budget={budget_ms}", page_url(page, fragment)], timeout)
    return elapsed
