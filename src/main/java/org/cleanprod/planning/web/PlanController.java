package org.cleanprod.planning.web;

import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.planning.PlanView;
import org.cleanprod.planning.PlanningService;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.FormSubmission;
import org.cleanprod.shared.web.Htmx;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the plans: the list with filters and export, a plan with its targets and
 * history, creating and editing a plan. Every signed-in user reads plans; editing needs
 * {@code PLAN_EDIT}.
 */
@Controller
@RequestMapping("/plans")
class PlanController {

	private final PlanningService planning;

	private final PlanningPageModel pages;

	private final PlanningExcel excel;

	PlanController(PlanningService planning, PlanningPageModel pages, PlanningExcel excel) {
		this.planning = planning;
		this.pages = pages;
		this.excel = excel;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@ModelAttribute("filter") PlanFilter filter, PageQuery query, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("page", this.planning.search(filter, query, user));
		model.addAttribute("phases", this.pages.phases(locale));
		model.addAttribute("active", this.planning.activePlan(this.planning.today()).orElse(null));
		return Htmx.view(request, "planning/list", "planning/results");
	}

	@GetMapping("/export")
	@PreAuthorize("isAuthenticated()")
	void export(@ModelAttribute("filter") PlanFilter filter, PageQuery order, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		XlsxDownload.send(response, "ke-hoach.xlsx", output -> this.excel.plans(filter, order, user, locale, output));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	String details(@PathVariable @Scoped(ReferenceKind.PLAN) long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		PlanView plan = this.planning.details(id, user);
		Map<Long, String> bands = new LinkedHashMap<>();
		plan.targets().forEach(target -> bands.put(target.id(), this.pages.band(target, locale)));
		model.addAttribute("plan", plan);
		model.addAttribute("bands", bands);
		model.addAttribute("changes", this.pages.changes(this.planning.history(id, user), locale));
		model.addAttribute("targetChanges", this.pages.targetChanges(this.planning.targetHistory(id, user), locale));
		return "planning/details";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String creation(Locale locale, Model model) {
		return form(model, null, PlanForm.empty(this.planning.today().getYear()), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.created(result, redirect, () -> this.planning.create(form, user), "common.created",
				"/plans/", () -> form(model, null, form, result, locale));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.PLAN) long id, Locale locale, Model model) {
		return form(model, id, this.planning.form(id), null, locale);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.PLAN) long id, @Valid @ModelAttribute("form") PlanForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			@AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.planning.update(id, form, user), "plan.unchanged",
				"/plans/" + id, () -> form(model, id, form, result, locale));
	}

	private String form(Model model, Long id, PlanForm form, BindingResult result, Locale locale) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("statuses", this.pages.statuses(locale));
		return "planning/form";
	}

}
