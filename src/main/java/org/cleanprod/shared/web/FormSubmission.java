package org.cleanprod.shared.web;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * The POST of a form page: when the fields are valid, runs the action and returns its
 * view (usually a redirect); otherwise, or when the service finds field errors, shows the
 * form again with the errors.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/** A broken business rule is left to the error page. */
	public static String submit(BindingResult result, Supplier<String> action, Supplier<String> form) {
		return submit(result, action, form, false);
	}

	/**
	 * A broken business rule (a stale edit) is shown as an error of the whole form, so
	 * the user keeps what was typed.
	 */
	public static String submitOrReject(BindingResult result, Supplier<String> action, Supplier<String> form) {
		return submit(result, action, form, true);
	}

	private static String submit(BindingResult result, Supplier<String> action, Supplier<String> form, boolean reject) {
		if (!result.hasErrors()) {
			try {
				return action.get();
			}
			catch (InvalidFormException ex) {
				ex.addTo(result);
			}
			catch (BusinessException ex) {
				rejectOrThrow(result, ex, reject);
			}
			catch (OptimisticLockingFailureException ex) {
				rejectOrThrow(result, new StaleEditException(), reject);
			}
		}
		return form.get();
	}

	private static void rejectOrThrow(BindingResult result, BusinessException ex, boolean reject) {
		if (!reject) {
			throw ex;
		}
		result.reject(ex.messageKey(), ex.arguments(), null);
	}

}
