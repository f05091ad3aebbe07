package vn.nq57.loader.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens only what is safe to open: regular files, never a FIFO (opening one blocks), a device (/dev/zero never ends)
 * or a socket, never a link that leads out of the folder being loaded; and never more than {@link #maxBytes()} bytes,
 * counted while reading, so a file that grows or lies about its size cannot exhaust memory.
 */
public final class SourceFiles {
    /** Default size limit per file: 64 MiB, far above any plan (a 30-page scan at 300 dpi is ~5 MB). */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** System property that overrides the limit, in bytes. */
    public static final String MAX_BYTES_PROPERTY = "nq57.maxFileBytes";

    private SourceFiles() {}

    /** The size limit per file in bytes: {@value #MAX_BYTES_PROPERTY} if set, else {@link #DEFAULT_MAX_BYTES}. */
    public static long maxBytes() {
        return Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES);
    }

    /**
     * Refuses {@code file} unless it is a regular file (links are followed) within the limit.
     *
     * @param root the folder the file was listed from: a link in it must stay inside it; null for a file named
     *             on the command line or uploaded
     * @throws SourceException naming the file: what it is instead, or its size against the limit
     */
    public static void checkRegular(Path file, Path root) throws SourceException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            BasicFileAttributes attrs;
            try {
                attrs = own.isSymbolicLink() ? Files.readAttributes(file, BasicFileAttributes.class) : own;
            } catch (IOException e) {
                throw new SourceException(name, 0, "a link to a file that does not exist",
                        "liên kết tới một tệp không tồn tại");
            }
            if (attrs.isDirectory()) throw new SourceException(name, 0, "a folder, not a document", "một thư mục, không phải văn bản");
            if (!attrs.isRegularFile())
                throw new SourceException(name, 0, "not a regular file (a FIFO, device or socket); only document files are read",
                        "không phải tệp thông thường (FIFO, thiết bị hoặc socket); chỉ đọc các tệp văn bản");
            if (own.isSymbolicLink() && root != null) {
                Path target = file.toRealPath();
                if (!target.startsWith(root.toRealPath()))
                    throw new SourceException(name, 0, "a link that points out of " + root + " (to " + target
                            + "); only files inside the folder are loaded", "liên kết trỏ ra ngoài " + root + " (tới "
                            + target + "); chỉ nạp các tệp nằm trong thư mục");
            }
            if (attrs.size() > maxBytes()) throw tooLarge(name, attrs.size());
        } catch (IOException e) {
            throw new SourceException(name, 0, "cannot read: " + e, "không đọc được tệp (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Reads a checked file's bytes, stopping with an error past the limit.
     *
     * @throws SourceException naming the file when it is not regular, too large or unreadable
     */
    public static byte[] read(Path file, Path root) throws SourceException {
        checkRegular(file, root);
        String name = file.getFileName().toString();
        long max = maxBytes();
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) throw tooLarge(name, total);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new SourceException(name, 0, "cannot read: " + e, "không đọc được tệp (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static SourceException tooLarge(String name, long size) {
        return new SourceException(name, 0, String.format("too large: %s over the limit of %s per file (-D%s=BYTES to change it)",
                size(size), size(maxBytes()), MAX_BYTES_PROPERTY), String.format(
                "quá lớn: %s, vượt giới hạn %s mỗi tệp (đổi giới hạn bằng -D%s=BYTES)",
                size(size).replace("bytes", "byte"), size(maxBytes()).replace("bytes", "byte"), MAX_BYTES_PROPERTY));
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MiB", bytes / 1048576.0)
                : bytes >= 1024 ? String.format("%.1f KiB", bytes / 1024.0) : bytes + " bytes";
    }
}
