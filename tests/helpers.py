"""Paths and small utilities shared by tests (importable because pytest puts tests/ on sys.path)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold"


def scalar(driver, cypher, **params):
    records, _, _ = driver.execute_query(cypher, params)
    return records[0][0]
