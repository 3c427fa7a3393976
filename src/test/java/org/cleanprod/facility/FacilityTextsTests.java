package org.cleanprod.facility;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audited field, status and ownership of the registry has its text in both
 * languages.
 */
class FacilityTextsTests {

	@Test
	void auditedFieldsAndEnumsHaveTexts() throws IOException {
		List<String> keys = Stream.concat(
				Stream.concat(fields(FacilitySnapshot.class, FacilityService.FACILITY),
						fields(EnterpriseSnapshot.class, FacilityService.ENTERPRISE)),
				Stream.concat(Arrays.stream(Ownership.values()).map(Ownership::messageKey),
						Arrays.stream(FacilityStatus.values()).map(FacilityStatus::messageKey)))
			.toList();
		for (String language : List.of("vi", "en")) {
			Properties texts = new Properties();
			try (var reader = new InputStreamReader(
					new ClassPathResource("messages/facility_" + language + ".properties").getInputStream(),
					StandardCharsets.UTF_8)) {
				texts.load(reader);
			}
			assertThat(texts.stringPropertyNames()).as(language).containsAll(keys);
		}
	}

	private static Stream<String> fields(Class<? extends Record> snapshot, String entity) {
		return Stream.concat(Stream.of("audit.entity." + entity), Arrays.stream(snapshot.getRecordComponents())
			.map(component -> "audit.field." + entity + "." + component.getName()));
	}

}
