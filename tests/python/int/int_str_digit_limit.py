# The 3.11 int/str conversion limit: sys.set_int_max_str_digits, sys.int_info, float_info, hash_info.
import sys
print(sys.int_info, sys.int_info.default_max_str_digits, sys.int_info[3], len(sys.int_info))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info)
print(sys.get_int_max_str_digits())
for f in [lambda: int('1' * 5000), lambda: str(10 ** 5000), lambda: int('1' * 4300) % 7, lambda: len(str(10 ** 4299)),
          lambda: int('1' * 5000, 16) % 7, lambda: int('1_' * 2500 + '1') % 7, lambda: repr(-10 ** 4300), lambda: f"{10**4300}",
          lambda: sys.set_int_max_str_digits(100), lambda: sys.set_int_max_str_digits(640), lambda: len(str(10 ** 1000)),
          lambda: sys.get_int_max_str_digits(), lambda: sys.set_int_max_str_digits(maxdigits=0), lambda: len(str(10 ** 10000)),
          lambda: hex(10**5000)[:10], lambda: int('1' * 5000, 3) % 7, lambda: sys.set_int_max_str_digits(1000), lambda: int('1' * 5000, 3) % 7]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
