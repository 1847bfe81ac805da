package org.taipan.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-interpreter codec registry of CPython's {@code Python/codecs.c}: the search
 * functions ({@code codecs.register}), the cache of {@code CodecInfo} objects by normalized
 * name, and the error handlers registered by name ({@code codecs.register_error}). The first
 * lookup imports {@code encodings}, whose search function finds the codecs written in Python.
 * The Java codecs ({@link Codecs}) come first for {@code str.encode}/{@code bytes.decode}; the
 * registry serves the names they do not know and the {@code _codecs} module.
 */
public final class CodecRegistry {
    private final List<PyObject> searchFunctions = new ArrayList<>();
    private final PyDict cache = new PyDict();
    private final Map<String, PyObject> errorHandlers = new HashMap<>();
    private boolean encodingsImported;

    /** The registry of the interpreter running on this thread. */
    public static CodecRegistry current() {
        return ThreadState.current().interpreter.moduleState(CodecRegistry.class, CodecRegistry::new);
    }

    /** {@code codecs.register(search_function)}. */
    public void register(PyObject search) {
        if (search.type().tp_call == null) {
            throw Errors.typeError("argument must be callable");
        }
        searchFunctions.add(search);
    }

    /** {@code codecs.unregister(search_function)}: also empties the cache, as CPython does. */
    public void unregister(PyObject search) {
        for (int i = 0; i < searchFunctions.size(); i++) {
            if (searchFunctions.get(i) == search) {
                searchFunctions.remove(i);
                cache.clear();
                return;
            }
        }
    }

    /**
     * CPython 3.11's {@code normalizestring} ({@code _Py_normalize_encoding}): ASCII letters
     * lowered, ASCII digits and dots kept, and each run of other characters (non-ASCII ones
     * included) one underscore between kept ones, none at either end.
     */
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.';
            if (!kept) {
                punct = true;
                continue;
            }
            if (punct && !sb.isEmpty()) {
                sb.append('_');
            }
            punct = false;
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    /**
     * {@code codecs.lookup(encoding)}: the CodecInfo (or 4-tuple) a search function returns.
     *
     * @throws PyException LookupError "unknown encoding: x"; TypeError "codec search functions must return 4-tuples"
     */
    public PyObject lookup(String encoding) {
        // the name is a C string to CPython: a lone surrogate is the UTF-8 codec's error
        Codecs.requireCString(encoding);
        PyStr key = PyStr.of(normalize(encoding));
        PyObject hit = cache.getItem(key);
        if (hit != null) {
            return hit;
        }
        ensureEncodings();
        for (PyObject f : new ArrayList<>(searchFunctions)) {
            PyObject r = Callables.call(f, key);
            if (r == PyNone.NONE) {
                continue;
            }
            if (!(r instanceof PyTuple t) || t.size() != 4) {
                throw Errors.typeError("codec search functions must return 4-tuples");
            }
            cache.setItem(key, r);
            return r;
        }
        throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
    }

    /** {@code _codecs._forget_codec(encoding)}. */
    public void forget(String encoding) {
        cache.pop(PyStr.of(normalize(encoding)));
    }

    private void ensureEncodings() {
        if (!encodingsImported) {
            encodingsImported = true;
            try {
                // the importer's first search for encodings leaves out the script's directory
                // (Importer.pathFinderEntries), as CPython imported it before that entry existed
                ThreadState.current().interpreter.importModule("encodings", null, null, 0);
            } catch (PyException e) {
                encodingsImported = false;
                throw e;
            }
        }
    }

    /** {@code codecs.register_error(name, handler)}. */
    public void registerError(String name, PyObject handler) {
        if (handler.type().tp_call == null) {
            throw Errors.typeError("handler must be callable");
        }
        errorHandlers.put(name, handler);
    }

    /** The handler registered under {@code name} by the program, or null (the standard ones are not here). */
    public PyObject errorHandler(String name) {
        return errorHandlers.get(name);
    }

    /** The registry of the current thread's interpreter, or null off an interpreter thread. */
    static CodecRegistry currentOrNull() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? null : ts.interpreter.moduleState(CodecRegistry.class, CodecRegistry::new);
    }

    /** Whether the CodecInfo says it is a text encoding ({@code _is_text_encoding}, default true). */
    static boolean isTextEncoding(PyObject info) {
        PyObject v = Abstract.lookupAttr(info, PyStr.of("_is_text_encoding"));
        return v == null || Abstract.isTrue(v);
    }

    /**
     * {@code str.encode(encoding)} for a name the Java codecs do not know: the registry's
     * encoder, refusing codecs that are not text encodings and results that are not bytes.
     */
    PyBytes encodeText(PyStr s, String encoding, String errors) {
        PyObject info = lookup(encoding);
        if (!isTextEncoding(info)) {
            throw Errors.of(ExceptionTypes.LookupError, "'" + encoding
                    + "' is not a text encoding; use codecs.encode() to handle arbitrary codecs");
        }
        PyObject r = callCodec(((PyTuple) info).get(0), s, errors, "encoder", encoding);
        if (!(r instanceof PyBytes b)) {
            if (r instanceof PyByteArray ba) {
                return PyBytes.of(ba.toBytes());
            }
            throw Errors.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode "
                    + "to arbitrary types", encoding, r.type().name());
        }
        return b;
    }

    /** {@code bytes.decode(encoding)} for a name the Java codecs do not know. */
    PyStr decodeText(byte[] data, String encoding, String errors) {
        PyObject info = lookup(encoding);
        if (!isTextEncoding(info)) {
            throw Errors.of(ExceptionTypes.LookupError, "'" + encoding
                    + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        }
        PyObject r = callCodec(((PyTuple) info).get(1), PyBytes.of(data), errors, "decoder", encoding);
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode "
                    + "to arbitrary types", encoding, r.type().name());
        }
        return s;
    }

    /**
     * Calls an encoder or decoder and takes the object out of its (object, length) result, as
     * CPython's {@code _PyCodec_EncodeInternal}/{@code _PyCodec_DecodeInternal}: an exception from
     * the codec itself is wrapped ({@link #wrapCodecError}) naming {@code encoding}; {@code what}
     * ("encoder" or "decoder") names the operation.
     */
    public static PyObject callCodec(PyObject codec, PyObject input, String errors, String what, String encoding) {
        PyObject r;
        try {
            r = errors == null ? Callables.call(codec, input) : Callables.call(codec, input, PyStr.of(errors));
        } catch (PyException e) {
            throw wrapCodecError(e, what.equals("encoder") ? "encoding" : "decoding", encoding);
        }
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError("%s must return a tuple (object, integer)", what);
        }
        return t.get(0);
    }

    /**
     * CPython's {@code wrap_codec_error} ({@code _PyErr_TrySetFromCause}): an exception raised by
     * a codec becomes a new one of the same type, "encoding with 'x' codec failed (Type: message)",
     * caused by the original. Only exceptions that a single message fully describes are wrapped:
     * an exception type with BaseException's layout, {@code __init__} and {@code __new__} (so it
     * can be made again from a message) and no {@code __slots__} members, whose args are empty or
     * one exact str and whose instance dict is empty. Any other exception is returned unchanged.
     */
    public static PyException wrapCodecError(PyException e, String operation, String encoding) {
        PyBaseException v = e.value;
        PyType t = v.type();
        if (ExceptionLayout.of(t) != ExceptionLayout.BASE || t.memberCount() != 0) {
            return e;
        }
        for (PyType c : t.mro()) {
            // A builtin class with BaseException's layout keeps BaseException's constructors.
            if (c.isHeapType() && (c.dict().getItem(PyStr.of("__init__")) != null
                    || c.dict().getItem(PyStr.of("__new__")) != null)) {
                return e;
            }
        }
        PyTuple args = v.args();
        if (args.size() > 1 || args.size() == 1 && args.get(0).type() != PyStr.TYPE) {
            return e;
        }
        PyDict d = v.dictIfMade();
        if (d != null && d.size() != 0) {
            return e;
        }
        String message = operation + " with '" + encoding + "' codec failed (" + t.name() + ": " + Abstract.str(v)
                + ")";
        PyObject w = Callables.call(t, PyStr.of(message));
        if (!(w instanceof PyBaseException wrapped)) {
            return e;
        }
        wrapped.cause = v;
        wrapped.suppressContext = true;
        return new PyException(wrapped);
    }
}
