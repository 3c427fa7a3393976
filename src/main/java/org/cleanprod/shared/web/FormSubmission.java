package org.cleanprod.shared.web;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The POST of a form page: when the fields are valid, runs the action and returns its
 * view (usually a redirect); otherwise, or when the service finds field errors, shows the
 * form again with the errors. {@link #created} and {@link #saved} are the usual creation
 * and edit pages: post, redirect to the record and say once what happened.
 */
public final class FormSubmission {

	private static final String SAVED = "common.saved";

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

	/**
	 * Creates a record and shows its page, {@code pathBeforeId} followed by the new id or
	 * code, with the {@code createdKey} message. A broken business rule is left to the
	 * error page, as with {@link #submit}.
	 */
	public static String created(BindingResult result, RedirectAttributes redirect, Supplier<?> create,
			String createdKey, String pathBeforeId, Supplier<String> form) {
		return submit(result, () -> {
			Object id = create.get();
			Flash.success(redirect, createdKey);
			return "redirect:" + pathBeforeId + id;
		}, form);
	}

	/**
	 * Saves an edit and shows {@code path}, saying "saved", or {@code unchangedKey} when
	 * the update found nothing to change. A broken rule such as a stale edit rejects the
	 * form, so the user keeps what was typed.
	 */
	public static String saved(BindingResult result, RedirectAttributes redirect, BooleanSupplier update,
			String unchangedKey, String path, Supplier<String> form) {
		return submitOrReject(result, () -> {
			boolean changed = update.getAsBoolean();
			Flash.success(redirect, changed ? SAVED : unchangedKey);
			return "redirect:" + path;
		}, form);
	}

	/**
	 * Saves an edit and shows {@code path} saying "saved", for pages that do not tell an
	 * unchanged edit apart.
	 */
	public static String saved(BindingResult result, RedirectAttributes redirect, Runnable update, String path,
			Supplier<String> form) {
		return saved(result, redirect, () -> {
			update.run();
			return true;
		}, SAVED, path, form);
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
