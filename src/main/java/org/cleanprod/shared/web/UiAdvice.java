package org.cleanprod.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Adds the {@link Ui} of the request to every page model. */
@ControllerAdvice
class UiAdvice {

	private final MessageSource messages;

	private final List<NavEntry> navigation;

	UiAdvice(MessageSource messages, List<NavEntry> navigation) {
		this.messages = messages;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavEntry::order)).toList();
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return create(request);
	}

	Ui create(HttpServletRequest request) {
		return new Ui(this.messages, RequestContextUtils.getLocale(request), request, this.navigation);
	}

}
