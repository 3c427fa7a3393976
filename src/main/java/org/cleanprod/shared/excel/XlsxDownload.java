package org.cleanprod.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A workbook the browser saves under a given name, written straight to the response. */
public final class XlsxDownload {

	/** Writes the workbook to the stream it is given. */
	@FunctionalInterface
	public interface Body {

		void writeTo(OutputStream output) throws IOException;

	}

	private XlsxDownload() {
	}

	public static void send(HttpServletResponse response, String filename, Body body) throws IOException {
		response.setContentType(XlsxWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		try (OutputStream output = response.getOutputStream()) {
			body.writeTo(output);
		}
	}

}
