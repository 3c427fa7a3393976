package org.cleanprod.facility.web;

import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.facility.FacilityStatus;
import java.util.ArrayList;
import java.util.List;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.HomeTile;
import org.cleanprod.shared.web.HomeTiles;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;

import org.cleanprod.shared.audit.AuditedType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry's place in the navigation, its counts on the home page, and its records in
 * the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class FacilityNavigation {

	@Bean
	NavEntry facilitiesNav() {
		return new NavEntry(20, NavGroup.REGISTRY, "nav.facilities", "/facilities", Permission.FACILITY_READ);
	}

	@Bean
	NavEntry enterprisesNav() {
		return new NavEntry(25, NavGroup.REGISTRY, "nav.enterprises", "/enterprises", Permission.FACILITY_READ);
	}

	@Bean
	HomeTiles facilityTiles(FacilityService facilities) {
		return user -> tiles(facilities, user);
	}

	private static List<HomeTile> tiles(FacilityService facilities, CurrentUser user) {
		List<HomeTile> tiles = new ArrayList<>();
		if (user.can(Permission.FACILITY_READ)) {
			FacilityFilter all = FacilityFilter.none();
			tiles.add(new HomeTile(10, "home.facilities", facilities.count(all, user), "/facilities"));
			FacilityFilter potential = new FacilityFilter(null, null, null, null, true, null, FacilityStatus.ACTIVE,
					null);
			tiles.add(new HomeTile(11, "home.cpPotential", facilities.count(potential, user),
					"/facilities?cpPotential=true&status=ACTIVE"));
			FacilityFilter designated = new FacilityFilter(null, null, null, null, null, true, FacilityStatus.ACTIVE,
					null);
			tiles.add(new HomeTile(12, "home.designated", facilities.count(designated, user),
					"/facilities?designatedEnergyUser=true&status=ACTIVE"));
			tiles.add(new HomeTile(13, "home.enterprises", facilities.enterpriseCount(user), "/enterprises"));
		}
		return tiles;
	}

	@Bean
	AuditedType facilityAudit() {
		return AuditedType.at("facility", Permission.FACILITY_READ, "/facilities/");
	}

	@Bean
	AuditedType enterpriseAudit() {
		return AuditedType.at("enterprise", Permission.FACILITY_READ, "/enterprises/");
	}

}
