package org.uplift.assessment.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page of the Assessments area, reached through the gateway at {@code /assessments}. */
@Controller
class AreaPage {

    @GetMapping("/assessments")
    String show() {
        return "assessments/index";
    }
}
