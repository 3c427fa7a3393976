/**
 * CP assessments (SXSH: đánh giá sản xuất sạch hơn) at facilities, their options and the
 * options' feasibility. For now it offers the feasibility calculator of the API; the
 * assessments themselves follow.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *" })
package org.cleanprod.assessment;

import org.springframework.modulith.ApplicationModule;
