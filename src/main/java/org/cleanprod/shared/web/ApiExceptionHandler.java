package org.cleanprod.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details, titled in the caller's language.
 * Validation failures list every field with its message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound", locale);
	}

	@ExceptionHandler(BusinessException.class)
	ProblemDetail conflict(BusinessException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.conflict", locale);
		problem.setDetail(this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		return problem;
	}

	/** Someone saved the record between this request's read and its write. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(Locale locale) {
		return conflict(new StaleEditException(), locale);
	}

	@ExceptionHandler(InvalidFormException.class)
	ProblemDetail invalid(InvalidFormException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation", locale);
		problem.setProperty("errors", ex.problems()
			.entrySet()
			.stream()
			.map(entry -> Map.of("field", entry.getKey(), "message",
					this.messages.getMessage(entry.getValue().messageKey(), entry.getValue().arguments(), locale)))
			.toList());
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden", locale);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "error.badRequest", locale);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation", locale);
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation", locale);
		problem.setProperty("errors",
				ex.getAllErrors().stream().map(error -> this.messages.getMessage(error, locale)).toList());
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Every other error Spring answers itself (an unreadable body, a parameter of the
	 * wrong type, a method not allowed) gets its title and detail in the caller's
	 * language too, never the framework's English.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& problem.getProperties() == null) {
			String key = (status.value() == HttpStatus.PAYLOAD_TOO_LARGE.value()) ? "error.tooLarge"
					: status.is4xxClientError() ? "error.badRequest" : "error.server";
			Locale locale = LocaleContextHolder.getLocale();
			problem.setTitle(this.messages.getMessage(key, null, locale));
			problem.setDetail(this.messages.getMessage(key + ".detail", null, locale));
		}
		return response;
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage(titleKey, null, status.getReasonPhrase(), locale));
		return problem;
	}

}
