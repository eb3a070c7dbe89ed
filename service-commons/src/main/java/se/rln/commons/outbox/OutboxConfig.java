package se.rln.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code rln.outbox.*}). */
@ConfigMapping(prefix = "rln.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of this service, e.g. {@code /events-service}. */
    String source();

    /** Whether this instance runs a relay at all (one per database wins the advisory lock). */
    @WithDefault("true")
    boolean enabled();

    /** Rows published per transaction. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for rows written by other instances. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** First wait after a failed publication; doubles up to {@link #maxBackoff()}. */
    @WithDefault("250ms")
    Duration initialBackoff();

    @WithDefault("5s")
    Duration maxBackoff();

    /** Partitions of topics this service creates when they do not exist yet. */
    @WithDefault("3")
    int topicPartitions();

    @WithDefault("1")
    short topicReplicationFactor();

    /**
     * Whether the relay creates the topics it writes when they are missing (local runs and
     * tests). Off where topics are managed, and the relay's Kafka user may not create them
     * (Kubernetes: Strimzi {@code KafkaTopic}s and ACLs).
     */
    @WithDefault("true")
    boolean createTopics();
}
