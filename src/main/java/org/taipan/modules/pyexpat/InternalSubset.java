package org.taipan.modules.pyexpat;

/**
 * Finds the text of a document's internal DTD subset: what lies between the {@code [} of its
 * {@code <!DOCTYPE} and the {@code ]} that closes it, skipping quoted literals, comments and
 * processing instructions (any of which may hold a {@code ]}).
 */
final class InternalSubset {
    private InternalSubset() {}

    /**
     * Whether {@code subset} (from {@link #of}) refers to a parameter entity ({@code %name;})
     * between its declarations, outside literals, comments and processing instructions.
     */
    static boolean hasParameterEntityReference(String subset) {
        boolean inMarkup = false;
        char quote = 0;
        for (int i = 0; i < subset.length(); i++) {
            char c = subset.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (subset.startsWith("<!--", i)) {
                int end = subset.indexOf("-->", i + 4);
                i = end < 0 ? subset.length() : end + 2;
            } else if (subset.startsWith("<?", i)) {
                int end = subset.indexOf("?>", i + 2);
                i = end < 0 ? subset.length() : end + 1;
            } else if (inMarkup && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == '<') {
                inMarkup = true;
            } else if (c == '>') {
                inMarkup = false;
            } else if (c == '%' && !inMarkup && i + 1 < subset.length()
                    && (Character.isLetter(subset.charAt(i + 1)) || subset.charAt(i + 1) == '_')) {
                return true;
            }
        }
        return false;
    }

    /** The internal subset of {@code document}, or null when its DOCTYPE has none (or there is no DOCTYPE). */
    static String of(String document) {
        int d = document.indexOf("<!DOCTYPE");
        if (d < 0) {
            return null;
        }
        int i = d + "<!DOCTYPE".length();
        // the DOCTYPE's name and external id, up to '[' (or '>': no subset)
        char quote = 0;
        for (; i < document.length(); i++) {
            char c = document.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return null;
            } else if (c == '[') {
                break;
            }
        }
        int start = ++i;
        boolean inMarkup = false;
        quote = 0;
        while (i < document.length()) {
            if (quote != 0) {
                if (document.charAt(i) == quote) {
                    quote = 0;
                }
                i++;
            } else if (document.startsWith("<!--", i)) {
                int end = document.indexOf("-->", i + 4);
                i = end < 0 ? document.length() : end + 3;
            } else if (document.startsWith("<?", i)) {
                int end = document.indexOf("?>", i + 2);
                i = end < 0 ? document.length() : end + 2;
            } else {
                char c = document.charAt(i);
                if (inMarkup && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == '<') {
                    inMarkup = true;
                } else if (c == '>') {
                    inMarkup = false;
                } else if (c == ']' && !inMarkup) {
                    return document.substring(start, i);
                }
                i++;
            }
        }
        return null;
    }
}
