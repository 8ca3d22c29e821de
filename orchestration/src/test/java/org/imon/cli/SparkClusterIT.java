package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.ChildProcess.Finished;
import org.imon.warehouse.HomeLayout;

/**
 * {@code imon load --master spark://…} on a real Spark standalone cluster: a master and a worker, each a JVM
 * of its own on 127.0.0.1, started from the jars the build copied to {@code target/lib}. The worker's
 * Spark home holds every jar but imon's own, as a Spark installation would, so the load must ship its
 * code itself. Its snapshot must equal a local-mode load of the same landing files, table by table.
 */
@Tag("slow")
class SparkClusterIT {
    private static final Duration START = Duration.ofMinutes(2);
    private static final Duration LOAD = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final List<ChildProcess> cluster = new ArrayList<>();

    @AfterEach
    void stopTheCluster() throws InterruptedException {
        for (ChildProcess process : cluster) {
            process.stop();
        }
    }

    @Test
    void aClusterLoadPublishesTheSameSnapshotAsALocalLoad() throws Exception {
        Path target = Path.of(System.getProperty("imon.package")).getParent();
        String master = startCluster(target.resolve("lib"));

        Path clusterHome = dir.resolve("cluster-home");
        Path localHome = dir.resolve("local-home");
        assertEquals(0, imon("sample", "--home", clusterHome.toString(), "sample", "--years", "1", "--enterprises",
                "100", "--until", "2024-03").exitCode());
        copy(new HomeLayout(clusterHome).landing(), new HomeLayout(localHome).landing());

        Finished onCluster = imon("load-cluster", "--home", clusterHome.toString(), "load", "--master", master);
        assertEquals(0, onCluster.exitCode(), onCluster.output());
        Finished local = imon("load-local", "--home", localHome.toString(), "load", "--master", "local[2]");
        assertEquals(0, local.exitCode(), local.output());
        assertTrue(executorRanTasks(dir.resolve("worker")), "the worker's executor ran no task");

        Map<String, SnapshotTables.Table> expected = SnapshotTables.current(localHome);
        assertEquals(16, expected.size(), expected.keySet().toString());
        assertTrue(expected.get("fact_enterprise_period").rows() > 100, expected.toString());
        assertEquals(expected, SnapshotTables.current(clusterHome));
    }

    /** Starts a master and one small worker; returns the master's URL once the worker has registered. */
    private String startCluster(Path lib) throws Exception {
        Path sparkHome = dir.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars"));
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(j -> !j.getFileName().toString().startsWith("imon")).toList()) {
                Files.createSymbolicLink(sparkHome.resolve("jars").resolve(jar.getFileName()), jar);
            }
        }
        Map<String, String> environment = environment();
        environment.put("SPARK_HOME", sparkHome.toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
        String classPath = sparkHome.resolve("jars") + "/*";
        int port = freePort();
        String url = "spark://127.0.0.1:" + port;

        ChildProcess master = ChildProcess.start(dir, environment, dir.resolve("master.log"), java(classPath,
                "-Dspark.master.rest.enabled=false", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        cluster.add(master);
        master.awaitOutput("I have been elected leader", START);

        ChildProcess worker = ChildProcess.start(dir, environment, dir.resolve("worker.log"), java(classPath,
                "org.apache.spark.deploy.worker.Worker", url, "--host", "127.0.0.1",
                "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                "--cores", "2", "--memory", "1g", "--work-dir", dir.resolve("worker").toString()));
        cluster.add(worker);
        worker.awaitOutput("Successfully registered with master", START);
        return url;
    }

    /** The checkout's {@code bin/imon}, with executors kept small: the machine is shared. */
    private Finished imon(String step, String... args) throws Exception {
        Map<String, String> environment = environment();
        environment.put("IMON_JAVA_OPTS", "-Xmx1g -Dspark.executor.memory=512m");
        List<String> command = new ArrayList<>(List.of(Path.of("..", "bin", "imon").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return ChildProcess.run(dir, environment, dir.resolve(step + ".log"), LOAD, command);
    }

    /** A Spark daemon's JVM: Spark's module flags, a small heap, Spark's jars. */
    private static List<String> java(String classPath, String... mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(Files.readString(Path.of("target", "imon.jvm.options")).trim().split("\\s+")));
        command.addAll(List.of("-Xmx256m", "-cp", classPath));
        command.addAll(List.of(mainAndArgs));
        return command;
    }

    /** This test's environment, without any imon settings of the machine it runs on. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("IMON_") || name.startsWith("SPARK_"));
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        return environment;
    }

    private static boolean executorRanTasks(Path workDir) throws IOException {
        try (Stream<Path> files = Files.walk(workDir)) {
            return files.filter(f -> f.getFileName().toString().equals("stderr")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("Finished task");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }
}
