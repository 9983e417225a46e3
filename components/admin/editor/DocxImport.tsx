'use client';

import { FileSendField } from '../FileSendField';

export type ImportedDocument = { title?: string; markdown: string; images: { url: string; alt: string }[]; notes: string[] };

/** Sends a Word file to /api/import/docx and hands the converted text to the editor. */
export function DocxImport({ onImported }: { onImported: (doc: ImportedDocument) => void }) {
  return (
    <FileSendField
      id="import-docx"
      label="Import a Word document (.docx)"
      accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      endpoint="/api/import/docx"
      sending={(file) => `Importing ${file.name}…`}
      refused="The import failed."
      unreadable="The import failed: the server’s answer could not be read."
      offline="The import failed: check your connection and try again."
      sent={(data: ImportedDocument, file) => {
        onImported(data);
        const pictures = data.images.length ? `, ${data.images.length} picture${data.images.length === 1 ? '' : 's'} added to the media library` : '';
        return [`Imported ${file.name}${pictures}.`, ...data.notes].join(' ');
      }}
    />
  );
}
