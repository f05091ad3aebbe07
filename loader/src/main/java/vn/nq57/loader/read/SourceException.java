package vn.nq57.loader.read;

/**
 * A source document the loader cannot use. The message names the file and, where known, the line, with the reason in
 * English (what the command line prints); {@link #vietnamese()} says the same in Vietnamese, for the service's answer
 * to a request in Vietnamese.
 */
public class SourceException extends Exception {
    private final String file;
    private final int line;
    private final String reasonVi;

    /**
     * @param file     the file's name as given
     * @param line     1-based line, or 0 when the problem is the whole file
     * @param reason   why the file cannot be used, in English
     * @param reasonVi the same in Vietnamese
     */
    public SourceException(String file, int line, String reason, String reasonVi) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reasonVi = reasonVi;
    }

    public String file() { return file; }

    /** 1-based line, or 0 when the problem is the whole file. */
    public int line() { return line; }

    /** The message in Vietnamese: the file, the line where known ("dòng 3"), and why. */
    public String vietnamese() {
        return file + (line > 0 ? ", dòng " + line : "") + ": " + reasonVi;
    }
}
