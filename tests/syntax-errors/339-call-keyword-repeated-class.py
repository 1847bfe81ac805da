class A(m=1, m=2):
    pass
