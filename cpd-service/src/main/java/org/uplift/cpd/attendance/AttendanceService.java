package org.uplift.cpd.attendance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.uplift.cpd.cohort.BookingStatus;
import org.uplift.cpd.cohort.BookingStore;
import org.uplift.cpd.cohort.Cohort;
import org.uplift.cpd.cohort.CohortService;
import org.uplift.cpd.cohort.Registers;
import org.uplift.cpd.cohort.Session;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;

/** Registers per session, kept by the hub that runs the cohort; completion follows from them (see {@link Registers}). */
@Service
class AttendanceService {

    private final CohortService cohorts;
    private final BookingStore bookings;
    private final Registers registers;

    AttendanceService(CohortService cohorts, BookingStore bookings, Registers registers) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.registers = registers;
    }

    RegisterView register(String cohortId, String sessionId, TenantScope scope) {
        return view(cohorts.managed(cohortId, scope), sessionId);
    }

    RegisterView record(String cohortId, String sessionId, List<String> present, TenantScope scope) {
        Cohort managed = cohorts.managed(cohortId, scope);
        managed.session(sessionId);
        Set<String> confirmed = new HashSet<>();
        bookings.ofCohort(cohortId).stream().filter(b -> b.status() == BookingStatus.CONFIRMED).forEach(b -> confirmed.add(b.bookingId()));
        for (String id : present) {
            if (!confirmed.contains(id)) {
                throw InvalidInputException.of("present", "Booking " + id + " is not a confirmed place in this cohort");
            }
        }
        registers.record(managed, sessionId, Set.copyOf(present));
        return view(cohorts.managed(cohortId, scope), sessionId);
    }

    String csv(String cohortId, String sessionId, TenantScope scope) {
        RegisterView register = register(cohortId, sessionId, scope);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("booking_id", "name", "school_urn", "la_code", "session_date", "present").get())) {
            for (RegisterView.Entry entry : register.entries()) {
                csv.printRecord(entry.bookingId(), entry.name(), entry.urn(), entry.laCode(), register.date(),
                        register.taken() ? (entry.present() ? "yes" : "no") : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private RegisterView view(Cohort cohort, String sessionId) {
        Session session = cohort.session(sessionId);
        List<RegisterView.Entry> entries = bookings.ofCohort(cohort.id()).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED)
                .map(b -> new RegisterView.Entry(b.bookingId(), b.name(), b.urn(), b.laCode(),
                        b.attended().contains(sessionId), b.attended().size(), b.completedAt() != null))
                .toList();
        return new RegisterView(cohort.id(), cohort.programmeTitle(), cohort.name(), sessionId,
                cohort.sessions().indexOf(session) + 1, session.date(), session.start(), session.end(),
                cohort.registers().contains(sessionId), entries);
    }
}
