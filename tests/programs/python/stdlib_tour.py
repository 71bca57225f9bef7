import bisect, collections, dataclasses, datetime, decimal, fractions, functools
import heapq, itertools, json, math, re, statistics, string, typing, unittest
import zipfile, email.message, tomllib, difflib, textwrap, graphlib, csv, io


@dataclasses.dataclass
class Point:
    x: int
    y: int


print(Point(1, 2), fractions.Fraction(3, 4) + 1, decimal.Decimal("1.1") * 3)
print(json.dumps(collections.Counter("abracadabra").most_common(2)))
print(statistics.median([3, 1, 2]), math.comb(10, 3), heapq.nsmallest(2, [5, 3, 9]))
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), re.findall(r"\d+", "a1b22c333"))
print(tomllib.loads('a = 1')["a"], list(graphlib.TopologicalSorter({"b": {"a"}}).static_order()))
