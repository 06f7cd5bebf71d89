package org.uplift.schools.visit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.schools.common.DemoData;

/** Support visits by the dev realm's sle.one to schools assigned to them; the first one signed off. */
@Component
@Order(DemoData.VISITS)
@ConditionalOnBooleanProperty(DemoData.PROPERTY)
class VisitDemoData implements ApplicationRunner {

    private final VisitService visits;
    private final VisitRepository repository;

    VisitDemoData(VisitService visits, VisitRepository repository) {
        this.visits = visits;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        add("990101", 21, "Help the new maths lead plan KS3 sequencing", true);
        add("990101", 7, "Joint lesson visits focused on questioning", false);
        add("990102", 12, "Review intervention groups for disadvantaged pupils", false);
    }

    private void add(String urn, int daysAgo, String purpose, boolean signOff) {
        if (repository.findByUrnOrderByVisitDateDesc(urn).stream().anyMatch(v -> v.purpose.equals(purpose))) {
            return;
        }
        VisitView visit = visits.record(urn, new VisitForm(DemoData.today().minusDays(daysAgo).toString(), purpose,
                "leadership, curriculum", "Synthetic notes: observed two lessons and met the maths lead.",
                "Share a model scheme of work; revisit in four weeks.", 150), DemoData.sle());
        if (signOff) {
            visits.signOff(urn, visit.id(), visit.version(), DemoData.admin());
        }
    }
}
