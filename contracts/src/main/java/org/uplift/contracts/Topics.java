package org.uplift.contracts;

import java.util.List;
import java.util.stream.Stream;

/** Every topic of the platform: {@code uplift.<owner>.<entity>.v<major>}, keyed by the aggregate id. */
public final class Topics {

    public static final String SCHOOL = "uplift.schools.school.v1";
    public static final String PROJECT = "uplift.schools.project.v1";
    public static final String REVIEW = "uplift.schools.review.v1";
    public static final String ACTION_PLAN = "uplift.schools.action-plan.v1";
    public static final String VISIT = "uplift.schools.visit.v1";
    public static final String PROGRAMME = "uplift.cpd.programme.v1";
    public static final String BOOKING = "uplift.cpd.booking.v1";
    public static final String ATTENDANCE = "uplift.cpd.attendance.v1";
    public static final String RESULT = "uplift.assessment.result.v1";

    private static final List<TopicSpec> ALL = List.of(
            TopicSpec.entityState(SCHOOL, 3),
            TopicSpec.entityState(PROJECT, 3),
            TopicSpec.facts(REVIEW, 3),
            TopicSpec.facts(ACTION_PLAN, 3),
            TopicSpec.facts(VISIT, 3),
            TopicSpec.entityState(PROGRAMME, 3),
            TopicSpec.facts(BOOKING, 6),
            TopicSpec.facts(ATTENDANCE, 6),
            TopicSpec.facts(RESULT, 12));

    private Topics() {
    }

    /** The main topics, without their dead-letter companions. */
    public static List<TopicSpec> main() {
        return ALL;
    }

    /** Main topics and their {@code .dlt} companions: what a cluster must have. */
    public static List<TopicSpec> all() {
        return ALL.stream().flatMap(t -> Stream.of(t, t.deadLetter())).toList();
    }

    public static TopicSpec spec(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
    }
}
