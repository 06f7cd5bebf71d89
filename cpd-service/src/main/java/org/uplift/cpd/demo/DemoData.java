package org.uplift.cpd.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uplift.cpd.booking.BookingService;
import org.uplift.cpd.cohort.CohortForm;
import org.uplift.cpd.cohort.CohortService;
import org.uplift.cpd.programme.Format;
import org.uplift.cpd.programme.ProgrammeForm;
import org.uplift.cpd.programme.ProgrammeService;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/**
 * EMSMH programmes, cohorts with future sessions, and a few bookings for the dev realm's teacher and school lead,
 * made through the services so the events and emails flow as in real use. Runs once: skipped when the hub already has
 * programmes, so restarts do not duplicate anything.
 */
@Component
@ConditionalOnBooleanProperty("uplift.demo-data")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String HUB = "EMSMH";

    private final ProgrammeService programmes;
    private final CohortService cohorts;
    private final BookingService bookings;
    private final Clock clock;

    DemoData(ProgrammeService programmes, CohortService cohorts, BookingService bookings, Clock clock) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!programmes.ofHub(HUB).isEmpty()) {
            log.info("Demo data: {} already has programmes, nothing to add", HUB);
            return;
        }
        TenantScope hubLead = scope("hub.lead", "Hub Lead", Role.HUB_LEAD, Set.of(), null);
        TenantScope teacher = scope("teacher", "Demo Teacher", Role.TEACHER, Set.of("856"), "990101");
        TenantScope schoolLead = scope("school.lead", "Demo School Lead", Role.SCHOOL_LEAD, Set.of("856"), "990101");
        LocalDate today = LocalDate.now(clock);

        String mastery = programme(hubLead, "Secondary Mastery Specialists", "A professional development programme for"
                + " secondary maths teachers developing mastery approaches in their own classroom and school.",
                List.of("Secondary"), List.of("Teacher", "Subject leader"), Format.IN_PERSON, 3, null);
        String masteryCohort = cohort(hubLead, mastery, "2026/27, Leicester", today.plusWeeks(3), 3, 20, "Leicester Maths Hub, LE1 7RH", null, "");
        bookings.bookAs(masteryCohort, null, "teacher@uplift.invalid", teacher);
        bookings.bookAs(masteryCohort, "Priya Shah", "priya.shah@uplift.invalid", schoolLead);

        String nonSpecialist = programme(hubLead, "Non-specialist teachers of maths (Years 7\u20139)", "Subject knowledge and"
                + " pedagogy for teachers who teach maths at Key Stage 3 without a maths specialism.",
                List.of("Secondary"), List.of("Teacher", "Early career teacher"), Format.IN_PERSON, 4, null);
        String small = cohort(hubLead, nonSpecialist, "Spring 2027, Loughborough", today.plusWeeks(5), 4, 3, "Loughborough Library, LE11 3EB", null, "");
        for (String name : List.of("Alex Morgan", "Sam Patel", "Jo Evans", "Chris Lee")) {
            bookings.bookAs(small, name, name.toLowerCase().replace(' ', '.') + "@uplift.invalid", schoolLead);
        }

        String numeracy = programme(hubLead, "Numeracy across the curriculum", "For senior and middle leaders: planning"
                + " numeracy across subjects, with gap tasks between online sessions.",
                List.of("Secondary", "Post-16"), List.of("Senior leader", "Teacher"), Format.ONLINE, 2, 9500);
        cohort(hubLead, numeracy, "Summer 2027, online", today.plusWeeks(8), 2, 40, null, "https://meet.example.invalid/numeracy", "");

        String workGroup = programme(hubLead, "Primary mastery work group: fractions", "A collaborative work group for"
                + " primary teachers in Leicester and Leicestershire schools, trying and refining teaching for mastery of fractions.",
                List.of("Primary"), List.of("Teacher", "Subject leader"), Format.WORK_GROUP, 3, null);
        cohort(hubLead, workGroup, "2026/27 work group", today.plusWeeks(4), 3, 12, "Hinckley Hub School, LE10 0AA", null, "856, 855");
        log.info("Demo data: published 4 {} programmes with cohorts and bookings", HUB);
    }

    private String programme(TenantScope hubLead, String title, String summary, List<String> phases, List<String> audience,
            Format format, int sessions, @Nullable Integer costPence) {
        String cost = costPence == null ? "" : String.format("%d.%02d", costPence / 100, costPence % 100);
        return programmes.publish(new ProgrammeForm(title, summary, phases, audience, format, sessions, cost, 80, HUB), hubLead).id();
    }

    private String cohort(TenantScope hubLead, String programmeId, String name, LocalDate first, int sessions, int capacity,
            @Nullable String venue, @Nullable String link, String las) {
        List<CohortForm.SessionForm> list = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            list.add(new CohortForm.SessionForm(first.plusWeeks(3L * i), java.time.LocalTime.of(9, 30), java.time.LocalTime.of(15, 30)));
        }
        LocalDate today = LocalDate.now(clock);
        return cohorts.publish(new CohortForm(programmeId, name, list, venue, link, capacity, today.minusDays(1),
                first.minusDays(2), 7, las, null), hubLead).id();
    }

    private static TenantScope scope(String username, String name, Role role, Set<String> las, @Nullable String urn) {
        return new TenantScope("demo-" + username, username, name, EnumSet.of(role), las, "E12000004",
                role == Role.HUB_LEAD ? HUB : null, urn);
    }
}
