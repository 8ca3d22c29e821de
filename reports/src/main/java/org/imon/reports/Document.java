package org.imon.reports;

import java.util.List;
import java.util.Map;

/**
 * What a report hands the renderer: its template on the class path (the .jasper the build compiles
 * from the .jrxml beside it), the title printed under the masthead, the template's own parameters
 * (wording, extra tables as lists of rows) and the rows of its main table, each a mart row under its
 * column names.
 */
public record Document(String template, String title, Map<String, Object> parameters,
        List<Map<String, Object>> rows) {
}
