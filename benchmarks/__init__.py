"""Scale and speed: a synthetic corpus generator and the benchmark run behind `kg bench`.

A top-level folder of the checkout, not part of the `loader` package: the wheel does not carry
it (`kg bench` says so when run from an install without a checkout).
"""
