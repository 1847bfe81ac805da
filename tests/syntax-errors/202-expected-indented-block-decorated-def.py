@d
def f():
x = 1
