package org.cleanprod.planning.web;

import org.cleanprod.planning.PlanningService;
import java.util.Locale;

import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.BusinessException;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.FormSubmission;

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
 * Adding, editing and deleting the targets of a plan; each returns to the plan's page.
 */
@Controller
@RequestMapping("/plans/{planId}/targets")
class TargetController {

	private final PlanningService planning;

	private final PlanningPageModel pages;

	TargetController(PlanningService planning, PlanningPageModel pages) {
		this.planning = planning;
		this.pages = pages;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String creation(@PathVariable @Scoped(ReferenceKind.PLAN) long planId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		return form(model, planId, null, this.planning.newTargetForm(planId), null, user, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String create(@PathVariable @Scoped(ReferenceKind.PLAN) long planId, @Valid @ModelAttribute("form") TargetForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			@AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.submit(result, () -> {
			this.planning.addTarget(planId, form, user);
			Flash.success(redirect, "plan.target.added");
			return "redirect:/plans/" + planId;
		}, () -> form(model, planId, null, form, result, user, locale));
	}

	@GetMapping("/{targetId}/edit")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.PLAN) long planId,
			@PathVariable @Scoped(ReferenceKind.TARGET) long targetId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		return form(model, planId, targetId, this.planning.targetForm(planId, targetId), null, user, locale);
	}

	@PostMapping("/{targetId}/edit")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.PLAN) long planId,
			@PathVariable @Scoped(ReferenceKind.TARGET) long targetId, @Valid @ModelAttribute("form") TargetForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			@AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.planning.updateTarget(planId, targetId, form, user),
				"plan.unchanged", "/plans/" + planId, () -> form(model, planId, targetId, form, result, user, locale));
	}

	@PostMapping("/{targetId}/delete")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	String delete(@PathVariable @Scoped(ReferenceKind.PLAN) long planId,
			@PathVariable @Scoped(ReferenceKind.TARGET) long targetId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		try {
			this.planning.deleteTarget(planId, targetId, version, user);
			Flash.success(redirect, "common.deleted");
		}
		catch (BusinessException ex) {
			Flash.warning(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/plans/" + planId;
	}

	private String form(Model model, long planId, Long targetId, TargetForm form, BindingResult result,
			CurrentUser user, Locale locale) {
		model.addAttribute("plan", this.planning.details(planId, user));
		model.addAttribute("targetId", targetId);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("kinds", this.pages.kinds(locale));
		return "planning/targetForm";
	}

}
