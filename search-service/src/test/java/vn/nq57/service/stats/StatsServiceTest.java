package vn.nq57.service.stats;

import org.junit.jupiter.api.Test;
import vn.nq57.service.entity.RealGraph;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.*;

/** Statistics of the real documents on fixed dates, against the tests' own SPARQL counts. */
class StatsServiceTest {

    static Stats on(String date) {
        Clock clock = Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        return new StatsService(RealGraph.dataset(), clock).stats();
    }

    static int count(String where) {
        return RealGraph.select("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { " + where + " }").getFirst().getLiteral("n").getInt();
    }

    @Test
    void totalsAndLevelsAddUp() {
        Stats stats = on("2026-11-22");
        assertEquals(count("?t a nq:Task"), stats.tasks());
        assertEquals(count("?t a nq:Indicator"), stats.indicators());
        assertEquals(stats.tasks(), stats.byLevel().stream().mapToInt(Stats.LevelCount::tasks).sum());
        assertEquals(count("?t a nq:Task ; nq:inDocument/nq:level nq:commune"),
                stats.byLevel().stream().filter(l -> l.level().equals("commune")).findFirst().orElseThrow().tasks());
        assertEquals(count("?t nq:completed true"), stats.completed());
        assertEquals(count("?t a nq:Task ; nq:deadline/nq:end ?e"),
                stats.tasksByDeadlineQuarter().stream().mapToInt(Stats.QuarterCount::count).sum());
        assertTrue(stats.byProvince().stream().anyMatch(p -> p.province().contains("Đồng Nai") && p.tasks() > 0), stats.byProvince().toString());
    }

    @Test
    void overdueDependsOnTheClock() {
        Stats before = on("2020-01-01"), after = on("2040-01-01"), now = on("2026-07-01");
        assertEquals("2026-07-01", now.overdue().asOf());
        assertEquals(0, before.overdue().count(), "nothing is overdue before any deadline");
        assertEquals(count("?t a nq:Task ; nq:deadline/nq:end ?e . FILTER NOT EXISTS { ?t nq:completed true }"), after.overdue().count());
        assertEquals(count("?t a nq:Task ; nq:deadline/nq:end ?e . FILTER(?e < \"2026-07-01\"^^xsd:date) FILTER NOT EXISTS { ?t nq:completed true }"),
                now.overdue().count());
    }

    static StatsService service(String date) {
        return new StatsService(RealGraph.dataset(), Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void theOverdueListIsWhatTheCardCounts() {
        for (String date : new String[] {"2025-07-01", "2026-11-30", "2027-01-02"}) {
            StatsService stats = service(date);
            int card = stats.stats().overdue().count();
            OverdueList list = stats.overdue(1, StatsService.MAX_PAGE_SIZE);
            assertEquals(card, list.total(), "card and list on " + date);
            assertEquals(Math.min(card, StatsService.MAX_PAGE_SIZE), list.tasks().size());
            for (OverdueList.Task task : list.tasks())
                assertTrue(java.time.LocalDate.parse(task.end()).isBefore(java.time.LocalDate.parse(date)), task.toString());
        }
    }

    @Test
    void aDeadlineInTheYearIsNotOverdueBeforeTheYearEnds() {
        // "Năm 2026" ends on 31/12/2026: a task due in 2026 is overdue on 1 January 2027, not before.
        int dueIn2026 = count("?t a nq:Task ; nq:deadline/nq:end ?e . FILTER(?e = \"2026-12-31\"^^xsd:date) FILTER NOT EXISTS { ?t nq:completed true }");
        org.junit.jupiter.api.Assumptions.assumeTrue(dueIn2026 > 0, "no task due at the end of 2026 in the data");
        assertTrue(service("2026-12-31").overdue(1, 500).tasks().stream().noneMatch(t -> t.end().equals("2026-12-31")));
        assertEquals(dueIn2026, service("2027-01-01").overdue(1, 500).tasks().stream().filter(t -> t.end().equals("2026-12-31")).count());
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheSameTotal() {
        StatsService stats = service("2027-01-02");
        OverdueList first = stats.overdue(1, 10), far = stats.overdue(9999, 10);
        assertEquals(first.total(), far.total());
        assertTrue(far.tasks().isEmpty());
    }
}
