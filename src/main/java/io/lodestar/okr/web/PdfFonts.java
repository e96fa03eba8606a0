package io.lodestar.okr.web;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts PDFs are written in. Chinese needs a CJK font embedded in the file: the configured one
 * ({@code lodestar.pdf.font}, a .ttf/.otf path or a .ttc path with {@code ,index}), else the first of the
 * usual system fonts that exists (Debian's fonts-noto-cjk first). Without any, PDFs fall back to Helvetica,
 * which has no Chinese glyphs: {@link #cjk()} is then false and the PDF says so.
 */
@Component
class PdfFonts {

	private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

	/** Regular and bold faces, best first; ",2" picks Simplified Chinese in the Noto CJK collections. */
	static final List<String[]> CANDIDATES = List.of(
			new String[] { "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
					"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2" },
			new String[] { "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
					"/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc,2" },
			new String[] { "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
					"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc,2" },
			new String[] { "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
					"/usr/share/fonts/opentype/noto/NotoSansCJKsc-Bold.otf" },
			new String[] { "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0", null },
			new String[] { "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0", null },
			new String[] { "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", null },
			new String[] { "/usr/share/fonts/truetype/arphic/uming.ttc,0", null },
			new String[] { "C:/Windows/Fonts/msyh.ttc,0", "C:/Windows/Fonts/msyhbd.ttc,0" },
			new String[] { "C:/Windows/Fonts/simsun.ttc,0", null });

	private final String configured;

	private volatile Faces faces;

	PdfFonts(@Value("${lodestar.pdf.font:}") String configured) {
		this.configured = configured;
	}

	BaseFont regular() {
		return faces().regular();
	}

	BaseFont bold() {
		return faces().bold();
	}

	/** Whether the fonts can show Chinese. */
	boolean cjk() {
		return faces().cjk();
	}

	private Faces faces() {
		Faces loaded = faces;
		if (loaded == null) {
			synchronized (this) {
				if (faces == null) {
					faces = load();
				}
				loaded = faces;
			}
		}
		return loaded;
	}

	private Faces load() {
		List<String[]> candidates = new ArrayList<>();
		if (configured != null && !configured.isBlank()) {
			candidates.add(new String[] { configured.strip(), null });
		}
		candidates.addAll(CANDIDATES);
		for (String[] candidate : candidates) {
			BaseFont regular = open(candidate[0]);
			if (regular != null) {
				BaseFont bold = candidate[1] == null ? null : open(candidate[1]);
				log.info("PDF exports use the font {}", candidate[0]);
				return new Faces(regular, bold == null ? regular : bold, true);
			}
		}
		log.warn("No CJK font found for PDF exports (install fonts-noto-cjk or set lodestar.pdf.font): "
				+ "Chinese text will be missing from PDFs");
		try {
			return new Faces(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
					BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), false);
		}
		catch (Exception impossible) {
			throw new IllegalStateException("the standard PDF fonts are always there", impossible);
		}
	}

	private static BaseFont open(String spec) {
		String path = spec.replaceFirst(",\\d+$", "");
		if (!new File(path).isFile()) {
			return null;
		}
		try {
			return BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (Exception unreadable) {
			log.warn("Cannot use the font {} for PDF exports: {}", spec, unreadable.getMessage());
			return null;
		}
	}

	record Faces(BaseFont regular, BaseFont bold, boolean cjk) {
	}

}
