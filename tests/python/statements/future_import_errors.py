# misplaced and unknown __future__ imports: CPython's messages and positions (future.c's have no end column)
cases = [
    "import string; from __future__ import nested_scopes\n",
    "from __future__ import division; import string; from __future__ import \\\n     nested_scopes\n",
    "x=1\nif 1:\n  from __future__ import nested_scopes\n",
    "def f():\n    from __future__ import division\n",
    "import os;  from __future__ import braces\n",
    "from __future__ import braces\n",
    "x=1;from __future__ import nope\n",
    "x=1\nfrom __future__ import nope\n",
    "from __future__ import nope\n",
    "  \nfrom __future__ import (nested_scopes,\n  nope)\n",
    "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\nx=1\nfrom __future__ import division\n",
    "\u00e9=1;  from __future__ import annotations\n",
    "from __future__ import annotations; from __future__ import division\nprint(__annotations__ if 0 else 'ok')\n",
    "from __future__ import annotations; import os; from __future__ import division\n",
    "from __future__ import annotations\ndef f(): from __future__ import division\n",
    "from __future__ import division; def f(): from __future__ import division\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
exec("from __future__ import annotations; x: undefined_name = 1\nprint(__annotations__)")
import __future__
print(sorted(__future__.all_feature_names))
