package org.cleanprod.facility;

/** The state of an enterprise as the audit trail records it. */
record EnterpriseSnapshot(String taxCode, String name, String nameEn, String address, Ownership ownership,
		String representative, String phone, String email) {

	static EnterpriseSnapshot of(Enterprise enterprise) {
		return new EnterpriseSnapshot(enterprise.getTaxCode(), enterprise.getName(), enterprise.getNameEn(),
				enterprise.getAddress(), enterprise.getOwnership(), enterprise.getRepresentative(),
				enterprise.getPhone(), enterprise.getEmail());
	}

}
