package org.taipan.parse;

/** Turns the bytes of a source file into text (PEP 263 coding cookies, UTF-8 BOM). (Stub.) */
public final class SourceDecoder {
    private SourceDecoder() {}

    /**
     * Decodes a source file's bytes as CPython's tokenizer does.
     *
     * @throws SyntaxErrorException for an unknown encoding or undecodable bytes, with CPython's message
     */
    public static String decode(byte[] data, String filename) {
        return new String(data, java.nio.charset.StandardCharsets.UTF_8);
    }
}
