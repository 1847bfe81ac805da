import itertools as it
tests = ["it.count('a')", "it.count(1,'a')", "it.count(1,2,3)", "it.count(start=1, stp=2)", "it.cycle()", "it.cycle(1)", "it.cycle([1],[2])", "it.cycle(x=1)",
"it.repeat()", "it.repeat(1, 'a')", "it.repeat(1,2,3)", "it.repeat(object=1, times=2)", "it.repeat(1, times=-1)",
"it.accumulate()", "it.accumulate(1)", "it.accumulate([1], None, 1, 2)", "it.accumulate([1], func=None, initial=3, x=1)",
"it.chain(1)", "next(it.chain(1))", "it.chain(x=1)", "it.chain.from_iterable()", "it.chain.from_iterable(1)", "next(it.chain.from_iterable(1))",
"it.compress()", "it.compress([1])", "it.compress(1,[2])", "it.compress(data=[1], selectors=[1])",
"it.dropwhile()", "it.dropwhile(None)", "it.dropwhile(None, 1)", "it.filterfalse(None)", "it.filterfalse(None,1)",
"it.groupby()", "it.groupby(1)", "it.groupby([1], x=1)", "it.groupby(iterable=[1], key=None)",
"it.islice()", "it.islice([1])", "it.islice([1], 'a')", "it.islice([1], -1)", "it.islice([1], 1, -1)", "it.islice([1], 1,2,0)", "it.islice([1],1,2,3,4)", "it.islice([1], stop=1)", "it.islice(1, 2)",
"it.pairwise()", "it.pairwise(1)", "it.pairwise([1],[2])", "it.pairwise(iterable=[1])",
"it.starmap(None)", "it.starmap(None, 1)", "list(it.starmap(None, [1]))", "list(it.starmap(len, [[1]]))",
"it.takewhile(None)", "it.tee()", "it.tee(1)", "it.tee([1], -1)", "it.tee([1], 'a')", "it.tee([1], n=2)",
"it.zip_longest(1)", "it.zip_longest([1], fillvalu=1)", "it.zip_longest([1], fillvalue=1, x=2)",
"it.product(1)", "it.product([1], repeat=-1)", "it.product([1], repeat='a')", "it.product([1], x=1)",
"it.permutations()", "it.permutations(1)", "it.permutations([1], -1)", "it.permutations([1], 'a')", "it.permutations([1], 2, 3)",
"it.combinations([1])", "it.combinations([1], -1)", "it.combinations(1, 1)", "it.combinations([1], 'a')",
"it.combinations_with_replacement([1])", "it.combinations_with_replacement([1], -1)",
"it.count(1.5, 'x')", "it.count(1j)", "it.repeat()", "it.accumulate([1,'a'])",
"list(it.accumulate([1,2], 5))", "it.islice([1], None, None, None)", "it.islice([1], 1.5)", "it.tee([1], 2, 3)",
"it.groupby([1], None, 1)", "it.zip_longest(fillvalue=1)", "it.count(start='a')", "it.cycle.__new__(it.cycle)",
"it.count(1, step=[])","it.starmap()", "it.takewhile()", "it.dropwhile(1,2,3)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r) if 'object at' not in repr(r) else type(r).__name__)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
