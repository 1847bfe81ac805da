def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)

x: int = 5
y: str
print(__annotations__)
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class C:
    a: int
    b: str = "b"
    def m(self) -> None:
        pass
print(C.__annotations__)
print(C.b, hasattr(C, "a"))
print(C.m.__annotations__)

def no_ann(a, b):
    pass
print(no_ann.__annotations__)

def local():
    z: int = 3
    w: int
    return z
print(local())

# Annotation expressions are evaluated.
def ann_side(label):
    print("evaluating", label)
    return label
def g(p: ann_side("param")) -> ann_side("return"):
    pass
print(g.__annotations__)
