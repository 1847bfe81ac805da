package org.taipan.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a Python text stream writes (UTF-8) decoded onto a {@link Writer}: what lets
 * {@code sys.stdout} print to a host's {@code Writer} (a {@code StringWriter}, a JSR-223
 * context's writer). A character split across two writes is completed by the next one; malformed
 * input (only possible from {@code sys.stdout.buffer} writes) becomes U+FFFD. Not thread-safe;
 * the interpreter writes under its GIL.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    /** Decodes what is pending onto the writer, keeping an incomplete trailing character. */
    private void drain(boolean endOfInput) throws IOException {
        pending.flip();
        while (true) {
            CoderResult r = decoder.decode(pending, chars, endOfInput);
            chars.flip();
            out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
            chars.clear();
            if (!r.isOverflow()) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public void flush() throws IOException {
        drain(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain(true);
        out.flush();
    }
}
