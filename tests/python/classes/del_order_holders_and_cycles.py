# Finalizers of objects dropped together: holders first through keys, generator frames, closures and bound methods; cycles and what they hold oldest first; long chains and lists whole.
import gc
out = []
class A:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        out.append(self.name)
def run(label, make):
    gc.collect()
    out.clear()
    make()
    gc.collect()
    print(label, out[:12], len(out))

def cycle():
    x = A('x'); y = A('y'); z = A('z'); x.child = z; z.child = y; y.child = x
run('cycle', cycle)

class L(list):
    def __del__(self):
        out.append('L')
def listcycle():
    l = L([A('x1'), A('x2')]); l.append(l)
run('listcycle', listcycle)

def selfcyc():
    z = A('z'); z.child = [z, A('1'), A('2')]
run('selfcycle', selfcyc)

def keys():
    A('holder', {A('k1'): A('v1')})
run('keys', keys)

def gen_holds():
    def g(a):
        try:
            yield 1
        finally:
            out.append('finally')
    a = A('a')
    it = g(a); next(it)
    A('H', it)
run('gen', gen_holds)

def closure():
    c = A('closed')
    def f():
        return c
    A('fholder', f)
run('closure', closure)

def bound():
    A('bholder', A('self').__init__)
run('bound', bound)

def chain():
    x = None
    for i in range(70000):
        x = A(i, x)
run('chain', chain)

def biglist():
    A('holder', [A(i) for i in range(50000)])
run('biglist', biglist)

class D(dict):
    def __del__(self):
        out.append('D')
def dictsub():
    d = D(k=A('item'))
    d.attr = A('attr')
run('dictsub', dictsub)
