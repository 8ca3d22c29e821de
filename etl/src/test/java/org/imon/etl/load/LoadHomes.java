package org.imon.etl.load;

import java.nio.file.Path;

/** The folders a test load uses under one temporary home, laid out as {@code imon} lays them out. */
final class LoadHomes {
    private LoadHomes() {
    }

    static LandingLoad.Paths paths(Path home) {
        return new LandingLoad.Paths(home.resolve("landing"), home.resolve("snapshots"), home.resolve("staging"),
                home.resolve("quarantine"), home.resolve("ledger"));
    }
}
