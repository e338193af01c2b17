"""Identity across documents: which person nodes are one person, and the decisions that say so.

``names`` splits a name into its parts, ``resolve`` decides (a pure function of person profiles
and the decisions file), ``decisions`` reads and writes that file. The loader applies the result
before writing (``loader.load``); docs/identity.md explains the rules and the file.
"""
