package org.cleanprod.shared.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceScopeTests {

	private final CurrentUser enterpriseUser = new CurrentUser(5, "dnbd", "Doanh nghiệp", Role.ENTERPRISE_USER,
			Set.of(), Scope.all(5), true, null);

	private final Map<Long, String> units = Map.of(7L, "Phường Phú Cường");

	@Test
	void referenceDataThatExistsIsVisibleToAnyone() {
		ReferenceScope scope = ReferenceScope.existingLong(ReferenceKind.UNIT,
				id -> Optional.ofNullable(this.units.get(id)));
		assertThat(scope.visible().test("7", this.enterpriseUser)).isTrue();
		assertThat(scope.visible().test(" 7 ", this.enterpriseUser)).isTrue();
	}

	@Test
	void anUnknownOrMalformedIdIsNotVisible() {
		ReferenceScope scope = ReferenceScope.existingLong(ReferenceKind.UNIT,
				id -> Optional.ofNullable(this.units.get(id)));
		assertThat(scope.visible().test("8", this.enterpriseUser)).isFalse();
		assertThat(scope.visible().test("bảy", this.enterpriseUser)).isFalse();
	}

	@Test
	void referenceDataNamedByCodeIsVisibleWhenItExists() {
		ReferenceScope scope = ReferenceScope.existingText(ReferenceKind.RESOURCE,
				code -> "DIESEL".equals(code) ? Optional.of(code) : Optional.empty());
		assertThat(scope.kind()).isEqualTo(ReferenceKind.RESOURCE);
		assertThat(scope.visible().test("DIESEL", this.enterpriseUser)).isTrue();
		assertThat(scope.visible().test("PETROL", this.enterpriseUser)).isFalse();
	}

}
