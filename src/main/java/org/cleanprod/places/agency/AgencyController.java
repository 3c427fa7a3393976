package org.cleanprod.places.agency;

import org.cleanprod.places.web.PlacesPageModel;
import java.util.Locale;

import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.security.Permission;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the agencies (departments, management boards, media): list, details with the
 * zones a board manages and the history, creating and editing.
 */
@Controller
@RequestMapping("/reference/agencies")
class AgencyController {

	private final AgencyService agencies;

	private final PlacesPageModel pages;

	AgencyController(AgencyService agencies, PlacesPageModel pages) {
		this.agencies = agencies;
		this.pages = pages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String list(@ModelAttribute("filter") AgencyFilter filter, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		model.addAttribute("agencies", this.agencies.list(filter, user.can(Permission.REFERENCE_EDIT)));
		model.addAttribute("kinds", this.pages.agencyKinds(locale));
		model.addAttribute("yesNo", this.pages.yesNo(locale));
		return "reference/agencies";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String details(@PathVariable @Scoped(ReferenceKind.AGENCY) long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("agency", this.agencies.details(id, user.can(Permission.REFERENCE_EDIT)));
		model.addAttribute("changes", this.pages.changes(this.agencies.history(id), locale));
		return "reference/agency";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String creation(Locale locale, Model model) {
		return form(model, null, AgencyForm.empty(), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.created(result, redirect, () -> this.agencies.create(form, user), "common.created",
				"/reference/agencies/", () -> form(model, null, form, result, locale));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.AGENCY) long id, Locale locale, Model model) {
		return form(model, id, this.agencies.form(id), null, locale);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.AGENCY) long id, @Valid @ModelAttribute("form") AgencyForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			@AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.agencies.update(id, form, user), "reference.unchanged",
				"/reference/agencies/" + id, () -> form(model, id, form, result, locale));
	}

	private String form(Model model, Long id, AgencyForm form, BindingResult result, Locale locale) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("kinds", this.pages.agencyKinds(locale));
		return "reference/agencyForm";
	}

}
