package org.cleanprod.shared.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A part of a {@link Document}: what it says and its kind; the renderers decide how it
 * looks (the Decree 30/2020 layout). Texts are kept in Unicode NFC, a line break as
 * {@code "\n"}.
 */
public sealed interface Block {

	/** How a table column is aligned: numbers right, so their digits line up. */
	enum Align {

		LEFT, CENTER, RIGHT

	}

	/** A piece of text in a paragraph, plain, bold or italic. */
	record Run(String text, boolean bold, boolean italic) {

		public Run {
			text = Text.of(text);
		}

		public static Run plain(String text) {
			return new Run(text, false, false);
		}

		public static Run bold(String text) {
			return new Run(text, true, false);
		}

		public static Run italic(String text) {
			return new Run(text, false, true);
		}

	}

	/**
	 * The document type name and its subject (tên loại và trích yếu nội dung, e.g. "BÁO
	 * CÁO" / "Kết quả đánh giá sản xuất sạch hơn năm 2025"), centred under the
	 * {@link OfficialHeader}.
	 *
	 * @param type the type name, printed upper case
	 * @param subject the subject, or {@code null}
	 */
	record Title(String type, String subject) implements Block {

		public Title {
			type = Text.of(type);
			subject = (subject != null) ? Text.of(subject) : null;
		}

	}

	/** A heading of level 1 (highest) to 3; its text carries its numbering, e.g. "I.". */
	record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("A heading level is 1, 2 or 3, not " + level);
			}
			text = Text.of(text);
		}

	}

	/** A paragraph of body text, justified, its first line indented. */
	record Paragraph(List<Run> runs) implements Block {

		public Paragraph {
			runs = List.copyOf(runs);
		}

		public static Paragraph of(String text) {
			return new Paragraph(List.of(Run.plain(text)));
		}

		public static Paragraph of(Run... runs) {
			return new Paragraph(List.of(runs));
		}

		/** The text without its formatting. */
		public String text() {
			StringBuilder text = new StringBuilder();
			this.runs.forEach((run) -> text.append(run.text()));
			return text.toString();
		}

	}

	/**
	 * A bulleted or numbered list. The marks ("-" as in official documents, or "1.",
	 * "2.") are part of the text of each item in both files, so they read the same; Word
	 * will not renumber them when items are edited.
	 */
	record ItemList(boolean numbered, List<Paragraph> items) implements Block {

		public ItemList {
			items = List.copyOf(items);
		}

		public static ItemList bullets(String... items) {
			return new ItemList(false, Arrays.stream(items).map(Paragraph::of).toList());
		}

		public static ItemList numbered(String... items) {
			return new ItemList(true, Arrays.stream(items).map(Paragraph::of).toList());
		}

		/** The mark of the item at the index, from 0. */
		public String mark(int index) {
			return this.numbered ? (index + 1) + "." : "-";
		}

	}

	/**
	 * A table column.
	 *
	 * @param header its header text
	 * @param align how its cells are aligned
	 * @param width its width relative to the other columns' (any positive numbers; the
	 * table spans the text width)
	 */
	record Column(String header, Align align, double width) {

		public Column {
			header = Text.of(header);
			Objects.requireNonNull(align, "align");
			if (!(width > 0)) {
				throw new IllegalArgumentException("A column width is positive, not " + width);
			}
		}

		/** A text column of the standard width. */
		public static Column text(String header) {
			return new Column(header, Align.LEFT, 1);
		}

		/** A number column of the standard width, right-aligned. */
		public static Column number(String header) {
			return new Column(header, Align.RIGHT, 1);
		}

		public Column width(double width) {
			return new Column(this.header, this.align, width);
		}

	}

	/**
	 * A table with borders: a header row repeated on each page it spans, then the rows.
	 * Cells are text, formatted by the caller (numbers in the document's locale, see
	 * {@code shared.i18n.Formats}).
	 *
	 * @param caption printed above the table (e.g. "Bảng 1. Tiêu thụ điện năm 2025"), or
	 * {@code null}
	 */
	record Table(List<Column> columns, List<List<String>> rows, String caption) implements Block {

		public Table {
			columns = List.copyOf(columns);
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("A table has at least one column");
			}
			int width = columns.size();
			rows = rows.stream().map((row) -> {
				if (row.size() != width) {
					throw new IllegalArgumentException("A row has " + row.size() + " cells, the table " + width);
				}
				return row.stream().map((cell) -> (cell != null) ? Text.of(cell) : "").toList();
			}).toList();
			caption = (caption != null) ? Text.of(caption) : null;
		}

	}

	/**
	 * An image, such as a chart, centred, with a caption below it.
	 *
	 * @param png the image, PNG
	 * @param widthMm its printed width in millimetres, at most the text width; the height
	 * keeps the image's proportions
	 * @param caption e.g. "Hình 1. Tiêu thụ điện theo tháng", or {@code null}
	 */
	record Figure(byte[] png, double widthMm, String caption) implements Block {

		private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

		public Figure {
			png = png.clone();
			if (png.length < 24 || !Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)) {
				throw new IllegalArgumentException("A figure is a PNG image");
			}
			if (!(widthMm > 0)) {
				throw new IllegalArgumentException("A figure width is positive, not " + widthMm);
			}
			caption = (caption != null) ? Text.of(caption) : null;
		}

		@Override
		public byte[] png() {
			return this.png.clone();
		}

		/** The printed height in millimetres, from the image's size in pixels. */
		public double heightMm() {
			return this.widthMm * pixels(20) / pixels(16);
		}

		// The width and height are the first fields of the IHDR chunk, which a PNG starts
		// with (ISO/IEC 15948, 11.2.2).
		private int pixels(int offset) {
			return ((this.png[offset] & 0xff) << 24) | ((this.png[offset + 1] & 0xff) << 16)
					| ((this.png[offset + 2] & 0xff) << 8) | (this.png[offset + 3] & 0xff);
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof Figure figure) && Arrays.equals(this.png, figure.png)
					&& this.widthMm == figure.widthMm && Objects.equals(this.caption, figure.caption);
		}

		@Override
		public int hashCode() {
			return Objects.hash(Arrays.hashCode(this.png), this.widthMm, this.caption);
		}

		@Override
		public String toString() {
			return "Figure[" + this.png.length + " bytes, " + this.widthMm + " mm, " + this.caption + "]";
		}

	}

	/** The next block starts a new page. */
	record PageBreak() implements Block {

	}

	/**
	 * The header of an administrative document on its first page (Decree 30/2020/NĐ-CP,
	 * Appendix I): the agencies and the number on the left; the national title and motto,
	 * then the place and date, on the right.
	 *
	 * @param parentAgency the parent agency (cơ quan chủ quản), e.g. "UBND TỈNH BÌNH
	 * DƯƠNG", or {@code null}
	 * @param issuingAgency the issuing agency, e.g. "SỞ CÔNG THƯƠNG"
	 * @param number the number and symbol after "Số: ", e.g. "12/BC-SCT"
	 * @param placeAndDate e.g. "Bình Dương, ngày 05 tháng 3 năm 2026"
	 */
	record OfficialHeader(String parentAgency, String issuingAgency, String number,
			String placeAndDate) implements Block {

		/** The national title (quốc hiệu). */
		public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

		/**
		 * The motto (tiêu ngữ). Decree 30 is confirmed on the words and capitals; the
		 * hyphen with spaces between the phrases is not confirmed in the text available.
		 */
		public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

		public OfficialHeader {
			parentAgency = (parentAgency != null) ? Text.of(parentAgency) : null;
			issuingAgency = Text.of(issuingAgency);
			number = Text.of(number);
			placeAndDate = Text.of(placeAndDate);
		}

	}

}
