package org.taipan.modules.tokenize;

import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code _tokenize} module (CPython 3.11's {@code Python/Python-tokenize.c}): one type,
 * {@code TokenizerIter(source)}, an iterator over the tokens Taipan's own tokenizer finds in a
 * str, as 7-tuples {@code (string, type, lineno, end_lineno, col_offset, end_col_offset, line)}
 * (see {@link TokenizerIter}). {@code tokenize._generate_tokens_from_c_tokenizer} is built on it.
 */
public final class TokenizeModule {
    private TokenizeModule() {}

    /**
     * A new {@code _tokenize} module for {@code interp}, whose warnings machinery receives the
     * tokenizer's SyntaxWarnings (a number run into a keyword: {@code 1if x else y}).
     */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_tokenize", true);
        m.set("TokenizerIter", iteratorType(interp));
        return m;
    }

    private static PyType iteratorType(Interpreter interp) {
        PyType t = PyType.builtinFinal("_tokenize.TokenizerIter", PyType.OBJECT).markFromSpec();
        t.tp_new = (type, a, k) -> {
            PyObject[] b = MethodArgs.bind("tokenizeriter", a, k, 0, "source");
            PyObject source = MethodArgs.required("tokenizeriter", b, 0, "source");
            if (!(source instanceof PyStr s)) {
                throw Errors.typeError("tokenizeriter() argument 'source' must be str, not %s", Errors.argTypeName(source));
            }
            String text = s.toString();
            // the C tokenizer reads UTF-8 bytes: a lone surrogate or a NUL cannot reach it
            Codecs.requireCString(text);
            return new TokenizerIter(type, text, interp.warningSink());
        };
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((TokenizerIter) o).next();
        t.ready();
        return t;
    }
}
