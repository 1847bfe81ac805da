package org.taipan.modules.cjkcodecs;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which Python codec each {@code _codecs_XX} module offers and the JDK charset doing its
 * mapping. The framings the JDK lacks are written here over its mappings: hz over GB2312,
 * ISO-2022-KR over EUC-KR, EUC-KR's make-up sequences for the Hangul outside KS X 1001, EUC-JIS-2004 over Shift_JIS-2004, and CPython's ISO-2022-JP
 * framing over EUC-JP, Shift_JIS-2004, JIS_X0201, EUC-KR and GB2312.
 */
final class CjkCodecTable {
    private CjkCodecTable() {}

    /** HZ is framing around GB2312 that the JDK lacks: {@link HzCharset} supplies it. */
    private static final String HZ = "HZ";
    /** CPython's ISO-2022-KR framing differs from the JDK's: {@link Iso2022KrCharset} supplies it. */
    private static final String ISO2022_KR = "x-taipan-ISO-2022-KR";
    /** EUC-KR with KS X 1001:1998's make-up sequences, which the JDK's lacks: {@link EucKrCharset}. */
    private static final String EUC_KR = "x-taipan-EUC-KR";
    /** The ISO-2022-JP variants the JDK lacks: {@link Iso2022JpCharset}. */
    private static final String ISO2022_JP = "x-taipan-ISO-2022-JP";
    /** EUC-JIS-2004 is the JDK's Shift_JIS-2004 re-framed: {@link EucJis2004Charset}. */
    private static final String EUC_JIS_2004 = "x-taipan-EUC-JIS-2004";

    /** Module suffix ({@code "cn"}) to its codecs' Python names and JDK charset names, in CPython's order. */
    private static final Map<String, String[][]> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("cn", new String[][] {{"gb2312", "GB2312"}, {"gbk", "GBK"}, {"gb18030", "GB18030"}, {"hz", HZ}});
        MODULES.put("jp", new String[][] {{"shift_jis", "Shift_JIS"}, {"cp932", "windows-31j"},
            {"euc_jp", "EUC-JP"}, {"shift_jis_2004", "x-SJIS_0213"}, {"shift_jisx0213", "x-SJIS_0213"},
            {"euc_jis_2004", EUC_JIS_2004}, {"euc_jisx0213", EUC_JIS_2004}});
        MODULES.put("kr", new String[][] {{"euc_kr", EUC_KR}, {"cp949", "x-windows-949"}, {"johab", "x-Johab"}});
        MODULES.put("tw", new String[][] {{"big5", "Big5"}, {"cp950", "x-windows-950"}});
        MODULES.put("hk", new String[][] {{"big5hkscs", "Big5-HKSCS"}});
        MODULES.put("iso2022", new String[][] {{"iso2022_jp", ISO2022_JP}, {"iso2022_jp_2", ISO2022_JP},
            {"iso2022_kr", ISO2022_KR},
            {"iso2022_jp_1", ISO2022_JP}, {"iso2022_jp_3", ISO2022_JP}, {"iso2022_jp_2004", ISO2022_JP},
            {"iso2022_jp_ext", ISO2022_JP}});
    }

    /** The module suffixes ({@code "cn"}, {@code "jp"}, ...), one per {@code _codecs_XX} module. */
    static Iterable<String> modules() {
        return MODULES.keySet();
    }

    /**
     * The codec {@code name} of module {@code _codecs_<module>}, or null when the module has no
     * such codec or this JDK lacks its charset.
     */
    static CjkCodec find(String module, String name) {
        for (String[] c : MODULES.get(module)) {
            if (c[0].equals(name) && c[1].equals(HZ)) {
                return new CjkCodec(name, new HzCharset(), false, true);
            }
            if (c[0].equals(name) && c[1].equals(EUC_JIS_2004)) {
                return new CjkCodec(name, new EucJis2004Charset(), false, false);
            }
            if (c[0].equals(name) && c[1].equals(EUC_KR)) {
                return new CjkCodec(name, new EucKrCharset(), false, false);
            }
            if (c[0].equals(name) && c[1].equals(ISO2022_JP)) {
                return new CjkCodec(name, new Iso2022JpCharset(name), false, true);
            }
            if (c[0].equals(name) && c[1].equals(ISO2022_KR)) {
                return new CjkCodec(name, new Iso2022KrCharset(), false, true);
            }
            if (c[0].equals(name) && Charset.isSupported(c[1])) {
                // the user-defined areas the JDK maps to the Private Use Area and CPython does not
                boolean noPua = switch (name) {
                    case "gbk", "big5", "cp950", "cp949", "big5hkscs" -> true;
                    default -> false;
                };
                return new CjkCodec(name, Charset.forName(c[1]), noPua, false);
            }
        }
        return null;
    }
}
