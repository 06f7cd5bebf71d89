package org.uplift.assessment.upload;

import org.jspecify.annotations.Nullable;

/**
 * What the upload page's form sends besides the file; kept so a rejected form shows what was chosen.
 * {@code fileChoice} is never sent: it only carries the "select a file" error to the file input.
 */
record UploadForm(@Nullable String kind, @Nullable String academicYear, @Nullable String assessmentName,
        @Nullable String yearGroup, @Nullable String term, @Nullable String maxMark, @Nullable String diagnosticId,
        @Nullable String fileChoice) {

    static UploadForm empty() {
        return new UploadForm("KS2", "2025/26", null, null, null, null, null, null);
    }
}
