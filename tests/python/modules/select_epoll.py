# select.epoll over the interpreter's descriptors (pipes, sockets; a regular file is EPERM as the
# kernel says), its errors, closing, fromfd, and selectors.DefaultSelector/asyncio running on it.
import select, os, socket, selectors, errno
print(hasattr(select, "epoll"), selectors.DefaultSelector.__name__, select.EPOLLET, select.EPOLLIN | select.EPOLLOUT)
ep = select.epoll()
print(type(ep), ep.closed, ep.fileno() >= 3)
r, w = os.pipe()
ep.register(r, select.EPOLLIN)
def show(events):
    return [("r" if fd == r else "w" if fd == w else fd, ev) for fd, ev in events]
print(show(ep.poll(0)))
os.write(w, b"x")
print(show(ep.poll(1)), show(ep.poll(timeout=0.5, maxevents=1)))
ep.modify(r, select.EPOLLIN | select.EPOLLET)
print(show(ep.poll(0.01)))
os.write(w, b"y")
print(show(ep.poll(0.01)), show(ep.poll(0.01)))
for call in ["ep.register(r)", "ep.unregister(w)", "ep.modify(w, 1)", "ep.register(99999)", "ep.poll(maxevents=0)", "ep.poll('x')", "ep.register(r, -1)", "ep.register(r, 2**32)", "select.epoll(sizehint=0)", "select.epoll(flags=5)", "ep.register(-1)"]:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
f = open(__file__)
try:
    ep.register(f)
except OSError as e:
    print("file", type(e).__name__, e.errno)
ep.unregister(r)
print(ep.poll(0))
s1, s2 = socket.socketpair()
ep.register(s1, select.EPOLLIN | select.EPOLLOUT)
print(sorted(ep.poll(0)) == [(s1.fileno(), select.EPOLLOUT)])
s2.send(b"hi")
print(ep.poll(0) == [(s1.fileno(), select.EPOLLIN | select.EPOLLOUT)])
s2.close()
print(ep.poll(0)[0][1] & (select.EPOLLIN | select.EPOLLHUP | select.EPOLLRDHUP) != 0)
with select.epoll() as e2:
    print(e2.closed)
print(e2.closed)
try:
    e2.fileno()
except ValueError as e:
    print(e)
ep.close(); ep.close(); print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print(e)
e3 = select.epoll(); fd = e3.fileno(); e4 = select.epoll.fromfd(fd); print(e4.fileno() == fd, type(e4).__name__)
# selectors with epoll
sel = selectors.DefaultSelector()
a, b = socket.socketpair()
sel.register(a, selectors.EVENT_READ, "data")
print(sel.select(0))
b.send(b"z")
print([(k.data, ev) for k, ev in sel.select(1)])
sel.close()
import asyncio
async def main():
    rd, wr = await asyncio.open_connection(sock=a)
    b.send(b"line\n")
    return await rd.readline()
print(asyncio.run(main()))
ep = select.epoll()
for call in ["ep.poll(0, 2**31)", "ep.poll(0, 2**63)", "ep.poll(0, None)", "ep.poll(0, -1)", "ep.poll(0, -2)"]:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
# closed by another thread while a poll waits: the poll runs to its timeout on the instance it had
import threading, time
for attempt in range(5):
    t = threading.Timer(0.2, ep.close)
    t.start()
    try:
        got = ep.poll(0.6)
    except ValueError:
        # the timer closed it before the poll began (a loaded machine): try again
        t.join()
        ep = select.epoll()
        continue
    t.join()
    break
print("closed while polling", got)
# the instance a closed-meanwhile poll waits on still reports its descriptors' events
r2, w2 = os.pipe()
for attempt in range(5):
    ep = select.epoll()
    ep.register(r2, select.EPOLLIN)
    def close_then_write():
        time.sleep(0.2 * (attempt + 1))
        ep.close()
        os.write(w2, b"x")
    t = threading.Thread(target=close_then_write)
    t.start()
    try:
        got = ep.poll(5)
    except ValueError:
        # closed before the poll began (a loaded machine): try again, waiting longer
        t.join()
        os.read(r2, 1)
        continue
    t.join()
    break
print([(fd == r2, ev) for fd, ev in got])
