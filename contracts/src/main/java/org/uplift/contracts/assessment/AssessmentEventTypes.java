package org.uplift.contracts.assessment;

import java.util.List;

import org.uplift.contracts.EventType;
import org.uplift.contracts.Topics;

/** Events published by assessment-service: pseudonymous pupil facts only, never a UPN. */
public final class AssessmentEventTypes {

    public static final EventType RESULTS_ACCEPTED = new EventType("results.accepted", 1, Topics.RESULT, ResultsAccepted.class);

    public static final List<EventType> ALL = List.of(RESULTS_ACCEPTED);

    private AssessmentEventTypes() {
    }
}
