package org.imon.delivery;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A thin SMTP front to the in-process GreenMail server, which speaks neither STARTTLS nor refuses
 * anything: it offers STARTTLS and upgrades the client's connection with GreenMail's own test
 * certificate, answers the first {@code transientRefusals} MAIL FROM commands with 451, and answers
 * RCPT TO for the {@code rejected} addresses with 550. Everything else is passed to GreenMail unchanged.
 */
final class SmtpFront implements AutoCloseable {
    private final ServerSocket server;
    private final int backendPort;
    private final SSLContext tls;
    private final AtomicInteger transientRefusals;
    private final Set<String> rejected;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    final AtomicInteger tlsUpgrades = new AtomicInteger();

    SmtpFront(int backendPort, boolean starttls, int transientRefusals, Set<String> rejected) throws Exception {
        this.backendPort = backendPort;
        this.tls = starttls ? greenMailTls() : null;
        this.transientRefusals = new AtomicInteger(transientRefusals);
        this.rejected = rejected;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.submit(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.submit(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort); Socket c = client) {
            InputStream fromServer = new BufferedInputStream(backend.getInputStream());
            OutputStream toServer = backend.getOutputStream();
            InputStream fromClient = new BufferedInputStream(c.getInputStream());
            OutputStream toClient = c.getOutputStream();
            write(toClient, String.join("", reply(fromServer)));
            boolean inData = false;
            boolean upgraded = false;
            for (String line; (line = readLine(fromClient)) != null;) {
                String command = line.toUpperCase(Locale.ROOT);
                if (inData) {
                    write(toServer, line);
                    if (line.equals(".\r\n")) {
                        inData = false;
                        write(toClient, String.join("", reply(fromServer)));
                    }
                } else if (command.startsWith("EHLO") && tls != null && !upgraded) {
                    write(toServer, line);
                    StringBuilder answer = new StringBuilder();
                    for (String r : reply(fromServer)) {
                        answer.append(r, 0, 3).append('-').append(r.substring(4));
                    }
                    write(toClient, answer.append("250 STARTTLS\r\n").toString());
                } else if (command.startsWith("STARTTLS") && tls != null && !upgraded) {
                    write(toClient, "220 2.0.0 Ready to start TLS\r\n");
                    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(c, null, c.getPort(), false);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    fromClient = new BufferedInputStream(secure.getInputStream());
                    toClient = secure.getOutputStream();
                    upgraded = true;
                    tlsUpgrades.incrementAndGet();
                } else if (command.startsWith("MAIL FROM") && transientRefusals.getAndDecrement() > 0) {
                    write(toClient, "451 4.3.0 Temporary local problem, try again later\r\n");
                } else if (command.startsWith("RCPT TO") && rejected.stream()
                        .anyMatch(a -> command.contains("<" + a.toUpperCase(Locale.ROOT) + ">"))) {
                    write(toClient, "550 5.1.1 Recipient address rejected: user unknown\r\n");
                } else {
                    write(toServer, line);
                    write(toClient, String.join("", reply(fromServer)));
                    inData = command.startsWith("DATA");
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to relay any more.
        }
    }

    /** One SMTP reply: lines until the one whose fourth character is a space. */
    private static List<String> reply(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line; (line = readLine(in)) != null;) {
            lines.add(line);
            if (line.length() < 4 || line.charAt(3) == ' ') {
                break;
            }
        }
        return lines;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1;) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** GreenMail's bundled self-signed test certificate ({@code greenmail.p12}, password changeit). */
    private static SSLContext greenMailTls() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = SmtpFront.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
