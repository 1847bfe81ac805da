# A bound method's __doc__ is its function's (None without a docstring), not object's
class A:
    def f(self):
        pass
    def g(self):
        "doc of g"
    @classmethod
    def c(cls):
        "doc of c"

print(A().f.__doc__, A().g.__doc__, A.f.__doc__, A.c.__doc__, A().c.__doc__)
