package vn.nq57.loader.read.layout;

import java.util.List;

/**
 * One printed line of a page with where its parts are: segments are runs of words separated by wide gaps (column
 * boundaries), left to right, x in page units (PDF points or image pixels).
 */
public record PositionedLine(List<Segment> segments, float y) {
    public PositionedLine {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) throw new IllegalArgumentException("a line without text");
    }

    /** A run of words on a line, from x {@code start} to {@code end}. */
    public record Segment(String text, float start, float end) {}

    public String text() { return String.join(" ", segments.stream().map(Segment::text).toList()); }

    public float start() { return segments.getFirst().start(); }

    public float end() { return segments.getLast().end(); }
}
