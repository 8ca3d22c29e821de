package org.imon.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imon deliver} as operators run it: a real JVM with its settings in the environment or in a
 * settings file, against GreenMail in this process. One run is killed with SIGKILL after some
 * messages went out; and the password is looked for in everything a run leaves behind.
 */
@Tag("slow")
class DeliverProcessTest {
    static final String PASSWORD = "Pw-9Jx2-distinctive-smtp-password";
    static final String WRONG_PASSWORD = "Pw-4Qm8-another-distinctive-password";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("imon@example.cn", "imon", PASSWORD));

    @TempDir
    Path dir;

    @Test
    void aRunKilledAfterSomeMessagesIsCompletedByTheNextWithoutDuplicates() throws Exception {
        Path home = dir.resolve("home");
        Delivery.Paths paths = DeliveryHome.create(home);
        // A pause between messages (as for a rate-limited relay) lets the kill fall between two messages.
        Map<String, String> env = environment(PASSWORD);
        env.put("IMON_SMTP_PAUSE_MS", "1500");
        Process first = imon(home, env, dir.resolve("first.log"), "deliver", "--period", "2024-06");
        long deadline = System.currentTimeMillis() + 60_000;
        while (sent(paths) < 2 && first.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        first.destroyForcibly().waitFor();
        int sentBeforeKill = sent(paths);
        assertTrue(sentBeforeKill >= 2 && sentBeforeKill < DeliveryHome.MESSAGES,
                sentBeforeKill + " sent before the kill:\n" + Files.readString(dir.resolve("first.log")));
        assertEquals(sentBeforeKill, mail.getReceivedMessages().length);

        Process rerun = imon(home, environment(PASSWORD), dir.resolve("rerun.log"), "deliver", "--period", "2024-06");
        assertTrue(rerun.waitFor(2, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("rerun.log"));
        assertEquals(0, rerun.exitValue(), log);
        assertTrue(log.contains((DeliveryHome.MESSAGES - sentBeforeKill) + " 封待发送，" + sentBeforeKill + " 封此前已发送"), log);

        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(DeliveryHome.MESSAGES, received.length);
        List<String> messages = new ArrayList<>();
        for (MimeMessage m : received) {
            messages.add(m.getAllRecipients()[0] + " " + m.getSubject());
        }
        assertEquals(DeliveryHome.MESSAGES, messages.stream().distinct().count(), messages.toString());
        assertEquals(DeliveryHome.MESSAGES, Stream.of(received).map(DeliveryTest::messageId).distinct().count());
        assertEquals(DeliveryHome.MESSAGES, sent(paths));
    }

    @Test
    void thePasswordAppearsInNoFileUnderTheHomeAndInNoOutput() throws Exception {
        Path home = dir.resolve("home");
        DeliveryHome.create(home);
        Path settings = dir.resolve("smtp.properties");
        Files.writeString(settings, "host=127.0.0.1\nport=" + mail.getSmtp().getPort() + "\nuser=imon\npassword="
                + PASSWORD + "\nfrom=imon@example.cn\nsecurity=none\n");

        Map<String, String> fromFile = new HashMap<>(Map.of("IMON_SMTP_CONFIG", settings.toString()));
        List<Path> logs = new ArrayList<>();
        assertEquals(0, run(home, fromFile, logs, "deliver", "--period", "2024-06", "--dry-run"));
        assertEquals(0, run(home, fromFile, logs, "deliver", "--period", "2024-06"));
        assertEquals(99, run(home, fromFile, logs, "deliver", "--period", "2024-06"), "nothing new to send");
        assertEquals(DeliveryHome.MESSAGES, mail.getReceivedMessages().length);
        // Refused credentials: every message fails, and so does the notice; the reasons are printed and recorded.
        assertEquals(1, run(home, environment(WRONG_PASSWORD), logs, "deliver", "--period", "2024-06", "--resend"));
        String refused = Files.readString(logs.get(logs.size() - 1));
        assertTrue(refused.contains("服务器拒绝登录"), refused);
        assertEquals(0, run(home, fromFile, logs, "deliveries"));
        assertEquals(0, run(home, fromFile, logs, "deliver", "--help"));

        List<Path> everything = new ArrayList<>(logs);
        try (Stream<Path> files = Files.walk(home)) {
            files.filter(Files::isRegularFile).forEach(everything::add);
        }
        assertTrue(everything.size() > 20, everything.toString());
        for (Path file : everything) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(PASSWORD), file.toString());
            assertFalse(text.contains(WRONG_PASSWORD), file.toString());
        }
    }

    private int run(Path home, Map<String, String> env, List<Path> logs, String... args) throws Exception {
        Path log = dir.resolve("run-" + logs.size() + ".log");
        logs.add(log);
        Process p = imon(home, env, log, args);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return p.exitValue();
    }

    private static Map<String, String> environment(String password) {
        return new HashMap<>(Map.of("IMON_SMTP_HOST", "127.0.0.1", "IMON_SMTP_PORT",
                Integer.toString(mail.getSmtp().getPort()), "IMON_SMTP_USER", "imon", "IMON_SMTP_PASSWORD", password,
                "IMON_SMTP_FROM", "imon@example.cn", "IMON_SMTP_SECURITY", "none"));
    }

    private static int sent(Delivery.Paths paths) throws IOException {
        return (int) DeliveryLedger.read(paths.ledger()).stream().filter(r -> r.status().equals(LedgerRecord.SENT))
                .count();
    }

    /** {@code imon} in its own JVM with this JVM's class path; stdout and stderr go to {@code log}. */
    private static Process imon(Path home, Map<String, String> env, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.imon.cli.ImonCommand", "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("IMON_"));
        builder.environment().putAll(env);
        return builder.start();
    }
}
