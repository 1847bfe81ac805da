# A tokenizer error on a later line of a multi-line f-string expression is reported at that line
# of the file (nested f-strings too), with its column and text.
sources = [
    "f'''\n    {\n    (123_a)\n    }'''",
    "x = 1\nf'''{x\n  + 0x}'''",
    "f'''\n  {\n  f\"\"\"\n  {\n  (1_)\n  }\n  \"\"\"\n  }'''",
    "f'{123_a}'",
]
for s in sources:
    try:
        compile(s, "<fstring>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
