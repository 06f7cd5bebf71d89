package org.uplift.contracts.cpd;

import java.util.List;

import org.uplift.contracts.EventType;

/** Events published by cpd-service. */
public final class CpdEventTypes {

    public static final List<EventType> ALL = List.of();

    private CpdEventTypes() {
    }
}
