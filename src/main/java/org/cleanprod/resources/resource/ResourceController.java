package org.cleanprod.resources.resource;

import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.web.ResourceExcel;
import org.cleanprod.resources.web.ResourcePageModel;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.shared.i18n.Messages;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.FormSubmission;
import org.cleanprod.shared.web.Htmx;
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

/**
 * Pages of the resources (energy carriers, water, raw materials): list with filters and
 * export, a resource's units, factors and history, creating and editing.
 */
@Controller
@RequestMapping("/reference/resources")
class ResourceController {

	private final ResourceService resources;

	private final ResourcePageModel pages;

	private final ResourceExcel excel;

	private final List<PageLinks> links;

	ResourceController(ResourceService resources, ResourcePageModel pages, ResourceExcel excel, List<PageLinks> links) {
		this.resources = resources;
		this.pages = pages;
		this.excel = excel;
		this.links = links;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String list(@ModelAttribute("filter") ResourceFilter filter, PageQuery query,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("page", this.resources.search(filter, query, Messages.isEnglish(locale)));
		model.addAttribute("kinds", this.pages.resourceKinds(locale));
		model.addAttribute("groups", this.pages.carrierGroups(locale));
		model.addAttribute("sectors", this.pages.divisions(locale));
		model.addAttribute("yesNo", this.pages.yesNo(locale));
		model.addAttribute("links",
				this.links.stream().flatMap(contributor -> contributor.links("resources", 0, user).stream()).toList());
		return Htmx.view(request, "reference/resources", "reference/resourceResults");
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	void export(@ModelAttribute("filter") ResourceFilter filter, PageQuery order,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		XlsxDownload.send(response, "tai-nguyen-va-he-so.xlsx",
				output -> this.excel.resources(filter, order, user.can(Permission.REFERENCE_EDIT), locale, output));
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String details(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("resource", this.resources.details(code, user.can(Permission.REFERENCE_EDIT)));
		model.addAttribute("changes", this.pages.changes(this.resources.history(code), locale));
		return "reference/resource";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String creation(Locale locale, Model model) {
		return form(model, null, ResourceForm.empty(), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String create(@Valid @ModelAttribute("form") ResourceForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.created(result, redirect, () -> this.resources.create(form, user), "common.created",
				"/reference/resources/", () -> form(model, null, form, result, locale));
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code, Locale locale, Model model) {
		return form(model, code, this.resources.form(code), null, locale);
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code,
			@Valid @ModelAttribute("form") ResourceForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.resources.update(code, form, user),
				"reference.unchanged", "/reference/resources/" + code, () -> form(model, code, form, result, locale));
	}

	/**
	 * The form page; editing keeps the stored kind, code and group on show, since they
	 * cannot change.
	 */
	private String form(Model model, String code, ResourceForm form, BindingResult result, Locale locale) {
		ResourceForm shown = form;
		if (code != null) {
			ResourceForm stored = this.resources.form(code);
			shown = new ResourceForm(stored.code(), stored.kind(), stored.carrierGroup(), form.name(), form.nameEn(),
					(stored.kind() == ResourceKind.MATERIAL) ? form.baseUnit() : stored.baseUnit(),
					form.acceptedUnits(), form.density(), stored.biogenic(), form.sectorCodes(), form.active(),
					form.sortOrder(), form.note(), form.noteEn(), form.version());
		}
		model.addAttribute("code", code);
		model.addAttribute("form", shown);
		model.addAttribute("errors", result);
		model.addAttribute("kinds", this.pages.resourceKinds(locale));
		model.addAttribute("groups", this.pages.energyGroups(locale));
		model.addAttribute("units", this.pages.measureUnits(locale));
		model.addAttribute("sectors", this.pages.divisions(locale));
		return "reference/resourceForm";
	}

}
