f(a for a in b, c)
if x:
        pass
    pass
