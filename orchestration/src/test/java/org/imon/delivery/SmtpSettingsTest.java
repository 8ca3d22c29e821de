package org.imon.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SMTP settings from the environment or a settings file; the password never prints. */
class SmtpSettingsTest {
    @TempDir
    Path dir;

    @Test
    void notConfiguredAtAllIsEmptySoTheScheduleCanSkipDelivery() throws Exception {
        assertEquals(Optional.empty(), SmtpSettings.fromEnvironment(Map.of("IMON_HOME", "/tmp/x")));
    }

    @Test
    void environmentVariablesWithDefaultsPerSecurity() throws Exception {
        SmtpSettings s = SmtpSettings.fromEnvironment(Map.of("IMON_SMTP_HOST", "smtp.example.cn",
                "IMON_SMTP_FROM", "imon@example.cn", "IMON_SMTP_USER", "imon", "IMON_SMTP_PASSWORD", "s3cret-Value"))
                .orElseThrow();
        assertEquals(587, s.port());
        assertEquals(SmtpSettings.Security.STARTTLS, s.security());
        assertEquals("true", s.sessionProperties().getProperty("mail.smtp.starttls.required"));
        assertEquals("true", s.sessionProperties().getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals(Duration.ZERO, s.pause());
        assertEquals(465, SmtpSettings.fromEnvironment(Map.of("IMON_SMTP_HOST", "h", "IMON_SMTP_FROM", "a@example.cn",
                "IMON_SMTP_SECURITY", "ssl")).orElseThrow().port());
        assertFalse(s.toString().contains("s3cret-Value"), s.toString());
        assertFalse(s.sessionProperties().toString().contains("s3cret-Value"));
        assertEquals("SmtpSettings[smtp.example.cn:587（starttls，用户 imon）]", s.toString());
    }

    @Test
    void aSettingsFileWithTheEnvironmentOverridingItsKeys() throws Exception {
        Path file = dir.resolve("smtp.properties");
        Files.writeString(file, "host=mail.example.cn\nport=2525\nuser=imon\npassword=from-file\nfrom=imon@example.cn\n"
                + "security=none\npause.ms=200\n");
        SmtpSettings s = SmtpSettings.fromEnvironment(Map.of("IMON_SMTP_CONFIG", file.toString(),
                "IMON_SMTP_PORT", "25")).orElseThrow();
        assertEquals("mail.example.cn", s.host());
        assertEquals(25, s.port());
        assertEquals(SmtpSettings.Security.NONE, s.security());
        assertEquals("from-file", s.password().reveal());
        assertEquals(Duration.ofMillis(200), s.pause());
    }

    @Test
    void badSettingsSayWhichOneAndNeverThePassword() {
        IllegalStateException security = assertThrows(IllegalStateException.class, () -> SmtpSettings.fromEnvironment(
                Map.of("IMON_SMTP_HOST", "h", "IMON_SMTP_FROM", "a@example.cn", "IMON_SMTP_SECURITY", "tls")));
        assertEquals("SMTP 加密方式（IMON_SMTP_SECURITY / security）应为 starttls、ssl 或 none，实际为: tls",
                security.getMessage());
        IllegalStateException from = assertThrows(IllegalStateException.class, () -> SmtpSettings.fromEnvironment(
                Map.of("IMON_SMTP_HOST", "h", "IMON_SMTP_PASSWORD", "pw-never-shown")));
        assertEquals("SMTP 配置缺少发件人地址（IMON_SMTP_FROM / from）", from.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> SmtpSettings.fromEnvironment(
                Map.of("IMON_SMTP_CONFIG", dir.resolve("none.properties").toString())));
        assertTrue(missing.getMessage().startsWith("SMTP 配置文件不存在: "), missing.getMessage());
    }
}
