package se.rln.commons.rest;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Events happen in Sweden: times are shown with the Europe/Stockholm offset of their instant. */
public final class Times {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Times() {
    }

    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(STOCKHOLM).toOffsetDateTime();
    }
}
