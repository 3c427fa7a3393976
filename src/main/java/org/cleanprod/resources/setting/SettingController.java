package org.cleanprod.resources.setting;

import org.cleanprod.resources.web.ResourcePageModel;
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

/** Pages of the reference settings (legal thresholds, conventions): list and editing. */
@Controller
@RequestMapping("/reference/settings")
class SettingController {

	private final SettingService settings;

	private final ResourcePageModel pages;

	SettingController(SettingService settings, ResourcePageModel pages) {
		this.settings = settings;
		this.pages = pages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("settings", this.settings.list(user.can(Permission.REFERENCE_EDIT)));
		return "reference/settings";
	}

	@GetMapping("/{key}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String edit(@PathVariable @Scoped(ReferenceKind.SETTING) String key, Locale locale, Model model) {
		return form(model, key, this.settings.form(key), null, locale);
	}

	@PostMapping("/{key}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String update(@PathVariable @Scoped(ReferenceKind.SETTING) String key,
			@Valid @ModelAttribute("form") SettingForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		return FormSubmission.saved(result, redirect, () -> this.settings.update(key, form, user),
				"reference.unchanged", "/reference/settings#setting-" + key,
				() -> form(model, key, form, result, locale));
	}

	private String form(Model model, String key, SettingForm form, BindingResult result, Locale locale) {
		model.addAttribute("setting", this.settings.setting(key, true));
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("changes", this.pages.changes(this.settings.history(key), locale));
		return "reference/settingForm";
	}

}
