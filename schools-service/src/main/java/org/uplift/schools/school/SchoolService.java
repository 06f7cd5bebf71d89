package org.uplift.schools.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.uplift.contracts.schools.SchoolRegistered;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;

/** Registering and finding schools, always within the caller's tenancy. */
@Service
class SchoolService {

    private final SchoolRepository schools;
    private final MongoTemplate mongo;
    private final LocalAuthorities authorities;
    private final Outbox outbox;

    SchoolService(SchoolRepository schools, MongoTemplate mongo, LocalAuthorities authorities, Outbox outbox) {
        this.schools = schools;
        this.mongo = mongo;
        this.authorities = authorities;
        this.outbox = outbox;
    }

    SchoolView register(SchoolForm form, TenantScope scope) {
        LocalAuthority authority = authorities.find(form.laCode())
                .orElseThrow(() -> InvalidInputException.of("laCode", "There is no English local authority with code " + form.laCode()));
        if (!SchoolAccess.canRegisterIn(scope, authority.code())) {
            throw new InvalidInputException("You can only register schools in your own local authorities",
                    List.of(FieldProblem.of("laCode", "You can only register schools in your own local authorities")));
        }
        if (schools.existsById(form.urn())) {
            throw new ConflictException("A school with URN " + form.urn() + " is already registered");
        }
        School school = new School(form.urn(), authority.code(), authority.regionCode(), form.establishmentNumber(),
                form.name().strip(), form.phase(), form.type().strip(), blankToNull(form.trust()),
                normalisePostcode(form.postcode()));
        school.record(outbox.event(school.urn, school.laCode, new SchoolRegistered(school.snapshot())));
        return view(schools.insert(school));
    }

    SchoolView find(String urn, TenantScope scope) {
        return schools.findById(urn).filter(school -> SchoolAccess.canSee(scope, school)).map(this::view)
                .orElseThrow(() -> new NotFoundException("school", urn));
    }

    Page<SchoolView> search(@Nullable String la, @Nullable String region, @Nullable String text, Pageable page,
            TenantScope scope) {
        List<Criteria> filters = new ArrayList<>(List.of(SchoolAccess.visibleTo(scope)));
        if (la != null && !la.isBlank()) {
            filters.add(Criteria.where("laCode").is(la));
        }
        if (region != null && !region.isBlank()) {
            filters.add(Criteria.where("regionCode").is(region));
        }
        if (text != null && !text.isBlank()) {
            String quoted = Pattern.quote(text.strip());
            filters.add(new Criteria().orOperator(Criteria.where("name").regex(quoted, "i"),
                    Criteria.where("_id").is(text.strip()), Criteria.where("postcode").regex(quoted, "i")));
        }
        Query query = new Query(new Criteria().andOperator(filters)).with(page.getSort().isSorted() ? page.getSort()
                : Sort.by("name"));
        long total = mongo.count(query, School.class);
        List<SchoolView> content = mongo.find(query.with(page), School.class).stream().map(this::view).toList();
        return new PageImpl<>(content, page, total);
    }

    private SchoolView view(School school) {
        String laName = authorities.find(school.laCode).map(LocalAuthority::name).orElse(school.laCode);
        return new SchoolView(school.urn, school.laCode, laName, school.regionCode, school.establishmentNumber,
                school.laestab(), school.name, school.phase, school.type, school.status.name(), school.trust,
                school.postcode, school.closedOn, school.version == null ? 0 : school.version);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String normalisePostcode(@Nullable String postcode) {
        String compact = blankToNull(postcode);
        if (compact == null) {
            return null;
        }
        compact = compact.replace(" ", "").toUpperCase(Locale.UK);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
