# dis, modulefinder and frame offsets read Taipan's code as CPython 3.11's: co_code in 3.11's
# layout, offsets that agree with co_positions, co_lines and the exception table.
import dis
import modulefinder
import sys
import types


def sample(n, seq):
    import os.path
    from json import decoder as d
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 2:
            total += len(seq) + i
        elif i is None:
            continue
    try:
        x = seq.missing
    except AttributeError as e:
        x = str(e)
    finally:
        total -= 1
    return [j * 2 for j in seq if j], {k: v for k, v in enumerate(seq)}, x, os.path.join, d


def names_used(f, ops):
    return sorted({i.argval for i in dis.get_instructions(f) if i.opname in ops})


print(names_used(sample, ('IMPORT_NAME', 'IMPORT_FROM')))
print(names_used(sample, ('LOAD_GLOBAL',)))
print(names_used(sample, ('LOAD_ATTR', 'LOAD_METHOD')))
print(names_used(sample, ('STORE_FAST',)))

instrs = list(dis.get_instructions(sample))
offsets = {i.offset for i in instrs}
code = sample.__code__
print('jumps land on instructions', all(i.argval in offsets for i in instrs if i.opcode in dis.hasjrel))
print('positions per code unit', len(list(code.co_positions())) == len(code.co_code) // 2)
print('lines cover the code', list(code.co_lines())[0][0] == 0 and list(code.co_lines())[-1][1] == len(code.co_code))
table = dis._parse_exception_table(code)
print('handlers are instructions', len(table) > 0 and all(e.target in offsets and e.start in offsets for e in table))
print('starts_line', sorted({i.starts_line for i in instrs if i.starts_line}) ==
      sorted({l for _, _, l in code.co_lines() if l is not None}))
print('adaptive view has the same length', len(code._co_code_adaptive) == len(code.co_code))
print([i.opname for i in dis.get_instructions(lambda: 0) if i.opname not in ('RESUME', 'NOP')])


# f_lasti: the caller's frame stands at its CALL
def callee():
    caller = sys._getframe(1)
    ops = {i.offset: i.opname for i in dis.get_instructions(caller.f_code)}
    # (CPython 3.11 leaves a calling frame's f_lasti on the CALL's last cache unit)
    return ops[max(o for o in ops if o <= caller.f_lasti)]


def caller():
    return callee()


print('caller at', caller())

# tb_lasti: the instruction that raised, with its positions
try:
    {}['k']
except KeyError as e:
    tb = e.__traceback__
    ops = {i.offset: i.opname for i in dis.get_instructions(tb.tb_frame.f_code)}
    position = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
    print('raised at', ops[tb.tb_lasti], position[0] == tb.tb_lineno)
    rebuilt = types.TracebackType(None, tb.tb_frame, tb.tb_lasti, tb.tb_lineno)
    print('rebuilt tb_lasti', rebuilt.tb_lasti == tb.tb_lasti)

# modulefinder scans co_code for imports
co = compile('import os\nfrom json import decoder\nimport email.message as m\nx = 1\n', 'm.py', 'exec')
print(list(modulefinder.ModuleFinder().scan_opcodes(co)))

# dis of a whole module and of a class run without error
import io
out = io.StringIO()
dis.dis(compile(open(dis.__file__, encoding='utf-8').read(), dis.__file__, 'exec'), file=out)
print('dis of dis.py', len(out.getvalue()) > 10000)
dis.dis(dis.Bytecode, file=out)
print(dis.Bytecode(sample).info().splitlines()[0])

# co_lnotab (deprecated): line advances from co_firstlineno reach every line co_lines names
def lnotab_lines(c):
    line, seen, t = c.co_firstlineno, {c.co_firstlineno}, c.co_lnotab
    for k in range(0, len(t), 2):
        line += t[k + 1] - 256 if t[k + 1] >= 128 else t[k + 1]
        seen.add(line)
    return seen


print('lnotab', {l for _, _, l in code.co_lines() if l is not None} <= lnotab_lines(code))
