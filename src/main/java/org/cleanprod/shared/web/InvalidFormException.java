package org.cleanprod.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * Field errors found by a service (a unit outside the user's scope, a tax code already
 * taken): pages show them beside their fields, the API answers 400 listing them.
 */
public class InvalidFormException extends RuntimeException {

	private final Map<String, FieldProblem> problems;

	/** The message key and arguments of one field's error. */
	public record FieldProblem(String messageKey, Object[] arguments) {
	}

	public InvalidFormException(Map<String, FieldProblem> problems) {
		super("invalid fields " + problems.keySet());
		this.problems = new LinkedHashMap<>(problems);
	}

	public static InvalidFormException of(String field, String messageKey, Object... arguments) {
		return new InvalidFormException(Map.of(field, new FieldProblem(messageKey, arguments)));
	}

	public Map<String, FieldProblem> problems() {
		return this.problems;
	}

	/** Copies the errors onto a page's binding result. */
	public void addTo(BindingResult result) {
		this.problems
			.forEach((field, problem) -> result.rejectValue(field, problem.messageKey(), problem.arguments(), null));
	}

	/** Collects field errors and throws them together. */
	public static final class Collector {

		private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

		public void reject(String field, String messageKey, Object... arguments) {
			this.problems.putIfAbsent(field, new FieldProblem(messageKey, arguments));
		}

		public void throwIfAny() {
			if (!this.problems.isEmpty()) {
				throw new InvalidFormException(this.problems);
			}
		}

	}

}
