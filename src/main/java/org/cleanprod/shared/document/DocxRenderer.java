package org.cleanprod.shared.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a {@link Document} to DOCX with Apache POI, in the Decree 30/2020 layout: A4,
 * its margins, Times New Roman (named, not embedded: Word and LibreOffice supply it or a
 * metric-compatible font), body text and headings as paragraph styles ("Normal",
 * "Heading1" to "Heading3") so the file stays easy to edit, and the page number as a PAGE
 * field centred in the header, shown from the second page.
 * <p>
 * The output depends on the document alone as far as POI lets it: the core properties
 * take their dates from {@link Document#issued()}. An issued document is nevertheless
 * kept as the bytes rendered when it was issued, and those are what is served later.
 * <p>
 * A plain class with static methods: it needs no other bean and no configuration, and
 * each rendering is independent.
 */
public final class DocxRenderer {

	/** The media type of the files it writes. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final double HALF_POINTS = 2;

	private final XWPFDocument docx;

	private boolean pageBreakPending;

	private int figures;

	private DocxRenderer(XWPFDocument docx) {
		this.docx = docx;
	}

	/** The document as DOCX bytes. */
	public static byte[] render(Document document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		render(document, out);
		return out.toByteArray();
	}

	/** Writes the document as DOCX to the stream, which is left open. */
	public static void render(Document document, OutputStream out) {
		try (XWPFDocument docx = new XWPFDocument()) {
			properties(docx, document);
			styles(docx, document);
			page(docx);
			DocxRenderer renderer = new DocxRenderer(docx);
			document.blocks().forEach(renderer::add);
			ByteArrayOutputStream written = new ByteArrayOutputStream(64 * 1024);
			docx.write(written);
			stampEntries(written.toByteArray(), document.issued().toLocalDateTime(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Copies the package with every entry dated at the given local time: POI dates them
	 * at the time of writing, which would make each rendering differ.
	 */
	private static void stampEntries(byte[] docx, LocalDateTime time, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(time);
				zip.putNextEntry(copy);
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
		zip.finish();
		zip.flush();
	}

	private static void properties(XWPFDocument docx, Document document) {
		POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
		core.setTitle(document.title());
		core.setCreator(document.author());
		core.setLastModifiedByUser(document.author());
		Date issued = Date.from(document.issued().toInstant());
		core.setCreated(Optional.of(issued));
		core.setModified(Optional.of(issued));
		core.getUnderlyingProperties().setLanguageProperty(document.language().toLanguageTag());
	}

	/**
	 * The document defaults (Times New Roman, body size, black, the document's language),
	 * the body style and the heading styles.
	 */
	private static void styles(XWPFDocument docx, Document document) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(Decree30.FONT);
		fonts.setHAnsi(Decree30.FONT);
		fonts.setCs(Decree30.FONT);
		fonts.setEastAsia(Decree30.FONT);
		run.addNewSz().setVal(halfPoints(Decree30.BODY_SIZE));
		run.addNewSzCs().setVal(halfPoints(Decree30.BODY_SIZE));
		run.addNewColor().setVal("000000");
		run.addNewLang().setVal(document.language().toLanguageTag());

		CTStyle normal = style(styles, "Normal", "Normal");
		normal.setDefault(STOnOff1.ON);
		CTPPrGeneral body = normal.addNewPPr();
		body.addNewJc().setVal(STJc.BOTH);
		body.addNewInd().setFirstLine(BigInteger.valueOf(Decree30.twips(Decree30.FIRST_LINE_INDENT_MM)));
		spacing(body.addNewSpacing(), 0, Decree30.PARAGRAPH_SPACING, Decree30.LINE_SPACING);

		for (int level = 1; level <= 3; level++) {
			CTStyle heading = style(styles, "Heading" + level, "heading " + level);
			heading.addNewBasedOn().setVal("Normal");
			heading.addNewNext().setVal("Normal");
			CTPPrGeneral paragraph = heading.addNewPPr();
			paragraph.addNewKeepNext();
			paragraph.addNewJc().setVal(STJc.LEFT);
			paragraph.addNewInd().setFirstLine(BigInteger.ZERO);
			spacing(paragraph.addNewSpacing(), Decree30.PARAGRAPH_SPACING, Decree30.PARAGRAPH_SPACING,
					Decree30.LINE_SPACING);
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			CTRPr text = heading.addNewRPr();
			text.addNewB();
			text.addNewBCs();
			if (level == 3) {
				text.addNewI();
				text.addNewICs();
			}
			text.addNewSz().setVal(halfPoints(Decree30.HEADING_SIZE));
			text.addNewSzCs().setVal(halfPoints(Decree30.HEADING_SIZE));
		}
		docx.createStyles().setStyles(styles);
	}

	private static CTStyle style(CTStyles styles, String id, String name) {
		CTStyle style = styles.addNewStyle();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		return style;
	}

	/**
	 * A4 portrait, the margins, and the page number in the header of every page but the
	 * first (which gets an empty header of its own).
	 */
	private static void page(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(Decree30.twips(Decree30.PAGE_WIDTH_MM)));
		size.setH(BigInteger.valueOf(Decree30.twips(Decree30.PAGE_HEIGHT_MM)));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_TOP_MM)));
		margins.setBottom(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_BOTTOM_MM)));
		margins.setLeft(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_LEFT_MM)));
		margins.setRight(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_RIGHT_MM)));
		margins.setHeader(BigInteger.valueOf(Decree30.twips(Decree30.PAGE_NUMBER_FROM_TOP_MM)));
		margins.setFooter(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_BOTTOM_MM / 2)));
		margins.setGutter(BigInteger.ZERO);

		XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		plain(number, ParagraphAlignment.CENTER);
		addField(number, "PAGE");
		XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
		plain(first.createParagraph(), ParagraphAlignment.CENTER);
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	/**
	 * A field (its code, e.g. "PAGE"), which Word and LibreOffice fill in as they lay
	 * out.
	 */
	private static void addField(XWPFParagraph paragraph, String code) {
		CTR begin = fieldRun(paragraph);
		begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		CTR instruction = fieldRun(paragraph);
		instruction.addNewInstrText().setStringValue(" " + code + " ");
		CTR separate = fieldRun(paragraph);
		separate.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		CTR shown = fieldRun(paragraph);
		shown.addNewT().setStringValue("2");
		CTR end = fieldRun(paragraph);
		end.addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static CTR fieldRun(XWPFParagraph paragraph) {
		XWPFRun run = paragraph.createRun();
		run.setFontSize(Decree30.PAGE_NUMBER_SIZE);
		return run.getCTR();
	}

	private void add(Block block) {
		switch (block) {
			case OfficialHeader header -> addHeader(header);
			case Title title -> addTitle(title);
			case Heading heading -> {
				XWPFParagraph paragraph = paragraph();
				paragraph.setStyle("Heading" + heading.level());
				text(paragraph, heading.text(), false, false, 0);
			}
			case Paragraph paragraph -> body(paragraph, "");
			case ItemList list -> {
				for (int i = 0; i < list.items().size(); i++) {
					body(list.items().get(i), list.mark(i) + " ");
				}
			}
			case Table table -> addTable(table);
			case Figure figure -> addFigure(figure);
			case PageBreak pageBreak -> this.pageBreakPending = true;
		}
	}

	/**
	 * A new body paragraph; after a page break, it starts the next page (so no empty
	 * paragraph is left at the top of it).
	 */
	private XWPFParagraph paragraph() {
		XWPFParagraph paragraph = this.docx.createParagraph();
		if (this.pageBreakPending) {
			paragraph.setPageBreak(true);
			this.pageBreakPending = false;
		}
		return paragraph;
	}

	private void body(Paragraph source, String mark) {
		XWPFParagraph paragraph = paragraph();
		if (!mark.isEmpty()) {
			text(paragraph, mark, false, false, 0);
		}
		for (Run run : source.runs()) {
			text(paragraph, run.text(), run.bold(), run.italic(), 0);
		}
	}

	private void addHeader(OfficialHeader header) {
		int textWidth = Decree30.twips(Decree30.TEXT_WIDTH_MM);
		int leftWidth = (int) Math.round(textWidth * Decree30.HEADER_LEFT_SHARE);
		int rightWidth = textWidth - leftWidth;
		if (this.pageBreakPending) {
			plain(paragraph(), ParagraphAlignment.LEFT);
		}
		XWPFTable table = table(new int[] { leftWidth, rightWidth }, 1);
		table.removeBorders();
		CTTblCellMar margins = table.getCTTbl().getTblPr().addNewTblCellMar();
		for (CTTblWidth side : List.of(margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
				margins.addNewRight())) {
			side.setW(BigInteger.ZERO);
			side.setType(STTblWidth.DXA);
		}
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);

		XWPFParagraph first = left.getParagraphs().get(0);
		if (header.parentAgency() != null) {
			centred(first, header.parentAgency().toUpperCase(Document.VIETNAMESE), false, false,
					Decree30.PARENT_AGENCY_SIZE);
			first = left.addParagraph();
		}
		centred(first, header.issuingAgency().toUpperCase(Document.VIETNAMESE), true, false,
				Decree30.ISSUING_AGENCY_SIZE);
		rule(left.addParagraph(), leftWidth, Math.round(leftWidth * Decree30.SHORT_RULE_SHARE));
		centred(left.addParagraph(), "Số: " + header.number(), false, false, Decree30.NUMBER_SIZE);

		centred(right.getParagraphs().get(0), OfficialHeader.NATIONAL_TITLE, true, false, Decree30.NATIONAL_TITLE_SIZE);
		centred(right.addParagraph(), OfficialHeader.MOTTO, true, false, Decree30.MOTTO_SIZE);
		long motto = Math.round(PdfFonts.width(OfficialHeader.MOTTO, true, Decree30.MOTTO_SIZE) * 20);
		rule(right.addParagraph(), rightWidth, Math.min(rightWidth, motto));
		XWPFParagraph date = right.addParagraph();
		centred(date, header.placeAndDate(), false, true, Decree30.PLACE_DATE_SIZE);
		date.setSpacingBefore(points20(Decree30.PARAGRAPH_SPACING));

		XWPFParagraph after = this.docx.createParagraph();
		plain(after, ParagraphAlignment.LEFT);
		after.setSpacingAfter(points20(Decree30.PARAGRAPH_SPACING));
	}

	private void addTitle(Title title) {
		XWPFParagraph type = paragraph();
		centred(type, title.type().toUpperCase(Document.VIETNAMESE), true, false, Decree30.TITLE_SIZE);
		type.setSpacingBefore(points20(Decree30.PARAGRAPH_SPACING));
		type.setKeepNext(true);
		if (title.subject() != null) {
			XWPFParagraph subject = this.docx.createParagraph();
			centred(subject, title.subject(), true, false, Decree30.TITLE_SIZE);
			subject.setKeepNext(true);
		}
		int textWidth = Decree30.twips(Decree30.TEXT_WIDTH_MM);
		XWPFParagraph rule = this.docx.createParagraph();
		rule(rule, textWidth, Math.round(textWidth * Decree30.SHORT_RULE_SHARE));
		rule.setSpacingAfter(points20(2 * Decree30.PARAGRAPH_SPACING));
	}

	private void addTable(Table source) {
		if (source.caption() != null) {
			XWPFParagraph caption = paragraph();
			centred(caption, source.caption(), true, false, Decree30.CAPTION_SIZE);
			caption.setSpacingBefore(points20(Decree30.PARAGRAPH_SPACING));
			caption.setSpacingAfter(points20(Decree30.PARAGRAPH_SPACING / 2));
			caption.setKeepNext(true);
		}
		else if (this.pageBreakPending) {
			plain(paragraph(), ParagraphAlignment.LEFT);
		}
		int textWidth = Decree30.twips(Decree30.TEXT_WIDTH_MM);
		double total = source.columns().stream().mapToDouble(Block.Column::width).sum();
		int[] widths = new int[source.columns().size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = (int) Math.round(textWidth * source.columns().get(i).width() / total);
		}
		XWPFTable table = table(widths, 1 + source.rows().size());
		table.setCellMargins(points20(2), points20(3), points20(4), points20(3));
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int i = 0; i < widths.length; i++) {
			cell(header.getCell(i), source.columns().get(i).header(), true, Align.CENTER);
		}
		for (int r = 0; r < source.rows().size(); r++) {
			List<String> row = source.rows().get(r);
			XWPFTableRow cells = table.getRow(r + 1);
			for (int i = 0; i < widths.length; i++) {
				cell(cells.getCell(i), row.get(i), false, source.columns().get(i).align());
			}
		}
		XWPFParagraph after = this.docx.createParagraph();
		plain(after, ParagraphAlignment.LEFT);
		after.setSpacingAfter(points20(Decree30.PARAGRAPH_SPACING));
	}

	/**
	 * A table of fixed column widths (in twips) spanning their sum, with the given rows.
	 */
	private XWPFTable table(int[] widths, int rows) {
		XWPFTable table = this.docx.createTable(rows, widths.length);
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(total));
		CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
				? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < widths.length; i++) {
				row.getCell(i).setWidthType(TableWidthType.DXA);
				row.getCell(i).setWidth(String.valueOf(widths[i]));
			}
		}
		return table;
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold, Align align) {
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		plain(paragraph, switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		});
		text(paragraph, text, bold, false, Decree30.TABLE_SIZE);
	}

	private void addFigure(Figure figure) {
		XWPFParagraph paragraph = paragraph();
		plain(paragraph, ParagraphAlignment.CENTER);
		paragraph.setSpacingBefore(points20(Decree30.PARAGRAPH_SPACING));
		paragraph.setKeepNext(figure.caption() != null);
		double width = Math.min(figure.widthMm(), Decree30.TEXT_WIDTH_MM);
		double height = width * figure.heightMm() / figure.widthMm();
		this.figures++;
		try {
			paragraph.createRun()
				.addPicture(new ByteArrayInputStream(figure.png()), PictureType.PNG, "figure" + this.figures + ".png",
						(int) Decree30.emus(width), (int) Decree30.emus(height));
		}
		catch (InvalidFormatException ex) {
			throw new IllegalArgumentException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (figure.caption() != null) {
			XWPFParagraph caption = this.docx.createParagraph();
			centred(caption, figure.caption(), false, true, Decree30.CAPTION_SIZE);
			caption.setSpacingAfter(points20(2 * Decree30.PARAGRAPH_SPACING));
		}
	}

	/** A centred line of text of its own size, single spaced, not indented. */
	private static void centred(XWPFParagraph paragraph, String text, boolean bold, boolean italic, float size) {
		plain(paragraph, ParagraphAlignment.CENTER);
		text(paragraph, text, bold, italic, size);
	}

	/** Overrides the body style: the alignment, no indent, no spacing, single lines. */
	private static void plain(XWPFParagraph paragraph, ParagraphAlignment alignment) {
		paragraph.setAlignment(alignment);
		paragraph.setIndentationFirstLine(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingBetween(1);
	}

	/**
	 * A rule of the given length (twips) centred in a width, drawn as the top border of
	 * an empty paragraph indented from both sides, 6 pt high as in the PDF.
	 */
	private static void rule(XWPFParagraph paragraph, int width, long length) {
		plain(paragraph, ParagraphAlignment.CENTER);
		int indent = (int) Math.max(0, (width - length) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		CTSpacing spacing = paragraph.getCTP().getPPr().getSpacing();
		spacing.setLine(BigInteger.valueOf(points20(Decree30.PARAGRAPH_SPACING)));
		spacing.setLineRule(STLineSpacingRule.EXACT);
		CTBorder top = paragraph.getCTP().getPPr().addNewPBdr().addNewTop();
		top.setVal(STBorder.SINGLE);
		top.setSz(BigInteger.valueOf(Math.round(Decree30.RULE_WIDTH * 8)));
		top.setSpace(BigInteger.ZERO);
		top.setColor("000000");
	}

	/**
	 * Adds text as one or more runs, a {@code "\n"} as a line break; size 0 keeps the
	 * style's size.
	 */
	private static void text(XWPFParagraph paragraph, String text, boolean bold, boolean italic, float size) {
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
		format(run, bold, italic, size);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	private static void format(XWPFRun run, boolean bold, boolean italic, float size) {
		if (bold) {
			run.setBold(true);
		}
		if (italic) {
			run.setItalic(true);
		}
		if (size > 0) {
			run.setFontSize((double) size);
		}
	}

	private static void spacing(CTSpacing spacing, float beforePoints, float afterPoints, float lines) {
		spacing.setBefore(BigInteger.valueOf(points20(beforePoints)));
		spacing.setAfter(BigInteger.valueOf(points20(afterPoints)));
		spacing.setLine(BigInteger.valueOf(Math.round(lines * 240)));
		spacing.setLineRule(STLineSpacingRule.AUTO);
	}

	private static BigInteger halfPoints(float points) {
		return BigInteger.valueOf(Math.round(points * HALF_POINTS));
	}

	private static int points20(float points) {
		return Math.round(points * 20);
	}

}
