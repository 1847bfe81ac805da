# hash() of ints around zero and around the modulus 2**61 - 1, both signs, and negative ints as set and dict keys
M = 2**61 - 1
vals = [0, 1, -1, -2, -5, -6, -11, M - 1, M, M + 1, -(M - 1), -M, -(M + 1), -M - 2, 2**63 - 1, -2**63, -2**63 + 1, 2**64, -2**64, -2**61, -2**61 + 1, -2**61 + 2]
print([hash(v) for v in vals])
s = {-1, -2, -3}
print(-1 in s, -2 in s, -4 in s, sorted(s))
s.discard(-1); s.add(-1); print(sorted(s), {-1: 'a', -2: 'b'}[-1])
