def f((a)): pass
