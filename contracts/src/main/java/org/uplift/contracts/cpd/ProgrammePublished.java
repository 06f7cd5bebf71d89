package org.uplift.contracts.cpd;

/** A hub published a programme in the CPD catalogue. */
public record ProgrammePublished(ProgrammeSnapshot programme) {
}
