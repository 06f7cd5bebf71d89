package org.uplift.assessment.upload;

import java.util.ArrayList;
import java.util.List;

import org.uplift.assessment.pupil.SyntheticUpns;

/** Synthetic pupils and files for tests: valid UPNs from the check-letter algorithm, never real people. */
final class Pupils {

    private Pupils() {
    }

    static String upn(String urn, int serial) {
        return SyntheticUpns.of("8" + urn.substring(4), urn.substring(2, 6), 14, serial);
    }

    static List<String> upns(String urn, int count) {
        List<String> upns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            upns.add(SyntheticUpns.of("8" + urn.substring(4), String.format("%04d", i / 1000), 14, i % 1000));
        }
        return upns;
    }

    static String ks2Csv(String urn, int count) {
        StringBuilder csv = new StringBuilder("UPN,URN,Year Group,Pupil Premium,SEN Provision,EAL,Ethnicity,Gender,KS2 Reading,KS2 Maths\r\n");
        List<String> upns = upns(urn, count);
        for (int i = 0; i < count; i++) {
            csv.append(upns.get(i)).append(',').append(urn).append(",6,").append(i % 3 == 0 ? "Y" : "N").append(',')
                    .append(i % 7 == 0 ? "K" : "N").append(',').append(i % 5 == 0 ? "Y" : "N").append(",WBRI,")
                    .append(i % 2 == 0 ? "F" : "M").append(',').append(90 + i % 30).append(',').append(95 + i % 25)
                    .append("\r\n");
        }
        return csv.toString();
    }
}
