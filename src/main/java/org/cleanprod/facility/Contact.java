package org.cleanprod.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A contact person of a facility: the CP focal person, the energy manager, the director.
 */
@Embeddable
public record Contact(@Column(name = "name") String name, @Column(name = "job_title") String jobTitle,
		@Column(name = "phone") String phone, @Column(name = "email") String email) {

}
