package se.rln.events;

import org.junit.jupiter.api.Test;
import se.rln.commons.testing.ServiceLayering;

/** The house layout holds in this service (rules in {@link ServiceLayering}). */
class LayeringTest {

    @Test
    void packagesDependOnlyDownwards() {
        ServiceLayering.check("se.rln.events");
    }
}
