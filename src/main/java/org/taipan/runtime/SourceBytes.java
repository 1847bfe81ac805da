package org.taipan.runtime;

import org.taipan.parse.SourceDecoder;
import org.taipan.parse.SyntaxErrorException;

/**
 * Source bytes given to {@code compile()}, {@code exec()} or {@code eval()}, or read by an import
 * (importlib compiles a module's bytes), decoded as CPython's string tokenizer does
 * ({@code decode_str}): {@link SourceDecoder#decodeString}, whose JDK charsets cover the common
 * encodings; a declared encoding they do not know or cannot decode is then decoded by the codec
 * registry, as CPython decodes it, so an encoding only Python has works, and a failure is
 * CPython's SyntaxError: the codec's own message ("'rot13' is not a text encoding; ...",
 * "'ascii' codec can't decode byte 0xc3 in position 18: ...") at {@code (filename, 0, -1, None)}.
 */
public final class SourceBytes {
    private SourceBytes() {}

    /**
     * The text of {@code data}.
     *
     * @throws PyException SyntaxError as {@link SourceDecoder#decodeString} raises it, or with the
     *     codec's message when the declared encoding is unknown or cannot decode the bytes
     */
    public static String decode(byte[] data, String filename) {
        String encoding = SourceDecoder.declaredEncoding(data);
        if (encoding == null || encoding.equals("utf-8")) {
            try {
                return SourceDecoder.decodeString(data, filename);
            } catch (SyntaxErrorException e) {
                throw SyntaxErrors.toPython(e);
            }
        }
        // Python's codec, not the JDK charset of the same name: their tables differ (cp1006, cp949,
        // euc_kr's jamo sequences), and their names (cp-1252 is no Python codec)
        String text;
        try {
            text = Codecs.decode(data, encoding, "strict").toString();
        } catch (PyException pe) {
            if (!pe.value.type().isSubtypeOf(ExceptionTypes.Exception)) {
                throw pe;
            }
            throw SyntaxErrors.toPython(SyntaxErrorException.syntax(Abstract.str(pe.value).toString(),
                    filename, 0, -1, SyntaxErrorException.NO_END, SyntaxErrorException.NO_END, null));
        }
        try {
            SourceDecoder.checkNullBytes(data, filename);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
        return text;
    }
}
