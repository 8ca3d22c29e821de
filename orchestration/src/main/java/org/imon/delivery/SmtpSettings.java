package org.imon.delivery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How to reach the SMTP server (发信服务器): from {@code IMON_SMTP_*} environment variables, or from the
 * settings file named by {@code IMON_SMTP_CONFIG} (keys {@code host}, {@code port}, {@code user},
 * {@code password}, {@code from}, {@code security}, {@code ssl.trust}, {@code pause.ms}); a variable
 * overrides the file's key. The password is kept in a {@link Secret}, which never prints itself.
 */
public record SmtpSettings(String host, int port, String user, Secret password, InternetAddress from,
        Security security, String sslTrust, Duration pause) {

    public static final String CONFIG_VARIABLE = "IMON_SMTP_CONFIG";
    private static final String PREFIX = "IMON_SMTP_";

    /** How the connection is protected: STARTTLS on the submission port, TLS from the start, or not at all. */
    public enum Security {
        STARTTLS(587), SSL(465), NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    /**
     * The settings from this environment, or empty when SMTP is not configured at all (neither
     * {@code IMON_SMTP_HOST} nor {@code IMON_SMTP_CONFIG}): the nightly schedule then skips delivery.
     */
    public static Optional<SmtpSettings> fromEnvironment(Map<String, String> environment) throws IOException {
        Properties file = new Properties();
        String config = environment.get(CONFIG_VARIABLE);
        if (config != null && !config.isBlank()) {
            Path path = Path.of(config);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("SMTP 配置文件不存在: " + path.toAbsolutePath() + "（" + CONFIG_VARIABLE + "）");
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(reader);
            }
        }
        Map<String, String> values = new HashMap<>();
        for (String key : new String[] {"host", "port", "user", "password", "from", "security", "ssl.trust", "pause.ms"}) {
            String variable = PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
            String value = environment.containsKey(variable) ? environment.get(variable) : file.getProperty(key);
            if (value != null && !value.isBlank()) {
                values.put(key, value.trim());
            }
        }
        if (!values.containsKey("host")) {
            if (config != null && !config.isBlank()) {
                throw new IllegalStateException("SMTP 配置文件 " + config + " 缺少 host");
            }
            return Optional.empty();
        }
        return Optional.of(of(values));
    }

    private static SmtpSettings of(Map<String, String> values) {
        Security security;
        try {
            security = Security.valueOf(values.getOrDefault("security", "starttls").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SMTP 加密方式（IMON_SMTP_SECURITY / security）应为 starttls、ssl 或 none，实际为: "
                    + values.get("security"));
        }
        String fromText = values.get("from");
        if (fromText == null) {
            throw new IllegalStateException("SMTP 配置缺少发件人地址（IMON_SMTP_FROM / from）");
        }
        InternetAddress from;
        try {
            from = new InternetAddress(fromText, true);
        } catch (AddressException e) {
            throw new IllegalStateException("SMTP 发件人地址无效（IMON_SMTP_FROM / from）: " + fromText);
        }
        return new SmtpSettings(values.get("host"), number(values, "port", security.defaultPort),
                values.get("user"), new Secret(values.get("password")), from, security, values.get("ssl.trust"),
                Duration.ofMillis(number(values, "pause.ms", 0)));
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String text = values.get(key);
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("SMTP 配置 " + key + " 应为整数，实际为: " + text);
        }
    }

    /** Angus Mail's session properties; the password is not among them (it is passed on connect only). */
    Properties sessionProperties() {
        Properties p = new Properties();
        String timeout = Long.toString(Duration.ofSeconds(30).toMillis());
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.from", from.getAddress());
        p.setProperty("mail.smtp.auth", Boolean.toString(user != null));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(security == Security.STARTTLS));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(security == Security.STARTTLS));
        p.setProperty("mail.smtp.ssl.enable", Boolean.toString(security == Security.SSL));
        p.setProperty("mail.smtp.ssl.checkserveridentity", Boolean.toString(sslTrust == null));
        if (sslTrust != null) {
            p.setProperty("mail.smtp.ssl.trust", sslTrust);
        }
        return p;
    }

    /** For messages: where mail goes, never the password. */
    public String describe() {
        return host + ":" + port + "（" + security.name().toLowerCase(Locale.ROOT) + (user == null ? "" : "，用户 " + user) + "）";
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + describe() + "]";
    }

    /** A password that never appears in output, logs or exception messages: it prints as asterisks. */
    public static final class Secret {
        private final String value;

        Secret(String value) {
            this.value = value;
        }

        String reveal() {
            return value;
        }

        @Override
        public String toString() {
            return "******";
        }
    }
}
