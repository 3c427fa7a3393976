package org.cleanprod.places.unit;

import org.cleanprod.places.web.PlacesExcel;
import org.cleanprod.places.web.PlacesPageModel;
import java.io.IOException;
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
 * Pages of the administrative units: list with filters and export, a unit's details and
 * history, and creating or editing a unit with its successors.
 */
@Controller
@RequestMapping("/reference/units")
class UnitController {

	private final UnitService units;

	private final PlacesPageModel pages;

	private final PlacesExcel excel;

	UnitController(UnitService units, PlacesPageModel pages, PlacesExcel excel) {
		this.units = units;
		this.pages = pages;
		this.excel = excel;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String list(@ModelAttribute("filter") UnitFilter filter, PageQuery query, HttpServletRequest request, Locale locale,
			Model model) {
		model.addAttribute("page", this.units.search(filter, query));
		model.addAttribute("levels", this.pages.levels(locale));
		model.addAttribute("periods", this.pages.periods(locale));
		model.addAttribute("parents", this.pages.parents(locale));
		return Htmx.view(request, "reference/units", "reference/unitResults");
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	void export(@ModelAttribute("filter") UnitFilter filter, PageQuery order, Locale locale,
			HttpServletResponse response) throws IOException {
		XlsxDownload.send(response, "don-vi-hanh-chinh.xlsx",
				output -> this.excel.units(filter, order, locale, output));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String details(@PathVariable @Scoped(ReferenceKind.UNIT) long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("unit", this.units.details(id, user.can(Permission.REFERENCE_EDIT)));
		model.addAttribute("changes", this.pages.changes(this.units.history(id), locale));
		return "reference/unit";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String creation(Locale locale, Model model) {
		return form(model, null, UnitForm.empty(), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.created(result, redirect, () -> this.units.create(form, user), "common.created",
				"/reference/units/", () -> form(model, null, form, result, locale));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.UNIT) long id, Locale locale, Model model) {
		return form(model, id, this.units.form(id), null, locale);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.UNIT) long id, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			@AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.units.update(id, form, user), "reference.unchanged",
				"/reference/units/" + id, () -> form(model, id, form, result, locale));
	}

	private String form(Model model, Long id, UnitForm form, BindingResult result, Locale locale) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("levels", this.pages.levels(locale));
		model.addAttribute("parents", this.pages.parents(locale));
		model.addAttribute("units", this.pages.units(locale));
		model.addAttribute("shares", this.pages.shares(locale));
		return "reference/unitForm";
	}

}
