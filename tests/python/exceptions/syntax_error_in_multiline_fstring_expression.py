# A tokenizer error in an f-string expression is reported at its line of the file (a later line of
# a multi-line expression, an f-string on a later line, nested f-strings), with its column and text.
sources = [
    "f'''\n    {\n    (123_a)\n    }'''",
    "x = 1\nf'''{x\n  + 0x}'''",
    "f'''\n  {\n  f\"\"\"\n  {\n  (1_)\n  }\n  \"\"\"\n  }'''",
    "f'{123_a}'",
    "x = 1\nf'{123_a}'",
    "x = 1\ny = f'ab{0b2}'",
    "f'''{\n  f'{1_}'}'''",
    "x = 1\ny = f\"\"\"{\n  f\"{1_}\"}\"\"\"",
    "x = 1\nf'{x:{1_}}'",
]
for s in sources:
    try:
        compile(s, "<fstring>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
