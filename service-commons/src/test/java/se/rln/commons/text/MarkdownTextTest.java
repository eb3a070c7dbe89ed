package se.rln.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void structureAndHtmlBecomeText() {
        assertEquals("\\# Rubrik", MarkdownText.inline("# Rubrik"));
        assertEquals("&lt;img src=x onerror=alert\\(1\\)&gt;", MarkdownText.inline("<img src=x onerror=alert(1)>"));
        assertEquals("\\[länk\\]\\(https\\://evil\\.example\\)", MarkdownText.inline("[länk](https://evil.example)"));
        assertEquals("a \\| b", MarkdownText.inline("a | b"));
        assertEquals("\\* lista \\- punkt", MarkdownText.inline("* lista\n- punkt"));
        assertEquals("1\\. först", MarkdownText.inline("1. först"));
        assertEquals("\\`kod\\` och \\_betoning\\_ \\\\&amp;", MarkdownText.inline("`kod` och _betoning_ \\&"));
    }

    @Test
    void swedishTextIsLeftAlone() {
        assertEquals("Hur leder vi socialtjänsten i Skåne år 2035?", MarkdownText.inline("Hur leder vi socialtjänsten i Skåne år 2035?"));
        assertEquals("Åsa Öberg, Ängelholm", MarkdownText.inline("  Åsa Öberg,\tÄngelholm \n"));
        assertEquals("", MarkdownText.inline(null));
    }

    @Test
    void paragraphsStayParagraphsButNoBlockCanOpen() {
        assertEquals("Första stycket\\.\n\nAndra &gt; stycket", MarkdownText.paragraphs("Första stycket.\n\n\n   Andra > stycket"));
        assertEquals("\\#\\# inte en rubrik", MarkdownText.paragraphs("\n\n## inte en rubrik\n"));
    }
}
