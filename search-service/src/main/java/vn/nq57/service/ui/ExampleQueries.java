package vn.nq57.service.ui;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The documented SPARQL queries ({@code docs/queries/*.rq}), which the build copies into the jar under
 * {@code static/queries/}, so the SPARQL editor offers exactly the examples the documentation explains.
 * Each file opens with a Vietnamese comment line and an English one: those are the titles.
 */
@Component
public class ExampleQueries {
    static final String LOCATION = "classpath*:static/queries/*.rq";
    static final String URL_PATH = "/queries/";

    /** One example: its file name without extension, where the browser fetches it, its titles. */
    public record Example(String name, String path, String titleVi, String titleEn) {}

    private final List<Example> examples;

    public ExampleQueries() {
        this(new PathMatchingResourcePatternResolver());
    }

    ExampleQueries(ResourcePatternResolver resolver) {
        this.examples = load(resolver);
    }

    public List<Example> all() {
        return examples;
    }

    private static List<Example> load(ResourcePatternResolver resolver) {
        List<Example> found = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources(LOCATION)) {
                String file = resource.getFilename();
                if (file == null) continue;
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                List<String> comments = leadingComments(text);
                String name = file.substring(0, file.length() - ".rq".length());
                found.add(new Example(name, URL_PATH + file,
                        comments.isEmpty() ? name : comments.get(0),
                        comments.size() < 2 ? name : comments.get(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the example queries", e);
        }
        found.sort(Comparator.comparing(Example::name));
        return List.copyOf(found);
    }

    private static List<String> leadingComments(String text) {
        List<String> comments = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            comments.add(line.substring(1).strip());
        }
        return comments;
    }
}
