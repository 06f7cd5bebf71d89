package org.uplift.assessment.measure;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An official estimates table (maths element per PAG) for one academic year; it overrides the platform's own means. */
@Document("official_estimates")
record OfficialEstimates(@Id String academicYear, Map<String, Double> byPag, String uploadedBy, Instant uploadedAt) {
}
