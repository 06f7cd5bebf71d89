package org.uplift.cpd.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.contracts.cpd.ProgrammePublished;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/** Publishing and searching the catalogue. Anyone signed in may browse it; only a hub's lead publishes for it. */
@Service
public class ProgrammeService {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    ProgrammeService(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public ProgrammeView publish(ProgrammeForm form, TenantScope scope) {
        String hub = scope.isPlatformAdmin() && form.hubCode() != null && !form.hubCode().isBlank()
                ? form.hubCode().strip() : scope.hub();
        if (hub == null || !(scope.isPlatformAdmin() || scope.has(Role.HUB_LEAD))) {
            throw InvalidInputException.of("hubCode", "Only a hub lead can publish programmes, for their own hub");
        }
        Programme programme = new Programme(UUID.randomUUID().toString(), hub, form.title().strip(),
                form.summary().strip(), List.copyOf(form.phases()), List.copyOf(form.audienceRoles()), form.format(),
                form.sessionCount(), form.costPence(),
                form.completionPercent() == null ? 80 : form.completionPercent());
        programme.outbox.add(outbox.event(programme.id, null, new ProgrammePublished(programme.snapshot())));
        return ProgrammeView.of(mongo.insert(programme));
    }

    public ProgrammeView find(String id) {
        Programme programme = mongo.findById(id, Programme.class);
        if (programme == null) {
            throw new NotFoundException("programme", id);
        }
        return ProgrammeView.of(programme);
    }

    /** The programme, if the caller manages it (its hub's lead, or an admin); 404 otherwise. */
    public ProgrammeView findManaged(String id, TenantScope scope) {
        ProgrammeView programme = find(id);
        if (!manages(scope, programme.hubCode())) {
            throw new NotFoundException("programme", id);
        }
        return programme;
    }

    public static boolean manages(TenantScope scope, String hubCode) {
        return scope.isPlatformAdmin() || (scope.has(Role.HUB_LEAD) && hubCode.equals(scope.hub()));
    }

    public void addCohortStart(String programmeId, LocalDate firstSession) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(programmeId)),
                new Update().addToSet("cohortStarts", firstSession), Programme.class);
    }

    public List<ProgrammeView> ofHub(String hubCode) {
        return mongo.find(Query.query(Criteria.where("hubCode").is(hubCode)).with(Sort.by("title")), Programme.class)
                .stream().map(ProgrammeView::of).toList();
    }

    Page<ProgrammeView> search(CatalogueQuery query, Pageable page) {
        List<Criteria> filters = new ArrayList<>();
        if (notBlank(query.q())) {
            String quoted = Pattern.quote(query.q().strip());
            filters.add(new Criteria().orOperator(Criteria.where("title").regex(quoted, "i"),
                    Criteria.where("summary").regex(quoted, "i")));
        }
        if (notBlank(query.phase())) {
            filters.add(Criteria.where("phases").is(query.phase()));
        }
        if (query.format() != null) {
            filters.add(Criteria.where("format").is(query.format()));
        }
        if (notBlank(query.hub())) {
            filters.add(Criteria.where("hubCode").is(query.hub().strip().toUpperCase(java.util.Locale.ROOT)));
        }
        if (query.from() != null || query.to() != null) {
            Criteria range = new Criteria();
            if (query.from() != null) {
                range = range.gte(query.from());
            }
            if (query.to() != null) {
                range = range.lte(query.to());
            }
            filters.add(Criteria.where("cohortStarts").elemMatch(range));
        }
        Query mongoQuery = filters.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(filters));
        long total = mongo.count(mongoQuery, Programme.class);
        List<ProgrammeView> content = mongo.find(mongoQuery.with(page).with(Sort.by("title")), Programme.class)
                .stream().map(ProgrammeView::of).toList();
        return new PageImpl<>(content, page, total);
    }

    private static boolean notBlank(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
