package vn.nq57.service.entity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/entities?id=}: everything about one entity, by its IRI. */
@RestController
public class EntityController {
    private final EntityService entities;

    public EntityController(EntityService entities) {
        this.entities = entities;
    }

    @GetMapping(path = "/api/entities", produces = "application/json")
    public Entity entity(@RequestParam(name = EntityId.PARAMETER, required = false) String id) {
        return entities.describe(EntityId.parse(id));
    }
}
