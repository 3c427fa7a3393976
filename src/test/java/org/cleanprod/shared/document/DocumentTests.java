package org.cleanprod.shared.document;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cleanprod.shared.document.Block.Column;
import org.cleanprod.shared.document.Block.Figure;
import org.cleanprod.shared.document.Block.Heading;
import org.cleanprod.shared.document.Block.ItemList;
import org.cleanprod.shared.document.Block.Paragraph;
import org.cleanprod.shared.document.Block.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentTests {

	@Test
	void textTypedWithCombiningMarksIsKeptComposed() {
		Paragraph paragraph = Paragraph.of("Ca\u0301c co\u031B so\u031B\u0309 sa\u0309n xua\u0302\u0301t");

		assertThat(paragraph.text()).isEqualTo("Các cơ sở sản xuất");
	}

	@Test
	void windowsLineBreaksBecomeLineFeeds() {
		assertThat(Paragraph.of("Dòng 1\r\nDòng 2").text()).isEqualTo("Dòng 1\nDòng 2");
	}

	@Test
	void rowWithTheWrongNumberOfCellsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Table(List.of(Column.text("Kỳ"), Column.number("kWh")), List.of(List.of("Tháng 1")), null))
			.withMessageContaining("1 cells");
	}

	@Test
	void emptyCellReadsAsEmptyText() {
		Table table = new Table(List.of(Column.text("Kỳ"), Column.number("kWh")),
				List.of(Arrays.asList("Tháng 1", null)), null);

		assertThat(table.rows().get(0)).containsExactly("Tháng 1", "");
	}

	@Test
	void headingLevelIsOneToThree() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Heading(4, "1.1.1.1"));
	}

	@Test
	void figureKeepsTheProportionsOfItsImage() {
		Figure figure = new Figure(Reports.chart(), 120, null);

		assertThat(figure.heightMm()).isEqualTo(120.0 * Reports.FIGURE_HEIGHT_PX / Reports.FIGURE_WIDTH_PX);
	}

	@Test
	void figureIsAPng() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Figure(new byte[100], 120, null));
	}

	@Test
	void figureCannotBeChangedThroughItsBytes() {
		byte[] png = Reports.chart();
		Figure figure = new Figure(png, 120, null);
		png[30] ^= 1;
		figure.png()[31] ^= 1;

		assertThat(figure).isEqualTo(new Figure(Reports.chart(), 120, null));
	}

	@Test
	void listItemsAreMarkedAsInOfficialDocuments() {
		assertThat(ItemList.bullets("a", "b").mark(1)).isEqualTo("-");
		assertThat(ItemList.numbered("a", "b").mark(1)).isEqualTo("2.");
	}

}
