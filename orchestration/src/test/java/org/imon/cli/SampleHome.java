package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.ParquetFolders;

/**
 * The small sample city the end-to-end tests read (150 enterprises, 2023 1-2月 to 2024 1-6月): sampled,
 * loaded and built once per test run by the real commands, then copied into each test's own folder, so
 * that what one test renders or changes never reaches another.
 */
final class SampleHome {
    private static Path built;
    private static Run load;

    private SampleHome() {
    }

    /** The {@code imon sample} command that wrote the home's landing files. */
    static String[] sampleCommand(String home) {
        return new String[] {"--home", home, "sample", "--enterprises", "150", "--from-year", "2023", "--until", "2024-06"};
    }

    /** A copy of the built home at {@code home}; returns it. */
    static synchronized Path copyTo(Path home) throws Exception {
        copy(built(), home);
        return home;
    }

    /** What the one {@code imon load} of the home printed. */
    static synchronized Run load() throws Exception {
        built();
        return load;
    }

    private static Path built() throws Exception {
        if (built == null) {
            Path dir = Files.createTempDirectory("sample-home");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    ParquetFolders.deleteRecursively(dir);
                } catch (IOException e) {
                    // A temporary folder left behind is harmless.
                }
            }));
            String home = dir.toString();
            assertSucceeds(CommandLineTest.imon(sampleCommand(home)));
            load = CommandLineTest.imon("--home", home, "load", "--master", "local[2]");
            assertSucceeds(load);
            assertSucceeds(CommandLineTest.imon("--home", home, "build"));
            built = dir;
        }
        return built;
    }

    private static void assertSucceeds(Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    // With its time stamps: to the next load, a copied landing file is an unchanged one.
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
