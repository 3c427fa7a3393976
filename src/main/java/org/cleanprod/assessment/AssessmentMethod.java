package org.cleanprod.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.shared.provenance.Sources;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CP assessment method as data: the UNEP/UNIDO method used in Vietnam, 6 steps
 * divided into 18 tasks (an assessment's checklist), and the 8 UNEP categories a CP
 * option belongs to. Each row cites its sources; its confidence and note are shown only
 * to those who edit reference data.
 */
@Service
public class AssessmentMethod {

	private final JdbcClient jdbc;

	private final Sources sources;

	AssessmentMethod(JdbcClient jdbc, Sources sources) {
		this.jdbc = jdbc;
		this.sources = sources;
	}

	/** The steps in order, each with its tasks in order. */
	@Transactional(readOnly = true)
	public List<MethodStep> steps(boolean withNotes) {
		Map<Integer, List<MethodTask>> tasks = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT task_no, step_no, name, name_en, source_ids, confidence, confidence_en, note, note_en
				FROM assessment_task ORDER BY task_no
				""").query((rs, row) -> {
			String sourceIds = rs.getString("source_ids");
			MethodTask task = new MethodTask(rs.getInt("task_no"), rs.getString("name"), rs.getString("name_en"),
					this.sources.sources(sourceIds),
					Provenance
						.of(sourceIds, rs.getString("confidence"), rs.getString("confidence_en"), rs.getString("note"),
								rs.getString("note_en"))
						.shownIf(withNotes));
			tasks.computeIfAbsent(rs.getInt("step_no"), step -> new ArrayList<>()).add(task);
			return task;
		}).list();
		return this.jdbc.sql("SELECT step_no, name, name_en FROM assessment_step ORDER BY step_no")
			.query((rs, row) -> new MethodStep(rs.getInt("step_no"), rs.getString("name"), rs.getString("name_en"),
					tasks.getOrDefault(rs.getInt("step_no"), List.of())))
			.list();
	}

	/** The categories of CP options in their order. */
	@Transactional(readOnly = true)
	public List<OptionCategory> categories(boolean withNotes) {
		return this.jdbc.sql("""
				SELECT code, name, name_en, group_name, group_name_en, description, description_en, source_ids,
				    confidence, confidence_en, note, note_en
				FROM cp_option_category ORDER BY sort_order
				""").query((rs, row) -> {
			String sourceIds = rs.getString("source_ids");
			return new OptionCategory(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					rs.getString("group_name"), rs.getString("group_name_en"), rs.getString("description"),
					rs.getString("description_en"), this.sources.sources(sourceIds),
					Provenance
						.of(sourceIds, rs.getString("confidence"), rs.getString("confidence_en"), rs.getString("note"),
								rs.getString("note_en"))
						.shownIf(withNotes));
		}).list();
	}

}
