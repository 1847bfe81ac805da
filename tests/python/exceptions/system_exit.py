import sys
print("about to exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("caught", repr(e.code))
print("exiting with 3")
sys.exit(3)
