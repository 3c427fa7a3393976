package org.cleanprod.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.ClientAddress;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who changed what, when (UTC), from which address (the
 * {@link ClientAddress}, never a header the client wrote), the state before and after.
 * Rows are written in the caller's transaction, so a change and its audit row commit or
 * roll back together.
 */
@Service
public class AuditLog {

	/** Newest first, by default. */
	public static final Sorting SORTING = Sorting
		.of("occurredAt", "id {dir}",
				Map.of("occurredAt", "occurred_at", "actor", "actor_name", "entity", "entity_type"))
		.descending();

	private final JdbcClient jdbc;

	private final Listing list;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.list = new Listing(jdbc, "SELECT *", " FROM audit_log", SORTING);
	}

	/** Records that the actor (null: the system itself) created a record. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void created(CurrentUser actor, String entityType, long entityId, Object after) {
		write(actor, entityType, entityId, AuditAction.CREATE, null, after);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void updated(CurrentUser actor, String entityType, long entityId, Object before, Object after) {
		write(actor, entityType, entityId, AuditAction.UPDATE, before, after);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void deleted(CurrentUser actor, String entityType, long entityId, Object before) {
		write(actor, entityType, entityId, AuditAction.DELETE, before, null);
	}

	/** The history of one record, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, long entityId) {
		return this.jdbc.sql("""
				SELECT * FROM audit_log WHERE entity_type = :type AND entity_id = :id ORDER BY occurred_at DESC, id DESC
				""").param("type", entityType).param("id", entityId).query(AuditLog::entry).list();
	}

	/**
	 * The history of the records of a type whose states name the given parent (the
	 * targets of a plan by their {@code planId}), deleted ones included, newest first, in
	 * one query. The parent is a top-level number field of the states, which the trail
	 * writes as compact JSON.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(String entityType, String parentField, long parentId) {
		String field = "%\"" + Where.escapeLike(parentField) + "\":" + parentId;
		return this.jdbc.sql("""
				SELECT * FROM audit_log WHERE entity_type = :type
				AND (COALESCE(after_state, before_state) LIKE :inside OR COALESCE(after_state, before_state) LIKE :last)
				ORDER BY occurred_at DESC, id DESC
				""")
			.param("type", entityType)
			.param("inside", field + ",%")
			.param("last", field + "}")
			.query(AuditLog::entry)
			.list();
	}

	@Transactional(readOnly = true)
	public PageView<AuditEntry> search(AuditFilter filter, PageQuery page) {
		Where where = new Where();
		where.andIf(filter.entityType(), "entity_type = :type", "type");
		where.andIf(filter.entityId(), "entity_id = :id", "id");
		if (filter.actor() != null) {
			where.and("LOWER(actor_name) LIKE :actor", "actor",
					"%" + Where.escapeLike(filter.actor().toLowerCase(Locale.ROOT)) + "%");
		}
		where.andIf((filter.action() != null) ? filter.action().name() : null, "action = :action", "action");
		if (filter.from() != null) {
			where.and("occurred_at >= :from", "from", filter.from().atStartOfDay(Formats.ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.and("occurred_at < :to", "to", filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toOffsetDateTime());
		}
		return this.list.page(where, page, AuditLog::entry);
	}

	private void write(CurrentUser user, String entityType, long entityId, AuditAction action, Object before,
			Object after) {
		this.jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor_id, actor_name, remote_address, entity_type, entity_id,
				    action, before_state, after_state)
				VALUES (:at, :actorId, :actorName, :address, :type, :id, :action, :before, :after)
				""")
			.param("at", OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC))
			.param("actorId", (user != null) ? user.id() : null)
			.param("actorName", (user != null) ? user.getUsername() : "system")
			.param("address", ClientAddress.current())
			.param("type", entityType)
			.param("id", entityId)
			.param("action", action.name())
			.param("before", toJson(before))
			.param("after", toJson(after))
			.update();
	}

	private String toJson(Object state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("remote_address"),
				rs.getString("entity_type"), rs.getLong("entity_id"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("before_state"), rs.getString("after_state"));
	}

}
