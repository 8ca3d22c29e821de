package org.imon.delivery;

import java.io.IOException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * A message the server did not accept, with the reason an operator reads. Transient failures (a 4xx
 * reply, a refused or timed-out connection) may pass on a later attempt; permanent ones (a 5xx reply,
 * refused credentials) will not. The reason is the server's reply or the network error, never the
 * settings, so it cannot carry the password.
 */
final class SendFailure extends Exception {
    private final boolean isTransient;
    private final boolean serverWide;

    SendFailure(String reason, boolean isTransient) {
        this(reason, isTransient, false);
    }

    private SendFailure(String reason, boolean isTransient, boolean serverWide) {
        super(reason);
        this.isTransient = isTransient;
        this.serverWide = serverWide;
    }

    boolean isTransient() {
        return isTransient;
    }

    /** The server could not be reached or refused the login: every other message of the run would fail alike. */
    boolean serverWide() {
        return serverWide;
    }

    static SendFailure of(MessagingException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            int code = replyCode(t);
            if (code >= 400) {
                return new SendFailure(oneLine(t.getMessage()), code < 500);
            }
            if (t instanceof AuthenticationFailedException) {
                return new SendFailure("服务器拒绝登录: " + oneLine(t.getMessage()), false, true);
            }
        }
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException) {
                return new SendFailure("无法连接发信服务器: " + oneLine(t.getMessage()), true, true);
            }
        }
        return new SendFailure(oneLine(e.getMessage()), false);
    }

    private static int replyCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException s) {
            return s.getReturnCode();
        }
        return -1;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
