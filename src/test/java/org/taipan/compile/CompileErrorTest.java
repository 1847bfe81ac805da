package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taipan.parse.SyntaxErrorException;

/**
 * Compile-time SyntaxErrors: message, line and 1-based offset as CPython 3.11 reports them
 * ({@code compile(src, '<test>', 'exec')}; whichever front-end stage raises them).
 */
class CompileErrorTest {
    static final String[][] ERRORS = {
        {"return 1\n", "'return' outside function|1|1"},
        {"break\n", "'break' outside loop|1|1"},
        {"if x:\n    continue\n", "'continue' not properly in loop|2|5"},
        {"yield 1\n", "'yield' outside function|1|1"},
        {"await x\n", "'await' outside function|1|1"},
        {"def f():\n    await x\n", "'await' outside async function|2|5"},
        {"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator|3|5"},
        {"async def f():\n    yield from x\n", "'yield from' inside async function|2|5"},
        {"def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function|2|12"},
        {"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last|3|1"},
        {"a, *b, *c = d\n", "multiple starred expressions in assignment|1|1"},
        {"*a = b\n", "starred assignment target must be in a list or tuple|1|1"},
        {"x = *a\n", "can't use starred expression here|1|5"},
        {"for x in y:\n    try:\n        pass\n    except* E:\n        break\n", "'break', 'continue' and 'return' cannot appear in an except* block|5|9"},
        {"def f():\n    try:\n        pass\n    except* E:\n        return\n", "'break', 'continue' and 'return' cannot appear in an except* block|5|9"},
        {"__debug__ = 1\n", "cannot assign to __debug__|1|1"},
        {"f(a=1, a=2)\n", "keyword argument repeated: a|1|8"},
        {"def f():\n    x = 1\n    async with a:\n        pass\n", "'async with' outside async function|3|5"},
        {"def f():\n    async for a in b:\n        pass\n", "'async for' outside async function|2|5"},
        {"import os\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file|2|1"},
        {"from __future__ import nope\n", "future feature nope is not defined|1|1"},
        {"class C:\n    return 1\n", "'return' outside function|2|5"},
        {"match x:\n    case a:\n        pass\n    case 1:\n        pass\n", "name capture 'a' makes remaining patterns unreachable|2|10"},
        {"match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "wildcard makes remaining patterns unreachable|2|10"},
        {"match x:\n    case [a, a]:\n        pass\n", "multiple assignments to name 'a' in pattern|2|14"},
        {"match x:\n    case [a] | [b]:\n        pass\n", "alternative patterns bind different names|2|17"},
        {"match x:\n    case C(a=1, a=2):\n        pass\n", "attribute name repeated in class pattern: a|2|19"},
        {"match x:\n    case [*a, *b]:\n        pass\n", "multiple starred names in sequence pattern|2|10"},
        {"match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "mapping pattern checks duplicate key ('a')|2|10"},
        {"match x:\n    case a | b:\n        pass\n", "name capture 'a' makes remaining patterns unreachable|2|10"},
        {"match x:\n    case (a as b) | c:\n        pass\n", "name capture 'a' makes remaining patterns unreachable|2|11"},
        {"match x:\n    case [a, (b as a)]:\n        pass\n", "multiple assignments to name 'a' in pattern|2|15"},
        {"f(__debug__=1)\n", "cannot assign to __debug__|1|1"},
        {"def f(__debug__): pass\n", "cannot assign to __debug__|1|1"},
        {"def f(*, __debug__=1): pass\n", "cannot assign to __debug__|1|1"},
        {"lambda __debug__: 1\n", "cannot assign to __debug__|1|1"},
        {"class C(__debug__=1): pass\n", "cannot assign to __debug__|1|1"},
        {"import __debug__\n", "cannot assign to __debug__|1|1"},
        {"from m import x as __debug__\n", "cannot assign to __debug__|1|1"},
        {"del __debug__\n", "cannot delete __debug__|1|5"},
        {"__debug__ += 1\n", "cannot assign to __debug__|1|1"},
        {"x.__debug__ = 1\n", "cannot assign to __debug__|1|1"},
        {"for __debug__ in x: pass\n", "cannot assign to __debug__|1|5"},
        {"with a as __debug__: pass\n", "cannot assign to __debug__|1|11"},
    };

    static List<Object[]> errors() {
        List<Object[]> out = new ArrayList<>();
        for (String[] c : ERRORS) {
            out.add(new Object[] {c[0], c[1]});
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("errors")
    void messageAndPosition(String source, String expected) {
        SyntaxErrorException e;
        try {
            org.taipan.ast.Mod mod = Src.parse(source, org.taipan.parse.Mode.EXEC);
            e = assertThrows(SyntaxErrorException.class,
                    () -> Compiler.compile(mod, "<test>", org.taipan.parse.Mode.EXEC, 0));
        } catch (SyntaxErrorException fromParser) {
            e = fromParser;
        }
        assertEquals(expected, e.msg + "|" + e.lineno + "|" + e.offset, source);
    }
}
