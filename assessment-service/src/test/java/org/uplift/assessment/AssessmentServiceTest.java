package org.uplift.assessment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;
import org.uplift.platform.testing.ServiceIntegrationTest;

/** The whole service against real infrastructure, with a test-only pseudonymisation key. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceIntegrationTest
@TestPropertySource(properties = "uplift.pseudonymisation.key=" + AssessmentServiceTest.KEY)
public @interface AssessmentServiceTest {

    String KEY = "test-only-pseudonymisation-key-0123456789";
}
