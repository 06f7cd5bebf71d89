package org.uplift.contracts.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Part of a school's results for one assessment (dataset = school + kind + assessment + year + term), accepted as a
 * whole. A dataset's results are the pupils of all {@code parts} of its highest {@code sequence}: a corrected file
 * gets a higher sequence and replaces everything with a lower one (docs/assessment-service.md, "Applying events").
 *
 * @param datasetId {@code urn:kind:assessment:academicYear:term}, also the Kafka key
 * @param academicYear like {@code 2025/26}
 * @param assessment {@code KS2}, {@code KS4} or the diagnostic's name
 * @param estimatesSource {@code PLATFORM} (means of all pupils of the year on the platform) or {@code OFFICIAL}
 */
public record ResultsAccepted(String submissionId, String datasetId, String urn, String laCode, String academicYear,
        AssessmentKind kind, String assessment, String term, @Nullable Integer maxMark, long sequence,
        @Nullable String replacesSubmissionId, int part, int parts, int pupilCount, @Nullable String estimatesSource,
        List<PupilResult> pupils) {
}
