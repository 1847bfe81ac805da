# A Matrix class with operator overloading over exact rational entries
# (a small Fraction class written here), Gaussian elimination, determinant,
# inverse and powers.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)

    def __add__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Q.of(o) - self

    def __mul__(self, o):
        o = Q.of(o)
        return Q(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Q(-self.n, self.d)

    def __eq__(self, o):
        o = Q.of(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


class Matrix:
    def __init__(self, rows):
        self.rows = [[Q.of(x) for x in row] for row in rows]
        self.n = len(rows)
        self.m = len(rows[0])
        if any(len(r) != self.m for r in rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError(f"shape mismatch {self.n}x{self.m} * {o.n}x{o.m}")
            cols = list(zip(*o.rows))
            return Matrix([[sum((a * b for a, b in zip(row, col)), Q(0)) for col in cols] for row in self.rows])
        return Matrix([[a * o for a in row] for row in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def det(self):
        a = [row[:] for row in self.rows]
        n = self.n
        sign = 1
        result = Q(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c]), None)
            if pivot is None:
                return Q(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                sign = -sign
            result = result * a[c][c]
            for r in range(c + 1, n):
                factor = a[r][c] / a[c][c]
                a[r] = [x - factor * y for x, y in zip(a[r], a[c])]
        return result * sign

    def inverse(self):
        n = self.n
        a = [row[:] + Matrix.identity(n).rows[i] for i, row in enumerate(self.rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c]), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[pivot] = a[pivot], a[c]
            p = a[c][c]
            a[c] = [x / p for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([row[n:] for row in a])

    def __repr__(self):
        width = max(len(repr(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(f"{x!r:>{width}}" for x in row) + "]" for row in self.rows)


print(Q(6, 8), Q(-3, -9), Q(1, 3) + Q(1, 6), Q(1, 2) * 4, 1 - Q(1, 3), Q(2, 3) / Q(4, 9))
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A)
print("det:", A.det())
inv = A.inverse()
print(inv)
print("A * inv == I:", A * inv == Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]])
print("fib(90) =", (fib ** 90)[0, 1])
H = Matrix([[Q(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.det())
print(H.inverse())
print((A + A.transpose()) * 2)
for bad in [lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: A * Matrix([[1, 2]]),
            lambda: Matrix([[1], [1, 2]]), lambda: Q(1, 0)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
