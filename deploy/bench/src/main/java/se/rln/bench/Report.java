package se.rln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown report: sections of prose and tables, written as the figures arrive. */
final class Report {

    private final StringBuilder text = new StringBuilder();
    private final List<String[]> summary = new ArrayList<>();
    private final Path file;

    Report(Path file) {
        this.file = file;
    }

    /** {@code path} as a link from the report's own folder. */
    String relative(Path path) {
        return file.toAbsolutePath().getParent().relativize(path.toAbsolutePath()).toString();
    }

    Report heading(String title) {
        text.append("\n## ").append(title).append("\n\n");
        return this;
    }

    Report line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
        return this;
    }

    Report table(List<String> header, List<List<String>> rows) {
        text.append("\n| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> text.append("---|"));
        text.append('\n');
        for (List<String> row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        text.append('\n');
        return this;
    }

    /** One line of the summary table at the top: figure, measured, goal, met. */
    void figure(String figure, String measured, String goal, boolean met) {
        summary.add(new String[] { figure, measured, goal, met ? "yes" : "**no**" });
        System.out.printf("%-60s %-40s goal %s%n", figure, measured, goal);
    }

    void write(String title, String intro) throws IOException {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n").append(intro).append("\n\n## Summary\n\n")
                .append("| Figure | Measured | Goal | Met |\n|---|---|---|---|\n");
        for (String[] row : summary) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append(text);
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return file.toString();
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
