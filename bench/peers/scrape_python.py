"""The peer of bench_scrape: the tutorial's client (prometheus_client) serializing a registry of
N synthetic counter series, timed like ours. Prints `N=MS` per size, the median of several runs."""
import statistics
import sys
import time

from prometheus_client import CollectorRegistry, Counter, generate_latest

for n in (10, 1_000, 10_000, 100_000):
    registry = CollectorRegistry()
    counter = Counter('bench_synthetic_total', 'Synthetic series of the scrape benchmark',
                      ['series', 'shard'], registry=registry)
    for i in range(n):
        counter.labels(series=str(i), shard=str(i % 16)).inc(i)
    generate_latest(registry)
    runs = 3 if n >= 100_000 else 11
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        generate_latest(registry)
        times.append((time.perf_counter() - start) * 1000)
    print(f'{n}={statistics.median(times):.3f}')
    sys.stdout.flush()
