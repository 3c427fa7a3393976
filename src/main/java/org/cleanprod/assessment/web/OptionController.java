package org.cleanprod.assessment.web;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import org.cleanprod.assessment.AssessmentMethod;
import org.cleanprod.assessment.AssessmentService;
import org.cleanprod.assessment.CpOptions;
import org.cleanprod.assessment.OptionView;
import org.cleanprod.assessment.Screening;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.FormSubmission;
import org.cleanprod.shared.web.Option;

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
 * The CP options of an assessment: adding and editing one with the figures of its
 * feasibility, and screening it, for those who keep the assessment.
 */
@Controller
@RequestMapping("/assessments/{id}/options")
@PreAuthorize("hasAuthority('ASSESSMENT_EDIT')")
class OptionController {

	/** A new option's discount rate until the user says otherwise, in percent. */
	static final BigDecimal DEFAULT_RATE = BigDecimal.TEN;

	private final CpOptions options;

	private final AssessmentService assessments;

	private final AssessmentMethod method;

	private final Resources resources;

	OptionController(CpOptions options, AssessmentService assessments, AssessmentMethod method, Resources resources) {
		this.options = options;
		this.assessments = assessments;
		this.method = method;
		this.resources = resources;
	}

	@GetMapping("/new")
	String creation(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		OptionForm empty = new OptionForm(null, null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, 10,
				DEFAULT_RATE, List.of(), null);
		return form(model, id, null, empty.withBlankRows(), null, user, locale);
	}

	@PostMapping("/new")
	String add(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @Valid @ModelAttribute("form") OptionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.created(result, redirect, () -> this.options.add(id, form, user), "common.created",
				"/assessments/" + id + "#option-",
				() -> form(model, id, null, form.withBlankRows(), result, user, locale));
	}

	@GetMapping("/{optionNo}/edit")
	String edit(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @PathVariable int optionNo,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		OptionView option = this.options.option(id, optionNo, user);
		List<OptionForm.SavingForm> savings = option.savings()
			.stream()
			.map(saving -> new OptionForm.SavingForm(saving.resourceCode(), saving.quantity(), saving.price()))
			.toList();
		OptionForm form = new OptionForm(option.description(), option.categoryCode(), option.processStep(),
				option.technicalNote(), option.environmentalNote(), option.investment(), option.operatingCostChange(),
				option.lifetimeYears(), plain(option.discountRate()), savings, option.version());
		return form(model, id, optionNo, form.withBlankRows(), null, user, locale);
	}

	@PostMapping("/{optionNo}/edit")
	String update(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @PathVariable int optionNo,
			@Valid @ModelAttribute("form") OptionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		return FormSubmission.saved(result, redirect, () -> this.options.update(id, optionNo, form, user),
				"assessment.unchanged", "/assessments/" + id + "#option-" + optionNo,
				() -> form(model, id, optionNo, form.withBlankRows(), result, user, locale));
	}

	/** Screens an option from the assessment's page; what went wrong comes back there. */
	@PostMapping("/{optionNo}/screening")
	String screen(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @PathVariable int optionNo,
			@RequestParam(required = false) Screening screening, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return PageChange.apply(redirect, "/assessments/" + id + "#option-" + optionNo,
				() -> this.options.screen(id, optionNo, screening, reason, version, user));
	}

	/** 10.000 as 10: the rate as the user typed it, not at the column's scale. */
	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	/**
	 * Marks a screened option implemented, from the assessment's page: by those who keep
	 * the assessment, and by the facility's enterprise.
	 */
	@PostMapping("/{optionNo}/implementation")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String implement(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @PathVariable int optionNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate implementedOn,
			@RequestParam(required = false) BigDecimal actualInvestment, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return PageChange.apply(redirect, "/assessments/" + id + "#option-" + optionNo, () -> {
			this.options.implement(id, optionNo, implementedOn, actualInvestment, version, user);
			return true;
		});
	}

	private String form(Model model, long id, Integer optionNo, OptionForm form, BindingResult result, CurrentUser user,
			Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		model.addAttribute("assessment", this.assessments.details(id, user, english));
		model.addAttribute("optionNo", optionNo);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("categories",
				this.method.categories(false)
					.stream()
					.map(category -> Option.of(category.code(), category.code() + " – " + category.name(english)))
					.toList());
		model.addAttribute("resources",
				this.resources.resources()
					.stream()
					.filter(ResourceView::active)
					.map(resource -> Option.of(resource.code(),
							resource.name(english) + " (" + resource.baseUnit().symbol() + ")"))
					.toList());
		return "assessment/optionForm";
	}

}
