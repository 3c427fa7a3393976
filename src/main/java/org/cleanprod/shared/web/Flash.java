package org.cleanprod.shared.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message shown once after a redirect: level is a Bootstrap alert level. */
public record Flash(String level, String messageKey, Object[] arguments) implements Serializable {

	static final String ATTRIBUTE = "flash";

	public static void success(RedirectAttributes attributes, String messageKey, Object... arguments) {
		attributes.addFlashAttribute(ATTRIBUTE, new Flash("success", messageKey, arguments));
	}

	public static void warning(RedirectAttributes attributes, String messageKey, Object... arguments) {
		attributes.addFlashAttribute(ATTRIBUTE, new Flash("warning", messageKey, arguments));
	}

}
