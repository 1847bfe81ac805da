print("b starts")
import _circ.a
try:
    print(_circ.a.A_VALUE)
except AttributeError as e:
    print("AttributeError", e)
B_VALUE = "b done"
