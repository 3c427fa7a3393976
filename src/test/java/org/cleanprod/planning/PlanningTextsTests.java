package org.cleanprod.planning;

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
 * Every audited field, status, phase, kind and band of the plans has its text in both
 * languages, so histories and the audit trail never show a bare key.
 */
class PlanningTextsTests {

	@Test
	void auditedFieldsEnumsAndBandsHaveTexts() throws IOException {
		List<String> keys = Stream
			.of(fields(PlanSnapshot.class, PlanningService.PLAN), fields(TargetSnapshot.class, PlanningService.TARGET),
					Arrays.stream(PlanStatus.values()).map(PlanStatus::messageKey),
					Arrays.stream(PlanPhase.values()).map(PlanPhase::messageKey),
					Arrays.stream(TargetKind.values()).map(TargetKind::messageKey),
					Stream.of("plan.band.range", "plan.band.atLeast", "plan.band.atMost", "plan.band.exact"))
			.flatMap(stream -> stream)
			.toList();
		for (String language : List.of("vi", "en")) {
			Properties texts = new Properties();
			try (var reader = new InputStreamReader(
					new ClassPathResource("messages/planning_" + language + ".properties").getInputStream(),
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
