"""Extraction past one machine: the Spark job (``job``) over the pure per-document functions
(``records``), writing the ``neo4j-admin database import`` layout. ``pip install -e '.[spark]'``."""
