package org.uplift.contracts.schools;

import java.util.List;

import org.uplift.contracts.EventType;
import org.uplift.contracts.Topics;

/** Events published by schools-service. */
public final class SchoolsEventTypes {

    public static final EventType SCHOOL_REGISTERED = new EventType("school.registered", 1, Topics.SCHOOL, SchoolRegistered.class);
    public static final EventType SCHOOL_UPDATED = new EventType("school.updated", 1, Topics.SCHOOL, SchoolUpdated.class);
    public static final EventType SCHOOL_CLOSED = new EventType("school.closed", 1, Topics.SCHOOL, SchoolClosed.class);

    public static final List<EventType> ALL = List.of(SCHOOL_REGISTERED, SCHOOL_UPDATED, SCHOOL_CLOSED);

    private SchoolsEventTypes() {
    }
}
