package org.cleanprod.facility;

import org.cleanprod.places.Places;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.ModuleTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry started on its own (with places and resources): a registered facility is
 * found by a words search, and its history starts with its registration.
 */
@ModuleTest
class FacilityModuleTests {

	@Autowired
	FacilityService facilities;

	@Autowired
	Places places;

	@Autowired
	TestUsers users;

	@Test
	void aRegisteredFacilityIsFoundAndKeepsItsHistory() {
		CurrentUser officer = this.users.officer();
		long mill = FacilityFixtures.facility(this.facilities, this.places, officer, "Nhà máy mô-đun đăng ký", "13");
		FacilityFilter byName = new FacilityFilter("mô-đun đăng", null, null, null, null, null, null, null);
		assertThat(this.facilities.count(byName, officer)).isEqualTo(1);
		assertThat(this.facilities.history(mill, officer)).extracting(entry -> entry.action().name())
			.containsExactly("CREATE");
	}

}
