# Textbook RSA with small deterministic primes found by Miller-Rabin (fixed
# witnesses), modular inverse by extended Euclid, and CRT decryption.


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n += 1
    if n % 2 == 0:
        n += 1
    while not is_probable_prime(n):
        n += 2
    return n


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


p = next_prime(10 ** 30)
q = next_prime(3 * 10 ** 30)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d bits:", d.bit_length(), "e*d mod phi:", e * d % phi)
print("pow inverse agrees:", pow(e, -1, phi) == d)

message = "Taipan!"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
print("cipher:", c)
plain = pow(c, d, n)
print("decrypted:", plain.to_bytes((plain.bit_length() + 7) // 8, "big").decode())

dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = qinv * (m1 - m2) % p
print("CRT agrees:", m2 + h * q == m)

signature = pow(m, d, n)
print("signature verifies:", pow(signature, e, n) == m)
print("primes below 60:", [k for k in range(60) if is_probable_prime(k)])
print("carmichael 561 prime?", is_probable_prime(561), "mersenne 2^61-1 prime?", is_probable_prime(2 ** 61 - 1))
try:
    modinv(6, 9)
except ValueError as e:
    print(type(e).__name__, e)
