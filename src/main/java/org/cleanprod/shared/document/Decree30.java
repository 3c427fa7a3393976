package org.cleanprod.shared.document;

/**
 * The layout both renderers apply, after Decree 30/2020/NĐ-CP, Appendix I ("Thể thức, kỹ
 * thuật trình bày văn bản hành chính"). Each value says how sure it is:
 * <ul>
 * <li><b>rule</b>: read in the official text, or a choice inside a range it sets;</li>
 * <li><b>secondary</b>: read only in secondary sources;</li>
 * <li><b>unverified</b>: not found in the text available (the layout diagram of Appendix
 * I, Part I, Section IV was not obtained), taken from the predecessor rules of Circular
 * 01/2011/TT-BNV; check before relying on it, change it here if the text says
 * otherwise;</li>
 * <li><b>choice</b>: no rule applies, chosen for a report.</li>
 * </ul>
 * Lengths are in millimetres, font sizes in points.
 */
final class Decree30 {

	/** Rule: A4, portrait. */
	static final double PAGE_WIDTH_MM = 210;

	static final double PAGE_HEIGHT_MM = 297;

	/** Rule: top 20–25 mm. */
	static final double MARGIN_TOP_MM = 20;

	/** Rule: bottom 20–25 mm. */
	static final double MARGIN_BOTTOM_MM = 20;

	/** Rule: left 30–35 mm. */
	static final double MARGIN_LEFT_MM = 30;

	/** Rule: right 15–20 mm. */
	static final double MARGIN_RIGHT_MM = 15;

	static final double TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

	/**
	 * Rule: the page number is centred in the top margin, from the second page (the first
	 * page's number is not shown), Arabic numerals, 13–14 pt, upright. Choice: its line
	 * starts 10 mm from the top edge, half the top margin.
	 */
	static final double PAGE_NUMBER_FROM_TOP_MM = 10;

	static final float PAGE_NUMBER_SIZE = 14;

	/**
	 * Rule: Times New Roman, black. The DOCX names it; the PDF embeds Liberation Serif,
	 * whose glyph widths are those of Times New Roman, so lines break in the same places.
	 */
	static final String FONT = "Times New Roman";

	/** Unverified: body text 13–14 pt, upright, justified. */
	static final float BODY_SIZE = 14;

	/** Unverified: the first line of a paragraph indented 1–1.27 cm. */
	static final double FIRST_LINE_INDENT_MM = 12.7;

	/** Secondary: at least 6 pt between paragraphs. */
	static final float PARAGRAPH_SPACING = 6;

	/** Secondary: line spacing from single to 1.5 lines; 1.2 chosen. */
	static final float LINE_SPACING = 1.2f;

	/**
	 * The height of a single line of Times New Roman (and Liberation Serif) in ems:
	 * ascent plus descent plus line gap of its metrics, what Word calls single spacing.
	 */
	static final float SINGLE_LINE_EM = 1.15f;

	/** Choice: headings at the body size, bold (level 3 also italic). */
	static final float HEADING_SIZE = BODY_SIZE;

	/** Choice: table cells and their header. */
	static final float TABLE_SIZE = 12;

	/** Choice: table captions (bold, above) and figure captions (italic, below). */
	static final float CAPTION_SIZE = 13;

	/** Rule: the national title, upper case, 12–13 pt, bold. */
	static final float NATIONAL_TITLE_SIZE = 13;

	/** Rule: the motto, 13–14 pt, bold, centred under the national title. */
	static final float MOTTO_SIZE = 14;

	/** Unverified: the parent agency, upper case, 12–13 pt, upright, not bold. */
	static final float PARENT_AGENCY_SIZE = 13;

	/** Unverified: the issuing agency, upper case, 12–13 pt, bold. */
	static final float ISSUING_AGENCY_SIZE = 13;

	/** Unverified: "Số: …", 13 pt. */
	static final float NUMBER_SIZE = 13;

	/** Unverified: place and date, 13–14 pt, italic, under the motto. */
	static final float PLACE_DATE_SIZE = 14;

	/** Secondary: the document type name and its subject, 13–14 pt, bold, centred. */
	static final float TITLE_SIZE = 14;

	/**
	 * Unverified: the left block of the header (agencies, number) against the right one
	 * (national title, motto, date), as shares of the text width.
	 */
	static final double HEADER_LEFT_SHARE = 0.4;

	/**
	 * Unverified: the rules under the issuing agency and under the subject are a third to
	 * a half of their line; the rule under the motto is as long as the motto.
	 */
	static final double SHORT_RULE_SHARE = 0.4;

	/** Choice: the thickness of rules and table borders, in points. */
	static final float RULE_WIDTH = 0.5f;

	private Decree30() {
	}

	static float points(double mm) {
		return (float) (mm * 72 / 25.4);
	}

	/** Twentieths of a point, the unit of most WordprocessingML lengths. */
	static int twips(double mm) {
		return (int) Math.round(mm * 1440 / 25.4);
	}

	/** English Metric Units, the unit of DrawingML sizes: 36,000 a millimetre. */
	static long emus(double mm) {
		return Math.round(mm * 36_000);
	}

}
