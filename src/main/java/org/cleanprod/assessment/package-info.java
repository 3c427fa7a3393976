/**
 * CP assessments (SXSH: đánh giá sản xuất sạch hơn) at facilities and the method they
 * follow: the UNEP/UNIDO steps and tasks and the categories of CP options, as data
 * ({@link AssessmentMethod}); assessments and their checklists
 * ({@link AssessmentService}); the options' feasibility ({@code feasibility}, pure
 * calculation). Others use the services of this package.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "facility", "resources" })
package org.cleanprod.assessment;

import org.springframework.modulith.ApplicationModule;
