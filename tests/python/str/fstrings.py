name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
d = {"key": "value"}
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }", f"{name=}", f"{pi=:.2f}")
print(f"{pi:.3f}", f"{n:05d}", f"{n:>8}|", f"{n:#x}", f"{name!r}", f"{name!s:>8}", f"{'é'!a}")
print(f"{items[0]}{items[-1]}", f"{d['key']}", f"{len(items)}", f"{'nested ' + name}")
width, prec = 10, 2
print(f"{pi:{width}.{prec}f}|", f"{'x':{'^'}{5}}|", f"{{braces}}", f"{n}{{}}")
print(f"{(lambda x: x * 2)(5)}", f"{[i * i for i in range(4)]}", f"{ {'a': 1}['a'] }")
print(f"{n if n > 40 else 0}", f"{'yes' if name else 'no'}", f"{n:{'>' if n else '<'}6}|")
print(f"""triple {name}
second line {n}""")
print(f"{name}" f" concatenated " "plain" f"{n}")
print(rf"raw \n {name}", fr"{n}\t")
x = 10
print(f"{x = }", f"{x=!r}", f"{x = :>5}", f"{ x }")
print(f"{3.0:g}", f"{1e10:,.0f}", f"{-0.5:+.1%}", f"{12345.6789:_.2f}")
class P:
    def __format__(self, spec):
        return f"P[{spec}]"
print(f"{P()}", f"{P():abc}", f"{P():{n}}")
print(f"{'quote'}", f'{"double"}', f"{n!r:^6}|")
def nested_fn():
    inner = "from closure"
    return f"{inner.upper()}"
print(nested_fn())
