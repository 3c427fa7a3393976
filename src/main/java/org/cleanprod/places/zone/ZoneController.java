package org.cleanprod.places.zone;

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
 * Pages of the industrial zones and clusters: list with filters and export, a zone's
 * details and history, creating and editing.
 */
@Controller
@RequestMapping("/reference/zones")
class ZoneController {

	private final ZoneService zones;

	private final PlacesPageModel pages;

	private final PlacesExcel excel;

	ZoneController(ZoneService zones, PlacesPageModel pages, PlacesExcel excel) {
		this.zones = zones;
		this.pages = pages;
		this.excel = excel;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String list(@ModelAttribute("filter") ZoneFilter filter, PageQuery query, HttpServletRequest request, Locale locale,
			Model model) {
		model.addAttribute("page", this.zones.search(filter, query, Messages.isEnglish(locale)));
		model.addAttribute("boards", this.pages.boards(locale));
		model.addAttribute("kinds", this.pages.zoneKinds(locale));
		model.addAttribute("yesNo", this.pages.yesNo(locale));
		return Htmx.view(request, "reference/zones", "reference/zoneResults");
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	void export(@ModelAttribute("filter") ZoneFilter filter, PageQuery order, Locale locale,
			HttpServletResponse response) throws IOException {
		XlsxDownload.send(response, "khu-cum-cong-nghiep.xlsx",
				output -> this.excel.zones(filter, order, locale, output));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String details(@PathVariable @Scoped(ReferenceKind.ZONE) long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("zone",
				this.zones.details(id, user.can(Permission.REFERENCE_EDIT), Messages.isEnglish(locale)));
		model.addAttribute("changes", this.pages.changes(this.zones.history(id), locale));
		return "reference/zone";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String creation(Locale locale, Model model) {
		return form(model, null, ZoneForm.empty(), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String create(@Valid @ModelAttribute("form") ZoneForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.created(result, redirect, () -> this.zones.create(form, user), "common.created",
				"/reference/zones/", () -> form(model, null, form, result, locale));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.ZONE) long id, Locale locale, Model model) {
		return form(model, id, this.zones.form(id), null, locale);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.ZONE) long id, @Valid @ModelAttribute("form") ZoneForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			@AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.zones.update(id, form, user), "reference.unchanged",
				"/reference/zones/" + id, () -> form(model, id, form, result, locale));
	}

	private String form(Model model, Long id, ZoneForm form, BindingResult result, Locale locale) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("kinds", this.pages.zoneKinds(locale));
		model.addAttribute("boards", this.pages.boards(locale));
		model.addAttribute("units", this.pages.units(locale));
		return "reference/zoneForm";
	}

}
