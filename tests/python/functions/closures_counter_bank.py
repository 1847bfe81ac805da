def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50), wd(30))
try:
    wd(500)
except ValueError as e:
    print(type(e).__name__, e)
print(rep())
dep2, _, rep2 = make_account(0)
dep2(1)
print(rep2(), rep()[0])
print(dep.__code__.co_freevars, sorted(type(c.cell_contents).__name__ for c in dep.__closure__))
