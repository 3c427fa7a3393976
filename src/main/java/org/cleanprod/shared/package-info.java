/**
 * The kernel every module uses: security (current user, roles, permissions, data scopes),
 * web (page context, errors), listing (paged, sorted SQL lists), i18n, text
 * normalisation, the audit trail, the Excel/CSV import and export machinery and the
 * documents rendered to DOCX and PDF.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.cleanprod.shared;

import org.springframework.modulith.ApplicationModule;
