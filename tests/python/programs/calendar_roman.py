# Date arithmetic without the datetime module: leap years, day of week
# (Zeller), day counts, a month calendar printout, and Roman numerals.

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday(year, month, day):
    if month < 3:
        month += 12
        year -= 1
    k, j = year % 100, year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def ordinal(year, month, day):
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += sum(days_in_month(year, m) for m in range(1, month))
    return days + day


def from_ordinal(n):
    year = 1
    while True:
        length = 366 if is_leap(year) else 365
        if n <= length:
            break
        n -= length
        year += 1
    month = 1
    while n > days_in_month(year, month):
        n -= days_in_month(year, month)
        month += 1
    return year, month, n


def month_calendar(year, month):
    lines = [f"{MONTHS[month - 1]} {year}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = weekday(year, month, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(year, month) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range for Roman numerals")
    out = []
    for value, letters in ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"{s!r} is not a canonical Roman numeral")
    return total


print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(1969, 7, 20), (2000, 1, 1), (2026, 11, 30), (1582, 10, 15), (2024, 2, 29)]:
    print(date, DAYS[weekday(*date)], ordinal(*date))
a = ordinal(2026, 11, 30)
b = ordinal(2000, 1, 1)
print("days between:", a - b, "weeks:", (a - b) // 7)
print("round trip:", from_ordinal(a), from_ordinal(ordinal(2024, 12, 31)), from_ordinal(1))
print(month_calendar(2026, 11))
print(month_calendar(2024, 2))
for n in [1, 4, 9, 14, 40, 90, 400, 1987, 2026, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in [0, 4000]:
    try:
        to_roman(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    from_roman("IIII")
except ValueError as e:
    print(type(e).__name__, e)
fridays = [(y, m) for y in range(2025, 2028) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fridays)
