package io.salescore.domain.session;

/** A till session is OPEN while the drawer is in use and CLOSED, for good, once counted. */
public enum SessionStatus {
    OPEN, CLOSED
}
