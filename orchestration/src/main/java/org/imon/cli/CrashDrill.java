package org.imon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imon.etl.load.LandingLoad;

/**
 * A drill for crash safety: started with {@code -Dimon.crash-drill.stage=<STAGE>} and
 * {@code -Dimon.crash-drill.signal=<file>}, a load stops at that stage, creates the file and waits
 * there, so that a test can kill the process at exactly that point. Without them a load never waits.
 */
final class CrashDrill implements LandingLoad.Checkpoint {
    private final LandingLoad.Stage stage;
    private final Path signal;

    private CrashDrill(LandingLoad.Stage stage, Path signal) {
        this.stage = stage;
        this.signal = signal;
    }

    static LandingLoad.Checkpoint fromSystemProperties() {
        String stage = System.getProperty("imon.crash-drill.stage");
        String signal = System.getProperty("imon.crash-drill.signal");
        if (stage == null || signal == null) {
            return LandingLoad.Checkpoint.NONE;
        }
        return new CrashDrill(LandingLoad.Stage.valueOf(stage), Path.of(signal));
    }

    @Override
    public void reached(LandingLoad.Stage reached) throws IOException {
        if (reached != stage) {
            return;
        }
        Files.createFile(signal);
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("crash drill interrupted at " + stage, e);
        }
    }
}
