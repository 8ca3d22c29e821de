package org.imon.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.imon.warehouse.profile.CityProfile;

/** {@code IMON_SMTP_SECURITY=ssl}: TLS from the first byte, against GreenMail's SMTPS server. */
class SslDeliveryTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("imon@example.cn", "imon", DeliveryTest.PASSWORD));

    @TempDir
    Path home;

    @Test
    void everyMessageArrivesOverSsl() throws Exception {
        StringWriter console = new StringWriter();
        DeliveryOutcome outcome = Delivery.deliver(DeliveryHome.create(home), CityProfile.defaultProfile(),
                DeliveryHome.JUNE, DeliveryTest.options(DeliveryTest.settings(mail.getSmtps().getPort(), "ssl")),
                new PrintWriter(console, true));
        assertEquals(0, outcome.exitCode(), console.toString());
        assertEquals(DeliveryHome.MESSAGES, mail.getReceivedMessages().length);
    }
}
