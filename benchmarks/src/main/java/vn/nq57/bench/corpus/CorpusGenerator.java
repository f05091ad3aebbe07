package vn.nq57.bench.corpus;

import vn.nq57.loader.Loader;
import vn.nq57.loader.metadata.Area;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.metadata.Levels;
import vn.nq57.loader.reference.Reference;
import vn.nq57.ontology.Iris;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a country's worth of plan documents from the real ones, deterministically from a seed. The real
 * documents are sorted by what the loader reads in them (level and kind), never by file name:
 * <ul>
 *   <li>each province gets a plan from a provincial template, numbered and dated;</li>
 *   <li>each commune gets a plan from one of the commune-plan templates, citing its province's generated plan
 *       where the template cites its own province's plan, and at {@link CorpusSize#appendixShare()} odds an
 *       appendix of tasks (from an appendix template) attached to that plan;</li>
 *   <li>ministry and central documents are copied once, with their rows reshuffled.</li>
 * </ul>
 * Rows are shuffled and recombined within their tables; names, numbers and dates are replaced; layouts are kept.
 */
public final class CorpusGenerator {
    /** Odds that a row slot takes a row from another section of its table rather than its own. */
    private static final double RECOMBINE = 0.2;
    private static final Pattern DISTRICT = Pattern.compile("(?iu)huyện\\s+(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*)");
    private static final Pattern UNNAMED_COMMUNE =
            Pattern.compile("(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\\s+xã(?!\\s*\\p{Lu})");

    private final List<Template> communePlans = new ArrayList<>();
    private final List<Template> communeAppendices = new ArrayList<>();
    private final List<Template> provincePlans = new ArrayList<>();
    private final List<Template> national = new ArrayList<>();

    /** Reads the templates: every real document in {@code sources}, through the real loader. */
    public CorpusGenerator(Path sources) {
        for (Path file : Loader.sources(List.of(sources))) {
            Template t = Template.read(file);
            DocumentMetadata meta = t.metadata();
            if (t.tasks() + t.indicators() == 0) continue;
            String level = meta.issuerLevel();
            boolean appendix = "Appendix".equals(meta.kind());
            if (Levels.COMMUNE.equals(level) && appendix && meta.appendixOf() != null) communeAppendices.add(t);
            else if (Levels.COMMUNE.equals(level) && !appendix && provincePlanCited(t).isPresent()) communePlans.add(t);
            else if (Levels.PROVINCE.equals(level) && !appendix) provincePlans.add(t);
            else if (Levels.MINISTRY.equals(level) || Levels.CENTRAL.equals(level)) national.add(t);
        }
        if (communePlans.isEmpty() || provincePlans.isEmpty()) {
            throw new IllegalStateException("need at least one commune plan citing its province's plan and one"
                    + " provincial plan among the sources in " + sources);
        }
    }

    /** Templates read, by role, for reports. */
    public Map<String, List<String>> templates() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("commune plan", communePlans.stream().map(Template::fileName).toList());
        out.put("commune appendix", communeAppendices.stream().map(Template::fileName).toList());
        out.put("province plan", provincePlans.stream().map(Template::fileName).toList());
        out.put("national", national.stream().map(Template::fileName).toList());
        return out;
    }

    /** Writes the corpus into {@code directory} (created; files of an earlier run with the same names are replaced). */
    public Corpus generate(Path directory, CorpusSize size, long seed) {
        Random random = new Random(seed);
        List<Province> provinces = Gazetteer.generate(seed, size.provinces(), size.communes());
        List<GeneratedDocument> out = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Template t : national) out.add(copyNational(directory, t, random));
            for (int p = 0; p < provinces.size(); p++) {
                Province province = provinces.get(p);
                String prefix = String.format("p%02d-%s", p + 1, Iris.slug(province.name()));
                Template pt = provincePlans.get(random.nextInt(provincePlans.size()));
                int planNumber = 1 + random.nextInt(400);
                int planYear = pt.metadata().year() == null ? 2025 : pt.metadata().year();
                LocalDate planDate = dayIn(random, planYear, 1, 10);
                out.add(writeProvincePlan(directory.resolve(prefix + "-kh-ubnd.txt"), pt, province, planNumber,
                        planDate, random));
                for (int c = 0; c < province.communes().size(); c++) {
                    Commune commune = province.communes().get(c);
                    String cprefix = String.format("%s-c%03d-%s", prefix, c + 1, Iris.slug(commune.name()));
                    Template ct = communePlans.get(random.nextInt(communePlans.size()));
                    int number = 1 + random.nextInt(300);
                    int year = ct.metadata().year() == null ? planYear + 1 : ct.metadata().year();
                    LocalDate date = ct.metadata().date() != null ? ct.metadata().date()
                            : dayIn(random, year, ct.metadata().month() == null ? 1 : ct.metadata().month(),
                                    ct.metadata().month() == null ? 12 : ct.metadata().month());
                    out.add(writeCommunePlan(directory.resolve(cprefix + "-kh.txt"), ct, province, commune,
                            number, date, planNumber, planDate, random));
                    if (!communeAppendices.isEmpty() && random.nextDouble() < size.appendixShare()) {
                        Template at = communeAppendices.get(random.nextInt(communeAppendices.size()));
                        out.add(writeAppendix(directory.resolve(cprefix + "-phu-luc.txt"), at, province, commune,
                                number, date, random));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write corpus into " + directory, e);
        }
        return new Corpus(directory, seed, provinces, out);
    }

    private GeneratedDocument copyNational(Path dir, Template t, Random random) throws IOException {
        Path file = dir.resolve("tw-" + Iris.slug(t.fileName().replaceAll("\\.[^.]+$", "")) + ".txt");
        // A country has one of each national document: it is copied as published. (Reordering its rows would add
        // nothing, and a resolution written in running text has no rows to reorder.)
        write(file, String.join("\n", t.lines()));
        DocumentMetadata meta = t.metadata();
        return new GeneratedDocument(file, t.fileName(), meta.issuerLevel(), null, null,
                meta.number() == null || meta.number().blank() ? null : meta.number().canonical(), t.tasks(), t.indicators());
    }

    private GeneratedDocument writeProvincePlan(Path file, Template t, Province province, int number, LocalDate date,
                                                Random random) throws IOException {
        String text = String.join("\n", t.refill(random, RECOMBINE));
        text = TextEdits.rename(text, names(t.metadata().area(), t.references(), province, null));
        String printed = number + "/" + kindCode(t) + "-UBND";
        text = TextEdits.hasBlankNumber(text) ? TextEdits.fillNumber(text, number) : "Số: " + printed + "\n" + text;
        text = TextEdits.fillDate(text, date);
        write(file, text);
        return new GeneratedDocument(file, t.fileName(), Levels.PROVINCE, province.name(), null, printed,
                t.tasks(), t.indicators());
    }

    private GeneratedDocument writeCommunePlan(Path file, Template t, Province province, Commune commune, int number,
                                               LocalDate date, int provincePlan, LocalDate provinceDate, Random random)
            throws IOException {
        String text = String.join("\n", t.refill(random, RECOMBINE));
        Reference cited = provincePlanCited(t).orElseThrow();
        text = TextEdits.renumber(text, cited.key(), provincePlan + "/" + cited.number().kindCode() + "-"
                + cited.number().issuerCode(), provinceDate);
        text = TextEdits.rename(text, names(t.metadata().area(), t.references(), province, commune));
        String printed = number + "/KH-UBND";
        text = TextEdits.hasBlankNumber(text) ? TextEdits.fillNumber(text, number) : "Số: " + printed + "\n\n" + text;
        text = TextEdits.fillDate(text, date);
        write(file, text);
        return new GeneratedDocument(file, t.fileName(), Levels.COMMUNE, province.name(), commune.name(), printed,
                t.tasks(), t.indicators());
    }

    private GeneratedDocument writeAppendix(Path file, Template t, Province province, Commune commune, int planNumber,
                                            LocalDate planDate, Random random) throws IOException {
        String text = String.join("\n", t.refill(random, RECOMBINE));
        var parent = t.metadata().appendixOf().number();
        text = TextEdits.renumber(text, parent.key(), planNumber + "/" + parent.kindCode() + "-" + parent.issuerCode(),
                planDate);
        Area area = t.metadata().area();
        if (area == null || area.commune() == null) {
            // The template's body does not name its commune: name it where it names the issuing committee.
            Matcher m = UNNAMED_COMMUNE.matcher(text);
            if (m.find()) {
                // The issuer phrase takes the commune's name only; the province goes on a line of its own, where
                // the loader looks for the levels above a commune.
                int eol = text.indexOf('\n', m.end());
                if (eol < 0) eol = text.length();
                text = text.substring(0, m.end()) + " " + commune.name() + text.substring(m.end(), eol)
                        + "\n(Trên địa bàn xã " + commune.name() + ", " + levelWord(province) + ")" + text.substring(eol);
            }
        }
        text = TextEdits.rename(text, names(area, t.references(), province, commune));
        write(file, text);
        return new GeneratedDocument(file, t.fileName(), Levels.COMMUNE, province.name(), commune.name(), null,
                t.tasks(), t.indicators());
    }

    /** The template's own place names, as written, mapped to the generated ones. */
    private static Map<String, String> names(Area area, List<Reference> references, Province province, Commune commune) {
        Map<String, String> names = new LinkedHashMap<>();
        if (area != null && area.province() != null) {
            names.put("tỉnh " + area.province(), levelWord(province));
            names.put(area.province(), province.name());
        }
        if (commune != null) {
            if (area != null && area.commune() != null) names.put(area.commune(), commune.name());
            List<String> districts = new ArrayList<>();
            if (area != null && area.district() != null) districts.add(area.district());
            for (Reference r : references) {
                if (!Levels.DISTRICT.equals(r.issuerLevel()) || r.issuer() == null) continue;
                Matcher m = DISTRICT.matcher(r.issuer());
                if (m.find()) districts.add(m.group(1));
            }
            for (String d : districts) names.putIfAbsent(d, commune.district());
        }
        return names;
    }

    /** The first plan the template cites from its own province's People's Committee: the one lineage goes through. */
    private static Optional<Reference> provincePlanCited(Template t) {
        return t.references().stream()
                .filter(r -> Levels.PROVINCE.equals(r.issuerLevel()))
                .filter(r -> r.number() != null && !r.number().blank() && "UBND".equals(r.number().issuerCode()))
                .findFirst();
    }

    /**
     * How a generated document names its province. The loader finds a commune's province only after the word
     * "tỉnh" (reported), so the six centrally governed cities are written like provinces too.
     */
    private static String levelWord(Province province) {
        return "tỉnh " + province.name();
    }

    private static String kindCode(Template t) {
        String code = t.metadata().kindCode();
        return code == null ? "KH" : code;
    }

    private static LocalDate dayIn(Random random, int year, int fromMonth, int toMonth) {
        int month = fromMonth + random.nextInt(toMonth - fromMonth + 1);
        return LocalDate.of(year, month, 1 + random.nextInt(28));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
    }
}
