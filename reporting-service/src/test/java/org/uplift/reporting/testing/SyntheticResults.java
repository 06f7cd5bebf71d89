package org.uplift.reporting.testing;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.uplift.contracts.reference.LocalAuthority;
import org.uplift.contracts.reference.ReferenceData;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Synthetic national-shaped results: schools spread over every LA of the reference data, the first {@code secondary}
 * of them secondary schools with a KS4 dataset a year, the rest primary schools with a KS2 dataset a year. Cohort sizes
 * vary by school (half to one and a half times the mean), pupils' characteristics and results follow fixed, seeded
 * proportions (about a quarter disadvantaged, one in seven SEN, one in five EAL). National shape: 20,000 schools of which
 * 3,450 secondary, mean cohorts 174 (KS4) and 36 (KS2), about 600,000 pupils a year for each. Produces the same
 * {@code results.accepted} envelopes as assessment-service (one part: under its 500 pupils a part), so the benchmark
 * exercises the real consuming path. Seeds go through {@link SplittableRandom}, whose first values for neighbouring seeds
 * are independent ({@code java.util.Random}'s are not, which skewed cohort sizes by school number).
 */
public final class SyntheticResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "APKN", "AIND", "BAFR", "MWBC", "CHNE", "AOTH"};

    private final List<LocalAuthority> las = ReferenceData.localAuthorities();
    private final int schools;
    private final int secondary;
    private final int ks4Pupils;
    private final int ks2Pupils;

    public SyntheticResults(int schools, int secondary, int ks4Pupils, int ks2Pupils) {
        this.schools = schools;
        this.secondary = Math.min(secondary, schools);
        this.ks4Pupils = ks4Pupils;
        this.ks2Pupils = ks2Pupils;
    }

    public int schools() {
        return schools;
    }

    public int secondarySchools() {
        return secondary;
    }

    public boolean isSecondary(int school) {
        return school < secondary;
    }

    public String urn(int school) {
        return String.valueOf(500000 + school);
    }

    public LocalAuthority la(int school) {
        return las.get(school % las.size());
    }

    public int localAuthorities() {
        return Math.min(schools, las.size());
    }

    /** The cohort of one school (the same every year). */
    public int pupils(int school) {
        int mean = isSecondary(school) ? ks4Pupils : ks2Pupils;
        return (int) Math.round(mean * (0.5 + new SplittableRandom(school).nextDouble()));
    }

    public String schoolEvent(int school) {
        LocalAuthority la = la(school);
        return """
                {"eventId":"%s","type":"school.registered","version":1,"occurredAt":"%s","source":"schools-service","laCode":"%s",
                 "payload":{"school":{"urn":"%s","laCode":"%s","regionCode":"%s","establishmentNumber":"%d",
                 "name":"Synthetic school %d","phase":"%s","type":"Academy","status":"OPEN"}}}"""
                .formatted(UUID.randomUUID(), Instant.now(), la.code(), urn(school), la.code(), la.regionCode(),
                        (isSecondary(school) ? 4000 : 2000) + school % 1000, school, isSecondary(school) ? "Secondary" : "Primary");
    }

    /** The results.accepted envelope of one school and year: KS4 for a secondary school, KS2 for a primary. */
    public String resultsEvent(int school, int startYear) {
        SplittableRandom random = new SplittableRandom(school * 31L + startYear);
        boolean ks4 = isSecondary(school);
        String kind = ks4 ? "KS4" : "KS2";
        String datasetId = datasetKey(urn(school), kind, startYear);
        int cohort = pupils(school);
        ArrayNode pupils = JSON.createArrayNode();
        double schoolEffect = random.nextGaussian() * 0.5;
        for (int i = 0; i < cohort; i++) {
            boolean disadvantaged = random.nextDouble() < 0.25;
            double ability = random.nextGaussian() + schoolEffect - (disadvantaged ? 0.5 : 0);
            ObjectNode pupil = pupils.addObject();
            pupil.put("pupilId", UUID.nameUUIDFromBytes((datasetId + i).getBytes()).toString()).put("yearGroup", ks4 ? 11 : 6)
                    .put("disadvantaged", disadvantaged).put("senProvision", random.nextDouble() < 0.14 ? "SEN_SUPPORT" : "NONE")
                    .put("eal", random.nextDouble() < 0.2).put("ethnicity", ETHNICITIES[random.nextInt(ETHNICITIES.length)])
                    .put("sex", random.nextBoolean() ? "F" : "M");
            if (ks4) {
                int grade = (int) Math.max(0, Math.min(9, Math.round(4.5 + ability * 1.8)));
                int pag = (int) Math.max(1, Math.min(16, Math.round(9 + ability * 3)));
                double progress = Math.round((random.nextGaussian() * 1.2 - (disadvantaged ? 0.3 : 0)) * 100) / 100.0;
                pupil.put("ks4MathsGrade", grade).put("ks4EnglishGrade", grade).put("ks4MathsGrade4Plus", grade >= 4)
                        .put("ks4MathsGrade5Plus", grade >= 5).put("pag", pag).put("mathsEstimate", grade * 2 - progress * 2)
                        .put("mathsProgress", progress);
            } else {
                int maths = (int) Math.max(80, Math.min(120, Math.round(104 + ability * 7)));
                int reading = (int) Math.max(80, Math.min(120, Math.round(104 + (ability + random.nextGaussian() * 0.5) * 7)));
                pupil.put("ks2Reading", reading).put("ks2Maths", maths).put("ks2ReadingExpected", reading >= 100)
                        .put("ks2ReadingHigher", reading >= 110).put("ks2MathsExpected", maths >= 100).put("ks2MathsHigher", maths >= 110);
            }
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("submissionId", UUID.randomUUID().toString()).put("datasetId", datasetId).put("urn", urn(school))
                .put("laCode", la(school).code()).put("academicYear", year(startYear)).put("kind", kind).put("assessment", kind)
                .put("term", "SUMMER").putNull("maxMark").put("sequence", 1).putNull("replacesSubmissionId").put("part", 1)
                .put("parts", 1).put("pupilCount", cohort);
        if (ks4) {
            payload.put("estimatesSource", "PLATFORM");
        } else {
            payload.putNull("estimatesSource");
        }
        payload.set("pupils", pupils);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("eventId", UUID.randomUUID().toString()).put("type", "results.accepted").put("version", 1)
                .put("occurredAt", Instant.now().toString()).put("source", "assessment-service").put("laCode", la(school).code())
                .set("payload", payload);
        return JSON.writeValueAsString(envelope);
    }

    public static String year(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public static String datasetKey(String urn, String kind, int startYear) {
        return urn + ":" + kind + ":" + kind + ":" + year(startYear) + ":SUMMER";
    }
}
