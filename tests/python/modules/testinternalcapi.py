# _testinternalcapi: the helpers of CPython's test suite that Taipan provides (test.support's
# requires_debug_ranges reads get_config; test_codecs' LocaleCodecTest the locale codec).
import sys
import _testinternalcapi as t

config = t.get_config()
print(config["code_debug_ranges"], config["optimization_level"], config["use_environment"],
      config["write_bytecode"] == (not sys.dont_write_bytecode))
# the harness runs Taipan with -X jit options of its own: compare with sys._xoptions instead
print(config["argv"] == sys.argv, config["warnoptions"] == sys.warnoptions,
      config["xoptions"] == [k if v is True else k + "=" + v for k, v in sys._xoptions.items()])

base = t.get_recursion_depth()


def down(n):
    return t.get_recursion_depth() if n == 0 else down(n - 1)


print(down(5) - base, down(0) - base)

for text, errors in [("plain", "strict"), ("é€\U0010ffff", "strict"), ("a\udc80", "surrogateescape"),
                     ("a\udc80", "strict")]:
    try:
        print(t.EncodeLocaleEx(text, 0, errors))
    except RuntimeError as e:
        print("RuntimeError", e)
for data, errors in [(b"abc", "strict"), (b"a\xff", "surrogateescape"), (b"a\xff", "strict")]:
    try:
        print(ascii(t.DecodeLocaleEx(data, 0, errors)))
    except RuntimeError as e:
        print("RuntimeError", e)
for f, v in [(t.EncodeLocaleEx, ""), (t.DecodeLocaleEx, b"")]:
    for errors in ["backslashreplace", "surrogatepass"]:
        try:
            f(v, 0, errors)
        except ValueError as e:
            print("ValueError", e)
