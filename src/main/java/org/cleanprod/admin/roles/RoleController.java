package org.cleanprod.admin.roles;

import org.cleanprod.admin.signin.AccountSessions;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.web.BusinessException;
import org.cleanprod.shared.web.Flash;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The matrix of roles and permissions, for administrators. */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasAuthority('USER_ADMIN')")
class RoleController {

	private final RoleService roles;

	private final AccountSessions sessions;

	RoleController(RoleService roles, AccountSessions sessions) {
		this.roles = roles;
		this.sessions = sessions;
	}

	@GetMapping
	String matrix(Model model) {
		model.addAttribute("matrix", this.roles.matrix());
		model.addAttribute("errorKey", null);
		return "admin/roles";
	}

	@PostMapping
	String save(@RequestParam(name = "grant", required = false) List<String> grants,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		RoleMatrix matrix;
		try {
			matrix = RoleMatrix.parse((grants != null) ? grants : List.of());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
		try {
			List<Role> changed = this.roles.save(matrix, user);
			if (changed.contains(user.role())) {
				this.sessions.refresh(request, response);
			}
			Flash.success(redirect, changed.isEmpty() ? "roles.unchanged" : "roles.saved", changed.size());
			return "redirect:/admin/roles";
		}
		catch (BusinessException ex) {
			model.addAttribute("matrix", matrix);
			model.addAttribute("errorKey", ex.messageKey());
			return "admin/roles";
		}
	}

}
