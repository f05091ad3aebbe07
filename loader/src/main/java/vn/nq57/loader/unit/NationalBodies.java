package vn.nq57.loader.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies of which Vietnam has exactly one — the Government, its ministries, the Party's and the State's central
 * bodies — by their official names, from {@code national-bodies.txt} beside this class (its header cites the sources).
 * Units are local (the Phòng Văn hóa - Xã hội of one commune is not another's), but "Bộ Khoa học và Công nghệ" in the
 * Government's programme, in a ministry's plan and in a province's plan is one body: the graph gives it one unit.
 */
public final class NationalBodies {
    private static final String RESOURCE = "national-bodies.txt";
    /** {@link UnitNames#canonicalKey} of every name and alias → the official name. */
    private static final Map<String, String> BY_KEY = load();

    private NationalBodies() {}

    /**
     * The official name of the national body {@code name} denotes, in any spelling {@link UnitNames#canonicalKey}
     * folds together ("Bộ KH&CN", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và công nghệ" → "Bộ Khoa học và Công
     * nghệ"); empty for any other name, a collective phrase ("Các bộ, ngành") and null.
     */
    public static Optional<String> officialName(String name) {
        if (name == null || name.isBlank() || UnitNames.isCollective(name)) return Optional.empty();
        String key = UnitNames.canonicalKey(name);
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key));
    }

    private static Map<String, String> load() {
        Map<String, String> byKey = new HashMap<>();
        try (InputStream in = NationalBodies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                String body = line.replaceFirst("#.*", "").strip();
                if (body.isEmpty()) continue;
                String[] names = body.split("\\|");
                String official = names[0].strip();
                for (String n : names) {
                    String previous = byKey.putIfAbsent(UnitNames.canonicalKey(n.strip()), official);
                    if (previous != null && !previous.equals(official))
                        throw new IllegalStateException(RESOURCE + " line " + number + ": '" + n.strip()
                                + "' is already a name of '" + previous + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        return Map.copyOf(byKey);
    }
}
