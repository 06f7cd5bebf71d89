package org.uplift.cpd.notification;

import java.time.ZoneOffset;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.uplift.cpd.cohort.Booking;
import org.uplift.cpd.cohort.Cohort;
import org.uplift.cpd.cohort.Session;

/**
 * The iCalendar file attached to a confirmation: one event per session, times in UTC (so no VTIMEZONE is needed),
 * with UIDs stable per booking and session so a re-sent invite updates rather than duplicates calendar entries.
 */
final class CalendarInvite {

    private CalendarInvite() {
    }

    static String of(Cohort cohort, Booking booking) {
        Calendar calendar = new Calendar().add(new ProdId("-//Uplift//cpd-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        int number = 1;
        for (Session session : cohort.sessions()) {
            VEvent event = new VEvent(session.startsAt().atZone(ZoneOffset.UTC), session.endsAt().atZone(ZoneOffset.UTC),
                    cohort.programmeTitle() + " - session " + number + " of " + cohort.sessions().size());
            event.add(new Uid(booking.bookingId() + "-" + session.sessionId() + "@uplift"));
            String where = cohort.venue() != null ? cohort.venue() : cohort.onlineLink();
            if (where != null) {
                event.add(new Location(where));
            }
            event.add(new Description(cohort.name() + ", run by the " + cohort.hubCode() + " Maths Hub."
                    + (cohort.onlineLink() != null ? " Join online: " + cohort.onlineLink() : "")));
            calendar.add(event);
            number++;
        }
        return calendar.toString();
    }
}
