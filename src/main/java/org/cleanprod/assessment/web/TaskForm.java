package org.cleanprod.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cleanprod.assessment.TaskStatus;

/**
 * Where a task of the checklist stands: its status, the day it was done (today when left
 * empty) and a note; {@code version} is the assessment's as the page showed it.
 */
public record TaskForm(@NotNull TaskStatus status, LocalDate doneOn, @Size(max = 1000) String note, Long version) {

}
