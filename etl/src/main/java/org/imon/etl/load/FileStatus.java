package org.imon.etl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a landing file without reading it: its size, modification time,
 * change time, inode and device. Any write to a file, or a file put in its place, moves the change
 * time (ctime), which no copy tool can set back; so while the status is the same, so is the content.
 * One caveat: times are only as fine as the kernel's clock tick, so a file changed within the same tick
 * as it was hashed could keep its status. A status is therefore trusted only when the file had been
 * left alone for {@link #SETTLE_MS} ms before it was hashed ({@link #settled()}); otherwise it is
 * hashed again next time.
 *
 * @param key     the status as one string, as the snapshot's list of landing files keeps it
 * @param settled whether the file had not changed for a while when the status was taken
 */
record FileStatus(long size, String key, boolean settled) {
    static final long SETTLE_MS = 2_000;

    /** The file's status now; null when it is gone or the file system does not give inode and change time. */
    static FileStatus of(Path path) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino,dev");
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null;
        }
        long size = (Long) a.get("size");
        FileTime changed = (FileTime) a.get("ctime");
        String key = size + ":" + ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS) + ":"
                + changed.to(TimeUnit.NANOSECONDS) + ":" + a.get("ino") + ":" + a.get("dev");
        return new FileStatus(size, key, changed.toMillis() < System.currentTimeMillis() - SETTLE_MS);
    }
}
