package vn.nq57.service.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.service.store.DatasetHolder;

/** {@code GET /api/home}: what the home and indicator pages open with (latest documents, units, comparisons). */
@RestController
public class HomeController {
    private final HomeService home;

    public HomeController(HomeService home) {
        this.home = home;
    }

    @GetMapping(path = "/api/home", produces = "application/json")
    public HomePage home() {
        return home.home();
    }

    /** The {@link HomeService} over the application's store. */
    @Configuration(proxyBeanMethods = false)
    static class HomeConfiguration {
        @Bean
        HomeService homeService(DatasetHolder store) {
            return new HomeService(store.dataset());
        }
    }
}
