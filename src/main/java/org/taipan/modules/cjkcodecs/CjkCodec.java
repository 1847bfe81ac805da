package org.taipan.modules.cjkcodecs;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * One codec of CPython's {@code Modules/cjkcodecs} (its {@code MultibyteCodec} record): the
 * Python name, which error messages show, and the JDK charset that does the mapping.
 *
 * @param name the codec's Python name ({@code "gbk"}), as {@code UnicodeError.encoding} shows it
 * @param charset the JDK charset behind it
 * @param noPrivateUse whether characters of the Private Use Area (U+E000..U+F8FF) are refused
 *     both ways: the JDK maps the user-defined byte ranges of GBK, Big5, CP949 and CP950 there,
 *     where CPython's codecs have no mapping and report "illegal multibyte sequence"
 * @param exactErrors whether the charset reports CPython's own error lengths (the framings
 *     written here, HZ and ISO-2022-KR); the JDK's report their own, so for them an illegal
 *     sequence is taken to be its first byte, as most of CPython's decoders have it
 */
record CjkCodec(String name, Charset charset, boolean noPrivateUse, boolean exactErrors) {

    /** A JDK decoder that reports every malformed or unmappable sequence, for the caller's error handler. */
    CharsetDecoder newDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A JDK encoder that reports every character it cannot encode. */
    CharsetEncoder newEncoder() {
        return charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether {@code c} (a UTF-16 unit) is one this codec refuses although the JDK maps it. */
    boolean refused(char c) {
        return noPrivateUse && c >= '\uE000' && c <= '\uF8FF';
    }
}
