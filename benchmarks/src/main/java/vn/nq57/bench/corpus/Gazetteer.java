package vn.nq57.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The country the corpus is generated for: the 34 province-level units in force since 1 July 2025, each with
 * communes whose names are drawn deterministically from syllables common in Vietnamese place names. Commune
 * names repeat across provinces, as real ones do, but never within one.
 */
public final class Gazetteer {
    /** Communes in the whole country since 1 July 2025. */
    public static final int NATIONAL_COMMUNES = 3_321;

    /** Ordered so that a small corpus (the first two) still holds a centrally governed city and a province. */
    private static final List<String[]> PROVINCES = List.of(
            new String[] {"Huế", "thành phố"}, new String[] {"Đồng Nai", "tỉnh"},
            new String[] {"Hà Nội", "thành phố"}, new String[] {"Thái Nguyên", "tỉnh"},
            new String[] {"Quảng Ngãi", "tỉnh"}, new String[] {"Lai Châu", "tỉnh"},
            new String[] {"Điện Biên", "tỉnh"}, new String[] {"Sơn La", "tỉnh"},
            new String[] {"Lạng Sơn", "tỉnh"}, new String[] {"Quảng Ninh", "tỉnh"},
            new String[] {"Thanh Hóa", "tỉnh"}, new String[] {"Nghệ An", "tỉnh"},
            new String[] {"Hà Tĩnh", "tỉnh"}, new String[] {"Cao Bằng", "tỉnh"},
            new String[] {"Tuyên Quang", "tỉnh"}, new String[] {"Lào Cai", "tỉnh"},
            new String[] {"Phú Thọ", "tỉnh"}, new String[] {"Bắc Ninh", "tỉnh"},
            new String[] {"Hưng Yên", "tỉnh"}, new String[] {"Hải Phòng", "thành phố"},
            new String[] {"Ninh Bình", "tỉnh"}, new String[] {"Quảng Trị", "tỉnh"},
            new String[] {"Đà Nẵng", "thành phố"}, new String[] {"Gia Lai", "tỉnh"},
            new String[] {"Khánh Hòa", "tỉnh"}, new String[] {"Lâm Đồng", "tỉnh"},
            new String[] {"Đắk Lắk", "tỉnh"}, new String[] {"Hồ Chí Minh", "thành phố"},
            new String[] {"Tây Ninh", "tỉnh"}, new String[] {"Cần Thơ", "thành phố"},
            new String[] {"Vĩnh Long", "tỉnh"}, new String[] {"Đồng Tháp", "tỉnh"},
            new String[] {"Cà Mau", "tỉnh"}, new String[] {"An Giang", "tỉnh"});

    /** Syllables that open and close Vietnamese place names (Tân Lợi, Phú Hòa, Vĩnh Thạnh ...). */
    private static final List<String> FIRST = List.of(
            "Tân", "Phú", "Bình", "Hòa", "An", "Vĩnh", "Long", "Mỹ", "Thạnh", "Phước", "Xuân", "Đông", "Tây", "Nam",
            "Bắc", "Trung", "Quang", "Minh", "Hưng", "Thuận", "Đức", "Cao", "Thanh", "Hải", "Sơn", "Lộc", "Kim",
            "Ngọc", "Hồng", "Yên", "Đại", "Thượng", "Hạ", "Tam", "Phong", "Hiệp", "Nghĩa", "Thái", "Gia", "Lạc");
    private static final List<String> SECOND = List.of(
            "Lợi", "Hòa", "Bình", "An", "Phú", "Thịnh", "Hưng", "Hội", "Minh", "Thành", "Lộc", "Phước", "Thuận",
            "Sơn", "Hải", "Long", "Đông", "Tây", "Trung", "Mỹ", "Tiến", "Phong", "Hiệp", "Lập", "Lâm", "Quý",
            "Khánh", "Điền", "Xuyên", "Định", "Nghĩa", "Tân", "Vinh", "Giang", "Cường", "Đạt", "Hợp", "Châu", "Kiên");

    private Gazetteer() {}

    /** Every province with {@link #NATIONAL_COMMUNES} communes spread over them. */
    public static List<Province> national(long seed) {
        return generate(seed, PROVINCES.size(), NATIONAL_COMMUNES);
    }

    /** The first {@code provinces} province-level units, with {@code communes} communes spread over them. */
    public static List<Province> generate(long seed, int provinces, int communes) {
        if (provinces < 1 || provinces > PROVINCES.size()) {
            throw new IllegalArgumentException("provinces must be 1.." + PROVINCES.size() + ": " + provinces);
        }
        if (communes < provinces) throw new IllegalArgumentException("at least one commune per province");
        Random random = new Random(seed);
        int[] shares = spread(random, provinces, communes);
        List<Province> out = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            String[] province = PROVINCES.get(p);
            out.add(new Province(province[0], province[1], communes(random, province[0], shares[p])));
        }
        return out;
    }

    /** Unequal but bounded shares (real provinces hold from about 40 to 170 communes), summing to {@code total}. */
    private static int[] spread(Random random, int parts, int total) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) sum += weights[i] = 1 + 3 * random.nextDouble();
        int[] shares = new int[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) given += shares[i] = Math.max(1, (int) Math.floor(total * weights[i] / sum));
        for (int i = 0; given < total; i = (i + 1) % parts, given++) shares[i]++;
        for (int i = 0; given > total; i = (i + 1) % parts) if (shares[i] > 1) { shares[i]--; given--; }
        return shares;
    }

    private static List<Commune> communes(Random random, String province, int count) {
        Set<String> names = new LinkedHashSet<>();
        int maxDistinct = FIRST.size() * SECOND.size();
        while (names.size() < Math.min(count, maxDistinct)) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String second = SECOND.get(random.nextInt(SECOND.size()));
            // Avoid "An An" and names that repeat the province's own words, which would make "xã X" ambiguous.
            if (first.equals(second) || province.contains(first) || province.contains(second)) continue;
            names.add(first + " " + second);
        }
        List<String> districts = districts(random, province, Math.max(2, count / 12));
        List<Commune> out = new ArrayList<>();
        int i = 0;
        for (String name : names) out.add(new Commune(name, districts.get(i++ % districts.size())));
        return out;
    }

    private static List<String> districts(Random random, String province, int count) {
        Set<String> names = new HashSet<>();
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            String name = SECOND.get(random.nextInt(SECOND.size())) + " " + FIRST.get(random.nextInt(FIRST.size()));
            if (!province.contains(name) && names.add(name)) out.add(name);
        }
        return out;
    }
}
