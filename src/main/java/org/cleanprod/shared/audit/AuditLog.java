package org.cleanprod.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.ClientAddress;
import org.cleanprod.shared.web.PageQuery;
import org.cleanprod.shared.web.PageView;
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

	public static final Set<String> SORT_KEYS = Set.of("occurredAt", "actor", "entity");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
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

	@Transactional(readOnly = true)
	public PageView<AuditEntry> search(AuditFilter filter, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (filter.entityType() != null) {
			where.append(" AND entity_type = ?");
			args.add(filter.entityType());
		}
		if (filter.entityId() != null) {
			where.append(" AND entity_id = ?");
			args.add(filter.entityId());
		}
		if (filter.actor() != null) {
			where.append(" AND LOWER(actor_name) LIKE ?");
			args.add("%" + filter.actor().toLowerCase() + "%");
		}
		if (filter.action() != null) {
			where.append(" AND action = ?");
			args.add(filter.action().name());
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= ?");
			args.add(filter.from().atStartOfDay(Formats.ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < ?");
			args.add(filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toOffsetDateTime());
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(args).query(Long.class).single();
		String order = switch (page.sort()) {
			case "actor" -> "actor_name";
			case "entity" -> "entity_type";
			default -> "occurred_at";
		};
		List<AuditEntry> rows = this.jdbc
			.sql("SELECT * FROM audit_log" + where + " ORDER BY " + order + " " + page.direction() + ", id "
					+ page.direction() + " LIMIT " + page.size() + " OFFSET " + page.offset())
			.params(args)
			.query(AuditLog::entry)
			.list();
		return new PageView<>(rows, page, total);
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
