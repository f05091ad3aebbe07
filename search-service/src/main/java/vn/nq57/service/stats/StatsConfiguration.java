package vn.nq57.service.stats;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.nq57.service.store.DatasetHolder;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The {@link StatsService}. "Today" is read from a {@link Clock} bean when the application declares one (a test
 * fixes the date that way), else from the system clock in Vietnam's time zone, where the deadlines fall.
 */
@Configuration(proxyBeanMethods = false)
public class StatsConfiguration {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    StatsService statsService(DatasetHolder store, ObjectProvider<Clock> clock) {
        return new StatsService(store.dataset(), clock.getIfAvailable(() -> Clock.system(VIETNAM)));
    }
}
