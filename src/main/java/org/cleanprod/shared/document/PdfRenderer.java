package org.cleanprod.shared.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;

import org.cleanprod.shared.document.Block.Align;
import org.cleanprod.shared.document.Block.Figure;
import org.cleanprod.shared.document.Block.Heading;
import org.cleanprod.shared.document.Block.ItemList;
import org.cleanprod.shared.document.Block.OfficialHeader;
import org.cleanprod.shared.document.Block.PageBreak;
import org.cleanprod.shared.document.Block.Paragraph;
import org.cleanprod.shared.document.Block.Run;
import org.cleanprod.shared.document.Block.Table;
import org.cleanprod.shared.document.Block.Title;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * Renders a {@link Document} to PDF with OpenPDF, in the Decree 30/2020 layout, with
 * Liberation Serif (the metrics of Times New Roman) embedded as subsets, so the file
 * shows the same everywhere, Vietnamese included.
 * <p>
 * The output depends on the document alone: its dates are {@link Document#issued()}, the
 * font subset tags and the file identifier are derived from the document, so rendering it
 * again gives the same bytes with this version of OpenPDF. Another version may lay it out
 * differently; an issued document is therefore kept as the bytes rendered when it was
 * issued, and those are what is served later.
 * <p>
 * A plain class with static methods: it needs no other bean and no configuration, and a
 * rendering shares nothing with another but the font files, read once.
 */
public final class PdfRenderer {

	/** The media type of the files it writes. */
	public static final String CONTENT_TYPE = "application/pdf";

	private static final float BASELINE_EM = 0.891f;

	private static final float DESCENT_EM = 0.216f;

	private static final float RULE_OFFSET = -4;

	private static final int SUBSCRIPT_ZERO = 0x2080;

	private static final int SUPERSCRIPT_ZERO = 0x2070;

	private static final float SCRIPT_SCALE = 0.65f;

	private static final float SUBSCRIPT_RISE = -0.15f;

	private static final float SUPERSCRIPT_RISE = 0.35f;

	private static final Rectangle A4 = new Rectangle(Decree30.points(Decree30.PAGE_WIDTH_MM),
			Decree30.points(Decree30.PAGE_HEIGHT_MM));

	private final org.openpdf.text.Document pdf;

	private final PdfFonts fonts;

	private PdfRenderer(org.openpdf.text.Document pdf, PdfFonts fonts) {
		this.pdf = pdf;
		this.fonts = fonts;
	}

	/** The document as PDF bytes. */
	public static byte[] render(Document document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		render(document, out);
		return out.toByteArray();
	}

	/** Writes the document as PDF to the stream, which is left open. */
	public static void render(Document document, OutputStream out) {
		String seed = document.title() + '\n' + document.author() + '\n' + document.issued();
		PdfFonts fonts = new PdfFonts(seed);
		org.openpdf.text.Document pdf = new org.openpdf.text.Document(A4, Decree30.points(Decree30.MARGIN_LEFT_MM),
				Decree30.points(Decree30.MARGIN_RIGHT_MM), Decree30.points(Decree30.MARGIN_TOP_MM),
				Decree30.points(Decree30.MARGIN_BOTTOM_MM));
		PdfWriter writer = PdfWriter.getInstance(pdf, new KeptOpen(out));
		writer.setPageEvent(new PageNumbers(fonts));
		pdf.addTitle(document.title());
		if (!document.author().isEmpty()) {
			pdf.addAuthor(document.author());
		}
		pdf.open();
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(document.language().toLanguageTag()));
		PdfDate issued = new PdfDate(GregorianCalendar.from(document.issued().toZonedDateTime()));
		writer.getInfo().put(PdfName.CREATIONDATE, issued);
		writer.getInfo().put(PdfName.MODDATE, issued);
		byte[] id = fileId(seed);
		writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
		PdfRenderer renderer = new PdfRenderer(pdf, fonts);
		document.blocks().forEach(renderer::add);
		if (document.blocks().isEmpty()) {
			pdf.add(Chunk.NEWLINE);
		}
		pdf.close();
	}

	private void add(Block block) {
		switch (block) {
			case OfficialHeader header -> addHeader(header);
			case Title title -> addTitle(title);
			case Heading heading -> addHeading(heading);
			case Paragraph paragraph -> this.pdf.add(body(paragraph, ""));
			case ItemList list -> {
				for (int i = 0; i < list.items().size(); i++) {
					this.pdf.add(body(list.items().get(i), list.mark(i) + " "));
				}
			}
			case Table table -> addTable(table);
			case Figure figure -> addFigure(figure);
			case PageBreak pageBreak -> this.pdf.newPage();
		}
	}

	private void addHeader(OfficialHeader header) {
		float textWidth = Decree30.points(Decree30.TEXT_WIDTH_MM);
		float leftWidth = (float) (textWidth * Decree30.HEADER_LEFT_SHARE);
		float rightWidth = textWidth - leftWidth;
		PdfPTable table = new PdfPTable(new float[] { leftWidth, rightWidth });
		table.setTotalWidth(textWidth);
		table.setLockedWidth(true);

		PdfPCell left = headerCell();
		if (header.parentAgency() != null) {
			left.addElement(centred(header.parentAgency().toUpperCase(Document.VIETNAMESE), false, false,
					Decree30.PARENT_AGENCY_SIZE));
		}
		left.addElement(centred(header.issuingAgency().toUpperCase(Document.VIETNAMESE), true, false,
				Decree30.ISSUING_AGENCY_SIZE));
		left.addElement(rule((float) (Decree30.SHORT_RULE_SHARE * 100)));
		org.openpdf.text.Paragraph number = centred("Số: " + header.number(), false, false, Decree30.NUMBER_SIZE);
		number.setSpacingBefore(Decree30.PARAGRAPH_SPACING / 2);
		left.addElement(number);
		table.addCell(left);

		PdfPCell right = headerCell();
		right.addElement(centred(OfficialHeader.NATIONAL_TITLE, true, false, Decree30.NATIONAL_TITLE_SIZE));
		right.addElement(centred(OfficialHeader.MOTTO, true, false, Decree30.MOTTO_SIZE));
		float motto = PdfFonts.width(OfficialHeader.MOTTO, true, Decree30.MOTTO_SIZE);
		right.addElement(rule(Math.min(100, motto / rightWidth * 100)));
		org.openpdf.text.Paragraph date = centred(header.placeAndDate(), false, true, Decree30.PLACE_DATE_SIZE);
		date.setSpacingBefore(Decree30.PARAGRAPH_SPACING);
		right.addElement(date);
		table.addCell(right);

		table.setSpacingAfter(2 * Decree30.PARAGRAPH_SPACING);
		this.pdf.add(table);
	}

	private static PdfPCell headerCell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	private void addTitle(Title title) {
		org.openpdf.text.Paragraph type = centred(title.type().toUpperCase(Document.VIETNAMESE), true, false,
				Decree30.TITLE_SIZE);
		type.setSpacingBefore(Decree30.PARAGRAPH_SPACING);
		this.pdf.add(type);
		if (title.subject() != null) {
			this.pdf.add(centred(title.subject(), true, false, Decree30.TITLE_SIZE));
		}
		org.openpdf.text.Paragraph rule = rule((float) (Decree30.SHORT_RULE_SHARE * 100));
		rule.setSpacingAfter(2 * Decree30.PARAGRAPH_SPACING);
		this.pdf.add(rule);
	}

	private void addHeading(Heading heading) {
		boolean italic = heading.level() == 3;
		org.openpdf.text.Paragraph paragraph = newParagraph();
		addText(paragraph, heading.text(), true, italic, Decree30.HEADING_SIZE);
		paragraph.setMultipliedLeading(Decree30.SINGLE_LINE_EM * Decree30.LINE_SPACING);
		paragraph.setSpacingBefore(Decree30.PARAGRAPH_SPACING);
		paragraph.setSpacingAfter(Decree30.PARAGRAPH_SPACING);
		this.pdf.add(paragraph);
	}

	private org.openpdf.text.Paragraph body(Paragraph source, String mark) {
		org.openpdf.text.Paragraph paragraph = newParagraph();
		if (!mark.isEmpty()) {
			addText(paragraph, mark, false, false, Decree30.BODY_SIZE);
		}
		for (Run run : source.runs()) {
			addText(paragraph, run.text(), run.bold(), run.italic(), Decree30.BODY_SIZE);
		}
		paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
		paragraph.setFirstLineIndent(Decree30.points(Decree30.FIRST_LINE_INDENT_MM));
		paragraph.setMultipliedLeading(Decree30.SINGLE_LINE_EM * Decree30.LINE_SPACING);
		paragraph.setSpacingAfter(Decree30.PARAGRAPH_SPACING);
		return paragraph;
	}

	private void addTable(Table source) {
		if (source.caption() != null) {
			org.openpdf.text.Paragraph caption = centred(source.caption(), true, false, Decree30.CAPTION_SIZE);
			caption.setSpacingBefore(Decree30.PARAGRAPH_SPACING);
			caption.setSpacingAfter(Decree30.PARAGRAPH_SPACING / 2);
			this.pdf.add(caption);
		}
		float[] widths = new float[source.columns().size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = (float) source.columns().get(i).width();
		}
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSplitLate(false);
		for (Block.Column column : source.columns()) {
			table.addCell(cell(column.header(), true, Align.CENTER));
		}
		for (var row : source.rows()) {
			for (int i = 0; i < widths.length; i++) {
				table.addCell(cell(row.get(i), false, source.columns().get(i).align()));
			}
		}
		table.setSpacingAfter(Decree30.PARAGRAPH_SPACING * 2);
		this.pdf.add(table);
	}

	private PdfPCell cell(String text, boolean bold, Align align) {
		Phrase phrase = new Phrase();
		addText(phrase, text, bold, false, Decree30.TABLE_SIZE);
		PdfPCell cell = new PdfPCell(phrase);
		cell.setHorizontalAlignment(switch (align) {
			case LEFT -> Element.ALIGN_LEFT;
			case CENTER -> Element.ALIGN_CENTER;
			case RIGHT -> Element.ALIGN_RIGHT;
		});
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setBorderWidth(Decree30.RULE_WIDTH);
		cell.setPaddingLeft(3);
		cell.setPaddingRight(3);
		// As the DOCX cell: 2 pt above, single lines, 4 pt below (the descent included).
		cell.setPaddingTop(2);
		cell.setPaddingBottom(4 - DESCENT_EM * Decree30.TABLE_SIZE);
		cell.setUseDescender(true);
		cell.setLeading(Decree30.SINGLE_LINE_EM * Decree30.TABLE_SIZE, 0);
		return cell;
	}

	private void addFigure(Figure figure) {
		try {
			Image image = Image.getInstance(figure.png());
			double width = Math.min(figure.widthMm(), Decree30.TEXT_WIDTH_MM);
			image.scaleAbsolute(Decree30.points(width), Decree30.points(width * figure.heightMm() / figure.widthMm()));
			image.setAlignment(Image.MIDDLE);
			image.setSpacingBefore(Decree30.PARAGRAPH_SPACING);
			this.pdf.add(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (figure.caption() != null) {
			org.openpdf.text.Paragraph caption = centred(figure.caption(), false, true, Decree30.CAPTION_SIZE);
			caption.setSpacingAfter(Decree30.PARAGRAPH_SPACING * 2);
			this.pdf.add(caption);
		}
	}

	private org.openpdf.text.Paragraph centred(String text, boolean bold, boolean italic, float size) {
		org.openpdf.text.Paragraph paragraph = paragraph(text, bold, italic, size);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setMultipliedLeading(Decree30.SINGLE_LINE_EM);
		return paragraph;
	}

	/** A centred rule, its length a percentage of the width it sits in. */
	private org.openpdf.text.Paragraph rule(float percentage) {
		Chunk line = new Chunk(
				new LineSeparator(Decree30.RULE_WIDTH, percentage, Color.BLACK, Element.ALIGN_CENTER, RULE_OFFSET));
		line.setFont(this.fonts.font(false, false, Decree30.PARAGRAPH_SPACING));
		org.openpdf.text.Paragraph paragraph = newParagraph();
		paragraph.add(line);
		paragraph.setLeading(Decree30.PARAGRAPH_SPACING);
		return paragraph;
	}

	/**
	 * An empty paragraph in the body font: OpenPDF draws the space before and after a
	 * paragraph in its font, which would otherwise be Helvetica, not embedded.
	 */
	private org.openpdf.text.Paragraph newParagraph() {
		org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph();
		paragraph.setFont(this.fonts.font(false, false, Decree30.BODY_SIZE));
		return paragraph;
	}

	private org.openpdf.text.Paragraph paragraph(String text, boolean bold, boolean italic, float size) {
		org.openpdf.text.Paragraph paragraph = newParagraph();
		addText(paragraph, text, bold, italic, size);
		return paragraph;
	}

	/**
	 * Adds text to a paragraph or cell. Subscript and superscript digits the font lacks
	 * (as in "CO₂", "m⁴") are drawn as smaller digits lowered or raised.
	 */
	private void addText(Phrase target, String text, boolean bold, boolean italic, float size) {
		StringBuilder pending = new StringBuilder();
		int pendingShift = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			int shift = 0;
			int digit = c;
			if (c >= SUBSCRIPT_ZERO && c <= SUBSCRIPT_ZERO + 9) {
				shift = -1;
				digit = '0' + c - SUBSCRIPT_ZERO;
			}
			else if (c == SUPERSCRIPT_ZERO || (c >= SUPERSCRIPT_ZERO + 4 && c <= SUPERSCRIPT_ZERO + 9)) {
				shift = 1;
				digit = '0' + c - SUPERSCRIPT_ZERO;
			}
			if (shift != 0 && this.fonts.has(c, bold, italic)) {
				shift = 0;
				digit = c;
			}
			if (shift != pendingShift && !pending.isEmpty()) {
				target.add(chunk(pending.toString(), bold, italic, size, pendingShift));
				pending.setLength(0);
			}
			pendingShift = shift;
			pending.appendCodePoint(digit);
		}
		if (!pending.isEmpty() || target.isEmpty()) {
			target.add(chunk(pending.toString(), bold, italic, size, pendingShift));
		}
	}

	private Chunk chunk(String text, boolean bold, boolean italic, float size, int shift) {
		this.fonts.check(text, bold, italic);
		if (shift == 0) {
			return new Chunk(text, this.fonts.font(bold, italic, size));
		}
		Chunk chunk = new Chunk(text, this.fonts.font(bold, italic, size * SCRIPT_SCALE));
		chunk.setTextRise(size * ((shift < 0) ? SUBSCRIPT_RISE : SUPERSCRIPT_RISE));
		return chunk;
	}

	private static byte[] fileId(String seed) {
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)),
					16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The page number, centred in the top margin, from the second page on (Decree 30: the
	 * first page's number is not shown).
	 */
	private static final class PageNumbers extends PdfPageEventHelper {

		private final PdfFonts fonts;

		PageNumbers(PdfFonts fonts) {
			this.fonts = fonts;
		}

		@Override
		public void onEndPage(PdfWriter writer, org.openpdf.text.Document document) {
			int page = writer.getPageNumber();
			if (page < 2) {
				return;
			}
			float x = (document.left() + document.right()) / 2;
			float y = document.getPageSize().getHeight() - Decree30.points(Decree30.PAGE_NUMBER_FROM_TOP_MM)
					- BASELINE_EM * Decree30.PAGE_NUMBER_SIZE;
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(String.valueOf(page), this.fonts.font(false, false, Decree30.PAGE_NUMBER_SIZE)), x, y,
					0);
		}

	}

	/** Lets the caller close its stream: OpenPDF closes the one it writes to. */
	private static final class KeptOpen extends java.io.FilterOutputStream {

		KeptOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
