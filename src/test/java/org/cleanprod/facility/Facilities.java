package org.cleanprod.facility;

import org.cleanprod.facility.web.EnterpriseForm;
import org.cleanprod.facility.web.FacilityForm;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.TestUsers;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Test fixtures of the registry: enterprises with valid tax codes and their facilities,
 * placed in named units of Binh Duong. Tests have it injected, a new one each (prototype
 * scope), registering as a department officer of its own, {@link #registrar()}.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class Facilities {

	private static final AtomicInteger SERIAL = new AtomicInteger(1_000_000);

	private final FacilityService service;

	private final Places reference;

	private final CurrentUser registrar;

	Facilities(FacilityService service, Places reference, TestUsers users) {
		this.service = service;
		this.reference = reference;
		this.registrar = users.officer();
	}

	/** The department officer the fixtures register as. */
	CurrentUser registrar() {
		return this.registrar;
	}

	/**
	 * A new enterprise with a fresh, valid tax code of the 38 prefix (never used by demo
	 * data).
	 */
	long enterprise(String name) {
		return this.service.registerEnterprise(
				new EnterpriseForm(newTaxCode(), name, null, null, Ownership.PRIVATE, null, null, null, null),
				this.registrar);
	}

	long textileMill(String commune) {
		return facility(enterprise("Công ty TNHH Dệt Thử Nghiệm"), "Nhà máy dệt Thử Nghiệm", commune, "13");
	}

	long facility(long enterpriseId, String name, String commune, String sector) {
		return this.service.register(form(enterpriseId, name, commune, sector), this.registrar);
	}

	FacilityForm form(long enterpriseId, String name, String commune, String sector) {
		return new FacilityForm(enterpriseId, name, "Số 1, đường Thử Nghiệm", commune(commune).id(), null, sector,
				"vải", 120, true, FacilityStatus.ACTIVE, null, List.of(), null);
	}

	/**
	 * The commune in force today of this name, or the one that took over the ward of this
	 * name in 2025: facilities are registered on today's units only.
	 */
	UnitView commune(String name) {
		return FacilityFixtures.currentCommune(this.reference, name);
	}

	UnitView newCommune(String name) {
		return this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.name().equals(name)
					&& unit.isValidOn(LocalDate.of(2025, 7, 1)))
			.findFirst()
			.orElseThrow();
	}

	UnitView district(String code) {
		return this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.DISTRICT && unit.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	static String newTaxCode() {
		while (true) {
			String nine = "38" + "%07d".formatted(SERIAL.incrementAndGet());
			int check = TaxCode.checkDigit(nine);
			if (check >= 0) {
				return nine + check;
			}
		}
	}

}
