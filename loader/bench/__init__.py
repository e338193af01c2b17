"""Scale and speed: a synthetic corpus generator, the benchmark run, and the parallel loader."""
