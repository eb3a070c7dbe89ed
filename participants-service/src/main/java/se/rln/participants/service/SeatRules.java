package se.rln.participants.service;

import java.util.Collection;
import se.rln.participants.model.SeatShare;

/**
 * Who may take a seat, of an event or a cohort. The capacity is split into seats allotted (reserved) to
 * municipalities and an open pool (capacity minus all allotments). A municipality first fills
 * its own allotment, then competes for the open pool with everyone else; nobody takes another
 * municipality's reserved seat. Without allotments the whole capacity is the open pool.
 */
public final class SeatRules {

    private SeatRules() {
    }

    public static boolean canConfirm(int capacity, int confirmedTotal, Collection<? extends SeatShare> rows,
            String municipality) {
        if (confirmedTotal >= capacity) {
            return false;
        }
        int reserved = 0;
        int usedOpen = 0;
        SeatShare own = null;
        for (SeatShare row : rows) {
            reserved += row.allottedSeats();
            usedOpen += Math.max(0, row.confirmedSeats() - row.allottedSeats());
            if (row.municipality().equals(municipality)) {
                own = row;
            }
        }
        if (own != null && own.confirmedSeats() < own.allottedSeats()) {
            return true;
        }
        int openPool = Math.max(0, capacity - reserved);
        return usedOpen < openPool;
    }
}
