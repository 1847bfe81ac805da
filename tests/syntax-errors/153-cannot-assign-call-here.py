if f() = 2:
    pass
