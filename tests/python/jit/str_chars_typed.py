# Characters a trace reads as code points: a str indexed or iterated gives one-character strs
# whose comparisons, `in` tests and ord() the JIT runs on the code point. Each case must match
# CPython when the speculation holds and when it stops holding mid-loop: other lengths, a local
# quote character that becomes two characters, non-BMP and lone-surrogate characters, negative
# and out-of-range indices, str subclasses, results kept as values, and iterators shared.


def classify(text):
    digits = alpha = space = other = 0
    for ch in text:
        if "0" <= ch <= "9":
            digits += 1
        elif "a" <= ch <= "z" or "A" <= ch <= "Z":
            alpha += 1
        elif ch in " \t\n\r":
            space += 1
        else:
            other += 1
    return digits, alpha, space, other


def scan_indexed(text):
    pos = 0
    n = len(text)
    commas = 0
    while pos < n:
        ch = text[pos]
        if ch == ",":
            commas += 1
        elif ch != "x" and ch not in "yz":
            commas -= 1
        pos += 1
    return commas


def ords(text):
    total = 0
    for ch in text:
        total = (total * 31 + ord(ch)) % 1000003
    return total


def backwards(text):
    out = 0
    for k in range(1, len(text) + 1):
        if text[-k] > "m":
            out += 1
    return out


def quoted(text, quote):
    # quote: a local one-character str the trace speculates on (its length guarded)
    inside = 0
    n = 0
    for ch in text:
        if ch == quote:
            inside = 1 - inside
        n += inside
    return n


def as_values(text):
    flags = []
    for ch in text:
        flags.append((ch == "a", ch != "b", ch < "c", ch >= "d", ch in "ae", ch not in "bd", ch == "ab", ch < "ab"))
    return sum(1 for f in flags for v in f if v), flags[:3]


def compare_two_chars(a, b):
    same = less = 0
    for k in range(len(a)):
        x = a[k]
        y = b[k]
        if x == y:
            same += 1
        if x < y:
            less += 1
    return same, less


class Text(str):
    pass


def tokens(text):
    # enumerate and zip over strs: their characters typed as a plain str loop's
    starts = []
    prev = " "
    for i, ch in enumerate(text):
        if ch != " " and prev == " ":
            starts.append(i)
        prev = ch
    return len(starts), starts[:5]


def diff_chars(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            n += 1
    return n


def zipped_three(a, nums):
    total = 0
    for k, (ch, v) in enumerate(zip(a, nums)):
        if ch in "aeiou":
            total += v * k
    return total


PREDICATES = ("isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "isascii")
ODD_CHARS = "aZ09_ \t\n\x1c\x85\xa0\u2028\u3000\xb2\u0663\u216b\u00bd\u01c5\xaa\xdf\xc9\u03a3\U0001d7ce\U0001f600\ud800-"


def char_classes(text):
    counts = [0] * 9
    for ch in text:
        if ch.isdigit():
            counts[0] += 1
        if ch.isdecimal():
            counts[1] += 1
        if ch.isnumeric():
            counts[2] += 1
        if ch.isalpha():
            counts[3] += 1
        if ch.isalnum():
            counts[4] += 1
        if ch.isspace():
            counts[5] += 1
        if ch.isupper():
            counts[6] += 1
        if ch.islower():
            counts[7] += 1
        if ch.isascii():
            counts[8] += 1
    return counts


def word_starts(words):
    # the receiver is a str of any length: one character while recording, longer ones later
    n = 0
    for w in words:
        if w.isalpha() and not w.isupper():
            n += 1
    return n


def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def code_points(limit):
    # chr() past the last code point raises ValueError inside the loop, as tier 1 does
    total = 0
    try:
        for c in range(limit - 3000, limit + 5):
            total += len(chr(c)) + (chr(c) == "\uffff")
    except ValueError as e:
        return total, str(e)
    return total


def strict_zip(a, b):
    n = 0
    try:
        for x, y in zip(a, b, strict=True):
            if x == y:
                n += 1
    except ValueError as e:
        return n, str(e)
    return n


def main():
    print(classify("Hello, World 42!\tfoo_bar 7\n" * 200))
    print(classify("\U0001F600é\u4e2d9 x" * 300))
    print(scan_indexed("x,yz,x,a,b" * 400), scan_indexed(""))
    print(ords("The quick brown fox" * 150), ords("\ud800\U0001F600\x00\xff" * 300))
    print(backwards("abcxyz" * 500))
    print(quoted('a "b" c "dd" e' * 300, '"'))
    # the quote stops being one character on a later call: the guard on its length fails
    print(quoted('a "b" c' * 400, '"'), quoted('a "b" c' * 400, '""'), quoted("ab" * 400, "b"))
    print(as_values("abcde" * 300))
    print(compare_two_chars("abcdef" * 300, "abdcef" * 300))
    print(classify(Text("sub class 123 " * 200)), scan_indexed(Text("x,y" * 500)))
    # an iterator shared between the loop and next() inside it
    it = iter("a1b2c3" * 600)
    pairs = 0
    for ch in it:
        if "a" <= ch <= "z":
            if next(it, "") in "0123456789":
                pairs += 1
    print(pairs)
    # an index past the end inside the loop raises IndexError as tier 1 does
    text = "abc" * 500
    try:
        k = 0
        while True:
            if text[k] == "z":
                break
            k += 1
    except IndexError as e:
        print("IndexError", e, k)
    print(tokens("the quick  brown fox " * 300), diff_chars("abcdef" * 400, "abzdef" * 399))
    print(zipped_three("banana" * 300, list(range(1800))), zipped_three(Text("ae" * 600), range(900)))
    print(strict_zip("ab" * 600, "ab" * 600), strict_zip("ab" * 600, "ab" * 599 + "a"))
    print(char_classes(ODD_CHARS * 100))
    print([[getattr(c, p)() for p in PREDICATES] for c in ODD_CHARS][:6])
    print(word_starts(list("abcDEF") * 300 + ["ab", "CD", "", "x1", "Éé"] * 50))
    print(caesar("hello, world! " * 200, 3)[:40], caesar("xyz\U0001F600" * 300, 25)[-8:])
    print(code_points(0x110000), code_points(0x10000), code_points(3000))
    # identity: Latin-1 characters are shared objects, others new each time (never merged)
    same = 0
    for i in range(3000):
        if chr(i) is chr(i):
            same += 1
    wide = "\u0100\u4e2d" * 1500
    for i in range(len(wide)):
        if wide[i] is wide[i]:
            same += 1
    print(same)
    for v in (-2**31, -2**31 - 1, 2**31 - 1, 2**31, 0x110000, -1):
        try:
            chr(v)
        except (ValueError, OverflowError) as e:
            print(v, type(e).__name__, e)
    # non-str right operands fall back to the generic comparison
    mixed = 0
    for ch in "abc" * 500:
        if ch == 1 or ch in ["a", "b"]:
            mixed += 1
    print(mixed)


main()
