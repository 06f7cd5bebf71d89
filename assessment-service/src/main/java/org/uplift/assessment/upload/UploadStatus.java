package org.uplift.assessment.upload;

/** Where an upload is: only ACCEPTED stored anything; REJECTED and UNCHANGED stored nothing. */
enum UploadStatus {
    RECEIVED, VALIDATING, STORING, ACCEPTED, REJECTED, UNCHANGED, FAILED;

    boolean finished() {
        return this == ACCEPTED || this == REJECTED || this == UNCHANGED || this == FAILED;
    }
}
