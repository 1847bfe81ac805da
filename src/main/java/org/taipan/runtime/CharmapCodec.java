package org.taipan.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-byte "charmap" codecs of CPython's {@code encodings} package (the Windows code
 * pages, the DOS code pages, ISO 8859, KOI8, Mac Roman): each byte decodes to one character or
 * is undefined, and encoding is the inverse table, with CPython's
 * "'charmap' codec can't ... character maps to <undefined>" errors. The tables come from the
 * JDK's charset of the same name, used only where its decoding agrees with CPython's on all 256
 * bytes.
 */
final class CharmapCodec {
    private CharmapCodec() {}

    private static final String UNDEFINED = "character maps to <undefined>";

    /** CPython codec module name to JDK charset name. */
    private static final Map<String, String> CHARSETS = new HashMap<>();
    /** Alias (normalised) to CPython codec module name. */
    private static final Map<String, String> ALIASES = new HashMap<>();
    private static final Map<String, int[]> TABLES = new ConcurrentHashMap<>();
    /** Code point to byte, per codec: {@link #table} inverted once, not on every encode. */
    private static final Map<String, Map<Integer, Integer>> INVERSES = new ConcurrentHashMap<>();

    private static void codec(String name, String charset, String... aliases) {
        CHARSETS.put(name, charset);
        for (String a : aliases) {
            ALIASES.put(a, name);
        }
    }

    static {
        for (int cp = 1250; cp <= 1258; cp++) {
            codec("cp" + cp, "windows-" + cp, String.valueOf(cp), "windows_" + cp);
        }
        codec("cp874", "x-windows-874");
        codec("cp437", "IBM437", "437", "cspc8codepage437", "ibm437");
        codec("cp850", "IBM850", "850", "cspc850multilingual", "ibm850");
        codec("cp852", "IBM852", "852", "cspcp852", "ibm852");
        codec("cp861", "IBM861", "861", "cp_is", "csibm861", "ibm861");
        codec("cp862", "IBM862", "862", "cspc862latinhebrew", "ibm862");
        codec("cp869", "IBM869", "869", "cp_gr", "csibm869", "ibm869");
        codec("cp775", "IBM775", "775", "cspc775baltic", "ibm775");
        codec("cp737", "x-IBM737");
        for (int cp : new int[] {855, 857, 858, 860, 863, 864, 865, 866}) {
            codec("cp" + cp, "IBM" + (cp == 858 ? "00858" : String.valueOf(cp)), String.valueOf(cp), "csibm" + cp,
                    "ibm" + cp);
        }
        codec("iso8859_2", "ISO-8859-2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2");
        codec("iso8859_3", "ISO-8859-3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3");
        codec("iso8859_4", "ISO-8859-4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4");
        codec("iso8859_5", "ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988",
                "iso_ir_144");
        codec("iso8859_6", "ISO-8859-6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6",
                "iso_8859_6_1987", "iso_ir_127");
        codec("iso8859_7", "ISO-8859-7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7",
                "iso_8859_7_1987", "iso_ir_126");
        codec("iso8859_8", "ISO-8859-8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138");
        codec("iso8859_9", "ISO-8859-9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5");
        codec("iso8859_11", "x-iso-8859-11", "iso_8859_11", "iso_8859_11_2001", "thai");
        codec("iso8859_13", "ISO-8859-13", "iso_8859_13", "l7", "latin7");
        codec("iso8859_15", "ISO-8859-15", "iso_8859_15", "l9", "latin9");
        codec("iso8859_16", "ISO-8859-16", "iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10");
        codec("koi8_r", "KOI8-R", "cskoi8r");
        codec("koi8_u", "KOI8-U");
        codec("mac_roman", "x-MacRoman", "macintosh", "macroman");
        codec("mac_latin2", "x-MacCentralEurope", "mac_centeuro", "maccentraleurope", "maclatin2");
    }

    /** The codec module name for normalised name {@code norm}, or null. */
    static String resolve(String norm) {
        String name = ALIASES.getOrDefault(norm, norm);
        return CHARSETS.containsKey(name) && Charset.isSupported(CHARSETS.get(name)) ? name : null;
    }

    /** Byte to code point (-1 undefined), built once per codec from the JDK's decoder. */
    private static int[] table(String name) {
        return TABLES.computeIfAbsent(name, n -> {
            Charset cs = Charset.forName(CHARSETS.get(n));
            int[] t = new int[256];
            for (int b = 0; b < 256; b++) {
                try {
                    CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                    t[b] = cb.length() == 1 ? cb.charAt(0) : -1;
                } catch (CharacterCodingException e) {
                    t[b] = -1;
                }
            }
            return t;
        });
    }

    static PyStr decode(String name, byte[] data, String errors) {
        int[] t = table(name);
        CodePointBuffer out = new CodePointBuffer(data.length);
        int i = 0;
        while (i < data.length) {
            int c = t[data[i] & 0xff];
            if (c >= 0) {
                out.add(c);
                i++;
            } else {
                try {
                    i = CodecErrors.decode(errors, "charmap", data, i, i + 1, UNDEFINED, out);
                } catch (CodecErrors.InputReplaced r) {
                    data = r.data;
                    i = r.position;
                }
            }
        }
        return out.toStr();
    }

    static void encode(String name, PyStr s, String errors, ByteArrayOutputStream out) {
        Map<Integer, Integer> inverse = INVERSES.computeIfAbsent(name, n -> {
            int[] t = table(n);
            Map<Integer, Integer> m = new HashMap<>();
            // downwards, so that a code point two bytes decode to encodes as the lower byte
            for (int b = 255; b >= 0; b--) {
                if (t[b] >= 0) {
                    m.put(t[b], b);
                }
            }
            return Map.copyOf(m);
        });
        CharEncoder ce = new CharEncoder() {
            @Override
            public boolean canEncode(int c) {
                return inverse.containsKey(c);
            }

            @Override
            public void put(int c, ByteArrayOutputStream o) {
                o.write(inverse.get(c));
            }
        };
        CharEncoder.encode(ce, s, "charmap", UNDEFINED, true, errors, out);
    }
}
