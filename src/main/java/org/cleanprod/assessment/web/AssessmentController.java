package org.cleanprod.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.cleanprod.assessment.AssessmentMethod;
import org.cleanprod.assessment.AssessmentService;
import org.cleanprod.assessment.CpOptions;
import org.cleanprod.assessment.OptionCategory;
import org.cleanprod.assessment.Screening;
import org.cleanprod.assessment.AssessmentStatus;
import org.cleanprod.assessment.TaskStatus;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.FormSubmission;
import org.cleanprod.shared.web.Htmx;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.web.Option;

import org.springframework.context.MessageSource;
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
 * Pages of the CP assessments: the list, starting an assessment of a facility, and an
 * assessment with its checklist of the method's tasks.
 */
@Controller
@RequestMapping("/assessments")
class AssessmentController {

	private final AssessmentService assessments;

	private final CpOptions options;

	private final AssessmentMethod method;

	private final FacilityService facilities;

	private final MessageSource messages;

	private final Clock clock;

	AssessmentController(AssessmentService assessments, CpOptions options, AssessmentMethod method,
			FacilityService facilities, MessageSource messages, Clock clock) {
		this.assessments = assessments;
		this.options = options;
		this.method = method;
		this.facilities = facilities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AssessmentStatus status,
			@RequestParam(required = false) @Scoped(ReferenceKind.FACILITY) Long facilityId, PageQuery query,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("facility",
				(facilityId != null) ? this.facilities.require(facilityId, user, english(locale)) : null);
		model.addAttribute("status", (status != null) ? status.name() : null);
		model.addAttribute("statuses",
				Arrays.stream(AssessmentStatus.values())
					.map(value -> Option.of(value.name(), this.messages.getMessage(value.messageKey(), null, locale)))
					.toList());
		model.addAttribute("page", this.assessments.search(q, status, facilityId, query, user, english(locale)));
		return Htmx.view(request, "assessment/list", "assessment/results");
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('ASSESSMENT_EDIT')")
	String creation(@RequestParam @Scoped(ReferenceKind.FACILITY) long facilityId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		int lastYear = LocalDate.now(this.clock.withZone(Formats.ZONE)).getYear() - 1;
		return form(model, new AssessmentForm(facilityId, null, lastYear, null), null, user, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('ASSESSMENT_EDIT')")
	String start(@Valid @ModelAttribute("form") AssessmentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		return FormSubmission.created(result, redirect, () -> this.assessments.start(form, user), "common.created",
				"/assessments/", () -> form(model, form, result, user, locale));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	String details(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("assessment", this.assessments.details(id, user, english(locale)));
		model.addAttribute("taskStatuses", List.of(TaskStatus.values()));
		model.addAttribute("options", this.options.of(id, user));
		model.addAttribute("categories",
				this.method.categories(false)
					.stream()
					.collect(Collectors.toMap(OptionCategory::code, category -> category.name(english(locale)))));
		model.addAttribute("screenings", List.of(Screening.values()));
		model.addAttribute("marksImplemented", CpOptions.marksImplemented(user));
		return "assessment/details";
	}

	@PostMapping("/{id}/tasks/{taskNo}")
	@PreAuthorize("hasAuthority('ASSESSMENT_EDIT')")
	String recordTask(@PathVariable @Scoped(ReferenceKind.ASSESSMENT) long id, @PathVariable int taskNo,
			@Valid @ModelAttribute("task") TaskForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.warning(redirect, "assessment.task.invalid");
			return "redirect:/assessments/" + id + "#task-" + taskNo;
		}
		return PageChange.apply(redirect, "/assessments/" + id + "#task-" + taskNo,
				() -> this.assessments.recordTask(id, taskNo, form, user));
	}

	/**
	 * The form again; without a facility (a request no page sends) there is none to
	 * assess, answered as a facility that does not exist.
	 */
	private String form(Model model, AssessmentForm form, BindingResult result, CurrentUser user, Locale locale) {
		if (form.facilityId() == null) {
			throw new NotFoundException("facility", "");
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("facility", this.facilities.require(form.facilityId(), user, english(locale)));
		return "assessment/form";
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
