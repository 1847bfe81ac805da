# Source bytes with a coding cookie are decoded by the codec registry, as CPython decodes them
# (its tables, names and error messages); UTF-8 source, declared or not, may hold bytes that are
# not UTF-8 in comments.
cases = [b'# coding: utf-8\nx = 1 # \xff\n', b'\xef\xbb\xbfx = 1 # \xff\n', b'# coding: cp1006\nx = "\xb2"\n', b'# coding: cp949\nx = "\xa1\xad"\n',
         b'# coding: euc_kr\nx = "\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2"\n', b'# coding: cp-1252\nx = 1\n', b'# coding: latin-1\nx = "\xe9"\n', b'# coding: latin-1\nx = "\x00"\n',
         b'# coding: shift_jis\nx = 1 # \x81\n', b'#coding: rot13\nx=1\n', b'# coding: utf8\nx = "\xff"\n']
for s in cases:
    try:
        ns = {}; exec(compile(s, "<s>", "exec"), ns); print("ok", ascii(ns.get("x")))
    except SyntaxError as e:
        print("SE", e.args)
    except Exception as e:
        print(type(e).__name__, e)
