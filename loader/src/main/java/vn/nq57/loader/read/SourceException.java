package vn.nq57.loader.read;

/** A source document the loader cannot use; the message names the file and, where known, the line. */
public class SourceException extends Exception {
    private final String file;
    private final int line;

    public SourceException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }

    /** 1-based line, or 0 when the problem is the whole file. */
    public int line() { return line; }
}
