package org.cleanprod.planning;

import org.cleanprod.shared.audit.AuditDiff;

/** One change of a plan's targets with the code of the target it concerns. */
public record TargetChange(String targetCode, AuditDiff.Change change) {

}
