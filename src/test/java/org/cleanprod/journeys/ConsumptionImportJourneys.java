package org.cleanprod.journeys;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.Role;
import org.cleanprod.test.Accounts;
import org.cleanprod.test.Browser;
import org.cleanprod.test.BrowserTest;
import org.cleanprod.test.Spreadsheets;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk's first import on an office laptop (1,366 px): a workbook written by a desktop
 * tool with three-decimal values, then a CSV written the Vietnamese way and one written
 * the English way; the grid shows every value exactly as it was meant.
 */
@BrowserTest
class ConsumptionImportJourneys {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	private static final String HEADER = "Tháng,Loại năng lượng/tài nguyên,Sản phẩm,Số lượng,Đơn vị\n";

	@LocalServerPort
	int port;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Accounts accounts;

	@Test
	void aWorkbookAndACsvInEachStyleShowTheirExactValuesInTheGrid(@TempDir Path folder) throws Exception {
		String token = UUID.randomUUID().toString().substring(0, 8);
		long mill = FacilityFixtures.facility(this.facilities, this.reference, this.users.officer(),
				"Nhà máy Số Liệu " + token, "13");
		String username = "so" + token;
		this.accounts.create(username, PASSWORD, Role.DEPARTMENT_OFFICER, Set.of(), null, null);

		Path workbook = folder.resolve("so-lieu.xlsx");
		Files.write(workbook,
				Spreadsheets.poi(List.of(List.of("Tháng", "Loại năng lượng/tài nguyên", "Số lượng", "Đơn vị"),
						List.of("2024-01", "Điện năng", 1234.567, "kWh"),
						List.of("2024-02", "Điện năng", 69.864, "kWh"),
						List.of("2024-03", "Điện năng", 64.29300000000001, "kWh"))));
		Path vietnamese = folder.resolve("so-lieu-vi.csv");
		Files.writeString(vietnamese, HEADER + "2024-04,Điện năng,,\"1.234,5\",kWh\n2024-05,Điện năng,,20.695,kWh\n",
				StandardCharsets.UTF_8);
		Path english = folder.resolve("so-lieu-en.csv");
		Files.writeString(english, HEADER + "2024-06,Điện năng,,\"1,234.5\",kWh\n2024-07,Điện năng,,20.695,kWh\n",
				StandardCharsets.UTF_8);

		try (Browser browser = new Browser(this.port)) {
			browser.viewport(1366, 768).signIn(username, PASSWORD);
			importFile(browser, "/consumption/import?facilityId=" + mill, workbook, "thêm mới 3");
			importFile(browser, "/consumption/import?facilityId=" + mill, vietnamese, "thêm mới 2");
			importFile(browser, "/consumption/import?facilityId=" + mill + "&lang=en", english, "2 inserted");

			browser.open("/consumption/facilities/" + mill + "?year=2024&lang=vi");
			assertThat(List.of("01", "02", "03", "04", "05", "06", "07").stream().map(month -> cell(browser, month)))
				.containsExactly("1.234,567", "69,864", "64,293", "1.234,5", "20.695", "1.234,5", "20,695");
			browser.open("/consumption/facilities/" + mill + "?year=2024&lang=en");
			assertThat(List.of("01", "02", "03", "04", "05", "06", "07").stream().map(month -> cell(browser, month)))
				.containsExactly("1,234.567", "69.864", "64.293", "1,234.5", "20,695", "1,234.5", "20.695");
		}
		assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(month -> stored(mill, month)))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1234.567"), new BigDecimal("69.864"), new BigDecimal("64.293"),
					new BigDecimal("1234.5"), new BigDecimal("20695"), new BigDecimal("1234.5"),
					new BigDecimal("20.695"));
	}

	/**
	 * Uploads a file, waits for its check, writes it and waits until it is written.
	 */
	private static void importFile(Browser browser, String page, Path file, String preview) {
		browser.open(page).upload("import-file", file).click("import-upload");
		browser.waitForText("import-summary", preview);
		browser.click("import-commit");
		// the link to the grid shows once the commit is written, never on the preview
		browser.text("import-grid");
	}

	private static String cell(Browser browser, String month) {
		return browser.value("c-resource-ELECTRICITY-2024-" + month);
	}

	private BigDecimal stored(long facility, int month) {
		return this.jdbc
			.sql("SELECT quantity FROM consumption_record WHERE facility_id = :id AND resource_code = 'ELECTRICITY'"
					+ " AND period_month = :month")
			.param("id", facility)
			.param("month", YearMonth.of(2024, month).atDay(1))
			.query(BigDecimal.class)
			.single();
	}

}
