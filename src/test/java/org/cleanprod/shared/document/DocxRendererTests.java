package org.cleanprod.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import static org.assertj.core.api.Assertions.assertThat;

/** The DOCX of a report, read back with POI. */
class DocxRendererTests {

	private static final int A4_WIDTH_TWIPS = 11906;

	private static final int A4_HEIGHT_TWIPS = 16838;

	private static final int TWIPS_PER_MM = 1440 * 10 / 254;

	private static byte[] docx;

	@BeforeAll
	static void render() {
		docx = DocxRenderer.render(Reports.textileMillYear());
	}

	@Test
	void textReadsBackWithItsVietnameseDiacritics() throws IOException {
		try (XWPFDocument document = open()) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();

			assertThat(paragraphs).contains(Reports.FIRST_HEADING, Reports.SECOND_HEADING, Reports.TABLE_CAPTION,
					Reports.FIGURE_CAPTION, "BÁO CÁO", "- Giảm tiêu thụ nước: 45.600 m³;",
					"- Giảm phát thải khí nhà kính: 612,4 tấn CO₂tđ.", "2. Thu hồi nhiệt nước ngưng lò hơi.");
			assertThat(paragraphs).anySatisfy((text) -> assertThat(text)
				.startsWith(Reports.AGENCY_LINE + ". Công ty TNHH Dệt may Thuận An đã hoàn thành"));
		}
	}

	@Test
	void headingsAreHeadingStyles() throws IOException {
		try (XWPFDocument document = open()) {
			assertThat(paragraph(document, Reports.FIRST_HEADING).getStyle()).isEqualTo("Heading1");
			assertThat(paragraph(document, Reports.SECOND_HEADING).getStyle()).isEqualTo("Heading1");
			assertThat(paragraph(document, "1. Số liệu tiêu thụ theo tháng").getStyle()).isEqualTo("Heading2");
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
		}
	}

	@Test
	void officialHeaderHasBothBlocks() throws IOException {
		try (XWPFDocument document = open()) {
			XWPFTable header = document.getTables().get(0);

			assertThat(header.getRow(0).getCell(0).getText()).contains("UBND TỈNH BÌNH DƯƠNG", "SỞ CÔNG THƯƠNG",
					"Số: 12/BC-SCT");
			assertThat(header.getRow(0).getCell(1).getText()).contains(Block.OfficialHeader.NATIONAL_TITLE,
					Block.OfficialHeader.MOTTO, "Bình Dương, ngày 05 tháng 3 năm 2026");
		}
	}

	@Test
	void tableCellsReadBackWithNumbersRightAligned() throws IOException {
		try (XWPFDocument document = open()) {
			XWPFTable table = document.getTables().get(1);

			assertThat(table.getNumberOfRows()).isEqualTo(1 + Reports.MONTHS + 1);
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Điện năng (kWh)");
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Tháng 1");
			assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("121.000,1");
			assertThat(table.getRow(13).getCell(2).getText()).isEqualTo("10.380");
			assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getAlignment())
				.isEqualTo(ParagraphAlignment.LEFT);
			assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getAlignment())
				.isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(table.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("single");
		}
	}

	@Test
	void figureIsEmbeddedAsThePicture() throws IOException {
		try (XWPFDocument document = open()) {
			List<XWPFPictureData> pictures = document.getAllPictures();

			assertThat(pictures).singleElement().satisfies((picture) -> {
				assertThat(picture.getData()).isEqualTo(Reports.chart());
				assertThat(picture.getPackagePart().getContentType()).isEqualTo("image/png");
			});
			long width = paragraph(document, "").getRuns()
				.stream()
				.flatMap((run) -> run.getEmbeddedPictures().stream())
				.findFirst()
				.orElseThrow()
				.getCTPicture()
				.getSpPr()
				.getXfrm()
				.getExt()
				.getCx();
			assertThat(width).isEqualTo(120 * 36_000L);
		}
	}

	@Test
	void pageIsA4WithTheDecreeMargins() throws IOException {
		try (XWPFDocument document = open()) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			CTPageSz size = section.getPgSz();
			CTPageMar margins = section.getPgMar();

			assertThat(twips(size.getW())).isEqualTo(A4_WIDTH_TWIPS);
			assertThat(twips(size.getH())).isEqualTo(A4_HEIGHT_TWIPS);
			assertThat(twips(margins.getTop()) / TWIPS_PER_MM).isBetween(20, 25);
			assertThat(twips(margins.getBottom()) / TWIPS_PER_MM).isBetween(20, 25);
			assertThat(twips(margins.getLeft()) / TWIPS_PER_MM).isBetween(30, 35);
			assertThat(twips(margins.getRight()) / TWIPS_PER_MM).isBetween(15, 20);
		}
	}

	@Test
	void pageNumberIsAPageFieldInTheHeaderFromTheSecondPage() throws IOException {
		try (XWPFDocument document = open()) {
			XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
			XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);

			assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(number.getCTP().xmlText()).contains("w:instrText", " PAGE ", "fldCharType=\"begin\"");
			assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
			assertThat(policy.getFirstPageHeader().getText()).isBlank();
		}
	}

	@Test
	void bodyIsTimesNewRomanInVietnamese() throws Exception {
		try (XWPFDocument document = open()) {
			var defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr();

			assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
			assertThat(defaults.getRFontsArray(0).getHAnsi()).isEqualTo("Times New Roman");
			assertThat(document.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
			assertThat(defaults.getLangArray(0).getVal()).isEqualTo("vi-VN");
		}
	}

	@Test
	void propertiesTakeTheTitleAndTheIssueDate() throws IOException {
		try (XWPFDocument document = open()) {
			var core = document.getProperties().getCoreProperties();

			assertThat(core.getTitle()).isEqualTo(Reports.textileMillYear().title());
			assertThat(core.getCreator()).isEqualTo("Sở Công Thương tỉnh Bình Dương");
			assertThat(core.getCreated().toInstant()).isEqualTo(Reports.ISSUED.toInstant());
			assertThat(core.getModified().toInstant()).isEqualTo(Reports.ISSUED.toInstant());
		}
	}

	@Test
	void pageBreakStartsTheNextParagraphOnANewPage() throws IOException {
		try (XWPFDocument document = open()) {
			assertThat(paragraph(document, Reports.SECOND_HEADING).isPageBreak()).isTrue();
			assertThat(paragraph(document, Reports.FIRST_HEADING).isPageBreak()).isFalse();
		}
	}

	@Test
	void sameDocumentRendersToTheSameBytes() {
		byte[] again = DocxRenderer.render(Reports.textileMillYear());

		assertThat(again).isEqualTo(docx);
	}

	private static XWPFDocument open() throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text) {
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph && paragraph.getText().equals(text)
					&& (!text.isEmpty() || !paragraph.getRuns().isEmpty())) {
				return paragraph;
			}
		}
		throw new AssertionError("No paragraph \"" + text + "\"");
	}

	private static int twips(Object value) {
		return ((BigInteger) value).intValue();
	}

}
