package org.uplift.cpd.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page of the CPD area, reached through the gateway at {@code /cpd}. */
@Controller
class AreaPage {

    @GetMapping("/cpd")
    String show() {
        return "cpd/index";
    }
}
