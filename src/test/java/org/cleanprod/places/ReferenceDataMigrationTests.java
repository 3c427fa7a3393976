package org.cleanprod.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@BothDatabases
class ReferenceDataMigrationTests {

	@Autowired
	Places reference;

	@Test
	void loadsTheBinhDuongUnitsOfBothPeriods() {
		List<UnitView> units = this.reference.units();
		LocalDate before = LocalDate.of(2025, 6, 30);
		LocalDate after = LocalDate.of(2025, 7, 1);
		assertThat(units).filteredOn(unit -> unit.level() == UnitLevel.DISTRICT).hasSize(9);
		assertThat(units).filteredOn(unit -> unit.level() == UnitLevel.COMMUNE && unit.isValidOn(before)).hasSize(91);
		assertThat(units).filteredOn(unit -> unit.level() == UnitLevel.COMMUNE && unit.isValidOn(after)).hasSize(36);
		assertThat(units).filteredOn(unit -> unit.level() == UnitLevel.DISTRICT && unit.isValidOn(after)).isEmpty();
	}

	@Test
	void anOldWardIsReportableUnderItsSuccessorsAndItsOldDistrict() {
		UnitView hiepThanh = commune("Phường Hiệp Thành", LocalDate.of(2025, 1, 1));
		List<String> names = this.reference.reportingUnits(hiepThanh.id()).stream().map(UnitView::name).toList();
		assertThat(names).contains("Phường Hiệp Thành", "Thành phố Thủ Dầu Một", "Tỉnh Bình Dương",
				"Phường Thủ Dầu Một", "Phường Phú Lợi", "Thành phố Hồ Chí Minh");
	}

	@Test
	void aNewWardCoversTheOldWardsItWasFormedFrom() {
		UnitView thuDauMot = commune("Phường Thủ Dầu Một", LocalDate.of(2025, 7, 1));
		Set<Long> covered = this.reference.coveredBy(Set.of(thuDauMot.id()));
		List<String> names = covered.stream().map(id -> this.reference.unit(id).orElseThrow().name()).toList();
		assertThat(names).containsExactlyInAnyOrder("Phường Thủ Dầu Một", "Phường Hiệp Thành", "Phường Phú Cường",
				"Phường Phú Thọ", "Phường Chánh Nghĩa", "Phường Chánh Mỹ");
	}

	@Test
	void keepsSourcesAndAgencies() {
		assertThat(this.reference.divisions()).hasSize(24);
		assertThat(this.reference.sectors()).hasSize(21 + 24);
		assertThat(this.reference.agencyByCode("BQLVSIP")).isPresent();
		long vsipBoard = this.reference.agencyByCode("BQLVSIP").orElseThrow().id();
		assertThat(this.reference.zonesOfBoard(vsipBoard)).hasSize(3);
	}

	private UnitView commune(String name, LocalDate on) {
		return this.reference.units()
			.stream()
			.filter(unit -> unit.name().equals(name) && unit.isValidOn(on))
			.findFirst()
			.orElseThrow();
	}

}
