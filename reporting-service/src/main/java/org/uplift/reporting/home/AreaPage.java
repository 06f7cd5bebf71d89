package org.uplift.reporting.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page of the Reports area, reached through the gateway at {@code /reports}. */
@Controller
class AreaPage {

    @GetMapping("/reports")
    String show() {
        return "reports/index";
    }
}
