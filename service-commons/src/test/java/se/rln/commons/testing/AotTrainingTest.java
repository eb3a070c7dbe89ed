package se.rln.commons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which launch records a module's AOT cache: the first of each module, only when training on JDK 25+. */
class AotTrainingTest {

    @TempDir
    Path modules;

    @AfterEach
    void stopTraining() {
        System.clearProperty("rln.aot.train");
    }

    @Test
    void withoutTrainingNoLaunchRecords() throws Exception {
        Path module = Files.createDirectories(modules.resolve("events-service"));
        assertEquals(List.of(), AotTraining.recordingOptions(module));
    }

    @Test
    void trainingRecordsTheFirstInstanceOfEachModuleOnJdk25AndNewer() throws Exception {
        System.setProperty("rln.aot.train", "true");
        Path events = Files.createDirectories(modules.resolve("events-service"));
        Path gateway = Files.createDirectories(modules.resolve("gateway"));
        Path stale = Files.createDirectories(events.resolve("target/quarkus-app")).resolve("app.aot");
        Files.writeString(stale, "an earlier cache");
        List<String> first = AotTraining.recordingOptions(events);
        if (Runtime.version().feature() < 25) {
            assertEquals(List.of(), first, "JDK 17 cannot record an AOT cache");
            assertTrue(Files.exists(stale), "and leaves what is there");
            return;
        }
        assertEquals(List.of("-XX:AOTCacheOutput=" + stale.toAbsolutePath().normalize()), first);
        assertFalse(Files.exists(stale), "an earlier cache is not mistaken for this run's");
        assertTrue(AotTraining.records(first));
        assertEquals(List.of(), AotTraining.recordingOptions(events), "a second instance of the module does not record");
        assertEquals(1, AotTraining.recordingOptions(gateway).size(), "another module's first instance does");
        assertFalse(AotTraining.records(List.of("java", "-XX:AOTCache=app.aot", "-jar", "quarkus-run.jar")));
    }
}
