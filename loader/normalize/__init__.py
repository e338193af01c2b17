"""Persian text normalization with an exact offset map back to the raw text.

>>> from loader.normalize import normalize
>>> doc = normalize("اســتان")
>>> doc.text
'استان'
"""
from .align import Edit
from .core import Block, NormalizedDoc, Sentence, normalize

__all__ = ["normalize", "NormalizedDoc", "Sentence", "Block", "Edit"]
