package org.uplift.assessment.upload;

import org.jspecify.annotations.Nullable;

/** A catalogued diagnostic as the API and the upload form show it. */
record DiagnosticView(String id, String name, int yearGroup, int maxMark, @Nullable String laCode) {

    static DiagnosticView of(Diagnostic d) {
        return new DiagnosticView(d.id(), d.name(), d.yearGroup(), d.maxMark(), d.laCode());
    }
}
