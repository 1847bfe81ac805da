def g():
    f'{(yield)}'
