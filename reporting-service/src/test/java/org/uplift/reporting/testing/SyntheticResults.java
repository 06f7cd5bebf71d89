package org.uplift.reporting.testing;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.uplift.contracts.reference.LocalAuthority;
import org.uplift.contracts.reference.ReferenceData;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Synthetic national-shaped results: schools spread over every LA of the reference data, one KS4 dataset per school
 * and year with pupils whose characteristics and grades follow fixed, seeded proportions (about a quarter
 * disadvantaged, one in seven SEN, one in five EAL). Produces the same {@code results.accepted} envelopes as
 * assessment-service, so the benchmark exercises the real consuming path.
 */
public final class SyntheticResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "APKN", "AIND", "BAFR", "MWBC", "CHNE", "AOTH"};

    private final List<LocalAuthority> las = ReferenceData.localAuthorities();
    private final int schools;
    private final int pupilsPerSchool;

    public SyntheticResults(int schools, int pupilsPerSchool) {
        this.schools = schools;
        this.pupilsPerSchool = pupilsPerSchool;
    }

    public int schools() {
        return schools;
    }

    public String urn(int school) {
        return String.valueOf(500000 + school);
    }

    public LocalAuthority la(int school) {
        return las.get(school % las.size());
    }

    public String schoolEvent(int school) {
        LocalAuthority la = la(school);
        return """
                {"eventId":"%s","type":"school.registered","version":1,"occurredAt":"%s","source":"schools-service","laCode":"%s",
                 "payload":{"school":{"urn":"%s","laCode":"%s","regionCode":"%s","establishmentNumber":"4%03d",
                 "name":"Synthetic school %d","phase":"Secondary","type":"Academy","status":"OPEN"}}}"""
                .formatted(UUID.randomUUID(), Instant.now(), la.code(), urn(school), la.code(), la.regionCode(), school % 1000, school);
    }

    /** The KS4 results.accepted envelope of one school and year (one part). */
    public String ks4Event(int school, int startYear) {
        Random random = new Random(school * 31L + startYear);
        String year = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
        String datasetId = urn(school) + ":KS4:KS4:" + year + ":SUMMER";
        ArrayNode pupils = JSON.createArrayNode();
        double schoolEffect = random.nextGaussian() * 0.5;
        for (int i = 0; i < pupilsPerSchool; i++) {
            boolean disadvantaged = random.nextDouble() < 0.25;
            double ability = random.nextGaussian() + schoolEffect - (disadvantaged ? 0.5 : 0);
            int grade = (int) Math.max(0, Math.min(9, Math.round(4.5 + ability * 1.8)));
            int pag = (int) Math.max(1, Math.min(16, Math.round(9 + ability * 3)));
            double progress = Math.round((random.nextGaussian() * 1.2 - (disadvantaged ? 0.3 : 0)) * 100) / 100.0;
            ObjectNode pupil = pupils.addObject();
            pupil.put("pupilId", UUID.nameUUIDFromBytes((datasetId + i).getBytes()).toString()).put("yearGroup", 11)
                    .put("disadvantaged", disadvantaged).put("senProvision", random.nextDouble() < 0.14 ? "SEN_SUPPORT" : "NONE")
                    .put("eal", random.nextDouble() < 0.2).put("ethnicity", ETHNICITIES[random.nextInt(ETHNICITIES.length)])
                    .put("sex", random.nextBoolean() ? "F" : "M").put("ks4MathsGrade", grade).put("ks4EnglishGrade", grade)
                    .put("ks4MathsGrade4Plus", grade >= 4).put("ks4MathsGrade5Plus", grade >= 5).put("pag", pag)
                    .put("mathsEstimate", grade * 2 - progress * 2).put("mathsProgress", progress);
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("submissionId", UUID.randomUUID().toString()).put("datasetId", datasetId).put("urn", urn(school))
                .put("laCode", la(school).code()).put("academicYear", year).put("kind", "KS4").put("assessment", "KS4")
                .put("term", "SUMMER").putNull("maxMark").put("sequence", 1).putNull("replacesSubmissionId").put("part", 1)
                .put("parts", 1).put("pupilCount", pupilsPerSchool).put("estimatesSource", "PLATFORM").set("pupils", pupils);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("eventId", UUID.randomUUID().toString()).put("type", "results.accepted").put("version", 1)
                .put("occurredAt", Instant.now().toString()).put("source", "assessment-service").put("laCode", la(school).code())
                .set("payload", payload);
        return JSON.writeValueAsString(envelope);
    }

    public static String datasetKey(String urn, int startYear) {
        return urn + ":KS4:KS4:" + startYear + "/" + String.format("%02d", (startYear + 1) % 100) + ":SUMMER";
    }
}
