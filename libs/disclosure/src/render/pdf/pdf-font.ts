import pdfmake from 'pdfmake';

/** The CJK face: WenQuanYi Micro Hei, picked out of its TrueType collection by PostScript name. */
export const CJK_FONT_PATH =
  process.env['DISCLOSURE_CJK_FONT'] ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const CJK_FONT_FACE = process.env['DISCLOSURE_CJK_FONT_FACE'] ?? 'WenQuanYiMicroHei';
export const PDF_FONT_FAMILY = 'CJK';

let configured = false;

/**
 * pdfmake is a process-wide singleton. Configure it once: only our font file may be read from disk
 * and nothing fetched from the network, so no document content can make it load a resource.
 * The collection has one weight; headings are set larger rather than faked bold.
 */
export const configurePdfmake = (): typeof pdfmake => {
  if (!configured) {
    // pdfmake passes a [file, face] pair to PDFKit's font(src, family); the typings only know `src`.
    const face = () => [CJK_FONT_PATH, CJK_FONT_FACE] as unknown as string;
    pdfmake.setFonts({
      [PDF_FONT_FAMILY]: { normal: face(), bold: face(), italics: face(), bolditalics: face() },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path === CJK_FONT_PATH);
    configured = true;
  }
  return pdfmake;
};
