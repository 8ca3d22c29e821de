package org.imon.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.imon.files.LockedFile;
import org.imon.warehouse.HomeLayout;

/**
 * One writer at a time in a home (同一时间只运行一个): {@code imon.lock} holds an operating-system
 * lock for as long as a command that changes the home runs, and names that command for whoever finds
 * it taken. The system releases the lock when the process ends in any way, SIGKILL included; so a
 * lock file that names a process but is not locked was left by one that died, and is taken over.
 */
final class HomeLock implements AutoCloseable {
    /** Another process holds the home; the refused command has changed nothing. */
    static final class Busy extends IllegalStateException {
        Busy(String message) {
            super(message);
        }
    }

    private final LockedFile lock;
    private final String takenOver;

    private HomeLock(LockedFile lock, String takenOver) {
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /** Takes the home's lock for {@code command}, or throws {@link Busy} at once. */
    static HomeLock acquire(HomeLayout home, String command) throws IOException {
        Optional<LockedFile> taken = LockedFile.tryOpen(home.lockFile());
        if (taken.isEmpty()) {
            String holder = holder(Files.readAllBytes(home.lockFile()));
            throw new Busy("另一个 imon 进程正在使用工作目录 " + home.root().toAbsolutePath() + "（" + holder
                    + "）。本次未做任何改动，请等它结束后再运行。");
        }
        LockedFile lock = taken.get();
        FileChannel channel = lock.channel();
        String holder = holder(read(channel));
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid() + "\ncommand=" + command + "\nstarted="
                + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new HomeLock(lock, holder.isEmpty() ? null : holder);
    }

    /** The holder a killed process left behind, when this lock took its place. */
    Optional<String> takenOver() {
        return Optional.ofNullable(takenOver);
    }

    @Override
    public void close() throws IOException {
        // Emptied before release: an empty file is a free home, a non-empty unlocked one a dead holder.
        lock.channel().truncate(0);
        lock.close();
    }

    private static byte[] read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** "pid=…，command=…，started=…" from the lock file's lines. */
    private static String holder(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).strip().replace("\n", "，");
    }
}
