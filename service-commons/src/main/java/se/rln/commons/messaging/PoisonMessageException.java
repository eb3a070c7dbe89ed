package se.rln.commons.messaging;

/**
 * A record that can never be applied (not a CloudEvent, unknown type, unreadable data).
 * Consumers throw it so the failure strategy moves the record to the dead-letter topic
 * instead of blocking the partition.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
