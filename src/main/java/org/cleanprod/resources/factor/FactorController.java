package org.cleanprod.resources.factor;

import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.resource.ResourceDetails;
import org.cleanprod.resources.resource.ResourceService;
import org.cleanprod.resources.web.ResourcePageModel;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.FormSubmission;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Adding a version of a resource's conversion factor (next year's grid factor, a
 * correction), and correcting what is said about a factor.
 */
@Controller
@RequestMapping("/reference/resources/{code}/factors")
class FactorController {

	private final FactorService factors;

	private final ResourceService resources;

	private final ResourcePageModel pages;

	FactorController(FactorService factors, ResourceService resources, ResourcePageModel pages) {
		this.factors = factors;
		this.resources = resources;
		this.pages = pages;
	}

	/**
	 * The form, filled from the link that leads to it: the kind and unit of the factor a
	 * new version follows, the day it starts, the factor it corrects.
	 */
	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String creation(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code,
			@RequestParam(required = false) FactorKind kind, @RequestParam(required = false) MeasureUnit perUnit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(required = false) Long supersedes, Locale locale, Model model) {
		return form(model, code, FactorForm.start(kind, perUnit, validFrom, validTo, supersedes), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String create(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code,
			@Valid @ModelAttribute("form") FactorForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.submitOrReject(result, () -> {
			FactorService.Added added = this.factors.add(code, form, user);
			if (added.closedId() != null) {
				Flash.success(redirect, "reference.factor.addedClosing", String.valueOf(added.closedId()));
			}
			else if (added.supersededId() != null) {
				Flash.success(redirect, "reference.factor.addedCorrecting", String.valueOf(added.supersededId()));
			}
			else {
				Flash.success(redirect, "reference.factor.added");
			}
			return "redirect:/reference/resources/" + code + "#factors-" + form.kind().name();
		}, () -> form(model, code, form, result, locale));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code,
			@PathVariable @Scoped(ReferenceKind.FACTOR) long id, Locale locale, Model model) {
		return noteForm(model, code, id, this.factors.noteForm(code, id), null, locale);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code,
			@PathVariable @Scoped(ReferenceKind.FACTOR) long id, @Valid @ModelAttribute("form") FactorNoteForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			@AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.factors.annotate(code, id, form, user),
				"reference.unchanged", "/reference/resources/" + code + "#factor-" + id,
				() -> noteForm(model, code, id, form, result, locale));
	}

	/**
	 * The form page, with the open-ended factor the new one would close, so the editor
	 * sees what agreeing to close it means. Factors are per an accepted unit, or per GJ
	 * of energy content (CO2).
	 */
	private String form(Model model, String code, FactorForm form, BindingResult result, Locale locale) {
		ResourceDetails resource = this.resources.details(code, true);
		model.addAttribute("resource", resource);
		model.addAttribute("corrected",
				resource.factors()
					.stream()
					.filter(factor -> form.supersedes() != null && factor.id() == form.supersedes())
					.findFirst()
					.orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("closing", this.factors.closable(code, form).orElse(null));
		model.addAttribute("kinds", this.pages.factorKinds(locale));
		model.addAttribute("units", this.pages.measureUnits(locale)
			.stream()
			.filter(unit -> unit.value().equals(MeasureUnit.GJ.name())
					|| resource.acceptedUnits().stream().anyMatch(accepted -> accepted.code().equals(unit.value())))
			.toList());
		return "reference/factorForm";
	}

	private String noteForm(Model model, String code, long id, FactorNoteForm form, BindingResult result,
			Locale locale) {
		model.addAttribute("resource", this.resources.details(code, true));
		model.addAttribute("factor", this.factors.factor(code, id, true));
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		return "reference/factorNoteForm";
	}

}
