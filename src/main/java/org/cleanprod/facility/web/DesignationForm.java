package org.cleanprod.facility.web;

import jakarta.validation.constraints.Size;

/**
 * An officer's override of the derived designated-energy-user status: {@code designated}
 * true or false with a reason; {@code null} returns the facility to its derived status.
 */
public record DesignationForm(Boolean designated, @Size(max = 1000) String reason) {

}
