package org.imon.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A file held under an operating-system lock for as long as it is open: how imon keeps one writer at a
 * time on a home ({@code imon.lock}) and on the delivery ledger. The system releases the lock when the
 * process ends in any way, SIGKILL included, so a lock is never left behind by a dead process.
 */
public final class LockedFile implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LockedFile(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens the file for reading and writing (creating it and its folder) and takes its lock; empty at
     * once, without waiting, when another process or another part of this one holds it.
     */
    public static Optional<LockedFile> tryOpen(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // This JVM holds it already: the JDK says so by exception rather than by null.
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new LockedFile(channel, lock));
    }

    /** The open file, positioned at its start. */
    public FileChannel channel() {
        return channel;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
