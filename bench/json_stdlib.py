"""Standard-library json benchmark: json.dumps and json.loads of a generated document.

A deterministic generator builds a document of 2000 nested objects and arrays of strings (some
with escapes and non-ASCII characters), ints, floats, booleans and nulls; the program then
serialises it N times with json.dumps (cycling through the default, sort_keys, compact and
ensure_ascii=False options), parses each text back with json.loads and compares. Under CPython this runs the _json C accelerator; under Taipan its Java counterpart
(or, with _json blocked, json's pure-Python fallback).

Usage: python3 bench/json_stdlib.py [N]    N = number of dumps/loads round trips
"""
# bench-size: default=40 quick=2
import json
import sys

from _iterclock import iteration_clock

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
         "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma",
         "quo\"ted", "tab\tbed", "caf\u00e9", "snow\u2603"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) % n


def make_value(rng, depth):
    kind = rng.below(10 if depth < 4 else 7)
    if kind == 0:
        return rng.below(100000) - 50000
    if kind == 1:
        return rng.below(1000000) / 1024.0
    if kind == 2:
        return WORDS[rng.below(len(WORDS))]
    if kind == 3:
        return rng.below(2) == 0
    if kind == 4:
        return None
    if kind in (5, 6):
        return " ".join(WORDS[rng.below(len(WORDS))] for _ in range(rng.below(5) + 1))
    if kind in (7, 8):
        return [make_value(rng, depth + 1) for _ in range(rng.below(6))]
    return make_object(rng, depth + 1)


def make_object(rng, depth):
    return {WORDS[rng.below(len(WORDS))] + str(i): make_value(rng, depth) for i in range(rng.below(7) + 1)}


OPTIONS = ({}, {"sort_keys": True}, {"separators": (",", ":")}, {"ensure_ascii": False})


def main(rounds):
    rng = Rng(7)
    document = [make_object(rng, 0) for _ in range(2000)]
    total = 0
    fold = 0
    tick = iteration_clock()
    for r in range(rounds):
        text = json.dumps(document, **OPTIONS[r % len(OPTIONS)])
        parsed = json.loads(text)
        if parsed != document:
            raise ValueError("round trip changed the document")
        total += len(text)
        for i in range(0, len(text), 97):
            fold = (fold * 31 + ord(text[i])) % 1000000007
        tick()
    print("checksum json_stdlib", rounds, total, fold)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
