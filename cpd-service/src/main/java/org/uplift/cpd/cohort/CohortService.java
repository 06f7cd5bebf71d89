package org.uplift.cpd.cohort;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.uplift.contracts.cpd.CohortPublished;
import org.uplift.cpd.programme.ProgrammeService;
import org.uplift.cpd.programme.ProgrammeView;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;

/** Scheduling cohorts (their hub's lead only) and showing them with their numbers (anyone signed in). */
@Service
public class CohortService {

    private final CohortStore store;
    private final BookingStore bookings;
    private final ProgrammeService programmes;
    private final Clock clock;

    CohortService(CohortStore store, BookingStore bookings, ProgrammeService programmes, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.programmes = programmes;
        this.clock = clock;
    }

    public CohortView publish(CohortForm form, TenantScope scope) {
        if (form.programmeId() == null) {
            throw InvalidInputException.of("programmeId", "Choose the programme");
        }
        ProgrammeView programme = programmes.findManaged(form.programmeId(), scope);
        List<Session> sessions = validSessions(form, programme);
        Session first = sessions.getFirst();
        var opens = form.bookingOpensOn().atStartOfDay(Cohort.ZONE).toInstant();
        var closes = form.bookingClosesOn().plusDays(1).atStartOfDay(Cohort.ZONE).toInstant().minusSeconds(1);
        var cutoff = first.startsAt().minus(java.time.Duration.ofDays(form.cancellationCutoffDays()));
        Cohort cohort = new Cohort(UUID.randomUUID().toString(), programme.id(), programme.title(), programme.hubCode(),
                form.name().strip(), sessions, blank(form.venue()), blank(form.onlineLink()), form.capacity(), opens,
                closes, cutoff, form.laCodes(), programme.completionPercent());
        cohort.eligibleProjectId = blank(form.eligibleProjectId());
        store.insert(cohort, new CohortPublished(cohort.id, programme.id(), programme.hubCode(), cohort.capacity,
                sessions.size(), first.date(), cohort.lastSessionDate(), cohort.eligibleLaCodes()));
        programmes.addCohortStart(programme.id(), first.date());
        return CohortView.of(cohort, List.of(), clock.instant());
    }

    public CohortView find(String id) {
        return CohortView.of(store.load(id), bookings.ofCohort(id), clock.instant());
    }

    /** The cohort, if the caller manages its hub; 404 otherwise. */
    public Cohort managed(String id, TenantScope scope) {
        Cohort cohort = store.load(id);
        if (!ProgrammeService.manages(scope, cohort.hubCode)) {
            throw new NotFoundException("cohort", id);
        }
        return cohort;
    }

    public List<CohortView> ofProgramme(String programmeId) {
        return views(Criteria.where("programmeId").is(programmeId));
    }

    public List<CohortView> ofHub(String hubCode) {
        return views(Criteria.where("hubCode").is(hubCode));
    }

    private List<CohortView> views(Criteria criteria) {
        var now = clock.instant();
        List<Cohort> found = store.find(criteria, Sort.by("name"));
        Map<String, List<Booking>> booked = bookings.ofCohorts(found.stream().map(Cohort::id).toList()).stream()
                .collect(Collectors.groupingBy(Booking::cohortId));
        return found.stream().map(c -> CohortView.of(c, booked.getOrDefault(c.id, List.of()), now))
                .sorted(Comparator.comparing(v -> v.sessions().getFirst().startsAt())).toList();
    }

    private List<Session> validSessions(CohortForm form, ProgrammeView programme) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<CohortForm.SessionForm> given = form.sessions();
        for (int i = 0; i < given.size(); i++) {
            CohortForm.SessionForm s = given.get(i);
            if (!s.end().isAfter(s.start())) {
                problems.add(FieldProblem.of("sessions[" + i + "].end", "Session " + (i + 1) + " must end after it starts"));
            }
            sessions.add(new Session(UUID.randomUUID().toString(), s.date(), s.start(), s.end()));
        }
        if (given.size() != programme.sessionCount()) {
            problems.add(FieldProblem.of("sessions", "This programme has " + programme.sessionCount() + " sessions"));
        }
        sessions.sort(Comparator.comparing(Session::date).thenComparing(Session::start, Comparator.<LocalTime>naturalOrder()));
        if (form.bookingClosesOn().isBefore(form.bookingOpensOn())) {
            problems.add(FieldProblem.of("bookingClosesOn", "Booking must close on or after the day it opens"));
        }
        if (!sessions.isEmpty() && form.bookingClosesOn().isAfter(sessions.getFirst().date())) {
            problems.add(FieldProblem.of("bookingClosesOn", "Booking must close by the day of the first session"));
        }
        for (String la : form.laCodes()) {
            if (!la.matches("\\d{3}")) {
                problems.add(FieldProblem.of("eligibleLaCodes", "LA codes are 3 digits, like 856, separated by commas"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The cohort has invalid fields.", problems);
        }
        return sessions;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
