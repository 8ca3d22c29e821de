package org.imon.etl.landing;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;

/**
 * Why a landing file could not be read at all, in one line an analyst can act on: what kind of
 * damage it looks like, then the library's own words in brackets for whoever looks deeper. Any
 * failure of one file (a cut-off workbook, Excel's lock file, a file that is not what its name
 * says) becomes that file's rejection, never the load's.
 */
public final class ReadFailure {
    private ReadFailure() {
    }

    /** The one-line Chinese reason for a failure while reading {@code file}. */
    public static String describe(LandingFile file, Throwable failure) {
        String kind = kind(file, failure);
        String original = firstLine(root(failure));
        return original.isEmpty() ? kind : kind + "（" + original + "）";
    }

    private static String kind(LandingFile file, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EmptyFileException) {
                return "文件为空（0 字节）";
            }
            if (t instanceof ZipException || t instanceof EOFException || message.contains("truncated")) {
                return "文件不完整或已损坏（可能没有传完或保存时中断），请重新报送";
            }
            if (t instanceof UnsupportedFileFormatException || message.contains("unsupported file type")) {
                return "文件内容不是 Excel 工作簿（.xlsx），可能是改了扩展名、是 .xls 旧格式或 Excel 的临时文件";
            }
            if (t instanceof OutOfMemoryError) {
                return "文件过大，无法读入内存";
            }
        }
        return file.isExcel() ? "Excel 工作簿无法读取" : "CSV 文件无法读取";
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
