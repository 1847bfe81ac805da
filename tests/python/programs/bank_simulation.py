# A deterministic bank simulation: accounts, transfers, interest, overdraft
# rules, an audit log and a pseudo-random workload from a linear congruential
# generator (no random module).

class InsufficientFunds(Exception):
    pass


class AccountFrozen(Exception):
    pass


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state

    def choice(self, seq):
        return seq[self.next() % len(seq)]

    def between(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self.cents = balance * 100
        self.overdraft = overdraft * 100
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self.cents / 100

    def deposit(self, cents, memo="deposit"):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if cents <= 0:
            raise ValueError("deposit must be positive")
        self.cents += cents
        self.history.append((memo, cents))

    def withdraw(self, cents, memo="withdraw"):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if self.cents - cents < -self.overdraft:
            raise InsufficientFunds(
                f"{self.owner}: balance {self.cents / 100:.2f}, requested {cents / 100:.2f}")
        self.cents -= cents
        self.history.append((memo, -cents))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.cents / 100:.2f})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_bp=250):
        super().__init__(owner, balance)
        self.rate_bp = rate_bp

    def add_interest(self):
        if self.cents > 0:
            interest = self.cents * self.rate_bp // 10000 // 12
            if interest:
                self.deposit(interest, "interest")
        return self.cents


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, account):
        self.accounts[account.number] = account
        self.log.append(("open", account.number))
        return account

    def transfer(self, src, dst, cents):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(cents, f"to {dst}")
        try:
            b.deposit(cents, f"from {src}")
        except AccountFrozen:
            a.deposit(cents, "refund")
            raise
        self.log.append(("transfer", src, dst, cents))

    def month_end(self):
        for acct in self.accounts.values():
            if isinstance(acct, SavingsAccount):
                acct.add_interest()

    def total(self):
        return sum(a.cents for a in self.accounts.values())

    def report(self):
        rows = sorted(self.accounts.values(), key=lambda a: (-a.cents, a.number))
        for a in rows:
            kind = type(a).__name__
            print(f"  {a.number} {a.owner:<8} {kind:<14} {a.cents / 100:>12,.2f} {len(a.history):>4} ops")


bank = Bank("Taipan Savings & Loan")
people = ["alice", "bob", "carol", "dave", "erin", "frank"]
for i, name in enumerate(people):
    if i % 2:
        bank.open(SavingsAccount(name, 1000 * (i + 1), rate_bp=300 + 50 * i))
    else:
        bank.open(Account(name, 500 * (i + 1), overdraft=200))
numbers = sorted(bank.accounts)
rng = Rng(2024)
failures = {}
start_total = bank.total()
for month in range(1, 7):
    for _ in range(40):
        src = rng.choice(numbers)
        dst = rng.choice(numbers)
        if src == dst:
            continue
        amount = rng.between(1, 120) * 100 + rng.between(0, 99)
        try:
            bank.transfer(src, dst, amount)
        except (InsufficientFunds, AccountFrozen) as e:
            kind = type(e).__name__
            failures[kind] = failures.get(kind, 0) + 1
    if month == 3:
        bank.accounts[numbers[2]].frozen = True
    if month == 5:
        bank.accounts[numbers[2]].frozen = False
    before = bank.total()
    bank.month_end()
    print(f"month {month}: total {bank.total() / 100:,.2f} (interest {(bank.total() - before) / 100:.2f})")

print("failures:", sorted(failures.items()))
print("transfers logged:", sum(1 for entry in bank.log if entry[0] == "transfer"))
bank.report()
print("money created by interest:", (bank.total() - start_total) / 100)
richest = max(bank.accounts.values(), key=lambda a: a.cents)
print("richest:", richest)
memos = {}
for a in bank.accounts.values():
    for memo, cents in a.history:
        key = memo.split()[0]
        memos[key] = memos.get(key, 0) + 1
print(sorted(memos.items()))
try:
    bank.accounts[numbers[0]].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bank.transfer(numbers[0], numbers[1], 10 ** 9)
except InsufficientFunds as e:
    print(type(e).__name__, e)
