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
}
