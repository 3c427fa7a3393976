package org.cleanprod.shared.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the container (unknown URLs, failures outside controllers): a page in
 * the user's language, or a problem detail for the API and non-HTML clients.
 */
@Controller
@RequestMapping("/error")
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	ErrorPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("detailKey", detailKey(status));
		return "error";
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage(titleKey(status), null, status.getReasonPhrase(), locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String titleKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case UNAUTHORIZED -> "error.unauthorized";
			case BAD_REQUEST -> "error.badRequest";
			case PAYLOAD_TOO_LARGE -> "error.tooLarge";
			default -> "error.server";
		};
	}

	private static String detailKey(HttpStatus status) {
		return titleKey(status) + ".detail";
	}

}
