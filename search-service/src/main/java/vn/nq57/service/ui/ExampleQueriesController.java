package vn.nq57.service.ui;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/queries}: the example SPARQL queries the editor offers, the file itself is served statically. */
@RestController
public class ExampleQueriesController {
    private final ExampleQueries queries;

    public ExampleQueriesController(ExampleQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/queries")
    public List<ExampleQueries.Example> list() {
        return queries.all();
    }
}
