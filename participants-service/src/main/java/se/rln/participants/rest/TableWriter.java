package se.rln.participants.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import se.rln.participants.mapping.Table;
import se.rln.participants.service.TableFiles;

/** Answers a {@link Table} as the file the client asked for (Accept), as an attachment named after it. */
@Provider
@Produces({ Table.CSV, Table.XLSX })
public class TableWriter implements MessageBodyWriter<Table> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        boolean workbook = mediaType.isCompatible(MediaType.valueOf(Table.XLSX));
        headers.putSingle("Content-Type", workbook ? Table.XLSX : Table.CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.name() + (workbook ? ".xlsx" : ".csv") + "\"");
        if (workbook) {
            TableFiles.xlsx(table, out);
        } else {
            TableFiles.csv(table, out);
        }
    }
}
