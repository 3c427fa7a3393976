package org.cleanprod.admin.audit;

import java.util.List;

import org.cleanprod.shared.audit.AuditEntry;

/**
 * One row of the audit trail as its pages show it: the entry, its entity type in words, a
 * link to the record when the viewer may open it, the changed fields with readable
 * values, and the raw states as indented JSON.
 */
public record AuditRowView(AuditEntry entry, String entityLabel, String href, List<Field> fields, String beforeJson,
		String afterJson) {

	public AuditRowView {
		fields = List.copyOf(fields);
	}

	/** One changed field: its name, its label, and its values before and after. */
	public record Field(String name, String label, String before, String after) {

	}

}
