/**
 * One document model, rendered to DOCX
 * ({@link org.cleanprod.shared.document.DocxRenderer}) and PDF
 * ({@link org.cleanprod.shared.document.PdfRenderer}) with the same content and the
 * layout of Decree 30/2020/NĐ-CP (A4, margins, Times New Roman, page numbers top centre
 * from the second page), so the CP assessment report and the official reports share one
 * renderer. An issued document is kept as the bytes rendered when it was issued.
 */
package org.cleanprod.shared.document;
