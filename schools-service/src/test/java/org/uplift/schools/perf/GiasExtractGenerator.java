package org.uplift.schools.perf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A synthetic GIAS-style extract of any size: every school named "Synthetic ...", URNs from 800000 up, spread over
 * the given LAs, with the awkward bits of real extracts (BOM, CRLF, quoted names with commas, empty trusts).
 */
public final class GiasExtractGenerator {

    private static final String HEADER = "URN,LA (code),EstablishmentNumber,EstablishmentName,PhaseOfEducation (name),"
            + "TypeOfEstablishment (name),EstablishmentStatus (name),Trusts (name),Postcode,CloseDate\r\n";
    private static final List<String> PHASES = List.of("Primary", "Primary", "Primary", "Secondary", "All-through", "Nursery");
    private static final List<String> TYPES = List.of("Community school", "Academy converter", "Academy sponsor led",
            "Voluntary aided school", "Foundation school");

    private GiasExtractGenerator() {
    }

    public static byte[] generate(int schools, List<String> laCodes, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(schools * 120).append('\uFEFF').append(HEADER);
        for (int i = 0; i < schools; i++) {
            String la = laCodes.get(i % laCodes.size());
            String phase = PHASES.get(random.nextInt(PHASES.size()));
            String name = random.nextInt(10) == 0 ? "\"Synthetic School " + i + ", The\"" : "Synthetic " + phase + " School " + i;
            String trust = random.nextBoolean() ? "Synthetic Trust " + (i % 400) : "";
            csv.append(800000 + i).append(',').append(la).append(',').append(1000 + i % 9000).append(',').append(name)
                    .append(',').append(phase).append(',').append(TYPES.get(random.nextInt(TYPES.size()))).append(',')
                    .append("Open").append(',').append(trust).append(',')
                    .append("SY").append(1 + i % 9).append(' ').append(1 + i % 9).append("AB").append(",\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
