package org.taipan.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The JSR-223 engine's standard streams: {@code sys.stdout}, {@code sys.stderr} and
 * {@code sys.stdin} of its interpreter go to the writer, error writer and reader of the
 * {@code ScriptContext} in effect, looked up at each write or read (a context's writer may be
 * replaced between evaluations, and each evaluation may have its own context).
 */
final class ContextStreams {
    private ContextStreams() {}

    /** Bytes written (UTF-8) decoded onto whatever writer {@code writer} currently gives. */
    static final class Output extends OutputStream {
        private final Supplier<Writer> writer;
        private Writer lastWriter;
        private WriterOutputStream last;

        Output(Supplier<Writer> writer) {
            this.writer = writer;
        }

        private WriterOutputStream target() throws IOException {
            Writer w = writer.get();
            if (w != lastWriter) {
                if (last != null) {
                    last.flush();
                }
                lastWriter = w;
                last = w == null ? null : new WriterOutputStream(w);
            }
            return last;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            WriterOutputStream t = target();
            if (t != null) {
                t.write(b, off, len);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            WriterOutputStream t = target();
            if (t != null) {
                t.flush();
            }
        }
    }

    /** The characters of whatever reader {@code reader} currently gives, encoded as UTF-8. */
    static final class Input extends InputStream {
        private final Supplier<Reader> reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(4096);
        private final ByteBuffer bytes = ByteBuffer.allocate(16384).flip();
        private boolean eof;

        Input(Supplier<Reader> reader) {
            this.reader = reader;
        }

        @Override
        public synchronized int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (eof) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        /** Reads what the reader has ready (at least one character, or end of input) and encodes it. */
        private void fill() throws IOException {
            Reader r = reader.get();
            int n = r == null ? -1 : r.read(chars);
            bytes.clear();
            chars.flip();
            CoderResult res = encoder.encode(chars, bytes, n < 0);
            if (n < 0) {
                eof = true;
                encoder.flush(bytes);
            }
            if (res.isError()) {
                chars.clear();
            } else {
                chars.compact();
            }
            bytes.flip();
        }
    }
}
