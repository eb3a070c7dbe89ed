package se.rln.participants.mapping;

import java.util.List;

/**
 * Rows for people to open in a spreadsheet, downloaded as CSV or .xlsx (see
 * {@link se.rln.participants.rest.TableWriter}). Cells are strings, numbers or null.
 *
 * @param name the file name without extension, e.g. {@code roster-1280}
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
