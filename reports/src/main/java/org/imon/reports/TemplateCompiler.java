package org.imon.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * Compiles every report template ({@code reports/*.jrxml}) to a {@code .jasper} file beside it. The
 * reports module's build runs it on its classes folder, so the templates' expressions go through javac
 * once per build instead of on every report run (seconds each; see docs/reports.md, "Speed").
 *
 * <p>Usage: {@code TemplateCompiler <classes folder>}.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplateCompiler <classes folder>");
        }
        Path classes = Path.of(args[0]);
        List<Path> templates;
        try (Stream<Path> files = Files.list(classes.resolve("reports"))) {
            templates = files.filter(file -> file.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        // The compiler writes each template's expression source under its temp folder: one of the
        // build's own, so two builds on one machine never read each other's half-written files.
        Path scratch = Files.createTempDirectory(classes.toAbsolutePath().getParent(), "jasper-compile-");
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        context.setProperty(JRCompiler.COMPILER_TEMP_DIR, scratch.toString());
        for (Path jrxml : templates) {
            Path jasper = jrxml.resolveSibling(jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper"));
            JasperCompileManager.getInstance(context).compileToFile(jrxml.toString(), jasper.toString());
        }
        try (Stream<Path> leftovers = Files.walk(scratch)) {
            for (Path file : leftovers.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        System.out.printf("compiled %d report templates in %s%n", templates.size(), classes.resolve("reports"));
    }
}
