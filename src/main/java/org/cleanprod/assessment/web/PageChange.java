package org.cleanprod.assessment.web;

import java.util.function.BooleanSupplier;

import org.cleanprod.shared.web.BusinessException;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change made from a row of the assessment's page (a task, an option's screening or
 * implementation): the page comes back at that row, saying it was saved, that nothing
 * changed, or what was wrong, with the figures as they are now.
 */
final class PageChange {

	private PageChange() {
	}

	static String apply(RedirectAttributes redirect, String page, BooleanSupplier change) {
		try {
			Flash.success(redirect, change.getAsBoolean() ? "common.saved" : "assessment.unchanged");
		}
		catch (InvalidFormException ex) {
			InvalidFormException.FieldProblem problem = ex.problems().values().iterator().next();
			Flash.warning(redirect, problem.messageKey(), problem.arguments());
		}
		catch (BusinessException ex) {
			Flash.warning(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:" + page;
	}

}
