package se.rln.scenario;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.rln.commons.testing.KafkaTestBroker;
import se.rln.commons.testing.PostgresTestDatabase;

/** The real PostgreSQL database and Kafka broker every test of this module runs against. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "rln_scenario_test"))
@QuarkusTestResource(KafkaTestBroker.class)
public final class ScenarioTestResources {

    private ScenarioTestResources() {
    }
}
