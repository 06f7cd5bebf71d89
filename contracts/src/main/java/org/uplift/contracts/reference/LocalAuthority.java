package org.uplift.contracts.reference;

/** An English local authority: DfE 3-digit code, ONS code, name and the ONS code of its region. */
public record LocalAuthority(String code, String onsCode, String name, String regionCode) {
}
