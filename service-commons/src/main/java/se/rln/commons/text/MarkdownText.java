package se.rln.commons.text;

/**
 * User text placed in a Markdown document as text only: it can never open a heading, list,
 * link, image, table cell, code block or HTML element, whatever it contains. ASCII
 * punctuation is backslash-escaped (CommonMark's escapes), {@code & < >} become entities, and
 * line breaks cannot start a new block.
 */
public final class MarkdownText {

    private static final String ESCAPED = "\\`*_{}[]()#+-.!|~:";

    private MarkdownText() {
    }

    /** One line of text: every run of whitespace (line breaks included) becomes one space. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        String plain = PlainText.strip(text).strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (ESCAPED.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Paragraphs (separated by blank lines in the text), each as {@link #inline}. */
    public static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(inline(paragraph));
            }
        }
        return out.toString();
    }
}
