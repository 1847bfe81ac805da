# The standard library's csv.py on top of _csv: reader/writer with registered dialects,
# DictReader, DictWriter, Sniffer, csv.Dialect subclasses, all over io.StringIO.
import csv
import io

data = "name,age,city\r\nAda,36,London\r\n\"Grace, Rear Admiral\",85,\"New\nYork\"\r\nLinus,,\r\n"
r = csv.DictReader(io.StringIO(data, newline=""))
print(r.fieldnames)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="more", restval="?")
print(list(r))
r = csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=["x", "y"], delimiter=";")
print(list(r))

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["id", "text", "score"], extrasaction="ignore")
w.writeheader()
w.writerow({"id": 1, "text": 'say "hi"', "score": 2.5, "extra": 0})
w.writerows([{"id": 2, "text": "a,b"}, {"id": 3, "score": None}])
print(repr(s.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)

print(sorted(csv.list_dialects()))
for name in ["excel", "excel-tab", "unix"]:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.lineterminator), d.quoting, d.doublequote)
s = io.StringIO()
csv.writer(s, dialect="unix").writerow(["a", 1, None])
csv.writer(s, "excel-tab").writerow(["b\tc", "d"])
print(repr(s.getvalue()))


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("pipes", Pipes)
s = io.StringIO()
csv.writer(s, "pipes").writerows([["a|b", "c'd"], ["e", ""]])
print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), "pipes")))
csv.unregister_dialect("pipes")


class Broken(csv.Dialect):
    delimiter = "ab"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


try:
    Broken()
except csv.Error as e:
    print("Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)

sniffer = csv.Sniffer()
sample = "id;name;score\n1;'Ann';3.5\n2;'Bob';4.0\n3;'Cy';2.25\n"
d = sniffer.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, sniffer.has_header(sample))
print(list(csv.reader(io.StringIO(sample), d)))
d = sniffer.sniff("a,b,c\n1,2,3\n4,5,6\n", delimiters=",;")
print(repr(d.delimiter), sniffer.has_header("a,b,c\n1,2,3\n4,5,6\n"))
try:
    sniffer.sniff("")
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(), csv.__version__, csv.Error is __import__("_csv").Error, csv.QUOTE_NONNUMERIC)
