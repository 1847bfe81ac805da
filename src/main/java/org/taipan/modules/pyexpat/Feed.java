package org.taipan.modules.pyexpat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.xml.parsers.SAXParser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Incremental parsing ({@code Parse(data, isfinal=False)}, what XMLPullParser and iterparse
 * rely on) with the JDK's parser, which pulls its input: it runs on a thread of its own, reading
 * the chunks {@link #feed} hands it, and each time it has used up what it was given it hands back
 * the events found so far ({@link Batch}) and waits for more. The exchange is strictly in turn, so
 * the Python thread sees exactly the events of the data fed so far, in order, and runs their
 * handlers itself. A feed dropped unfinished is cancelled by the collector ({@link #cancel}).
 */
final class Feed {
    /** What the parser thread hands back: the events, and why it stopped. */
    record Batch(List<SaxEvents.Event> events, boolean needsInput, SAXParseException error) {}

    private static final byte[] END = new byte[0];
    private static final byte[] CANCEL = new byte[0];
    private static final java.lang.ref.Cleaner DROPPED = java.lang.ref.Cleaner.create();

    private final BlockingQueue<byte[]> input = new LinkedBlockingQueue<>();
    private final BlockingQueue<Batch> output = new LinkedBlockingQueue<>();
    private List<SaxEvents.Event> events = new ArrayList<>();
    private boolean started;

    /**
     * @param owner  the object whose collection cancels the feed
     * @param parser the JDK parser, configured
     * @param encoding the encoding to read the bytes in, or null to detect it
     */
    Feed(Object owner, SAXParser parser, String encoding) {
        BlockingQueue<byte[]> in = input;
        DROPPED.register(owner, () -> in.offer(CANCEL));
        this.parser = parser;
        this.encoding = encoding;
    }

    private final SAXParser parser;
    private final String encoding;

    /**
     * Hands {@code data} (and the end of input when {@code last}) to the parser thread and returns
     * the batches it produces until it needs more input or has finished; the last batch says which.
     */
    List<Batch> feed(byte[] data, boolean last) {
        input.add(data);
        if (last) {
            input.add(END);
        }
        if (!started) {
            started = true;
            // a virtual thread: cheap to start for each parser (ElementTree.fromstring feeds one piece, then closes)
            Thread.ofVirtual().name("pyexpat feed").start(this::parse);
        }
        List<Batch> r = new ArrayList<>();
        while (true) {
            Batch b;
            try {
                b = output.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new IllegalStateException("interrupted while parsing XML", e);
            }
            r.add(b);
            if (!b.needsInput() || !last) {
                return r;
            }
        }
    }

    /** Stops the parser thread at its next read. */
    void cancel() {
        input.offer(CANCEL);
    }

    private void parse() {
        SaxEvents handler = new SaxEvents(e -> events.add(e));
        SAXParseException error = null;
        boolean clean = false;
        try {
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
            InputSource source = new InputSource(new Chunks());
            if (encoding != null) {
                source.setEncoding(encoding);
            }
            parser.parse(source, handler);
            clean = true;
        } catch (SAXParseException e) {
            error = e;
        } catch (Exception e) {
            // cancelled, or the parser failed otherwise: nobody waits for this thread any more
            if (!(e instanceof Cancelled)) {
                error = new SAXParseException(String.valueOf(e.getMessage()), null);
            }
        }
        if (clean) {
            // a parser stopped by an error can keep state of it (entity notifications stop): not reused
            XmlParser.release(parser);
        }
        output.add(new Batch(events, false, error));
    }

    private static final class Cancelled extends IOException {
        Cancelled() {
            super("XML feed cancelled");
        }
    }

    /** The chunks as one stream; running dry hands the events over and waits for the next chunk. */
    private final class Chunks extends InputStream {
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean ended;

        private boolean fill() throws IOException {
            while (pos >= chunk.length) {
                if (ended) {
                    return false;
                }
                byte[] next = input.poll();
                if (next == null) {
                    output.add(new Batch(events, true, null));
                    events = new ArrayList<>();
                    try {
                        next = input.take();
                    } catch (InterruptedException e) {
                        throw new Cancelled();
                    }
                }
                if (next == CANCEL) {
                    throw new Cancelled();
                }
                if (next == END) {
                    ended = true;
                    return false;
                }
                chunk = next;
                pos = 0;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? chunk[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
