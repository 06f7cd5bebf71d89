package org.uplift.assessment.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.uplift.assessment.pupil.SyntheticUpns;
import org.uplift.assessment.school.KnownSchools;
import org.uplift.contracts.assessment.AssessmentKind;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Synthetic results for the demo schools ({@code --uplift.demo-data=true}), uploaded through the normal path so the
 * events flow: KS4 2024/25 (with KS2 prior attainment) and a Y7 maths diagnostic for the Leicester secondaries, KS2
 * 2024/25 and a Y4 maths diagnostic for the Leicestershire and Blackpool primaries. The schools arrive by event from
 * schools-service, so it keeps looking for a few minutes; a dataset that already has results is left alone, and the
 * data is generated from fixed seeds, so restarts change nothing.
 */
@Component
@ConditionalOnProperty(name = "uplift.demo-data", havingValue = "true")
class DemoResults {

    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "AIND", "APKN", "BAFR", "MWBC", "WOTH", "CHNE"};
    private static final String YEAR = "2024/25";

    private final UploadService uploads;
    private final KnownSchools schools;
    private final MongoTemplate mongo;

    DemoResults(UploadService uploads, KnownSchools schools, MongoTemplate mongo) {
        this.uploads = uploads;
        this.schools = schools;
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        Thread.ofVirtual().name("demo-results").start(() -> {
            Set<String> done = new HashSet<>();
            List<String> all = demoUrns();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (done.size() < all.size() && System.nanoTime() < deadline) {
                for (String urn : all) {
                    if (!done.contains(urn) && schools.find(urn).isPresent()) {
                        seedSchool(urn);
                        done.add(urn);
                    }
                }
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            log.info("Demo results seeded for {} of {} demo schools", done.size(), all.size());
        });
    }

    private static List<String> demoUrns() {
        List<String> urns = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            urns.add("9901%02d".formatted(i));
        }
        for (int i = 1; i <= 12; i++) {
            urns.add("9902%02d".formatted(i));
        }
        for (int i = 1; i <= 10; i++) {
            urns.add("9903%02d".formatted(i));
        }
        return urns;
    }

    private void seedSchool(String urn) {
        String la = urn.startsWith("9901") ? "856" : urn.startsWith("9902") ? "855" : "890";
        String estab = (urn.startsWith("9901") ? "40" : urn.startsWith("9902") ? "20" : "21") + urn.substring(4);
        int index = Integer.parseInt(urn.substring(4));
        if (urn.startsWith("9901")) {
            submit(urn, new Assessment(AssessmentKind.KS4, "KS4", YEAR, "SUMMER", 11, null), la, estab, 14, 90 + index * 3, index);
            submit(urn, new Assessment(AssessmentKind.DIAGNOSTIC, "Y7 maths diagnostic", "2025/26", "AUTUMN", 7, 40),
                    la, estab, 18, 100 + index * 4, index);
        } else {
            submit(urn, new Assessment(AssessmentKind.KS2, "KS2", YEAR, "SUMMER", 6, null), la, estab, 19, 20 + index * 2, index);
            submit(urn, new Assessment(AssessmentKind.DIAGNOSTIC, "Y4 maths diagnostic", "2025/26", "SPRING", 4, 30),
                    la, estab, 21, 22 + index * 2, index);
        }
    }

    private void submit(String urn, Assessment assessment, String la, String estab, int cohortYear, int pupils, int index) {
        if (mongo.exists(new Query(where("datasetId").is(assessment.datasetId(urn)).and("state").is(Submission.State.CURRENT)),
                Submission.class)) {
            return;
        }
        try {
            Path file = Files.createTempFile("uplift-demo-", ".csv");
            Files.writeString(file, csv(urn, assessment, la, estab, cohortYear, pupils, new Random(urn.hashCode() * 31L + cohortYear)));
            uploads.receive(file, "demo-" + urn + "-" + assessment.kind().name().toLowerCase() + ".csv", assessment,
                    new Uploader("demo-data", true, List.of(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cohort whose attainment leans on disadvantage a little, so the demo dashboards show a gap. */
    static String csv(String urn, Assessment assessment, String la, String estab, int cohortYear, int pupils, Random random) {
        StringBuilder csv = new StringBuilder("upn,urn,year_group,disadvantaged,sen_provision,eal,ethnicity,sex,"
                + "ks2_reading,ks2_maths,ks4_maths,ks4_english,mark\r\n");
        for (int i = 0; i < pupils; i++) {
            boolean disadvantaged = random.nextDouble() < 0.3;
            String sen = random.nextDouble() < 0.12 ? "K" : random.nextDouble() < 0.03 ? "E" : "N";
            double ability = random.nextGaussian() - (disadvantaged ? 0.5 : 0) - (sen.equals("N") ? 0 : 0.6);
            int reading = score(103 + 7 * ability + 3 * random.nextGaussian());
            int maths = score(103 + 7 * ability + 3 * random.nextGaussian());
            csv.append(SyntheticUpns.of(la, estab, cohortYear, i)).append(',').append(urn).append(',')
                    .append(assessment.yearGroup()).append(',').append(disadvantaged ? "Y" : "N").append(',').append(sen)
                    .append(',').append(random.nextDouble() < 0.15 ? "Y" : "N").append(',')
                    .append(ETHNICITIES[random.nextInt(ETHNICITIES.length)]).append(',')
                    .append(random.nextBoolean() ? "F" : "M").append(',');
            switch (assessment.kind()) {
                case KS2 -> csv.append(reading).append(',').append(maths).append(",,,");
                case KS4 -> csv.append(random.nextDouble() < 0.05 ? "" : reading).append(',').append(maths).append(',')
                        .append(grade(4.5 + 2 * ability + random.nextGaussian())).append(',')
                        .append(grade(4.8 + 2 * ability + random.nextGaussian())).append(',');
                case DIAGNOSTIC -> csv.append(",,,,").append(Math.clamp(Math.round(assessment.maxMark() * (0.55 + 0.18 * ability
                        + 0.08 * random.nextGaussian())), 0, assessment.maxMark()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static int score(double value) {
        return (int) Math.clamp(Math.round(value), 80, 120);
    }

    private static String grade(double value) {
        long grade = Math.clamp(Math.round(value), 0, 9);
        return grade == 0 ? "U" : String.valueOf(grade);
    }
}
