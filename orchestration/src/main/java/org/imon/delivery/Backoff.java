package org.imon.delivery;

import java.time.Duration;

/**
 * How often and how patiently a transiently failing message is retried: {@code attempts} tries in
 * all, waiting {@code firstWait}, then twice that, and so on, between them.
 */
public record Backoff(int attempts, Duration firstWait) {
    /** Four tries over about 35 seconds: long enough for a relay's greylisting or a restart. */
    public static final Backoff DEFAULT = new Backoff(4, Duration.ofSeconds(5));

    Duration waitBefore(int attempt) {
        return firstWait.multipliedBy(1L << (attempt - 2));
    }
}
