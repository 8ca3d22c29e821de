package org.imon.etl.load;

/**
 * A load ran out of memory (内存不足), in the driver or in a Spark task. Says so, and how to give the
 * load more, instead of Spark's own words for it; the load's ledger entry records the same reason.
 */
public final class LoadOutOfMemory extends RuntimeException {
    private static final long MB = 1024 * 1024;

    LoadOutOfMemory(String step, Throwable cause) {
        super("内存不足：" + step + "时 Java 堆内存（-Xmx" + Runtime.getRuntime().maxMemory() / MB
                + "m）用尽，请用 IMON_JAVA_OPTS=-Xmx" + suggestedHeapGb() + "g 增加内存后重新装载", cause);
    }

    /** Whether the failure was the JVM running out of heap, here or in a Spark task (then only its text is left). */
    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError || t instanceof LoadOutOfMemory
                    || String.valueOf(t.getMessage()).contains("java.lang.OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    /** Twice the heap the load had, in whole gigabytes. */
    private static long suggestedHeapGb() {
        return Math.max(2, (2 * Runtime.getRuntime().maxMemory() + 1023 * MB) / (1024 * MB));
    }
}
