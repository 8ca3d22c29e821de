package org.imon.reports;

import java.sql.SQLException;

/**
 * A report's own part: it queries its mart rows (SQL resource files) and words them (see
 * {@link Wording}) into a {@link Document}. Laying out, the masthead, the page numbers and the files
 * are {@link ReportRenderer}'s; the catalog entry in {@link ReportKind} makes it a command.
 */
public interface Report {
    Document compose(Edition edition) throws SQLException;
}
