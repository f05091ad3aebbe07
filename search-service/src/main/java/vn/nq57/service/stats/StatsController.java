package vn.nq57.service.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats}: counts over the whole graph. */
@RestController
public class StatsController {
    private final StatsService stats;

    public StatsController(StatsService stats) {
        this.stats = stats;
    }

    @GetMapping(path = "/api/stats", produces = "application/json")
    public Stats stats() {
        return stats.stats();
    }
}
