package org.uplift.contracts.assessment;

/** Special educational needs provision as the school census records it: N, K (SEN support), E (EHC plan). */
public enum SenProvision {
    NONE, SEN_SUPPORT, EHC_PLAN
}
