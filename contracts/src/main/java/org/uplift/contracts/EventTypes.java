package org.uplift.contracts;

import java.util.List;
import java.util.stream.Stream;

import org.uplift.contracts.assessment.AssessmentEventTypes;
import org.uplift.contracts.cpd.CpdEventTypes;
import org.uplift.contracts.schools.SchoolsEventTypes;

/** The catalogue of every event type, gathered from each owning service's list. */
public final class EventTypes {

    private static final List<EventType> ALL = Stream.of(SchoolsEventTypes.ALL, CpdEventTypes.ALL,
            AssessmentEventTypes.ALL).flatMap(List::stream).toList();

    private EventTypes() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static EventType of(Class<? extends Record> payload) {
        return ALL.stream().filter(t -> t.payload() == payload).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payload.getSimpleName() + " is not in the event catalogue"));
    }

    public static EventType named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + name));
    }
}
