package se.rln.participants.model;

/** One municipality's share of a seat ledger (an event's or a cohort's): its allotment and its confirmed seats. */
public interface SeatShare {

    String municipality();

    int allottedSeats();

    int confirmedSeats();
}
