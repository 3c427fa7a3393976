package org.cleanprod.shared.audit;

import java.time.Instant;

/**
 * One row of the audit trail; states are JSON snapshots of the record before and after.
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String remoteAddress,
		String entityType, long entityId, AuditAction action, String before, String after) {

}
