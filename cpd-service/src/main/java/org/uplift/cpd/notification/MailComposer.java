package org.uplift.cpd.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.uplift.cpd.cohort.Booking;
import org.uplift.cpd.cohort.BookingStatus;
import org.uplift.cpd.cohort.Cohort;
import org.uplift.cpd.cohort.Mail;
import org.uplift.cpd.cohort.Session;

/** The subject and plain-text body of each kind of email, in GOV.UK's plain style. */
final class MailComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("h:mma 'on' EEEE d MMMM yyyy", Locale.UK)
            .withZone(Cohort.ZONE);

    record Message(String subject, String body) {
    }

    private MailComposer() {
    }

    static Message compose(Mail.Kind kind, Cohort cohort, Booking booking, String baseUrl) {
        String title = cohort.programmeTitle() + " (" + cohort.name() + ")";
        String hello = "Dear " + booking.name() + ",\n\n";
        String sign = "\nView your bookings: " + baseUrl + "/cpd/me\n\n" + cohort.hubCode() + " Maths Hub, via Uplift\n";
        return switch (kind) {
            case CONFIRMATION -> new Message("Booking confirmed: " + title, hello
                    + "Your place on " + title + " is confirmed.\n\n" + sessions(cohort) + where(cohort)
                    + "\nA calendar invitation is attached.\n\nIf you cannot attend, cancel by "
                    + WHEN.format(cohort.cancellationCutoff()) + " so the place can go to someone on the waitlist."
                    + " Later cancellations are recorded as late.\n" + sign);
            case OFFER -> new Message("A place is available: " + title, hello
                    + "A place has become available on " + title + " and it is being held for you.\n\n"
                    + "Accept it by " + WHEN.format(booking.offerExpiresAt()) + ". If you do not answer by then, it"
                    + " will be offered to the next person on the waitlist.\n\n" + sessions(cohort) + sign);
            case REMINDER -> new Message("Reminder: " + title + " starts soon", hello
                    + "This is a reminder that " + title + " starts soon.\n\n" + sessions(cohort) + where(cohort) + sign);
            case CANCELLATION -> new Message("Booking cancelled: " + title, hello
                    + "Your booking for " + title + " has been cancelled."
                    + (booking.status() == BookingStatus.LATE_CANCELLED
                            ? " It was cancelled after the cancellation cut-off, so it is recorded as a late cancellation." : "")
                    + "\n" + sign);
        };
    }

    private static String sessions(Cohort cohort) {
        StringBuilder text = new StringBuilder("Sessions:\n");
        int number = 1;
        for (Session s : cohort.sessions()) {
            text.append("  ").append(number++).append(". ").append(DAY.format(s.date())).append(", ")
                    .append(TIME.format(s.start()).toLowerCase(Locale.UK)).append(" to ")
                    .append(TIME.format(s.end()).toLowerCase(Locale.UK)).append('\n');
        }
        return text.toString();
    }

    private static String where(Cohort cohort) {
        return (cohort.venue() != null ? "Venue: " + cohort.venue() + "\n" : "")
                + (cohort.onlineLink() != null ? "Online: " + cohort.onlineLink() + "\n" : "");
    }
}
