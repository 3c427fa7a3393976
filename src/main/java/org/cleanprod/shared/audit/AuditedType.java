package org.cleanprod.shared.audit;

import java.util.function.Function;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;

/**
 * A kind of record a module writes to the audit trail, as the audit pages and history
 * views show its entries: named by the message {@code audit.entity.<type>}, its fields by
 * {@code audit.field.<type>.<field>} and coded values by {@code <type>.<field>.<value>},
 * and linked to the record's page for viewers who may read it. Each module declares its
 * types as beans, so the trail shows every module's entries, new modules' included.
 *
 * @param reader the permission that opens the page; null: any signed-in user
 * @param page the address of the record's page for an entry; null: the record has none
 */
public record AuditedType(String type, Permission reader, Function<AuditEntry, String> page) {

	/** A kind of record whose page is the prefix followed by the record's id. */
	public static AuditedType at(String type, Permission reader, String prefix) {
		return new AuditedType(type, reader, entry -> prefix + entry.entityId());
	}

	/** A kind of record with no page of its own. */
	public static AuditedType unlinked(String type) {
		return new AuditedType(type, null, null);
	}

	/** The page of the entry's record, when there is one and the viewer may open it. */
	public String href(AuditEntry entry, CurrentUser viewer) {
		if (this.page == null || (this.reader != null && !viewer.can(this.reader))) {
			return null;
		}
		return this.page.apply(entry);
	}

}
