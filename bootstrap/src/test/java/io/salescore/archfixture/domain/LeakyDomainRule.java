package io.salescore.archfixture.domain;

import java.sql.Timestamp;

/** Deliberately broken: a domain class that uses JDBC. Exists only so the architecture rules can fail on it. */
public final class LeakyDomainRule {

    public Timestamp when() {
        return new Timestamp(0);
    }
}
