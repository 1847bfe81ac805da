import sys

def f(a):
    b = a + 1
    return sys._getframe()

fr = f(1)
print(sorted(fr.f_locals.items()))
print(fr.clear())
print(fr.f_locals, fr.f_lineno, fr.f_code.co_name, fr.f_back is not None, fr.f_trace)

# A frame caught in a traceback.
def g(x):
    y = [x]
    raise ValueError(y)
try:
    g(3)
except ValueError as e:
    tb = e.__traceback__
fr2 = tb.tb_next.tb_frame
print(sorted(fr2.f_locals))
fr2.clear()
print(fr2.f_locals)
fr2.clear()
print(fr2.f_locals)

# Executing frames: the current one and its callers.
def h():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('own', e)
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print('caller', e)
h()
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('module', e)

# A suspended generator: clear() closes it.
def gen():
    v = 'local'
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
it = gen()
print(next(it))
gf = it.gi_frame
print(sorted(gf.f_locals))
print(gf.clear())
print(it.gi_frame, list(it), gf.f_locals)

# Generator catching GeneratorExit and yielding: RuntimeError is unraisable.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
sys.unraisablehook = lambda u: print('unraisable', type(u.exc_value).__name__, u.exc_value, u.object is s, u.err_msg)
s.gi_frame.clear()
print(s.gi_frame is not None, s.gi_frame.f_code.co_name, s.gi_running)

# Not started generator
def gen2():
    print('never')
    yield 1
g2 = gen2()
g2.gi_frame.clear()
print(g2.gi_frame, list(g2))

# A generator clearing its own frame while running.
def selfclear():
    try:
        me_frame.clear()
    except RuntimeError as e:
        print('gen own', e)
    yield 1
me = selfclear()
me_frame = me.gi_frame
print(list(me))

# Finished generator's frame
def gen3():
    z = 1
    yield z
g3 = gen3()
fr3 = g3.gi_frame
list(g3)
print(g3.gi_frame, fr3.f_locals)
fr3.clear()
print(fr3.f_locals)

# Closure cells
def outer():
    c = 10
    def inner():
        return c
    return sys._getframe(), inner
fo, inner = outer()
print(sorted(fo.f_locals))
fo.clear()
print(fo.f_locals, inner())

# f_trace dropped
def traced():
    return sys._getframe()
ft = traced()
ft.f_trace = print
ft.clear()
print(ft.f_trace)
try:
    ft.clear(1)
except TypeError as e:
    print(e)

# A frame running on another thread is executing too.
import threading
started = threading.Event()
release = threading.Event()
holder = []
def worker():
    holder.append(sys._getframe())
    started.set()
    release.wait()
t = threading.Thread(target=worker)
t.start()
started.wait()
try:
    holder[0].clear()
except RuntimeError as e:
    print('thread', e)
release.set()
t.join()
holder[0].clear()
print('after join', holder[0].f_locals)

# traceback.clear_frames clears every finished frame and skips the executing ones.
import traceback
def fails(n):
    big = list(range(n))
    raise KeyError(n)
try:
    fails(5)
except KeyError as e:
    tb = e.__traceback__
traceback.clear_frames(tb)
print(tb.tb_next.tb_frame.f_locals, 'e' in tb.tb_frame.f_locals)

# The handled exception survives a generator closed by clear().
def gen_raises():
    try:
        yield 1
    finally:
        raise OSError('in finally')
gr = gen_raises()
next(gr)
try:
    raise KeyError('outer')
except KeyError:
    gr.gi_frame.clear()
    print('still handling', repr(sys.exc_info()[1]))
sys.unraisablehook = sys.__unraisablehook__
