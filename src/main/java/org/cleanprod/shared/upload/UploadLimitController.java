package org.cleanprod.shared.upload;

import java.util.Arrays;

import jakarta.validation.Valid;
import org.cleanprod.shared.audit.AuditedType;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.FormSubmission;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * The administrators' page of the upload limits: the list with defaults, and editing one
 * limit, with a stale-edit check and an audit row.
 */
@Controller
@RequestMapping("/admin/upload-limits")
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UploadLimitController {

	private final UploadLimits limits;

	UploadLimitController(UploadLimits limits) {
		this.limits = limits;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("limits", this.limits.list());
		model.addAttribute("ceiling", this.limits.ceiling() / UploadLimit.MEGABYTE);
		return "shared/uploadLimits";
	}

	@GetMapping("/{key}/edit")
	String edit(@PathVariable @Scoped(ReferenceKind.UPLOAD_LIMIT) String key, Model model) {
		UploadLimits.LimitRow row = this.limits.find(limit(key));
		return form(model, row, UploadLimitForm.of(row), null);
	}

	@PostMapping("/{key}/edit")
	String update(@PathVariable @Scoped(ReferenceKind.UPLOAD_LIMIT) String key,
			@Valid @ModelAttribute("form") UploadLimitForm form, BindingResult result, Model model,
			RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser user) {
		UploadLimit limit = limit(key);
		return FormSubmission.saved(result, redirect,
				() -> this.limits.update(limit, form.value(), form.version(), user), "upload.limits.unchanged",
				"/admin/upload-limits#limit-" + limit.name(), () -> form(model, this.limits.find(limit), form, result));
	}

	private String form(Model model, UploadLimits.LimitRow row, UploadLimitForm form, BindingResult result) {
		model.addAttribute("row", row);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("ceiling", this.limits.ceiling() / UploadLimit.MEGABYTE);
		return "shared/uploadLimitForm";
	}

	private static UploadLimit limit(String key) {
		for (UploadLimit limit : UploadLimit.values()) {
			if (limit.name().equals(key)) {
				return limit;
			}
		}
		throw new NotFoundException(UploadLimits.ENTITY, key);
	}

	/**
	 * The page's entry in the main navigation, for administrators, and its audit rows.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavEntry uploadLimitsNavigation() {
			return new NavEntry(92, NavGroup.ADMINISTRATION, "nav.uploadLimits", "/admin/upload-limits",
					Permission.USER_ADMIN);
		}

		/** Limits are named by key; every one exists for whoever may read the page. */
		@Bean
		ReferenceScope uploadLimitReferences() {
			return ReferenceScope.ofText(ReferenceKind.UPLOAD_LIMIT,
					(key, user) -> Arrays.stream(UploadLimit.values()).anyMatch(limit -> limit.name().equals(key)));
		}

		@Bean
		AuditedType uploadLimitAudit() {
			return new AuditedType(UploadLimits.ENTITY, Permission.USER_ADMIN,
					entry -> "/admin/upload-limits#limit-" + entry.stateField("limit"));
		}

	}

}
