package org.uplift.cpd.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;

/** The catalogue (the CPD area's home page) and publishing a programme. */
@Controller
class CataloguePages {

    private final ProgrammeService programmes;

    CataloguePages(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/cpd")
    String catalogue(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String phase,
            @RequestParam(required = false) @Nullable Format format, @RequestParam(required = false) @Nullable String hub,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("query", new CatalogueQuery(q, phase, format, hub, from, null));
        model.addAttribute("results", programmes.search(new CatalogueQuery(q, phase, format, hub, from, null),
                PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("phases", ProgrammeForm.PHASES);
        model.addAttribute("formats", Format.values());
        return "cpd/catalogue";
    }

    @GetMapping("/cpd/programmes/new")
    @PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
    String newProgramme(Model model) {
        model.addAttribute("form", ProgrammeForm.empty());
        return form(model);
    }

    @PostMapping("/cpd/programmes")
    @PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
    String publish(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors, TenantScope scope, Model model,
            HttpServletRequest request) {
        if (errors.getTarget() == null) {
            // A value that is not even a number leaves no form object to redisplay: keep the text the user typed.
            model.addAttribute("form", new ProgrammeForm(request.getParameter("title"), request.getParameter("summary"),
                    params(request, "phases"), params(request, "audienceRoles"), null, null, request.getParameter("cost"),
                    null, null));
            // Replacing the form drops its binding result from the model: put the conversion errors back.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return form(model);
        }
        if (!errors.hasErrors()) {
            try {
                return "redirect:/cpd/programmes/" + programmes.publish(form, scope).id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.reject("invalid", p.message()));
            }
        }
        return form(model);
    }

    private static List<String> params(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    private static String form(Model model) {
        model.addAttribute("phases", ProgrammeForm.PHASES);
        model.addAttribute("audiences", ProgrammeForm.AUDIENCES);
        model.addAttribute("formats", List.of(Format.values()));
        return "cpd/programme-new";
    }
}
