package org.uplift.contracts;

import java.util.List;

import org.uplift.contracts.schools.SchoolClosed;
import org.uplift.contracts.schools.SchoolRegistered;
import org.uplift.contracts.schools.SchoolUpdated;

/**
 * The catalogue of event types: the stable type string, the topic it travels on, its payload record and the JSON
 * schema it must keep satisfying within its major version ({@code schemas/<type>.v<version>.json}).
 */
public final class EventTypes {

    public record EventType(String name, int version, String topic, Class<? extends Record> payload) {

        public String schemaResource() {
            return "/schemas/" + name + ".v" + version + ".json";
        }
    }

    public static final EventType SCHOOL_REGISTERED = new EventType("school.registered", 1, Topics.SCHOOL, SchoolRegistered.class);
    public static final EventType SCHOOL_UPDATED = new EventType("school.updated", 1, Topics.SCHOOL, SchoolUpdated.class);
    public static final EventType SCHOOL_CLOSED = new EventType("school.closed", 1, Topics.SCHOOL, SchoolClosed.class);

    private static final List<EventType> ALL = List.of(SCHOOL_REGISTERED, SCHOOL_UPDATED, SCHOOL_CLOSED);

    private EventTypes() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static EventType of(Class<? extends Record> payload) {
        return ALL.stream().filter(t -> t.payload() == payload).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payload.getSimpleName() + " is not in the event catalogue"));
    }
}
