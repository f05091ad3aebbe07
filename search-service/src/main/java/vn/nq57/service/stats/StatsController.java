package vn.nq57.service.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.service.web.BadParameterException;

/** {@code GET /api/stats}: counts over the whole graph; {@code GET /api/stats/overdue}: the overdue tasks it counts. */
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

    /** One page of the overdue tasks; {@code page} from 1, {@code size} 1 to 500 (default 50); bad values are 400. */
    @GetMapping(path = "/api/stats/overdue", produces = "application/json")
    public OverdueList overdue(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return stats.overdue(number("page", page, Integer.MAX_VALUE, 1), number("size", size, StatsService.MAX_PAGE_SIZE, 50));
    }

    private static int number(String name, String value, int max, int absent) {
        if (value == null || value.isBlank()) return absent;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new BadParameterException(name, "Parameter '" + name + "' is '" + value + "'; give a whole number from 1"
                + (max == Integer.MAX_VALUE ? " up" : " to " + max), "Tham số '" + name + "' là '" + value
                + "'; hãy cho một số nguyên " + (max == Integer.MAX_VALUE ? "từ 1 trở lên." : "từ 1 đến " + max + "."));
    }
}
