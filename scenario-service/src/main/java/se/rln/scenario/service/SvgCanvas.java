package se.rln.scenario.service;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.rln.commons.text.PlainText;

/**
 * A small SVG writer over the JDK's StAX writer, which escapes every text and attribute, so
 * whatever people typed (å, ä, ö, &lt;, &amp;) ends up as well-formed XML.
 */
final class SvgCanvas {

    private static final String NS = "http://www.w3.org/2000/svg";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    SvgCanvas(int width, int height, String title) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NS);
            attributes("width", width, "height", height, "viewBox", "0 0 " + width + " " + height, "font-family",
                    "Helvetica, Arial, sans-serif");
            xml.writeStartElement("title");
            xml.writeCharacters(PlainText.strip(title));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return empty("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", stroke, "stroke-width", width);
    }

    SvgCanvas rect(double x, double y, double w, double h, String fill, String stroke) {
        return empty("rect", "x", x, "y", y, "width", w, "height", h, "fill", fill, "stroke", stroke, "rx", 6);
    }

    SvgCanvas circle(double cx, double cy, double r, String fill) {
        return empty("circle", "cx", cx, "cy", cy, "r", r, "fill", fill, "stroke", "#333", "stroke-width", 0.5);
    }

    /** Text, wrapped at about {@code width} characters into lines {@code size * 1.25} apart. */
    SvgCanvas text(double x, double y, String text, int size, String anchor, String weight, int width) {
        try {
            xml.writeStartElement("text");
            attributes("x", x, "y", y, "font-size", size, "text-anchor", anchor, "font-weight", weight, "fill", "#1a1a1a");
            List<String> lines = wrap(text == null ? "" : text, width);
            for (int i = 0; i < lines.size(); i++) {
                xml.writeStartElement("tspan");
                attributes("x", x, "dy", i == 0 ? 0 : size * 1.25);
                xml.writeCharacters(PlainText.strip(lines.get(i)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    String finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private SvgCanvas empty(String name, Object... attributes) {
        try {
            xml.writeEmptyElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(Object... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            String value = v instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(v);
            xml.writeAttribute((String) pairs[i], PlainText.strip(value));
        }
    }
}
