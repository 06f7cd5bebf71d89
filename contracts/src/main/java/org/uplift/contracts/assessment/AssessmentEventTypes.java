package org.uplift.contracts.assessment;

import java.util.List;

import org.uplift.contracts.EventType;

/** Events published by assessment-service: pseudonymous pupil facts only, never a UPN. */
public final class AssessmentEventTypes {

    public static final List<EventType> ALL = List.of();

    private AssessmentEventTypes() {
    }
}
