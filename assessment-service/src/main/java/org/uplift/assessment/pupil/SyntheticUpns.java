package org.uplift.assessment.pupil;

/** Valid but invented UPNs for demo data and tests: LA code, establishment number, year and serial, check letter first. */
public final class SyntheticUpns {

    private SyntheticUpns() {
    }

    public static String of(String laCode, String establishment, int year, int serial) {
        String last12 = laCode + establishment + String.format("%02d", year % 100) + String.format("%03d", serial % 1000);
        return Upn.checkLetter(last12) + last12;
    }
}
