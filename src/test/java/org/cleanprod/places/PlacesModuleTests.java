package org.cleanprod.places;

import java.time.LocalDate;

import org.cleanprod.test.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The places module started on its own, with {@code shared} only: its shipped units,
 * successions, zones, agencies and sectors are there, and each unit of before the 2025
 * reorganisation leads to the units that replaced it.
 */
@ModuleTest
class PlacesModuleTests {

	@Autowired
	Places places;

	@Test
	void theShippedPlacesAreThereAndOldUnitsLeadToTheirSuccessors() {
		assertThat(this.places.zones()).isNotEmpty();
		assertThat(this.places.agencies()).isNotEmpty();
		assertThat(this.places.sector("13")).get().satisfies(sector -> assertThat(sector.name()).isNotBlank());
		LocalDate before = LocalDate.of(2025, 6, 30);
		UnitView old = this.places.units()
			.stream()
			.filter(unit -> unit.isValidOn(before) && !unit.isValidOn(before.plusDays(1)))
			.filter(unit -> unit.level() == UnitLevel.COMMUNE)
			.findFirst()
			.orElseThrow();
		assertThat(this.places.successors(old.id())).isNotEmpty()
			.allSatisfy(successor -> assertThat(successor.isValidOn(before.plusDays(1))).isTrue());
	}

}
