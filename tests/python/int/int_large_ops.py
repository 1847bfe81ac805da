a = 3 ** 200
b = 7 ** 150
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // b, -a % b)
print(a.bit_length(), b.bit_length(), (a * b).bit_length())
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = factorial(100)
print(f100)
print(len(str(factorial(500))), str(factorial(500))[-5:], sum(int(d) for d in str(f100)))
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(factorial(30), 2 ** 40 * 3 ** 5), gcd(2 ** 100 - 1, 2 ** 60 - 1))
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, 2 ** 20, 1000003))
print(int("123456789" * 10) * int("987654321" * 10))
print(hex(2 ** 200 - 1)[:20], oct(3 ** 50), bin(5 ** 30)[-20:])
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1, -(10 ** 30) // -7, abs(-(10 ** 30)) % 13)
