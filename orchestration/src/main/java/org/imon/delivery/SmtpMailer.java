package org.imon.delivery;

import java.io.PrintWriter;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Sends through the configured SMTP server over one connection, reconnecting and retrying with backoff. */
final class SmtpMailer implements Mailer {
    private final SmtpSettings settings;
    private final Backoff backoff;
    private final PrintWriter out;
    private final Session session;
    private Transport transport;

    SmtpMailer(SmtpSettings settings, Backoff backoff, PrintWriter out) {
        this.settings = settings;
        this.backoff = backoff;
        this.out = out;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public String send(MimeMessage message) throws SendFailure {
        for (int attempt = 1;; attempt++) {
            try {
                return attempt(message);
            } catch (MessagingException e) {
                SendFailure failure = SendFailure.of(e);
                closeQuietly();
                if (!failure.isTransient() || attempt >= backoff.attempts()) {
                    throw failure;
                }
                out.printf(Locale.ROOT, "    暂时失败（第 %d 次）: %s；%.1f 秒后重试%n", attempt, failure.getMessage(),
                        backoff.waitBefore(attempt + 1).toMillis() / 1000.0);
                out.flush();
                sleep(backoff.waitBefore(attempt + 1).toMillis());
            }
        }
    }

    private String attempt(MimeMessage message) throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.user(),
                    settings.user() == null ? null : settings.password().reveal());
        }
        transport.sendMessage(message, message.getAllRecipients());
        return ((SMTPTransport) transport).getLastServerResponse().trim();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (MessagingException ignored) {
            // The connection is being given up after a failure; the failure is what gets reported.
        }
    }

    @Override
    public void close() throws MessagingException {
        if (transport != null) {
            Transport t = transport;
            transport = null;
            t.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("发送被中断", e);
        }
    }
}
