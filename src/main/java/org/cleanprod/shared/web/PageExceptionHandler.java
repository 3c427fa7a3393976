package org.cleanprod.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Errors of pages: the layout's error page with a message in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final UiAdvice ui;

	private final DataSize ceiling;

	PageExceptionHandler(UiAdvice ui, @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize ceiling) {
		this.ui = ui;
		this.ceiling = ceiling;
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

	/** Someone saved the record between this request's read and its write. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	String stale(HttpServletRequest request, HttpServletResponse response, Model model) {
		return conflict(new StaleEditException(), request, response, model);
	}

	/**
	 * A file past the server's static ceiling: back to the page the form was on (the
	 * upload pages answer GET at the address they are posted to), with a message that
	 * names the ceiling.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		Flash.warning(redirect, "import.limit.REQUEST_BYTES", this.ceiling.toMegabytes());
		return "redirect:" + request.getRequestURI();
	}

	/**
	 * A form posted without the file it must carry, or not as a file upload at all: only
	 * a hand-made request does that, and it gets a 400 page.
	 */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	String notAnUpload(HttpServletRequest request, HttpServletResponse response, Model model) {
		return error(request, response, model, HttpStatus.BAD_REQUEST, "error.badRequest.detail");
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
