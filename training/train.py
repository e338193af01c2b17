"""`make model`: rebuild the shipped recogniser pipeline from files in the repository.

1. `training/make_data.py` turns ParsTwiNER's train split into spaCy training data (the Fars
   gold is left out; its docstring says why, with the measurements);
2. `spacy train training/config.cfg` trains a CNN `tok2vec` + `ner` on the CPU, seed 13;
3. the trained components are assembled with the lexicon and the rule steps into
   `loader/data/pipeline/`, the directory `spacy.load` and `kg` open.

    python training/train.py [--output DIR] [--epochs N]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, help="where to write the pipeline (default: the shipped one)")
    parser.add_argument("--epochs", type=int, help="override [training] max_epochs of training/config.cfg")
    parser.add_argument("--work", type=Path, help="keep the training data and checkpoints here")
    args = parser.parse_args()
    from loader.ner.pipeline import PIPELINE_DIR, assemble

    began = time.perf_counter()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-train-"))
    data = work / "data"
    subprocess.run([sys.executable, str(ROOT / "training" / "make_data.py"), str(data)], check=True)  # noqa: S603
    command = [sys.executable, "-m", "spacy", "train", str(ROOT / "training" / "config.cfg"),
               "--output", str(work / "model"), "--paths.train", str(data / "train.spacy"),
               "--paths.dev", str(data / "dev.spacy")]
    if args.epochs:
        command += ["--training.max_epochs", str(args.epochs)]
    subprocess.run(command, check=True)
    output = args.output or PIPELINE_DIR
    nlp = assemble(work / "model" / "model-best")
    staging = output.with_name(output.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    if output.exists():
        shutil.rmtree(output)
    staging.rename(output)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    size = sum(p.stat().st_size for p in output.rglob("*") if p.is_file())
    print(f"pipeline written to {output} ({size / 2**20:.1f} MB) in {(time.perf_counter() - began) / 60:.1f} min")


if __name__ == "__main__":
    main()
