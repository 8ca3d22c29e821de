package org.imon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a rendered PDF prints, read back with PDFBox in reading order. */
final class PdfText {
    private PdfText() {
    }

    static String of(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The circular's revenue ranking as printed: rank (from 居第N位 / 并列第N位), region, total, growth. */
    static List<List<String>> revenueRanking(Path circular) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        boolean revenue = false;
        for (String line : of(circular).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.endsWith("增速排名") || trimmed.startsWith("附表")) {
                revenue = trimmed.endsWith("营业收入增速排名");
            }
            List<String> cells = Arrays.asList(trimmed.split("\\s+"));
            if (revenue && cells.get(0).matches("(居|并列)第\\d+位")) {
                rows.add(List.of(cells.get(0).replaceAll("\\D", ""), cells.get(1), cells.get(2).replace(",", ""),
                        cells.get(3)));
            }
        }
        return rows;
    }
}
