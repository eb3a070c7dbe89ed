package se.rln.commons.outbox;

/**
 * A CloudEvent type of a service's event contract (its AsyncAPI channel): the topic it goes to,
 * what kind of aggregate it is about (the outbox's {@code aggregate_type}), and its type name.
 * Services declare theirs as enums or records; {@link Outbox#publish} takes nothing else.
 */
public interface EventKind {

    /** The Kafka topic, e.g. {@code leadership.events.v1}. */
    String topic();

    /** The aggregate the event is about, e.g. {@code event}; its id is the record key. */
    String aggregateType();

    /** The CloudEvent {@code type}, e.g. {@code event.published}. */
    String type();

    /**
     * The type the contract gives an enum constant: {@code family}, a dot, and the constant's name
     * in lower case with dashes, e.g. {@code REGISTRATION_CLOSED} of {@code event} is
     * {@code event.registration-closed}.
     */
    static String typeOf(String family, Enum<?> constant) {
        return family + "." + constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
