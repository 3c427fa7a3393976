package org.cleanprod.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Errors of pages: the layout's error page with a message in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final UiAdvice ui;

	PageExceptionHandler(UiAdvice ui) {
		this.ui = ui;
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return error(request, response, model, HttpStatus.NOT_FOUND, ex.detailKey());
	}

	@ExceptionHandler(BusinessException.class)
	String conflict(BusinessException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("arguments", ex.arguments());
		return error(request, response, model, HttpStatus.CONFLICT, ex.messageKey());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
		return error(request, response, model, HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge.detail");
	}

	private String error(HttpServletRequest request, HttpServletResponse response, Model model, HttpStatus status,
			String detailKey) {
		response.setStatus(status.value());
		model.addAttribute("ui", this.ui.create(request));
		model.addAttribute("status", status.value());
		model.addAttribute("detailKey", detailKey);
		return "error";
	}

}
