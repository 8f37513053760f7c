import type { ResourceType } from '@zyk/shared';

const BY_EXTENSION: Record<string, ResourceType> = {
  jpg: 'IMAGE', jpeg: 'IMAGE', png: 'IMAGE', webp: 'IMAGE', bmp: 'IMAGE', tif: 'IMAGE', tiff: 'IMAGE',
  gif: 'ANIMATION', swf: 'ANIMATION',
  mp4: 'VIDEO', m4v: 'VIDEO', mov: 'VIDEO', webm: 'VIDEO', avi: 'VIDEO', mkv: 'VIDEO', wmv: 'VIDEO', flv: 'VIDEO',
  mp3: 'AUDIO', wav: 'AUDIO', m4a: 'AUDIO', aac: 'AUDIO', ogg: 'AUDIO', flac: 'AUDIO', wma: 'AUDIO',
  pdf: 'DOCUMENT', doc: 'DOCUMENT', docx: 'DOCUMENT', odt: 'DOCUMENT', txt: 'DOCUMENT', rtf: 'DOCUMENT',
  ppt: 'PRESENTATION', pptx: 'PRESENTATION', odp: 'PRESENTATION',
  xls: 'SPREADSHEET', xlsx: 'SPREADSHEET', ods: 'SPREADSHEET', csv: 'SPREADSHEET',
  zip: 'SIMULATION',
}; // prettier-ignore

/**
 * The type a file will most likely get, from its extension — only to suggest a title before the
 * server has looked at the content (which decides the real type).
 */
export function guessType(filename: string | undefined): ResourceType | undefined {
  const extension = filename?.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension];
}
