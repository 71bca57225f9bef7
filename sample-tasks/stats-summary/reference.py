import statistics


def summarize(xs):
    return {"mean": statistics.fmean(xs), "median": statistics.median(xs), "stdev": statistics.pstdev(xs)}
