"""Minimal Persian normalisation used when building the gazetteers (no hazm dependency)."""
import re
import unicodedata

ZWNJ = "\u200c"
_MAP = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06c0": "\u0647",
    "\u0640": None,  # kashida
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(0x0660 + i): str(i) for i in range(10)},
})
_DIAC = re.compile("[\u064b-\u065f\u0670]")
# letters that do not join to the following letter: glue compounds without ZWNJ
NON_JOINING = set("اآأإدذرزژوؤ")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "")
    s = s.translate(_MAP)
    s = _DIAC.sub("", s)
    s = s.replace("\u200d", "").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(ZWNJ + "+", ZWNJ, s)
    s = re.sub(r" ?" + ZWNJ + " ?", ZWNJ, s)
    return s.strip(ZWNJ + " ")


def join_compound(a: str, b: str) -> str:
    """Join two parts of a compound name the standard way: ZWNJ after a joining letter."""
    return a + b if a[-1] in NON_JOINING else a + ZWNJ + b
