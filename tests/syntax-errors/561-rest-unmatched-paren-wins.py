def f
None): pass
