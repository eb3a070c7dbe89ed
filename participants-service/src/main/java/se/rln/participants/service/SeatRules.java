package se.rln.participants.service;

import java.util.Collection;
import se.rln.participants.model.MunicipalitySeats;

/**
 * Who may take a seat. An event's capacity is split into seats allotted (reserved) to
 * municipalities and an open pool (capacity minus all allotments). A municipality first fills
 * its own allotment, then competes for the open pool with everyone else; nobody takes another
 * municipality's reserved seat. Without allotments the whole capacity is the open pool.
 */
public final class SeatRules {

    private SeatRules() {
    }

    public static boolean canConfirm(int capacity, int confirmedTotal, Collection<MunicipalitySeats> rows,
            String municipality) {
        if (confirmedTotal >= capacity) {
            return false;
        }
        int reserved = 0;
        int usedOpen = 0;
        MunicipalitySeats own = null;
        for (MunicipalitySeats row : rows) {
            reserved += row.allotted;
            usedOpen += Math.max(0, row.confirmed - row.allotted);
            if (row.municipalityCode.equals(municipality)) {
                own = row;
            }
        }
        if (own != null && own.confirmed < own.allotted) {
            return true;
        }
        int openPool = Math.max(0, capacity - reserved);
        return usedOpen < openPool;
    }
}
