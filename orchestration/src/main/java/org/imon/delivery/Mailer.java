package org.imon.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where composed messages go: an SMTP server, or the outbox folder of a dry run. */
interface Mailer extends AutoCloseable {

    /** The session messages for this mailer are composed in. */
    Session session();

    /**
     * Hands one message over, retrying what may pass later.
     *
     * @return the server's reply on acceptance
     * @throws SendFailure when the message was not accepted, permanently or after the last retry
     */
    String send(MimeMessage message) throws SendFailure, MessagingException;

    @Override
    void close() throws MessagingException;
}
