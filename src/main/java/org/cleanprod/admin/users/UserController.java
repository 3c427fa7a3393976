package org.cleanprod.admin.users;

import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.admin.account.PasswordResetForm;
import org.cleanprod.admin.audit.AuditPages;
import org.cleanprod.admin.signin.AccountSessions;
import java.io.IOException;
import java.util.Locale;

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
 * Pages of user accounts for administrators: list with filters, export, detail with
 * history, creation, editing with the scope fields of the chosen role, password reset.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UserController {

	private final UserService users;

	private final UserPageModel pages;

	private final UserExcel excel;

	private final AuditPages audit;

	private final AccountSessions sessions;

	UserController(UserService users, UserPageModel pages, UserExcel excel, AuditPages audit,
			AccountSessions sessions) {
		this.users = users;
		this.pages = pages;
		this.excel = excel;
		this.audit = audit;
		this.sessions = sessions;
	}

	@GetMapping
	String list(@ModelAttribute("filter") UserFilter filter, PageQuery query, HttpServletRequest request, Model model) {
		model.addAttribute("page", this.users.search(filter, query));
		model.addAttribute("roles", this.pages.roleOptions(locale(request)));
		return Htmx.view(request, "admin/users", "admin/userResults");
	}

	@GetMapping("/export")
	void export(@ModelAttribute("filter") UserFilter filter, PageQuery order, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		XlsxDownload.send(response, "nguoi-dung.xlsx",
				output -> this.excel.export(filter, order, locale(request), output));
	}

	@GetMapping("/new")
	String creation(HttpServletRequest request, Model model) {
		return this.pages.form(model, null, UserForm.empty(), null, locale(request));
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			allErrors(form, null, result);
		}
		return FormSubmission.created(result, redirect, () -> this.users.create(form, user), "user.created",
				"/admin/users/", () -> this.pages.form(model, null, form, result, locale(request)));
	}

	/** The scope fields for the role just chosen (htmx swaps them into the form). */
	@GetMapping("/scope-fields")
	String scopeFields(@ModelAttribute("form") UserForm form,
			@RequestParam(required = false) @Scoped(ReferenceKind.USER) Long id, HttpServletRequest request,
			Model model) {
		model.addAttribute("errors", null);
		model.addAttribute("choices", this.pages.choices(form, null, id, locale(request)));
		return "admin/userScope";
	}

	/** The enterprises matching a search, as the options of the enterprise list. */
	@GetMapping("/enterprise-options")
	String enterpriseOptions(@RequestParam(required = false) String enterpriseQuery,
			@RequestParam(required = false) @Scoped(ReferenceKind.ENTERPRISE) Long enterpriseId, Model model) {
		model.addAttribute("options", this.pages.enterpriseOptions(enterpriseQuery, enterpriseId));
		model.addAttribute("selected", enterpriseId);
		return "admin/enterpriseOptions";
	}

	@GetMapping("/{id}")
	String details(@PathVariable @Scoped(ReferenceKind.USER) long id, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model) {
		return details(id, null, user, request, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable @Scoped(ReferenceKind.USER) long id, HttpServletRequest request, Model model) {
		return this.pages.form(model, id, this.users.form(id), null, locale(request));
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable @Scoped(ReferenceKind.USER) long id, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			allErrors(form, id, result);
		}
		return FormSubmission.submitOrReject(result, () -> {
			boolean changed = this.users.update(id, form, user);
			if (changed && id == user.id()) {
				this.sessions.refresh(request, response);
			}
			Flash.success(redirect, changed ? "common.saved" : "user.unchanged");
			return "redirect:/admin/users/" + id;
		}, () -> this.pages.form(model, id, form, result, locale(request)));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable @Scoped(ReferenceKind.USER) long id,
			@Valid @ModelAttribute("passwordForm") PasswordResetForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.submit(result, () -> {
			UserService.PasswordChange change = this.users.resetPassword(id, form, user);
			Flash.success(redirect, "user.passwordReset", change.sessionsEnded(), change.tokensRevoked());
			return "redirect:/admin/users/" + id;
		}, () -> details(id, result, user, request, model));
	}

	private String details(long id, BindingResult passwordErrors, CurrentUser user, HttpServletRequest request,
			Model model) {
		Locale locale = locale(request);
		model.addAttribute("account", this.users.view(id, "en".equals(locale.getLanguage())));
		model.addAttribute("passwordErrors", passwordErrors);
		model.addAttribute("history", this.audit.rows(this.users.history(id), user, locale));
		return "admin/user";
	}

	/** Adds the service's errors to those of field validation, to show them together. */
	private void allErrors(UserForm form, Long id, BindingResult result) {
		try {
			this.users.check(form, id);
		}
		catch (InvalidFormException ex) {
			ex.problems().forEach((field, problem) -> {
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, problem.messageKey(), problem.arguments(), null);
				}
			});
		}
	}

	private static Locale locale(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request);
	}

}
