def f():
    """doc
    more
