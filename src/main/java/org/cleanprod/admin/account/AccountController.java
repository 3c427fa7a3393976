package org.cleanprod.admin.account;

import org.cleanprod.admin.users.UserService;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.FormSubmission;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * "My account", for every signed-in user: profile and scope, password change, personal
 * access tokens.
 */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		return page(user, PasswordChangeForm.empty(), null, TokenForm.empty(), null, null, request, model);
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.submit(result, () -> {
			UserService.PasswordChange change = this.accounts.changePassword(user, form);
			Flash.success(redirect, "account.passwordChanged", change.sessionsEnded(), change.tokensRevoked());
			return "redirect:/account";
		}, () -> page(user, PasswordChangeForm.empty(), result, TokenForm.empty(), null, null, request, model));
	}

	/**
	 * Creates a token and shows its secret in this response only: not through a redirect,
	 * which would keep the secret in the session until the next page.
	 */
	@PostMapping("/tokens")
	@PreAuthorize("hasAuthority('API_TOKEN')")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return FormSubmission.submit(result, () -> {
			AccessTokens.NewToken token = this.accounts.createToken(user, form);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			return page(user, PasswordChangeForm.empty(), null, TokenForm.empty(), null, token.secret(), request,
					model);
		}, () -> page(user, PasswordChangeForm.empty(), null, form, result, null, request, model));
	}

	@PostMapping("/tokens/{id}/revoke")
	@PreAuthorize("hasAuthority('API_TOKEN')")
	String revokeToken(@PathVariable @Scoped(ReferenceKind.TOKEN) long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.accounts.revokeToken(user, id);
		Flash.success(redirect, "token.revoked");
		return "redirect:/account";
	}

	private String page(CurrentUser user, PasswordChangeForm passwordForm, BindingResult passwordErrors,
			TokenForm tokenForm, BindingResult tokenErrors, String newSecret, HttpServletRequest request, Model model) {
		boolean english = "en".equals(RequestContextUtils.getLocale(request).getLanguage());
		model.addAttribute("account", this.accounts.profile(user, english));
		model.addAttribute("permissions", user.permissions().stream().sorted().toList());
		model.addAttribute("passwordErrors", passwordErrors);
		model.addAttribute("tokenForm", tokenForm);
		model.addAttribute("tokenErrors", tokenErrors);
		model.addAttribute("tokens", user.can(Permission.API_TOKEN) ? this.accounts.tokens(user) : List.of());
		model.addAttribute("newSecret", newSecret);
		return "admin/account";
	}

}
