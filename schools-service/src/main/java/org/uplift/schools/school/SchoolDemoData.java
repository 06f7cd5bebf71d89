package org.uplift.schools.school;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.DemoData;

/**
 * Synthetic schools: 19 Leicester secondaries (990101–990119; 990101 is the dev users' school), 12 Leicestershire
 * primaries (990201–990212) and 10 Blackpool primaries (990301–990310). sle.one supports four of them.
 */
@Component
@Order(DemoData.SCHOOLS)
@ConditionalOnBooleanProperty(DemoData.PROPERTY)
class SchoolDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchoolDemoData.class);
    private static final List<String> SUPPORTED_BY_SLE = List.of("990101", "990102", "990103", "990201");

    private final SchoolService schools;
    private final SchoolRepository repository;

    SchoolDemoData(SchoolService schools, SchoolRepository repository) {
        this.schools = schools;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        TenantScope admin = DemoData.admin();
        int added = 0;
        for (int i = 1; i <= 19; i++) {
            added += add(admin, "9901%02d".formatted(i), "856", "40%02d".formatted(i),
                    "Synthetic Leicester Academy " + i, "Secondary", "Academy converter", "LE%d %dAB".formatted(i % 9 + 1, i % 9 + 1));
        }
        for (int i = 1; i <= 12; i++) {
            added += add(admin, "9902%02d".formatted(i), "855", "20%02d".formatted(i),
                    "Synthetic Leicestershire Primary " + i, "Primary", "Community school", "LE%d %dCD".formatted(10 + i % 8, i % 9 + 1));
        }
        for (int i = 1; i <= 10; i++) {
            added += add(admin, "9903%02d".formatted(i), "890", "21%02d".formatted(i),
                    "Synthetic Blackpool Primary " + i, "Primary", "Academy sponsor led", "FY%d %dEF".formatted(i % 8 + 1, i % 9 + 1));
        }
        for (String urn : SUPPORTED_BY_SLE) {
            SchoolView school = schools.find(urn, admin);
            if (!school.systemLeaders().contains("sle.one")) {
                schools.assignSystemLeaders(urn, school.version(), new SystemLeadersForm("sle.one", school.version()), admin);
            }
        }
        log.info("Demo data: {} synthetic schools added", added);
    }

    private int add(TenantScope admin, String urn, String la, String estab, String name, String phase, String type,
            String postcode) {
        if (repository.existsById(urn)) {
            return 0;
        }
        String trust = phase.equals("Secondary") ? "Synthetic Learning Trust" : null;
        schools.register(new SchoolForm(urn, la, estab, name, phase, type, trust, postcode), admin);
        return 1;
    }
}
