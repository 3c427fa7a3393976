package org.cleanprod.shared.document;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The four faces of Liberation Serif (version 2, which covers Vietnamese) from
 * {@code openpdf-fonts-extra}, embedded as subsets with Unicode (Identity-H) encoding.
 * <p>
 * One set is made for each rendering, since a font names its subset with a random tag:
 * here the tag is drawn from a generator seeded with the document, so the same document
 * gets the same tags and the same bytes. The font files themselves are read once.
 */
final class PdfFonts {

	private static final byte[] REGULAR = load("LiberationSerif-Regular.ttf");

	private static final byte[] BOLD = load("LiberationSerif-Bold.ttf");

	private static final byte[] ITALIC = load("LiberationSerif-Italic.ttf");

	private static final byte[] BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

	private static final BaseFont MEASURING_REGULAR = create("LiberationSerif-Regular.ttf", REGULAR, null);

	private static final BaseFont MEASURING_BOLD = create("LiberationSerif-Bold.ttf", BOLD, null);

	private final BaseFont regular;

	private final BaseFont bold;

	private final BaseFont italic;

	private final BaseFont boldItalic;

	PdfFonts(String seed) {
		this.regular = create("LiberationSerif-Regular.ttf", REGULAR, seed);
		this.bold = create("LiberationSerif-Bold.ttf", BOLD, seed);
		this.italic = create("LiberationSerif-Italic.ttf", ITALIC, seed);
		this.boldItalic = create("LiberationSerif-BoldItalic.ttf", BOLD_ITALIC, seed);
	}

	/**
	 * The width of a text in points, in Liberation Serif and so in Times New Roman; the
	 * DOCX renderer uses it too, to make a rule as long as a line of text.
	 */
	static float width(String text, boolean bold, float size) {
		return (bold ? MEASURING_BOLD : MEASURING_REGULAR).getWidthPoint(text, size);
	}

	Font font(boolean bold, boolean italic, float size) {
		return new Font(face(bold, italic), size, Font.NORMAL, Color.BLACK);
	}

	/**
	 * Fails on a character the font has no glyph for: the PDF would silently leave it out
	 * while the DOCX shows it, and the two would no longer say the same.
	 */
	void check(String text, boolean bold, boolean italic) {
		BaseFont face = face(bold, italic);
		text.codePoints().filter((c) -> c != '\n' && !face.charExists(c)).findFirst().ifPresent((c) -> {
			throw new IllegalArgumentException(
					"The PDF font has no glyph for U+%04X in \"%s\"".formatted(c, abbreviate(text)));
		});
	}

	boolean has(int codePoint, boolean bold, boolean italic) {
		return face(bold, italic).charExists(codePoint);
	}

	private BaseFont face(boolean bold, boolean italic) {
		if (bold) {
			return italic ? this.boldItalic : this.bold;
		}
		return italic ? this.italic : this.regular;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

	private static BaseFont create(String name, byte[] file, String seed) {
		try {
			BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, file,
					null);
			if (seed != null) {
				// SHA1PRNG seeded before its first use always draws the same numbers.
				SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
				random.setSeed((name + '\n' + seed).getBytes(StandardCharsets.UTF_8));
				font.setSecureRandom(random);
			}
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] load(String file) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font liberation/" + file + " not on the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
