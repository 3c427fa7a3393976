package org.cleanprod.facility;

import java.time.Instant;

/** An enterprise as pages, the API and other modules see it. */
public record EnterpriseView(long id, String taxCode, String name, String nameEn, String address, Ownership ownership,
		String representative, String phone, String email, long facilities, Instant updatedAt, long version) {

}
