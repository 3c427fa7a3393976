package org.cleanprod.assessment;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What an assessment records of one task of the method: its status, when and a note. */
@Embeddable
public record TaskProgress(@Column(name = "task_no") int taskNo,
		@Enumerated(EnumType.STRING) @Column(name = "status") TaskStatus status,
		@Column(name = "done_on") LocalDate doneOn, @Column(name = "note") String note) {

}
