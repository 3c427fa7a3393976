package org.cleanprod.shared.document;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.cleanprod.shared.document.Block.Paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The PDF of a report, read back with PDFBox. */
class PdfRendererTests {

	private static final float A4_WIDTH_PT = 595.28f;

	private static final float A4_HEIGHT_PT = 841.89f;

	private static byte[] pdf;

	@BeforeAll
	static void render() {
		pdf = PdfRenderer.render(Reports.textileMillYear());
	}

	@Test
	void textReadsBackWithItsVietnameseDiacritics() throws IOException {
		String text = text(pdf);

		assertThat(text).contains(Reports.FIRST_HEADING, Reports.SECOND_HEADING, Reports.TABLE_CAPTION,
				Reports.FIGURE_CAPTION, Block.OfficialHeader.NATIONAL_TITLE, Block.OfficialHeader.MOTTO,
				"SỞ CÔNG THƯƠNG", "Số: 12/BC-SCT", "Bình Dương, ngày 05 tháng 3 năm 2026", "BÁO CÁO",
				"- Giảm tiêu thụ nước: 45.600 m³;", "2. Thu hồi nhiệt nước ngưng lò hơi.");
		// "CO₂": Liberation Serif has no subscript digits, so a smaller lowered 2 is
		// drawn.
		assertThat(text).contains("612,4 tấn CO2tđ.");
		assertThat(text.replaceAll("\\s+", " "))
			.contains(Reports.AGENCY_LINE + ". Công ty TNHH Dệt may Thuận An đã hoàn thành");
	}

	@Test
	void tableCellsReadBackInTheirRows() throws IOException {
		String text = text(pdf);

		assertThat(text).contains("Kỳ Điện năng (kWh) Sản lượng (tấn)", "Tháng 1 121.000,1 810",
				"Tháng 12 132.000,2 920", "Tổng cộng 1.516.800,0 10.380");
	}

	@Test
	void pagesAreA4() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(A4_WIDTH_PT,
						org.assertj.core.data.Offset.offset(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(A4_HEIGHT_PT,
						org.assertj.core.data.Offset.offset(1f));
			}
		}
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSerif");
			});
		}
	}

	@Test
	void pagesAfterTheFirstAreNumberedInTheTopMargin() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> numbers = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				stripper.addRegion("top",
						new Rectangle2D.Float(0, 0, A4_WIDTH_PT, Decree30.points(Decree30.MARGIN_TOP_MM)));
				stripper.extractRegions(page);
				numbers.add(stripper.getTextForRegion("top").strip());
			}
			List<String> expected = new ArrayList<>();
			expected.add("");
			for (int page = 2; page <= numbers.size(); page++) {
				expected.add(String.valueOf(page));
			}
			assertThat(numbers).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void figureIsEmbeddedAsAnImage() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDImageXObject> images = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						images.add(image);
					}
				}
			}
			assertThat(images).singleElement().satisfies((image) -> {
				assertThat(image.getWidth()).isEqualTo(Reports.FIGURE_WIDTH_PX);
				assertThat(image.getHeight()).isEqualTo(Reports.FIGURE_HEIGHT_PX);
			});
		}
	}

	@Test
	void propertiesTakeTheTitleAndTheIssueDate() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(Reports.textileMillYear().title());
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Sở Công Thương tỉnh Bình Dương");
			Calendar created = document.getDocumentInformation().getCreationDate();
			assertThat(created.toInstant()).isEqualTo(Reports.ISSUED.toInstant());
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
		}
	}

	@Test
	void sameDocumentRendersToTheSameBytes() {
		byte[] again = PdfRenderer.render(Reports.textileMillYear());

		assertThat(again).isEqualTo(pdf);
	}

	@Test
	void characterWithoutGlyphIsRefusedRatherThanLeftOut() {
		Document document = Document.vietnamese("Thử", "", Reports.ISSUED,
				List.of(Paragraph.of("Biểu tượng \uD83D\uDE00")));

		assertThatIllegalArgumentException().isThrownBy(() -> PdfRenderer.render(document))
			.withMessageContaining("U+1F600");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
