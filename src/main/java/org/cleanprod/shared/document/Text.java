package org.cleanprod.shared.document;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Texts of the model in one form: Unicode NFC, since Vietnamese typed as a letter plus
 * combining marks would otherwise be drawn with marks that no font places well, and line
 * breaks as {@code "\n"}.
 */
final class Text {

	private Text() {
	}

	static String of(String text) {
		Objects.requireNonNull(text, "text");
		return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
	}

}
