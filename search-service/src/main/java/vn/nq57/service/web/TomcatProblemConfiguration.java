package vn.nq57.service.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemReportValve} in place of Tomcat's HTML error report on the host, so that errors Tomcat answers
 * itself are problem details too. Done when the web application starts, after every other customizer (Spring Boot
 * adds its own {@link ErrorReportValve}), so exactly one error report valve remains: ours.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatProblemConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) useProblemReports(context.getParent());
        }));
    }

    private static void useProblemReports(Container host) {
        if (host instanceof StandardHost standard) standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) host.getPipeline().removeValve(valve);
        }
        boolean present = false;
        for (Valve valve : host.getPipeline().getValves()) present |= valve instanceof ProblemReportValve;
        if (!present) host.getPipeline().addValve(new ProblemReportValve());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
