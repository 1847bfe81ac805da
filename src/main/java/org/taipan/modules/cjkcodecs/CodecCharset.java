package org.taipan.modules.cjkcodecs;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.util.function.Function;

/**
 * A charset of one of the CJK codecs the JDK lacks or has otherwise than CPython: its decoder
 * and encoder come from the two factories it is given; it contains itself and ASCII only.
 */
abstract class CodecCharset extends Charset {
    private final Function<Charset, CharsetDecoder> decoders;
    private final Function<Charset, CharsetEncoder> encoders;

    CodecCharset(String name, Function<Charset, CharsetDecoder> decoders, Function<Charset, CharsetEncoder> encoders) {
        super(name, null);
        this.decoders = decoders;
        this.encoders = encoders;
    }

    @Override
    public final boolean contains(Charset cs) {
        return cs.getClass() == getClass() || cs.name().equals("US-ASCII");
    }

    @Override
    public final CharsetDecoder newDecoder() {
        return decoders.apply(this);
    }

    @Override
    public final CharsetEncoder newEncoder() {
        return encoders.apply(this);
    }
}
