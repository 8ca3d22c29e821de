package org.imon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.profile.CityProfile;

/**
 * The options every command takes, before or after its name ({@code imon --home X load} or
 * {@code imon load --home X}): which home it works on and for which city. Mixed into {@link ImonCommand}
 * and inherited by every subcommand.
 */
final class GlobalOptions {
    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:IMON_HOME:-" + HomeLayout.DEFAULT_FOLDER + "}",
            description = "工作目录，存放全部数据与结果（默认: 环境变量 IMON_HOME，否则 ./" + HomeLayout.DEFAULT_FOLDER
                    + "；当前: ${DEFAULT-VALUE}）。")
    Path home;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "CITY",
            defaultValue = "${env:IMON_PROFILE:-" + CityProfile.DEFAULT_ID + "}",
            description = "城市配置（默认: 环境变量 IMON_PROFILE，否则 " + CityProfile.DEFAULT_ID + "；当前: ${DEFAULT-VALUE}）。")
    String profile;

    HomeLayout home() {
        // An IMON_HOME set but empty means "not set", as a shell user expects.
        return new HomeLayout(home.toString().isBlank() ? Path.of(HomeLayout.DEFAULT_FOLDER) : home);
    }

    CityProfile profile() {
        return CityProfile.load(profile);
    }

    /** Takes the home for a command that changes it; says so when it takes over a dead process's lock. */
    HomeLock lock(String command, PrintWriter out) throws IOException {
        HomeLock lock = HomeLock.acquire(home(), command);
        lock.takenOver().ifPresent(holder -> out.println("上次运行的进程已终止，已接管它留下的锁（" + holder + "）。"));
        return lock;
    }

    /** The run log of a command, dated by the city's clock. */
    RunLog log(String command) {
        return new RunLog(home(), profile().schedule().timeZone(), command);
    }
}
