package org.cleanprod.journeys;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.Accounts;
import org.cleanprod.test.Browser;
import org.cleanprod.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The year grid as a factory clerk uses it, in a real browser: twelve months at once on
 * an office laptop, the item column and the month headings kept in view, the year's total
 * following each save, the keyboard moving between cells, one month at a time on a phone.
 *
 * <p>
 * The mill has ten months of 2024 recorded: electricity 12,345.5 kWh plus 1,000 kWh a
 * month (13,345.5 in January, 178,455 in the year), water 1,200 m³ a month (12,000),
 * diesel 2.5 t (25 t), and twenty products with 100 t in January each.
 */
@BrowserTest
class YearGridJourneys {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	private static final int YEAR = 2024;

	@LocalServerPort
	int port;

	@Autowired
	FacilityService facilities;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	Places reference;

	@Autowired
	Accounts accounts;

	long mill;

	String clerk;

	@BeforeEach
	void setUp() {
		String token = UUID.randomUUID().toString().substring(0, 8);
		CurrentUser system = new CurrentUser(0, "system", "system", Role.ADMIN, Set.of(Permission.ENTERPRISE_EDIT),
				Scope.all(0), true, null);
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, system, "Nhà máy lưới " + token, "17");
		for (int month = 1; month <= 10; month++) {
			YearMonth period = YearMonth.of(YEAR, month);
			this.consumption.saveConsumption(this.mill, "ELECTRICITY", period,
					new BigDecimal("12345.5").add(BigDecimal.valueOf(1000L * month)), MeasureUnit.KWH,
					RecordSource.ENTERED, system);
			this.consumption.saveConsumption(this.mill, "WATER", period, new BigDecimal("1200"),
					MeasureUnit.CUBIC_METRE, RecordSource.ENTERED, system);
			this.consumption.saveConsumption(this.mill, "DO", period, new BigDecimal("2.5"), MeasureUnit.TONNE,
					RecordSource.ENTERED, system);
		}
		for (int product = 1; product <= 20; product++) {
			long id = this.consumption.addProduct(this.mill, String.format("Lưới %02d", product), MeasureUnit.TONNE,
					product == 1, system);
			this.consumption.saveProduction(this.mill, id, YearMonth.of(YEAR, 1), new BigDecimal("100"),
					RecordSource.ENTERED, system);
		}
		this.clerk = "officer" + token;
		this.accounts.create(this.clerk, PASSWORD, Role.DEPARTMENT_OFFICER, Set.of(), null, null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void twelveMonthsShowAt1366WithThousandsSeparatedAndTheUnitOncePerRow() {
		try (Browser browser = signedIn()) {
			browser.open(grid());
			Map<?, ?> layout = (Map<?, ?>) browser
				.script("""
						const box = document.getElementById('consumption-grid-box');
						const right = Math.min(box.getBoundingClientRect().right, document.documentElement.clientWidth);
						const months = [...box.querySelectorAll('thead th.cp-month')];
						return {
						  months: months.length,
						  inView: months.filter(th => th.getBoundingClientRect().right <= right + 0.5).length,
						  scrolls: box.scrollWidth > box.clientWidth,
						  units: [...box.querySelectorAll('tbody tr')].map(row => row.querySelectorAll('[name="unit"]').length)
						};
						""");
			assertThat(layout.get("months")).isEqualTo(12L);
			assertThat(layout.get("inView")).as("month headings in view at 1,366 px").isEqualTo(12L);
			assertThat(layout.get("scrolls")).as("the grid scrolls sideways").isEqualTo(false);
			assertThat((List<Object>) layout.get("units")).as("unit fields per row").containsOnly(1L).hasSize(3);
			assertThat(browser.value("c-resource-ELECTRICITY-" + YEAR + "-01")).isEqualTo("13.345,5");
			assertThat(browser.text("total-resource-ELECTRICITY")).isEqualTo("178.455");
			assertThat(browser.text("total-resource-WATER")).isEqualTo("12.000");
		}
	}

	@Test
	void theItemColumnAndTheMonthHeadingsStayInViewWhileTheGridScrolls() {
		try (Browser browser = signedIn()) {
			browser.viewport(1024, 600).open(grid());
			Map<String, Double> sideways = scrolled(browser, "consumption-grid-box", "scrollLeft");
			assertThat(sideways.get("scrolled")).as("the grid scrolls sideways at 1,024 px").isPositive();
			assertThat(sideways.get("itemLeft")).as("the resource column's left edge")
				.isCloseTo(sideways.get("boxLeft"), within(1.0));
			Map<String, Double> down = scrolled(browser, "production-grid-box", "scrollTop");
			assertThat(down.get("scrolled")).as("twenty products scroll inside the grid").isPositive();
			assertThat(down.get("headTop")).as("the month headings' top edge")
				.isCloseTo(down.get("boxTop"), within(1.0));
		}
	}

	@Test
	void theYearsTotalFollowsASavedCell() {
		try (Browser browser = signedIn()) {
			browser.open(grid());
			String january = "c-resource-ELECTRICITY-" + YEAR + "-01";
			browser.fill(january, "20.000").press(Keys.TAB);
			// 178,455 − 13,345.5 + 20,000
			browser.waitForText("total-resource-ELECTRICITY", "185.109,5");
			String november = "c-resource-WATER-" + YEAR + "-11";
			browser.fill(november, "1.300").press(Keys.TAB);
			browser.waitForText("total-resource-WATER", "13.300");
		}
	}

	@Test
	void enterAndTheArrowKeysMoveBetweenCellsAndSaveTheCellLeft() {
		try (Browser browser = signedIn()) {
			browser.open(grid());
			String electricity = "c-resource-ELECTRICITY-" + YEAR + "-11";
			String water = "c-resource-WATER-" + YEAR + "-11";
			// rows: electricity, diesel oil, water
			browser.fill(electricity, "24.000").type(electricity, Keys.ENTER);
			assertThat(browser.focused()).isEqualTo("c-resource-DO-" + YEAR + "-11");
			browser.waitForText("total-resource-ELECTRICITY", "202.455");
			assertThat(browser.path()).isEqualTo(grid());
			browser.press(Keys.ENTER);
			assertThat(browser.focused()).isEqualTo(water);

			browser.press("1.250").press(Keys.ARROW_RIGHT);
			assertThat(browser.focused()).as("→ at the end of the cell").isEqualTo("c-resource-WATER-" + YEAR + "-12");
			browser.waitForText("total-resource-WATER", "13.250");
			browser.press(Keys.ARROW_UP);
			assertThat(browser.focused()).isEqualTo("c-resource-DO-" + YEAR + "-12");
			browser.press(Keys.ARROW_UP);
			assertThat(browser.focused()).isEqualTo("c-resource-ELECTRICITY-" + YEAR + "-12");
			browser.press(Keys.ARROW_LEFT);
			assertThat(browser.focused()).as("← with the cell's text selected").isEqualTo(electricity);
			browser.type(electricity, Keys.chord(Keys.SHIFT, Keys.ENTER));
			assertThat(browser.focused()).as("Shift+Enter in the first row stays").isEqualTo(electricity);
		}
	}

	@Test
	void aPhoneShowsOneMonthAtATimeStartingWithTheMonthToEnter() {
		try (Browser browser = signedIn()) {
			browser.viewport(360, 780).open(grid());
			assertThat(shownMonths(browser)).as("months shown at 360 px").containsExactly("T11");
			assertThat(browser
				.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
				.as("the page's overflow at 360 px")
				.isEqualTo(0L);
			assertThat(browser.script("""
					const input = document.getElementById(arguments[0]);
					const box = input.getBoundingClientRect();
					return box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth;
					""", "c-resource-WATER-" + YEAR + "-11")).as("November's water cell in view").isEqualTo(true);

			browser.choose("month-shown", "Tháng 3/2024");
			assertThat(shownMonths(browser)).containsExactly("T3");
			assertThat(browser.value("c-resource-WATER-" + YEAR + "-03")).isEqualTo("1.200");
			browser.click("month-next");
			assertThat(shownMonths(browser)).containsExactly("T4");
			browser.click("month-previous").click("month-previous");
			assertThat(shownMonths(browser)).containsExactly("T2");
		}
	}

	private Browser signedIn() {
		return new Browser(this.port).signIn(this.clerk, PASSWORD);
	}

	private String grid() {
		return "/consumption/facilities/" + this.mill + "?year=" + YEAR;
	}

	/** The month headings of the consumption grid a person sees. */
	@SuppressWarnings("unchecked")
	private static List<Object> shownMonths(Browser browser) {
		return (List<Object>) browser.script("""
				return [...document.querySelectorAll('#consumption-grid thead th.cp-month')]
				  .filter(th => th.getBoundingClientRect().width > 0).map(th => th.textContent.trim());
				""");
	}

	/**
	 * Scrolls a grid's box as far as it goes and reads where its first column and
	 * headings are then.
	 */
	private static Map<String, Double> scrolled(Browser browser, String box, String direction) {
		Map<?, ?> read = (Map<?, ?>) browser.script("""
				const box = document.getElementById(arguments[0]);
				box[arguments[1]] = 100000;
				const item = box.querySelector('tbody th.cp-item').getBoundingClientRect();
				const head = box.querySelector('thead th.cp-month').getBoundingClientRect();
				const frame = box.getBoundingClientRect();
				return { scrolled: box[arguments[1]], itemLeft: item.left, boxLeft: frame.left + box.clientLeft,
				  headTop: head.top, boxTop: frame.top + box.clientTop };
				""", box, direction);
		Map<String, Double> numbers = new java.util.HashMap<>();
		read.forEach((key, value) -> numbers.put((String) key, ((Number) value).doubleValue()));
		return numbers;
	}

}
