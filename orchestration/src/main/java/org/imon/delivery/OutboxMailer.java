package org.imon.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.imon.warehouse.ParquetFolders;

/**
 * A dry run's mailer: writes each message as an {@code .eml} file an analyst can open in any mail
 * program, {@code <outbox>/<YYYY-MM>/<report>_<address>.eml}, instead of sending it. The period's
 * folder is emptied first, so it holds exactly the messages of the latest dry run.
 */
final class OutboxMailer implements Mailer {
    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    private OutboxMailer(Path folder) {
        this.folder = folder;
    }

    static OutboxMailer emptied(Path folder) throws IOException {
        ParquetFolders.deleteRecursively(folder);
        return new OutboxMailer(folder);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(MimeMessage message) throws MessagingException {
        String recipient = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        String report = message.getHeader(ReportMessage.REPORT_HEADER, null);
        Path file = folder.resolve(report + "_" + recipient + ".eml");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toAbsolutePath().toString();
    }

    @Override
    public void close() {
    }
}
