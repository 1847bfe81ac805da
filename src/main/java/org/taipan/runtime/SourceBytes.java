package org.taipan.runtime;

import org.taipan.parse.SourceDecoder;
import org.taipan.parse.SyntaxErrorException;

/**
 * Source bytes given to {@code compile()}, {@code exec()} or {@code eval()}, or read by an import
 * (importlib compiles a module's bytes), decoded as CPython's string tokenizer does
 * ({@code decode_str}): UTF-8 by {@link SourceDecoder#decodeString}; a declared encoding by the
 * codec registry, as CPython decodes it (not by the JDK charset of that name: their tables
 * differ, cp1006, cp949, euc_kr's jamo, and so do their names, cp-1252 is no Python codec), so an
 * encoding only Python has works, and a failure is CPython's SyntaxError: the codec's own message
 * ("'rot13' is not a text encoding; ...", "'ascii' codec can't decode byte 0xc3 in position 18:
 * ...") at {@code (filename, 0, -1, None)}.
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
        try {
            if (encoding == null || encoding.equals("utf-8")) {
                return SourceDecoder.decodeString(data, filename);
            }
            String text = declared(data, encoding, filename);
            SourceDecoder.checkNullBytes(data, filename);
            return text;
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** {@code data} decoded by the codec registry's {@code encoding}; its failure as a located SyntaxError. */
    private static String declared(byte[] data, String encoding, String filename) {
        try {
            return Codecs.decode(data, encoding, "strict").toString();
        } catch (PyException pe) {
            if (!pe.value.type().isSubtypeOf(ExceptionTypes.Exception)) {
                throw pe;
            }
            throw SyntaxErrorException.syntax(Abstract.str(pe.value).toString(), filename, 0, -1,
                    SyntaxErrorException.NO_END, SyntaxErrorException.NO_END, null);
        }
    }
}
