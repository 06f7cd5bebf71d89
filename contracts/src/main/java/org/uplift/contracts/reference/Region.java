package org.uplift.contracts.reference;

/** An English region (ONS code E1200000n). */
public record Region(String code, String name) {
}
