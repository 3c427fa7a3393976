package org.cleanprod.resources;

import org.cleanprod.places.Places;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.unit.Share;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.cleanprod.shared.text.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Reference data that tests create for themselves: a province of their own with its
 * districts and communes, successions, boards, zones and raw materials. Codes start with
 * "T" so they never meet the shipped data's. Each insert refreshes {@link Places} or
 * {@link Resources}. Tests have it injected.
 */
@Component
public final class ReferenceFixtures {

	static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);

	static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

	private static final AtomicInteger CODES = new AtomicInteger();

	private final JdbcClient jdbc;

	private final Places places;

	private final Resources resources;

	ReferenceFixtures(JdbcClient jdbc, Places places, Resources resources) {
		this.jdbc = jdbc;
		this.places = places;
		this.resources = resources;
	}

	public static String newCode() {
		return "T" + CODES.incrementAndGet();
	}

	public long province(String name) {
		return unit(newCode(), name, UnitLevel.PROVINCE, null, null, null);
	}

	public long district(String name, long province) {
		return unit(newCode(), name, UnitLevel.DISTRICT, province, null, LAST_OLD_DAY);
	}

	/** A commune of the old map, until 30/06/2025. */
	public long oldCommune(String name, long district) {
		return unit(newCode(), name, UnitLevel.COMMUNE, district, null, LAST_OLD_DAY);
	}

	/** A commune of the new map, from 01/07/2025. */
	public long newCommune(String name, long province) {
		return unit(newCode(), name, UnitLevel.COMMUNE, province, REORGANISATION, null);
	}

	long unit(String code, String name, UnitLevel level, Long parentId, LocalDate from, LocalDate to) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO admin_unit (code, name, level, unit_type, parent_id, valid_from, valid_to, source_ids,
					    confidence, note, search_text)
					VALUES (:code, :name, :level, NULL, :parent, :from, :to, 'S-BD7', 'secondary (test)', 'Test note', :search)
					""")
			.param("code", code)
			.param("name", name)
			.param("level", level.name())
			.param("parent", parentId)
			.param("from", from)
			.param("to", to)
			.param("search", Texts.fold(code + " " + name))
			.update(keys, "id");
		this.places.changed();
		return keys.getKey().longValue();
	}

	public void succession(long predecessor, long successor, Share share) {
		this.jdbc.sql("""
				INSERT INTO admin_unit_succession (predecessor_id, successor_id, share, effective_date)
				VALUES (:predecessor, :successor, :share, :date)
				""")
			.param("predecessor", predecessor)
			.param("successor", successor)
			.param("share", share.name())
			.param("date", REORGANISATION)
			.update();
		this.places.changed();
	}

	public long agency(String name, AgencyKind kind) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO agency (code, name, kind, source_ids, confidence, note)
				VALUES (:code, :name, :kind, 'S-PLAN', 'confirmed (test)', 'Test note')
				""").param("code", newCode()).param("name", name).param("kind", kind.name()).update(keys, "id");
		this.places.changed();
		return keys.getKey().longValue();
	}

	public long board(String name) {
		return agency(name, AgencyKind.ZONE_BOARD);
	}

	public long zone(String name, Long boardId) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO industrial_zone (name, kind, board_id, area_ha, source_ids, confidence, note, search_text)
				VALUES (:name, 'ZONE', :board, :area, 'S-IZ1', 'secondary (test)', 'Test note', :search)
				""")
			.param("name", name)
			.param("board", boardId)
			.param("area", new BigDecimal("123.50"))
			.param("search", Texts.fold(name))
			.update(keys, "id");
		this.places.changed();
		return keys.getKey().longValue();
	}

	/**
	 * A raw material of the given sectors (none: every sector), in tonnes or kilograms,
	 * with a source, confidence and note of its own.
	 */
	String material(String name, String... sectors) {
		String code = newCode();
		this.jdbc
			.sql("""
					INSERT INTO resource (code, kind, name, name_en, base_unit, accepted_units, sort_order, source_ids,
					    confidence, note)
					VALUES (:code, 'MATERIAL', :name, :nameEn, 'TONNE', 'TONNE;KG', 500, 'S-IP1', 'example (test)', 'Test note')
					""")
			.param("code", code)
			.param("name", name)
			.param("nameEn", name + " (en)")
			.update();
		for (String sector : sectors) {
			this.jdbc.sql("INSERT INTO resource_sector (resource_code, sector_code) VALUES (:code, :sector)")
				.param("code", code)
				.param("sector", sector)
				.update();
		}
		this.resources.changed();
		return code;
	}

	/** The id the audit trail records a resource under. */
	long resourceId(String code) {
		return this.jdbc.sql("SELECT id FROM resource WHERE code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	public long auditRows(String entityType, long entityId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = :type AND entity_id = :id")
			.param("type", entityType)
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

}
