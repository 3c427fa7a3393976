package org.cleanprod.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit graph on a hand-made map: a province with two districts, three old wards, and
 * after the reorganisation a city with two new wards. Ward A was split between new wards
 * X and Y; wards B and C went whole into X.
 */
class UnitGraphUnitTests {

	private static final LocalDate LAST = LocalDate.of(2025, 6, 30);

	private static final LocalDate FIRST = LocalDate.of(2025, 7, 1);

	static final long PROVINCE = 1, NORTH = 2, SOUTH = 3, A = 4, B = 5, C = 6, CITY = 7, X = 8, Y = 9;

	private final UnitGraph graph = new UnitGraph(
			List.of(unit(PROVINCE, UnitLevel.PROVINCE, null, null, LAST),
					unit(NORTH, UnitLevel.DISTRICT, PROVINCE, null, LAST),
					unit(SOUTH, UnitLevel.DISTRICT, PROVINCE, null, LAST),
					unit(A, UnitLevel.COMMUNE, NORTH, null, LAST), unit(B, UnitLevel.COMMUNE, NORTH, null, LAST),
					unit(C, UnitLevel.COMMUNE, SOUTH, null, LAST), unit(CITY, UnitLevel.PROVINCE, null, FIRST, null),
					unit(X, UnitLevel.COMMUNE, CITY, FIRST, null), unit(Y, UnitLevel.COMMUNE, CITY, FIRST, null)),
			List.of(edge(PROVINCE, CITY), edge(A, X), edge(A, Y), edge(B, X), edge(C, X)));

	@Test
	void aRecordInAnOldWardIsReportedUnderItsDistrictProvinceSuccessorsAndTheirCity() {
		assertThat(this.graph.reportingUnits(A)).containsExactlyInAnyOrder(A, NORTH, PROVINCE, X, Y, CITY);
		assertThat(this.graph.reportingUnits(A)).first().isEqualTo(A);
	}

	@Test
	void aRecordInANewWardIsReportedOnlyUnderTheNewMap() {
		assertThat(this.graph.reportingUnits(X)).containsExactlyInAnyOrder(X, CITY);
	}

	@Test
	void aNewWardCoversTheOldWardsItWasFormedFromAndNothingElse() {
		assertThat(this.graph.coveredBy(Set.of(X))).containsExactlyInAnyOrder(X, A, B, C);
		assertThat(this.graph.coveredBy(Set.of(Y))).containsExactlyInAnyOrder(Y, A);
	}

	@Test
	void anOldDistrictCoversItsWardsTheWardsTheyBecameAndTheCityCoversTheWholeOldProvince() {
		// X was also formed from C, of the south: C's own records stay outside the north.
		assertThat(this.graph.coveredBy(Set.of(NORTH))).containsExactlyInAnyOrder(NORTH, A, B, X, Y);
		assertThat(this.graph.coveredBy(Set.of(CITY))).containsExactlyInAnyOrder(CITY, X, Y, A, B, C, PROVINCE, NORTH,
				SOUTH);
	}

	@Test
	void unknownUnitsCoverNothing() {
		assertThat(this.graph.coveredBy(Set.of(99L))).isEmpty();
		assertThat(this.graph.reportingUnits(99L)).isEmpty();
	}

	@Test
	void successionsLeadFromOldWardsToNewOnesOnly() {
		assertThat(this.graph.leadsTo(A, X)).isTrue();
		assertThat(this.graph.leadsTo(PROVINCE, CITY)).isTrue();
		assertThat(this.graph.leadsTo(X, A)).isFalse();
		assertThat(this.graph.leadsTo(A, B)).isFalse();
		assertThat(this.graph.leadsTo(A, A)).isFalse();
	}

	@Test
	void findsAChainOfSuccessionsThatAnEditWouldCloseIntoACycle() {
		UnitGraph chain = new UnitGraph(List.of(unit(A, UnitLevel.COMMUNE, null, null, null),
				unit(B, UnitLevel.COMMUNE, null, null, null), unit(C, UnitLevel.COMMUNE, null, null, null)),
				List.of(edge(A, B), edge(B, C)));
		// C → A would close A → B → C → A.
		assertThat(chain.leadsTo(A, C)).isTrue();
		assertThat(chain.leadsTo(C, A)).isFalse();
	}

	@Test
	void childrenPredecessorsAndSuccessorsAreDirectOnly() {
		assertThat(this.graph.children(NORTH)).containsExactlyInAnyOrder(A, B);
		assertThat(this.graph.predecessors(X)).containsExactlyInAnyOrder(A, B, C);
		assertThat(this.graph.successors(A)).containsExactlyInAnyOrder(X, Y);
		assertThat(this.graph.successors(X)).isEmpty();
	}

	private static UnitView unit(long id, UnitLevel level, Long parent, LocalDate from, LocalDate to) {
		return new UnitView(id, "C" + id, "Unit " + id, null, level, null, parent, from, to);
	}

	private static long[] edge(long predecessor, long successor) {
		return new long[] { predecessor, successor };
	}

}
