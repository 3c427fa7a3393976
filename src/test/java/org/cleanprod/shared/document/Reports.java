package org.cleanprod.shared.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.cleanprod.shared.document.Block.Column;
import org.cleanprod.shared.document.Block.Figure;
import org.cleanprod.shared.document.Block.Heading;
import org.cleanprod.shared.document.Block.ItemList;
import org.cleanprod.shared.document.Block.OfficialHeader;
import org.cleanprod.shared.document.Block.PageBreak;
import org.cleanprod.shared.document.Block.Paragraph;
import org.cleanprod.shared.document.Block.Run;
import org.cleanprod.shared.document.Block.Table;
import org.cleanprod.shared.document.Block.Title;

/** Documents to render in tests, in Vietnamese as the province's reports are. */
final class Reports {

	static final String AGENCY_LINE = "Sở Công Thương tỉnh Bình Dương – sản xuất sạch hơn: ưu, ơ, ạ, ặ, ễ, ữ, đ";

	static final String FIRST_HEADING = "I. Tình hình áp dụng sản xuất sạch hơn";

	static final String SECOND_HEADING = "II. Kết quả tiết kiệm năng lượng và nguyên liệu";

	static final String TABLE_CAPTION = "Bảng 1. Tiêu thụ điện của cơ sở dệt may năm 2025";

	static final String FIGURE_CAPTION = "Hình 1. Điện năng tiêu thụ theo tháng (kWh)";

	static final OffsetDateTime ISSUED = OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, ZoneOffset.ofHours(7));

	static final int FIGURE_WIDTH_PX = 320;

	static final int FIGURE_HEIGHT_PX = 160;

	static final int MONTHS = 12;

	private Reports() {
	}

	/**
	 * A yearly report of a textile mill's CP results: the official header, a title, two
	 * headings, paragraphs, a list, a table of monthly numbers, a chart and a page break,
	 * on three pages.
	 */
	static Document textileMillYear() {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new OfficialHeader("UBND TỈNH BÌNH DƯƠNG", "Sở Công Thương", "12/BC-SCT",
				"Bình Dương, ngày 05 tháng 3 năm 2026"));
		blocks.add(new Title("Báo cáo", "Kết quả thực hiện sản xuất sạch hơn trong công nghiệp năm 2025"));
		blocks.add(new Heading(1, FIRST_HEADING));
		blocks.add(Paragraph.of(Run.plain(AGENCY_LINE + ". "), Run.bold("Công ty TNHH Dệt may Thuận An"),
				Run.plain(" đã hoàn thành đánh giá sản xuất sạch hơn và "),
				Run.italic("giảm 8,5 % điện năng tiêu thụ trên một đơn vị sản phẩm"), Run.plain(".")));
		for (int i = 0; i < 6; i++) {
			blocks
				.add(Paragraph.of("Trong năm, các cơ sở sản xuất công nghiệp trên địa bàn tỉnh tiếp tục được hướng dẫn "
						+ "áp dụng sản xuất sạch hơn theo phương pháp sáu bước, mười tám nhiệm vụ; kết quả được tổng hợp "
						+ "từ báo cáo của cơ sở, biên bản kiểm tra và số liệu tiêu thụ hằng tháng đã được xác nhận."));
		}
		blocks.add(ItemList.bullets("Tiết kiệm điện năng: 1.234.567 kWh;", "Giảm tiêu thụ nước: 45.600 m³;",
				"Giảm phát thải khí nhà kính: 612,4 tấn CO₂tđ."));
		blocks.add(new Heading(2, "1. Số liệu tiêu thụ theo tháng"));
		blocks.add(monthlyElectricity());
		blocks.add(new Figure(chart(), 120, FIGURE_CAPTION));
		blocks.add(new PageBreak());
		blocks.add(new Heading(1, SECOND_HEADING));
		blocks.add(new Heading(3, "a) Những giải pháp đã thực hiện"));
		blocks.add(ItemList.numbered("Thay động cơ hiệu suất cao cho máy dệt.", "Thu hồi nhiệt nước ngưng lò hơi."));
		return Document.vietnamese("Báo cáo kết quả sản xuất sạch hơn năm 2025", "Sở Công Thương tỉnh Bình Dương",
				ISSUED, blocks);
	}

	/** The monthly table of {@link #textileMillYear()}: month, electricity, output. */
	static Table monthlyElectricity() {
		List<List<String>> rows = new ArrayList<>();
		for (int month = 1; month <= MONTHS; month++) {
			rows.add(List.of("Tháng " + month, electricity(month), String.valueOf(800 + month * 10)));
		}
		rows.add(List.of("Tổng cộng", "1.516.800,0", "10.380"));
		return new Table(List.of(Column.text("Kỳ").width(2), Column.number("Điện năng (kWh)").width(3),
				Column.number("Sản lượng (tấn)").width(3)), rows, TABLE_CAPTION);
	}

	static String electricity(int month) {
		return (120 + month) + ".000," + (month % 10);
	}

	/** A small bar chart, as a chart library would give. */
	static byte[] chart() {
		BufferedImage image = new BufferedImage(FIGURE_WIDTH_PX, FIGURE_HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, FIGURE_WIDTH_PX, FIGURE_HEIGHT_PX);
		graphics.setColor(new Color(0x2e, 0x7d, 0x32));
		for (int month = 0; month < MONTHS; month++) {
			int height = 40 + month * 8;
			graphics.fillRect(10 + month * 25, FIGURE_HEIGHT_PX - height, 18, height);
		}
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

}
