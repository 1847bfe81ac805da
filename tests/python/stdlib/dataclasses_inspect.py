# dataclasses (which imports inspect, hence ast and _ast) and inspect.signature/getsource.
import dataclasses, inspect
@dataclasses.dataclass(order=True)
class P:
    x: int
    y: float = 0.5
    tags: list = dataclasses.field(default_factory=list)
p = P(1); print(p, p < P(2), dataclasses.asdict(p), dataclasses.fields(P)[1].name)
print(inspect.signature(P), inspect.isabstract(P))
def f(a, b=2, *c, d, **e): pass
print(inspect.signature(f), inspect.getsource(f).strip())
@dataclasses.dataclass(frozen=True)
class F:
    a: int
try: F(1).a = 2
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
