package org.cleanprod.shared.audit;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of the audit trail; states are JSON snapshots of the record before and after.
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String remoteAddress,
		String entityType, long entityId, AuditAction action, String before, String after) {

	/**
	 * A top-level field of the record's last state (after, or before for a deletion) as
	 * text, such as the plan of a target; null when the state has no such field.
	 */
	public String stateField(String field) {
		String state = (this.after != null) ? this.after : this.before;
		if (state == null) {
			return null;
		}
		try {
			JsonNode value = JsonMapper.shared().readTree(state).get(field);
			return (value != null && !value.isNull()) ? value.asString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
