package org.cleanprod.assessment.web;

import org.cleanprod.assessment.AssessmentMethod;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The CP assessment method: its steps and tasks and the categories of options, with their
 * sources, for every signed-in user; confidence and notes for those who edit reference
 * data.
 */
@Controller
class MethodController {

	private final AssessmentMethod method;

	MethodController(AssessmentMethod method) {
		this.method = method;
	}

	@GetMapping("/assessments/method")
	@PreAuthorize("isAuthenticated()")
	String method(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean withNotes = user.can(Permission.REFERENCE_EDIT);
		model.addAttribute("steps", this.method.steps(withNotes));
		model.addAttribute("categories", this.method.categories(withNotes));
		return "assessment/method";
	}

}
