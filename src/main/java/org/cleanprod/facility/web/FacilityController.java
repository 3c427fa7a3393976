package org.cleanprod.facility.web;

import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityQueries;
import org.cleanprod.facility.FacilityService;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.FormSubmission;
import org.cleanprod.shared.web.Htmx;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.PageLink;
import org.cleanprod.shared.web.PageLinks;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Pages of the facility registry: list with filters, detail, registration, editing,
 * history, export.
 */
@Controller
@RequestMapping("/facilities")
class FacilityController {

	private final FacilityService facilities;

	private final FacilityPageModel pages;

	private final FacilityExcel excel;

	private final List<PageLinks> links;

	FacilityController(FacilityService facilities, FacilityPageModel pages, FacilityExcel excel,
			List<PageLinks> links) {
		this.facilities = facilities;
		this.pages = pages;
		this.excel = excel;
		this.links = links;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String list(@ModelAttribute("filter") FacilityFilter filter, PageQuery query,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("page", this.facilities.search(filter, query, user, english(request)));
		this.pages.addFilterChoices(model, user, english(request));
		return Htmx.view(request, "facility/list", "facility/results");
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('FACILITY_EXPORT')")
	void export(@ModelAttribute("filter") FacilityFilter filter, PageQuery order,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		XlsxDownload.send(response, "co-so-san-xuat.xlsx",
				output -> this.excel.export(filter, order, user, RequestContextUtils.getLocale(request), output));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String details(@PathVariable @Scoped(ReferenceKind.FACILITY) long id, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model) {
		model.addAttribute("facility", this.facilities.details(id, user, english(request)));
		model.addAttribute("overridesDesignation", this.facilities.overridesDesignation(user));
		model.addAttribute("links",
				this.links.stream()
					.flatMap(contributor -> contributor.links("facility", id, user).stream())
					.sorted(Comparator.comparingInt(PageLink::order))
					.toList());
		return "facility/details";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('FACILITY_REGISTER')")
	String registration(@RequestParam(required = false) @Scoped(ReferenceKind.ENTERPRISE) Long enterpriseId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		Long enterprise = (user.scope().enterpriseId() != null) ? user.scope().enterpriseId() : enterpriseId;
		return this.pages.form(model, null, FacilityForm.empty(enterprise), null, user, english(request));
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('FACILITY_REGISTER')")
	String register(@Valid @ModelAttribute("form") FacilityForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.created(result, redirect, () -> this.facilities.register(form, user),
				"facility.registered", "/facilities/",
				() -> this.pages.form(model, null, form, result, user, english(request)));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('FACILITY_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.FACILITY) long id, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model) {
		return this.pages.form(model, id, this.facilities.form(id, user), null, user, english(request));
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('FACILITY_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@Valid @ModelAttribute("form") FacilityForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.saved(result, redirect, () -> this.facilities.update(id, form, user), "/facilities/" + id,
				() -> this.pages.form(model, id, form, result, user, english(request)));
	}

	/**
	 * Overrides the derived designated-energy-user status with a reason, or returns the
	 * facility to its derived status.
	 */
	@PostMapping("/{id}/designation")
	@PreAuthorize("hasAuthority('FACILITY_EDIT')")
	String overrideDesignation(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@Valid @ModelAttribute("designation") DesignationForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.warning(redirect, "facility.designation.error.reasonTooLong", 1000);
			return "redirect:/facilities/" + id;
		}
		try {
			this.facilities.overrideDesignation(id, form, user);
			Flash.success(redirect, (form.designated() != null) ? "facility.designation.overridden"
					: "facility.designation.derivedAgain");
		}
		catch (InvalidFormException ex) {
			InvalidFormException.FieldProblem problem = ex.problems().values().iterator().next();
			Flash.warning(redirect, problem.messageKey(), problem.arguments());
		}
		return "redirect:/facilities/" + id;
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String history(@PathVariable @Scoped(ReferenceKind.FACILITY) long id, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model) {
		model.addAttribute("facility", this.facilities.details(id, user, english(request)));
		model.addAttribute("changes", this.pages.changes(this.facilities.history(id, user), english(request)));
		return "facility/history";
	}

	static boolean english(HttpServletRequest request) {
		return "en".equals(RequestContextUtils.getLocale(request).getLanguage());
	}

}
