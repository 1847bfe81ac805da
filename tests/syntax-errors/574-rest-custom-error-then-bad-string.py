if x = 1:
    pass
s = 'abc
