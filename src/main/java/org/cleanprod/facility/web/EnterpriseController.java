package org.cleanprod.facility.web;

import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityService;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
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

/** Pages of enterprises: list, detail with facilities, registration, editing, history. */
@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

	private final FacilityService facilities;

	private final FacilityPageModel pages;

	EnterpriseController(FacilityService facilities, FacilityPageModel pages) {
		this.facilities = facilities;
		this.pages = pages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String list(@RequestParam(required = false) String q, PageQuery query, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", this.facilities.enterprises(q, query, user));
		model.addAttribute("registers", this.facilities.registersEnterprises(user));
		return Htmx.view(request, "facility/enterprises", "facility/enterpriseResults");
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String details(@PathVariable @Scoped(ReferenceKind.ENTERPRISE) long id, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model) {
		model.addAttribute("enterprise", this.facilities.enterprise(id, user));
		model.addAttribute("editable", this.facilities.editsEnterprise(id, user));
		model.addAttribute("facilities", this.facilities.search(FacilityFilter.ofEnterprise(id),
				new PageQuery(1, PageQuery.MAX_SIZE, "name", false), user, FacilityController.english(request)));
		model.addAttribute("changes",
				this.pages.changes(this.facilities.enterpriseHistory(id, user), FacilityController.english(request)));
		return "facility/enterprise";
	}

	@GetMapping("/new")
	@PreAuthorize(FacilityService.REGISTERS_ENTERPRISES)
	String registration(Model model) {
		return form(model, null, EnterpriseForm.empty(), null);
	}

	@PostMapping("/new")
	@PreAuthorize(FacilityService.REGISTERS_ENTERPRISES)
	String register(@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return FormSubmission.created(result, redirect, () -> this.facilities.registerEnterprise(form, user),
				"enterprise.registered", "/facilities/new?enterpriseId=", () -> form(model, null, form, result));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('ENTERPRISE_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.ENTERPRISE) long id, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		return form(model, id, this.facilities.enterpriseForm(id, user), null);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('ENTERPRISE_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.ENTERPRISE) long id,
			@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return FormSubmission.saved(result, redirect, () -> this.facilities.updateEnterprise(id, form, user),
				"/enterprises/" + id, () -> form(model, id, form, result));
	}

	private String form(Model model, Long id, EnterpriseForm form, BindingResult result) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		return "facility/enterpriseForm";
	}

}
