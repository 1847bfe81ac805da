# Argument errors of the int/float/complex/range methods and the numeric builtins, with CPython's messages.
tests = ["int.from_bytes()", "int.from_bytes(b'a', 'big', True)", "(1).to_bytes(1, 'big', True)", "(1).to_bytes(byteorder='little')", "(1).to_bytes(1, byteorder=1)",
         "float.fromhex()", "(1).bit_length(1)", "(1.5).is_integer(1)", "(1).__round__(1, 2)", "(1.5).__round__('x')", "int.__new__(int, '5', base=16)",
         "int('5', base=None)", "int(base=2)", "int('5', 2, 3)", "float.__new__(float, 1, 2)", "complex.__new__(complex, 1, 2, 3)", "range()", "range(1, 2, 3, 4)",
         "range(x=1)", "range(1).index()", "range(1).count(1, 2)", "(1.5).hex(1)", "(1).as_integer_ratio(1)", "math.floor()", "math.gcd(x=1)", "format(1.5, 1)",
         "(1j).conjugate(1)", "divmod(1)", "pow()", "pow(1)", "pow(1, 2, 3, 4)", "round()", "round(1.5, 1, 2)", "abs()", "int.from_bytes(b'a', byteorder='big', signed=1)",
         "(5).to_bytes(2, 'big', signed=True)", "int.from_bytes(b'\\xff', 'little', signed=True)", "int.from_bytes(bytearray(b'\\x01\\x02'), 'big')",
         "int.from_bytes(memoryview(b'\\x01\\x02'), 'little')", "sum([0.1] * 10)", "sum([1, 2.5, 3j])", "min(1, 2.0, key=None)", "bin(-5)", "oct(2**70)", "hex(-0)"]
import math
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
for t in ['math.pow(x=1)', 'math.atan2(y=1)', 'math.ldexp(x=1)', 'math.comb(n=1)', 'math.perm(n=1)', 'math.log(x=1)', 'math.nextafter(x=1)', 'math.copysign(x=1)','math.fmod(x=1)','math.remainder(x=1)', 'math.hypot(x=1)', 'math.dist(p=1)', 'math.fsum(x=1)', 'math.sqrt(x=1)', 'math.gcd(a=1)', 'math.isqrt(n=1)']:
    try:
        eval(t)
    except Exception as e:
        print(t, type(e).__name__, e)
