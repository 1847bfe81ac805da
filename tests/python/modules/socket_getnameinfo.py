# socket.getnameinfo (it did not exist: asyncio's datagram endpoints call it): numeric and
# named hosts and services through the C library (loopback only, no DNS), argument errors.
import socket
print(socket.getnameinfo(('127.0.0.1', 80), 0), socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST|socket.NI_NUMERICSERV), socket.getnameinfo(('::1', 443, 0, 0), socket.NI_NUMERICHOST))
for a in [('127.0.0.1',), 'x', ('nonexistent.invalid', 80), ('127.0.0.1', 80, 1), ('127.0.0.1', 'x'), ('::1', 80, 0, 0, 0), ('localhost', 22), ('::1', 80, 2**20), (b'127.0.0.1', 80)]:
    try: print(a, socket.getnameinfo(a, 0))
    except Exception as e: print(a, type(e).__name__, e)
try: print(socket.getnameinfo(('127.0.0.1', 80)))
except Exception as e: print(type(e).__name__, e)
print(socket.getnameinfo(('127.0.0.1', 12345), socket.NI_DGRAM), socket.getnameinfo(('127.0.0.1', 53), socket.NI_DGRAM),
      socket.getnameinfo(('10.255.255.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
cases = [(('127.0.0.1', 65536), 1), (('127.0.0.1', -1), 1), (('fe80::1%1', 80), 3), (('fe80::1%lo', 80), 3),
         (('127.1', 80), 1), (('1.2.3', 80), 1), (('0x7f.1', 80), 1), (('127.0.0.1', 80), 2**40),
         (('127.0.0.1\x00', 80), 1), (('::1', 80, 5, 1), 3), (('::1', 80, 2**20, 0), 3), (('127.0.0.1', 80), -1),
         (('127.0.0.1', 80), 0xffff), (('localhost', 80), 0), (('127.0.0.1', 80, 0), 0), (('::ffff:127.0.0.1', 22), 3)]
for args in cases:
    try: print(args, socket.getnameinfo(*args))
    except Exception as e: print(args, type(e).__name__, e)
