package vn.nq57.service.stats;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import vn.nq57.ontology.NQ;
import vn.nq57.service.entity.Describer;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Levels;
import vn.nq57.service.stats.Stats.LevelCount;
import vn.nq57.service.stats.Stats.Overdue;
import vn.nq57.service.stats.Stats.ProvinceCount;
import vn.nq57.service.stats.Stats.QuarterCount;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Counts documents, tasks and indicators by level, province and deadline; "today" comes from the clock. */
public class StatsService {
    /** Every policy document that is not an appendix, with its level and province. */
    private static final Query DOCUMENTS = QueryFactory.create("""
            PREFIX nq:  <https://w3id.org/nq57/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT ?doc ?level ?province WHERE {
              ?doc a nq:PolicyDocument .
              FILTER NOT EXISTS { ?doc eli:is_part_of ?whole }
              OPTIONAL { ?doc nq:level ?level }
              OPTIONAL { ?doc nq:area/nq:parentArea* ?province . ?province nq:level nq:province }
            }""");

    /** Every task and indicator with its document's level and province, and a task's deadline end and completion. */
    private static final Query ITEMS = QueryFactory.create("""
            PREFIX nq:  <https://w3id.org/nq57/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT ?item ?class ?level ?province ?end ?completed WHERE {
              VALUES ?class { nq:Task nq:Indicator }
              ?item a ?class ; nq:inDocument ?doc .
              OPTIONAL { ?doc nq:level ?level }
              OPTIONAL { ?doc eli:is_part_of*/nq:area/nq:parentArea* ?province . ?province nq:level nq:province }
              OPTIONAL { ?item nq:deadline/nq:end ?end }
              OPTIONAL { ?item nq:completed ?completed }
            }""");

    private final Dataset dataset;
    private final Clock clock;

    public StatsService(Dataset dataset, Clock clock) {
        this.dataset = dataset;
        this.clock = clock;
    }

    public Stats stats() {
        LocalDate today = LocalDate.now(clock);
        return Txn.calculateRead(dataset, () -> {
            Model model = dataset.getUnionModel();
            Map<String, Tally> byLevel = new TreeMap<>(Comparator.comparingInt(Levels::rank).thenComparing(Comparator.naturalOrder()));
            Map<String, Tally> byProvince = new TreeMap<>();
            Map<String, Integer> byQuarter = new TreeMap<>();
            Tally total = new Tally();
            int[] overdue = {0}, completed = {0};

            Map<String, QuerySolution> documents = firstRowPer(model, DOCUMENTS, "doc");
            documents.values().forEach(row -> tally(row, byLevel, byProvince, total, t -> t.documents++));

            Map<String, QuerySolution> items = firstRowPer(model, ITEMS, "item");
            for (QuerySolution row : items.values()) {
                boolean isTask = row.getResource("class").equals(NQ.Task);
                tally(row, byLevel, byProvince, total, isTask ? t -> t.tasks++ : t -> t.indicators++);
                if (!isTask) continue;
                boolean done = row.contains("completed") && row.getLiteral("completed").getBoolean();
                if (done) completed[0]++;
                LocalDate end = date(row.get("end"));
                if (end == null) continue;
                byQuarter.merge(end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1), 1, Integer::sum);
                if (isOverdue(end, done, today)) overdue[0]++;
            }

            return new Stats(total.documents, total.tasks, total.indicators,
                    byLevel.entrySet().stream().map(e -> new LevelCount(e.getKey(), e.getValue().documents, e.getValue().tasks, e.getValue().indicators)).toList(),
                    byProvince.entrySet().stream().map(e -> new ProvinceCount(e.getKey(), label(model, e.getKey()),
                            e.getValue().documents, e.getValue().tasks, e.getValue().indicators)).toList(),
                    byQuarter.entrySet().stream().map(e -> new QuarterCount(e.getKey(), e.getValue())).toList(),
                    new Overdue(today.toString(), overdue[0]), completed[0]);
        });
    }

    /**
     * The one definition of overdue, for the dashboard's card and its list alike: the deadline interval ended
     * (its last day is before {@code today}) and the task is not recorded as completed. A task due "Năm 2026" ends on
     * 31/12/2026, so it is not overdue before 2027.
     */
    static boolean isOverdue(LocalDate end, boolean done, LocalDate today) {
        return end != null && !done && end.isBefore(today);
    }

    /**
     * The overdue tasks as of today (the tasks the card counts), oldest deadline first, one page of them.
     *
     * @param page 1-based; a page past the end is empty, with the same total
     * @param size tasks per page, 1 to {@value #MAX_PAGE_SIZE}
     */
    public OverdueList overdue(int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return Txn.calculateRead(dataset, () -> {
            Model model = dataset.getUnionModel();
            List<OverdueList.Task> tasks = new ArrayList<>();
            for (QuerySolution row : firstRowPer(model, ITEMS, "item").values()) {
                if (!row.getResource("class").equals(NQ.Task)) continue;
                boolean done = row.contains("completed") && row.getLiteral("completed").getBoolean();
                LocalDate end = date(row.get("end"));
                if (!isOverdue(end, done, today)) continue;
                Resource task = row.getResource("item");
                Resource doc = EntityReader.containingDocument(task).orElse(null);
                tasks.add(new OverdueList.Task(task.getURI(), EntityReader.name(task),
                        deadlineText(task), end.toString(),
                        EntityReader.resources(task, NQ.leadUnit).map(EntityReader::name).filter(java.util.Objects::nonNull).toList(),
                        doc == null ? null : EntityReader.document(doc), doc == null ? null : Describer.kind(doc)));
            }
            tasks.sort(Comparator.comparing(OverdueList.Task::end).thenComparing(OverdueList.Task::id));
            int from = (int) Math.min((long) (page - 1) * size, tasks.size());
            return new OverdueList(today.toString(), tasks.size(), page, size, tasks.subList(from, Math.min(from + size, tasks.size())));
        });
    }

    private static String deadlineText(Resource task) {
        Resource deadline = task.getPropertyResourceValue(NQ.deadline);
        return deadline == null ? null : EntityReader.string(deadline, NQ.deadlineText);
    }

    /** The largest page {@link #overdue} gives. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final class Tally {
        int documents, tasks, indicators;
    }

    private static void tally(QuerySolution row, Map<String, Tally> byLevel, Map<String, Tally> byProvince,
                              Tally total, Consumer<Tally> count) {
        count.accept(total);
        if (row.contains("level")) count.accept(byLevel.computeIfAbsent(Levels.name(row.getResource("level")), l -> new Tally()));
        if (row.contains("province")) count.accept(byProvince.computeIfAbsent(row.getResource("province").getURI(), p -> new Tally()));
    }

    /** One row per entity: an entity with two labels or two provinces must not count twice. Rows come in a stable order. */
    private static Map<String, QuerySolution> firstRowPer(Model model, Query query, String variable) {
        Map<String, QuerySolution> rows = new LinkedHashMap<>();
        try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> {
                Resource entity = row.getResource(variable);
                if (entity.isURIResource()) rows.putIfAbsent(entity.getURI(), row);
            });
        }
        return rows;
    }

    private static String label(Model model, String iri) {
        return EntityReader.string(model.createResource(iri), RDFS.label);
    }

    private static LocalDate date(RDFNode node) {
        if (node == null || !node.isLiteral()) return null;
        try {
            return LocalDate.parse(((Literal) node).getLexicalForm());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
