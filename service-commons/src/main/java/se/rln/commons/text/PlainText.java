package se.rln.commons.text;

/**
 * Text as people type it: anything but characters no XML (and so no SVG picture, feed or
 * report) may contain: C0 control characters other than tab, line feed and carriage return,
 * unpaired surrogates, U+FFFE and U+FFFF.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The index of the first character text may not hold, or -1. */
    public static int firstIllegal(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static String problem(CharSequence text) {
        int at = firstIllegal(text);
        if (at < 0) {
            return null;
        }
        return String.format("contains U+%04X at position %d, a control or non-character that text may not hold",
                (int) text.charAt(at), at);
    }

    /** The text without the characters no XML may carry (for text stored before they were refused). */
    public static String strip(String text) {
        if (text == null || firstIllegal(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (firstIllegal(String.valueOf(c)) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
