import 'server-only';
import mammoth from 'mammoth';
import { markdownFromHtml } from './markdown-from-html';
import { storeBytes, UploadError } from '../media/upload';

export const DOCX_LIMIT = 25 * 1024 * 1024;

export type DocxImport = {
  title?: string;
  markdown: string;
  /** Images stored in the media library, in the order they appear. */
  images: { url: string; alt: string }[];
  /** What could not come across, in words an editor can act on. */
  notes: string[];
};

export class ImportError extends Error {}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * A Word file becomes Markdown (mammoth reads the .docx; our converter writes
 * the Markdown). Its pictures go to the media library; footnotes become
 * Markdown footnotes. Linked files outside the document are never fetched.
 */
export async function importDocx(bytes: Buffer, fileName: string, userId: string): Promise<DocxImport> {
  if (bytes.length === 0) throw new ImportError('The file is empty.');
  if (bytes.length > DOCX_LIMIT) throw new ImportError(`The file is larger than ${DOCX_LIMIT / 1024 / 1024} MB.`);
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new ImportError('Choose a Word document (.docx). Older .doc files must be saved as .docx first.');

  const images: DocxImport['images'] = [];
  let unreadable = 0;
  const base = fileName.replace(/\.docx$/i, '');
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        externalFileAccess: false,
        styleMap: ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p:fresh"],
        convertImage: mammoth.images.imgElement(async (image) => {
          try {
            const alt = (image as { altText?: string }).altText ?? '';
            const stored = await storeBytes(await image.readAsBuffer(), `${base}-image-${images.length + 1}`, 'image', userId, { alt });
            images.push({ url: stored.url, alt });
            return { src: stored.url };
          } catch (e) {
            if (!(e instanceof UploadError)) throw e;
            unreadable++;
            return { src: '' };
          }
        }),
      },
    );
  } catch (e) {
    if (e instanceof Error && /central directory|zip|word\/document\.xml/i.test(e.message)) {
      throw new ImportError('This file could not be read as a Word document. Open it in Word and save it again as .docx.');
    }
    throw e;
  }
  const conversion = markdownFromHtml(result.value, { takeTitle: true, keepImage: (src) => src.startsWith('/media/') });
  const notes: string[] = [];
  if (unreadable) notes.push(`${unreadable} picture${unreadable === 1 ? '' : 's'} in a format the web cannot show (such as EMF) left out: save ${unreadable === 1 ? 'it' : 'them'} as PNG or JPEG and upload.`);
  const missingAlt = images.filter((i) => !i.alt).length;
  if (missingAlt) notes.push(`${missingAlt} picture${missingAlt === 1 ? ' has' : 's have'} no description (alt text): add one before publishing.`);
  return { title: conversion.title, markdown: conversion.markdown, images, notes };
}
