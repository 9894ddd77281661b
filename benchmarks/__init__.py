"""Speed and memory of Advisory Board at ten-year scale (issue 9).

Run with `make bench` (or `python -m benchmarks [--quick] [--only NAME ...]`). Not part of
`make test`: the figures are timings on a shared machine. Every comparison is a ratio of
two things measured side by side in the same run.
"""
