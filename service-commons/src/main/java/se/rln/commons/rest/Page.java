package se.rln.commons.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; pass {@code nextCursor} back as {@code cursor} for the next page. */
@Schema(requiredProperties = { "items" })
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page", nullable = true)
        String nextCursor) {
}
