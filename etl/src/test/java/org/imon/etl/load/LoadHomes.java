package org.imon.etl.load;

import java.nio.file.Path;

import org.imon.warehouse.HomeLayout;

/** The folders a test load uses under one temporary home, laid out as {@code imon} lays them out. */
final class LoadHomes {
    private LoadHomes() {
    }

    static LandingLoad.Paths paths(Path home) {
        HomeLayout layout = new HomeLayout(home);
        return new LandingLoad.Paths(layout.landing(), layout.snapshots(), layout.staging(), layout.quarantine(),
                layout.ledger());
    }
}
