# _uuid over libuuid: uuid1() and getnode() use it instead of running ifconfig and friends.
import _uuid
import uuid

print(_uuid.has_uuid_generate_time_safe)
raw, status = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), status in (0, -1))
u = uuid.UUID(bytes=raw)
print(u.version, u.variant)
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print(type(e).__name__, e)

a, b = uuid.uuid1(), uuid.uuid1()
print(a.version, a.variant, a != b, a.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe))
print(a.node == uuid.getnode() == b.node, 0 < uuid.getnode() < 2**48)
print(b.time >= a.time)
c = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(c.node), hex(c.clock_seq), c.is_safe)
