import statistics


def summarize(xs):
    stdev = statistics.stdev(xs) if len(xs) > 1 else 0.0
    return {"mean": statistics.mean(xs), "median": statistics.median(xs), "stdev": stdev}
