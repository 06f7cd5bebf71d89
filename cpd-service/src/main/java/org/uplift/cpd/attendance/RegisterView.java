package org.uplift.cpd.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One session's register: every confirmed participant, and whether they attended (false until it is taken). */
record RegisterView(String cohortId, String programmeTitle, String cohortName, String sessionId, int sessionNumber,
        LocalDate date, LocalTime start, LocalTime end, boolean taken, List<Entry> entries) {

    record Entry(String bookingId, String name, String urn, String laCode, boolean present, int attendedSessions,
            boolean completed) {
    }
}
