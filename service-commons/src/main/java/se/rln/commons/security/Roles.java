package se.rln.commons.security;

/** Role names carried in the token's {@code groups} claim; constants, so that {@code @RolesAllowed} can name them. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String MUNICIPALITY = "municipality";
    public static final String FACILITATOR = "facilitator";
    public static final String PARTICIPANT = "participant";
    /** A read-only screen of one workshop (the projector), by a pass its facilitator hands out. */
    public static final String VIEWER = "workshop-viewer";

    private Roles() {
    }
}
