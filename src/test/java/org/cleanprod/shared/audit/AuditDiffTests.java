package org.cleanprod.shared.audit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDiffTests {

	private final AuditDiff diff = new AuditDiff(JsonMapper.builder().build());

	@Test
	void aHistoryShowsEachEntrysChangedFieldsInTheGivenOrder() {
		AuditEntry renamed = entry(2, "{\"name\":\"Dệt Bình Dương\",\"active\":true}",
				"{\"name\":\"Dệt may Bình Dương\",\"active\":true}");
		AuditEntry created = entry(1, null, "{\"name\":\"Dệt Bình Dương\",\"active\":true}");

		List<AuditDiff.Change> history = this.diff.history(List.of(renamed, created),
				(entry, field, value) -> (value != null) ? entry.entityType() + ":" + value : "");

		assertThat(history).extracting(AuditDiff.Change::entry).containsExactly(renamed, created);
		assertThat(history.get(0).fields())
			.containsExactly(new AuditDiff.FieldChange("name", "zone:Dệt Bình Dương", "zone:Dệt may Bình Dương"));
		assertThat(history.get(1).fields()).containsExactly(
				new AuditDiff.FieldChange("name", "", "zone:Dệt Bình Dương"),
				new AuditDiff.FieldChange("active", "", "zone:true"));
	}

	private static AuditEntry entry(long id, String before, String after) {
		return new AuditEntry(id, Instant.parse("2025-07-01T00:00:00Z"), 1L, "admin", "127.0.0.1", "zone", 7,
				(before == null) ? AuditAction.CREATE : AuditAction.UPDATE, before, after);
	}

}
