package org.cleanprod.assessment.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.jdbc.ReferenceFileMigration;
import org.cleanprod.shared.provenance.Sources;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Loads the CP assessment method (migration 26.1) from the reference files:
 * {@code cp_assessment_steps.csv}, the 6 steps and 18 tasks of the UNEP/UNIDO method as
 * taught in Vietnam, and {@code cp_option_categories.csv}, the 8 UNEP categories of CP
 * options. Every row keeps its source ids and its confidence, in Vietnamese and English
 * ({@code assessment_texts_vi.csv} holds the translations of the files' English texts).
 * Tasks whose Vietnamese wording is not verified say against what it must be checked.
 */
@Component
class MethodDataMigration extends ReferenceFileMigration {

	/** Where the unverified task names are to be checked (SOURCES.md, section 7). */
	static final String CHECK_NOTE = "Vietnamese wording to be checked against the MOIT training manual for CP "
			+ "consultants (10/2010, office of the national CP strategy).";

	static final String CHECK_NOTE_VI = "Cần đối chiếu cách viết tiếng Việt với tài liệu hướng dẫn giảng viên "
			+ "đào tạo cán bộ tư vấn SXSH của Bộ Công Thương (10/2010, Văn phòng giúp việc Chiến lược SXSH).";

	static final String PARAPHRASED = "English description paraphrased from the sources.";

	static final String PARAPHRASED_VI = "Mô tả diễn giải từ các nguồn (bản tiếng Việt dịch từ mô tả tiếng Anh).";

	MethodDataMigration() {
		super("26.1", "assessment method", "cp_assessment_steps.csv", "cp_option_categories.csv",
				"assessment_texts_vi.csv");
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<String, String> vietnamese = new HashMap<>();
		for (Map<String, String> row : rows("assessment_texts_vi.csv")) {
			vietnamese.put(row.get("en"), row.get("vi"));
		}
		List<Map<String, String>> tasks = rows("cp_assessment_steps.csv");
		Map<String, Map<String, String>> steps = new LinkedHashMap<>();
		tasks.forEach(task -> steps.putIfAbsent(task.get("step_no"), task));
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO assessment_step (step_no, name, name_en) VALUES (?, ?, ?)")) {
			for (Map<String, String> step : steps.values()) {
				insert.setInt(1, Integer.parseInt(step.get("step_no")));
				insert.setString(2, step.get("step_name_vi"));
				insert.setString(3, step.get("step_name_en"));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO assessment_task (task_no, step_no, name, name_en, source_ids, confidence, confidence_en,
				    note, note_en)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")) {
			for (Map<String, String> task : tasks) {
				String confidence = task.get("confidence");
				boolean unverified = confidence.contains("NOT verified");
				insert.setInt(1, Integer.parseInt(task.get("task_no")));
				insert.setInt(2, Integer.parseInt(task.get("step_no")));
				insert.setString(3, task.get("task_name_vi"));
				insert.setString(4, task.get("task_name_en"));
				insert.setString(5, Sources.normalize(task.get("source_ids")));
				insert.setString(6, translated(vietnamese, confidence));
				insert.setString(7, confidence);
				insert.setString(8, unverified ? CHECK_NOTE_VI : null);
				insert.setString(9, unverified ? CHECK_NOTE : null);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO cp_option_category (code, sort_order, name, name_en, group_name, group_name_en,
				    description, description_en, source_ids, confidence, confidence_en, note, note_en)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")) {
			for (Map<String, String> category : rows("cp_option_categories.csv")) {
				String description = category.get("description_en_paraphrased");
				insert.setString(1, category.get("code"));
				insert.setInt(2, Integer.parseInt(category.get("order")));
				insert.setString(3, category.get("name_vi"));
				insert.setString(4, category.get("name_en"));
				insert.setString(5, category.get("group_vi"));
				insert.setString(6, category.get("group_en"));
				insert.setString(7, translated(vietnamese, description));
				insert.setString(8, description);
				insert.setString(9, Sources.normalize(category.get("source_ids")));
				// The file judges the English name and the Vietnamese one apart.
				insert.setString(10, "Tên tiếng Anh: " + translated(vietnamese, category.get("confidence_en"))
						+ ". Tên tiếng Việt: " + translated(vietnamese, category.get("confidence_vi")) + ".");
				insert.setString(11, "English name: " + category.get("confidence_en") + ". Vietnamese name: "
						+ category.get("confidence_vi") + ".");
				insert.setString(12, PARAPHRASED_VI);
				insert.setString(13, PARAPHRASED);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** The Vietnamese of a text the files give in English; every one has its line. */
	private static String translated(Map<String, String> vietnamese, String english) throws SQLException {
		String text = vietnamese.get(english);
		if (text == null) {
			throw new SQLException("no Vietnamese text for \"" + english + "\" in assessment_texts_vi.csv");
		}
		return text;
	}

}
