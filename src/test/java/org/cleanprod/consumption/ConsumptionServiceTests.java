package org.cleanprod.consumption;

import org.cleanprod.consumption.web.CellOutcome;
import org.cleanprod.consumption.web.YearGrid;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.Places;
import org.cleanprod.shared.excel.RowOutcome;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@BothDatabases
@RecordApplicationEvents
class ConsumptionServiceTests {

	private static final YearMonth MARCH = YearMonth.of(2024, 3);

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	long mill;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy dệt Số Liệu",
				"13");
	}

	@Test
	void aValueIsInsertedUpdatedLeftUnchangedAndClearedWithItsHistory() {
		assertThat(save("1200", MeasureUnit.KWH).outcome()).isEqualTo(RowOutcome.INSERT);
		assertThat(save("1200", MeasureUnit.KWH)).isEqualTo(CellOutcome.UNCHANGED);
		assertThat(save("1.3", MeasureUnit.MWH).outcome()).isEqualTo(RowOutcome.UPDATE);
		assertThat(save(null, MeasureUnit.MWH).deleted()).isTrue();
		var history = this.consumption.history(this.mill, RecordType.CONSUMPTION, "ELECTRICITY", "2024-03",
				this.officer);
		assertThat(history).hasSize(2).noneMatch(ValueVersion::isCurrent);
		assertThat(history.get(0).quantity()).isEqualByComparingTo("1.3");
		assertThat(history.get(0).unit()).isEqualTo(MeasureUnit.MWH);
		assertThat(history.get(0).deleted()).isTrue();
		assertThat(history.get(1).quantity()).isEqualByComparingTo("1200");
		assertThat(history.get(1).deleted()).isFalse();
		assertThat(history.get(1).enteredBy()).isEqualTo(this.officer.getUsername());
		assertThat(history.get(1).replacedBy()).isEqualTo(this.officer.getUsername());
		assertThat(history).extracting(ValueVersion::source).containsOnly(RecordSource.ENTERED);
		assertThat(this.events.stream(RecordsChanged.class)).hasSize(3)
			.allSatisfy(event -> assertThat(event.months()).containsExactly(entry(this.mill, Set.of(MARCH))));
	}

	@Test
	void theGridShowsTheYearsValuesByResourceAndProduct() {
		save("1200", MeasureUnit.KWH);
		long cloth = this.consumption.addProduct(this.mill, "Vải mộc", MeasureUnit.METRE, false, this.officer);
		this.consumption.saveProduction(this.mill, cloth, MARCH, new BigDecimal("5000"), RecordSource.ENTERED,
				this.officer);
		YearGrid grid = this.consumption.grid(this.mill, 2024, Set.of("WATER"), this.officer, false);
		assertThat(grid.resources()).extracting(YearGrid.Row::item).containsExactly("ELECTRICITY", "WATER");
		assertThat(grid.resources().getFirst().cells().get(2).quantity()).isEqualByComparingTo("1200");
		assertThat(grid.resources().getFirst().total()).isEqualByComparingTo("1200");
		assertThat(grid.products()).singleElement().satisfies(row -> {
			assertThat(row.label()).isEqualTo("Vải mộc");
			assertThat(row.cells().get(2).quantity()).isEqualByComparingTo("5000");
		});
		assertThat(this.consumption.products(this.mill, this.officer).getFirst().mainProduct()).isTrue();
	}

	@Test
	void wrongValuesAreRefusedWithTheirReason() {
		assertThat(rejection(() -> save("-5", MeasureUnit.KWH))).isEqualTo("consumption.error.negative");
		assertThat(rejection(() -> save("5", MeasureUnit.TONNE))).isEqualTo("consumption.error.unitNotAccepted");
		assertThat(rejection(() -> this.consumption.saveConsumption(this.mill, "ELECTRICITY", YearMonth.of(2099, 1),
				BigDecimal.ONE, MeasureUnit.KWH, RecordSource.ENTERED, this.officer)))
			.isEqualTo("consumption.error.month");
		assertThat(rejection(() -> this.consumption.saveConsumption(this.mill, "PULP", MARCH, BigDecimal.ONE,
				MeasureUnit.TONNE, RecordSource.ENTERED, this.officer)))
			.isEqualTo("consumption.error.resourceUnknown");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM consumption_record WHERE facility_id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void annualTotalsAreKeptApartFromMonthlyValues() {
		this.consumption.saveAnnual(this.mill, "ELECTRICITY", 2023, new BigDecimal("1500"), MeasureUnit.MWH,
				RecordSource.ENTERED, this.officer);
		assertThat(this.consumption.grid(this.mill, 2023, Set.of(), this.officer, false).annual()).singleElement()
			.satisfies(value -> assertThat(value.monthlyRecordsExist()).isFalse());
	}

	@Test
	void aFacilityOutsideTheScopeIsNotFound() {
		CurrentUser elsewhere = this.users.district(Set.of(this.reference.units()
			.stream()
			.filter(unit -> unit.code().equals("724"))
			.findFirst()
			.orElseThrow()
			.id()));
		assertThatThrownBy(() -> this.consumption.grid(this.mill, 2024, Set.of(), elsewhere, false))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.consumption.saveConsumption(this.mill, "ELECTRICITY", MARCH, BigDecimal.ONE,
				MeasureUnit.KWH, RecordSource.ENTERED, elsewhere))
			.isInstanceOf(NotFoundException.class);
	}

	private CellOutcome save(String quantity, MeasureUnit unit) {
		return this.consumption.saveConsumption(this.mill, "ELECTRICITY", MARCH,
				(quantity != null) ? new BigDecimal(quantity) : null, unit, RecordSource.ENTERED, this.officer);
	}

	private static String rejection(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidFormException ex) {
			return ex.problems().values().iterator().next().messageKey();
		}
		throw new AssertionError("not rejected");
	}

}
