package org.imon.etl.sample;

/** Formats tenths of a unit as departments write them: one decimal, no separators. */
final class Amounts {
    private Amounts() {
    }

    static String tenths(long tenths) {
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }

    static String tenths(double value) {
        return tenths(Math.round(value * 10));
    }
}
