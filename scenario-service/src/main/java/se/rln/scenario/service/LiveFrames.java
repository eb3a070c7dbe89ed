package se.rln.scenario.service;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Changes that go to a workshop's viewers in one write, and their Server-Sent Events encoding,
 * made once: every viewer of the room is written the same bytes.
 */
public record LiveFrames(List<LiveHub.LiveEvent> events, Buffer bytes) {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\r\n]+");
    private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

    /** The frames of {@code events}, in order. */
    public static LiveFrames of(List<LiveHub.LiveEvent> events) {
        StringBuilder text = new StringBuilder(events.size() * 256);
        events.forEach(e -> append(text, e.id(), e.type(), e.data()));
        return new LiveFrames(List.copyOf(events), Buffer.buffer(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** One event's frame: its id (if any), its name and its data, one {@code data:} line per line of it. */
    public static Buffer frame(String id, String type, String data) {
        StringBuilder text = new StringBuilder(256);
        append(text, id, type, data);
        return Buffer.buffer(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A comment, which EventSource ignores: keeps an idle connection open through proxies. */
    public static Buffer comment(String comment) {
        return Buffer.buffer(": " + oneLine(comment) + "\n\n");
    }

    private static void append(StringBuilder text, String id, String type, String data) {
        if (id != null) {
            text.append("id: ").append(oneLine(id)).append('\n');
        }
        text.append("event: ").append(oneLine(type)).append('\n');
        for (String line : LINES.split(data == null ? "" : data, -1)) {
            text.append("data: ").append(line).append('\n');
        }
        text.append('\n');
    }

    /** A field that must stay on its line (an id or a name never carries a line break; if one did, it would end the frame). */
    private static String oneLine(String field) {
        return LINE_BREAKS.matcher(field).replaceAll(" ");
    }
}
