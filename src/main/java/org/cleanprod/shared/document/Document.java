package org.cleanprod.shared.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document to render: its metadata and its blocks in reading order.
 * <p>
 * {@code issued} is written as the creation and modification date of both files, in place
 * of the time of rendering, so a document rendered again from the same snapshot carries
 * the same dates. Still, an issued document is what was rendered when it was issued: the
 * caller stores those bytes and serves them, never a new rendering.
 *
 * @param title the title in the file properties (not printed; a {@link Block.Title} or a
 * heading prints one)
 * @param author the issuing agency or the person, in the file properties
 * @param language the language of the text, e.g. {@code vi-VN}
 * @param issued when the document was issued or made
 * @param blocks the content
 */
public record Document(String title, String author, Locale language, OffsetDateTime issued, List<Block> blocks) {

	/** Vietnamese, the language of official documents. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	public Document {
		title = Text.of(title);
		author = (author != null) ? Text.of(author) : "";
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(issued, "issued");
		blocks = List.copyOf(blocks);
	}

	/** A Vietnamese document. */
	public static Document vietnamese(String title, String author, OffsetDateTime issued, List<Block> blocks) {
		return new Document(title, author, VIETNAMESE, issued, blocks);
	}

}
