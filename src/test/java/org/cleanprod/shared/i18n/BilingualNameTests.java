package org.cleanprod.shared.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BilingualNameTests {

	record Named(String name, String nameEn) implements BilingualName {
	}

	@Test
	void readersOfEnglishSeeTheEnglishNameWhenThereIsOne() {
		assertThat(new Named("Khu công nghiệp Sóng Thần", "Song Than Industrial Park").name(true))
			.isEqualTo("Song Than Industrial Park");
		assertThat(new Named("Khu công nghiệp Sóng Thần", "Song Than Industrial Park").name(false))
			.isEqualTo("Khu công nghiệp Sóng Thần");
	}

	@Test
	void withoutOneTheyReadTheVietnameseName() {
		assertThat(new Named("Phường Phú Cường", null).name(true)).isEqualTo("Phường Phú Cường");
		assertThat(new Named("Phường Phú Cường", " ").name(true)).isEqualTo("Phường Phú Cường");
	}

}
