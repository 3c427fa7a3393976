package org.cleanprod.shared.audit;

import java.time.LocalDate;

/** Criteria for browsing the audit trail; null fields do not filter. */
public record AuditFilter(String entityType, Long entityId, String actor, AuditAction action, LocalDate from,
		LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}
