package org.imon.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code imon} in a JVM of its own, as {@code bin/imon} runs it: this test run's class path and Spark's module flags. */
final class ImonProcess {
    private ImonProcess() {
    }

    static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+Ignore")
                        || a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:ReservedCodeCacheSize")
                        || a.startsWith("-Dio.netty")
                        || a.startsWith("-Duser.timezone"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImonCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * An executable {@code imon} script in {@code dir}, standing in for an installation's {@code bin/imon}.
     * Its processes keep their temporary files in {@code dir/tmp}: JasperReports compiles a report's
     * expressions through a file named after the report in the temporary folder, which other builds on
     * the same machine compiling the same report would otherwise share.
     */
    static Path launcher(Path dir) throws Exception {
        Path script = dir.resolve("imon");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> jvm = command();
        jvm.add(1, "-Djava.io.tmpdir=" + tmp);
        String command = jvm.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
        Files.writeString(script, "#!/usr/bin/env bash\nexec " + command + " \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
