def outer():
    def inner():
        return 1 2
    return inner
