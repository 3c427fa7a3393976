package org.cleanprod.places.web;

import java.util.List;

import org.cleanprod.shared.provenance.Sources;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sectors as their page and the API list them, with the sources they cite. */
@Component
class SectorRows {

	private final JdbcClient jdbc;

	private final Sources sources;

	SectorRows(JdbcClient jdbc, Sources sources) {
		this.jdbc = jdbc;
		this.sources = sources;
	}

	/**
	 * Sections and their divisions, each section followed by its divisions; confidence
	 * and notes only when asked for.
	 */
	@Transactional(readOnly = true)
	List<SectorRow> sectors(boolean withNotes) {
		return this.jdbc.sql("""
				SELECT code, level, section_code, name, name_en, source_ids, confidence, confidence_en, note, note_en
				FROM sector
				ORDER BY section_code, CASE level WHEN 'SECTION' THEN 0 ELSE 1 END, code
				""")
			.query((rs, row) -> new SectorRow(rs.getString("code"), rs.getString("level"), rs.getString("section_code"),
					rs.getString("name"), rs.getString("name_en"), this.sources.sources(rs.getString("source_ids")),
					withNotes ? rs.getString("confidence") : null, withNotes ? rs.getString("confidence_en") : null,
					withNotes ? rs.getString("note") : null, withNotes ? rs.getString("note_en") : null))
			.list();
	}

}
