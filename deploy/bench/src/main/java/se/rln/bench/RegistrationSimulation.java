package se.rln.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Municipal HR systems registering new people onto one event (or several in turn) through the
 * gateway, each request a new person of one of the municipalities. {@code bench.mode=closed}: {@code bench.users} clients
 * back to back (throughput); {@code open}: {@code bench.rate} arrivals per second whatever the
 * answers take (latency at a constant arrival rate, after as many seconds of the same rate not
 * measured: {@code bench.warm-up-seconds}, 5). Settings come as system properties from
 * {@link GatlingRun}.
 */
public class RegistrationSimulation extends Simulation {

    /** One event, or several (comma-separated): the people go to them in turn. */
    private final String[] events = System.getProperty("bench.event").split(",");
    private final String run = System.getProperty("bench.run");
    private final String[] codes = System.getProperty("bench.codes").split(",");
    private final String[] tokens = System.getProperty("bench.tokens").split(",");
    private final AtomicLong next = new AtomicLong();

    /** New people, numbered across every scenario of the run. */
    private Iterator<Map<String, Object>> people() {
        return Stream.generate(this::person).iterator();
    }

    private Map<String, Object> person() {
        long n = next.incrementAndGet();
        int m = (int) (n % codes.length);
        Map<String, Object> person = new HashMap<>();
        person.put("n", n);
        person.put("code", codes[m]);
        person.put("token", tokens[m]);
        person.put("event", events[(int) (n % events.length)]);
        return person;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.base"))
            .contentTypeHeader("application/json").acceptHeader("application/json").shareConnections()
            .disableWarmUp();

    /** A scenario whose requests are named {@code request}: {@code register} is measured, {@code warm-up} is not. */
    private ScenarioBuilder registering(String request) {
        return scenario(request).feed(people())
                .exec(http(request).post("/api/v1/events/#{event}/registrations")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"participant\":{\"givenName\":\"Åsa\",\"familyName\":\"Öberg #{n}\",\"email\":"
                                + "\"asa.oberg.#{n}." + run + "@kommun#{code}.se\",\"municipalityCode\":\"#{code}\"}}"))
                        .check(status().is(201)));
    }

    {
        Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        if ("closed".equals(System.getProperty("bench.mode"))) {
            setUp(registering("register").injectClosed(constantConcurrentUsers(Integer.getInteger("bench.users", 16))
                    .during(duration))).protocols(protocol);
        } else {
            // the same arrival rate for a few seconds first, not measured: this JVM's own start (its JIT, its
            // connections) took the first second's answers to 100+ ms and alone made the run's p99
            double rate = Double.parseDouble(System.getProperty("bench.rate", "50"));
            Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 5));
            setUp(registering("warm-up").injectOpen(constantUsersPerSec(rate).during(warmUp)),
                    registering("register").injectOpen(nothingFor(warmUp), constantUsersPerSec(rate).during(duration)))
                    .protocols(protocol);
        }
    }
}
