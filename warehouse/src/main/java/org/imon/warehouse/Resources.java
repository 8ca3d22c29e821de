package org.imon.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the text resources (schemas, SQL, profiles, reference tables) shipped in the jars. */
public final class Resources {
    private Resources() {
    }

    public static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    public static List<String> lines(String path) {
        return text(path).lines().toList();
    }

    public static boolean exists(String path) {
        return Resources.class.getClassLoader().getResource(path) != null;
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("resource not found on the class path: " + path);
        }
        return in;
    }
}
