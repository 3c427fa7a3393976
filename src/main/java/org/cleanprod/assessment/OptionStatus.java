package org.cleanprod.assessment;

/** How far a CP option has come. */
public enum OptionStatus {

	PROPOSED, SCREENED, IMPLEMENTED, VERIFIED;

	public String messageKey() {
		return "assessment.option.status." + name();
	}

}
