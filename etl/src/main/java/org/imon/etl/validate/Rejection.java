package org.imon.etl.validate;

import java.io.Serializable;

/**
 * One problem found in landing data, with where it is: file, line (0 for the whole file), column,
 * the value as written, the reason and any detail.
 */
public record Rejection(String file, long row, String column, String value, RejectReason reason, String detail)
        implements Serializable {

    public static Rejection ofFile(String file, RejectReason reason, String detail) {
        return new Rejection(file, 0, "", "", reason, detail);
    }

    /** The analyst's message: the reason's Chinese text plus the detail. */
    public String message() {
        return detail.isEmpty() ? reason.message() : reason.message() + "：" + detail;
    }
}
