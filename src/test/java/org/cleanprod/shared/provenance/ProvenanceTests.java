package org.cleanprod.shared.provenance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTests {

	@Test
	void isStoredAsEnteredWithItsSourcesNormalisedAndBlanksAsNone() {
		assertThat(Provenance.of(" S-EF3, S-EF1;S-EF3 ", " ", "secondary", "", null))
			.isEqualTo(new Provenance("S-EF3;S-EF1", null, "secondary", null, null));
		assertThat(Provenance.of(null, null, null, null, null)).isEqualTo(Provenance.NONE);
	}

	@Test
	void aNewNoteKeepsTheSourcesAndConfidence() {
		Provenance shipped = new Provenance("S-AU1", "official", "official", "old", "old");
		assertThat(shipped.withNote("  ", "corrected"))
			.isEqualTo(new Provenance("S-AU1", "official", "official", null, "corrected"));
	}

	@Test
	void readersWithoutTheNotesSeeOnlyTheSources() {
		Provenance full = new Provenance("S-EF1", "estimate", "estimate", "note", "note");
		assertThat(full.shownIf(true)).isSameAs(full);
		assertThat(full.shownIf(false)).isEqualTo(new Provenance("S-EF1", null, null, null, null));
	}

	@Test
	void aRowWithNoneOfTheColumnsReadsAsNone() {
		assertThat(Provenance.orNone(null)).isEqualTo(Provenance.NONE);
	}

}
