package org.uplift.schools.hub;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.PreconditionFailedException;
import org.uplift.platform.security.TenantScope;

/** Hub pages under /schools/hubs: everyone signed in reads, platform admins add and change. */
@Controller
class HubPages {

    private final HubService hubs;

    HubPages(HubService hubs) {
        this.hubs = hubs;
    }

    @GetMapping("/schools/hubs")
    String index(Model model) {
        model.addAttribute("hubs", hubs.all());
        return "schools/hubs/index";
    }

    @GetMapping("/schools/hubs/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("hub", hubs.find(code));
        return "schools/hubs/show";
    }

    @GetMapping("/schools/hubs/new")
    @PreAuthorize("hasRole('platform-admin')")
    String newHub(Model model) {
        model.addAttribute("form", HubForm.empty());
        model.addAttribute("editing", false);
        return "schools/hubs/form";
    }

    @PostMapping("/schools/hubs")
    @PreAuthorize("hasRole('platform-admin')")
    String create(@Valid @ModelAttribute("form") HubForm form, BindingResult errors, TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/schools/hubs/" + hubs.create(form, scope).code();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            } catch (ConflictException e) {
                errors.rejectValue("code", "duplicate", e.getMessage());
            }
        }
        model.addAttribute("editing", false);
        return "schools/hubs/form";
    }

    @GetMapping("/schools/hubs/{code}/edit")
    @PreAuthorize("hasRole('platform-admin')")
    String edit(@PathVariable String code, Model model) {
        HubView hub = hubs.find(code);
        model.addAttribute("form", new HubForm(hub.code(), hub.name(), hub.leadSchoolUrn(),
                String.join(", ", hub.servedLaCodes()), hub.version()));
        model.addAttribute("editing", true);
        return "schools/hubs/form";
    }

    @PostMapping("/schools/hubs/{code}")
    @PreAuthorize("hasRole('platform-admin')")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") HubForm form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                hubs.update(code, form.version() == null ? -1 : form.version(), form, scope);
                return "redirect:/schools/hubs/" + code;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            } catch (PreconditionFailedException e) {
                model.addAttribute("conflict", e.getMessage());
                model.addAttribute("reloadHref", "/schools/hubs/" + code + "/edit");
            }
        }
        model.addAttribute("editing", true);
        return "schools/hubs/form";
    }
}
