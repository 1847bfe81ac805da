print("a starts")
import _circ.b
A_VALUE = "a done"
print("a ends; b says", _circ.b.B_VALUE)
