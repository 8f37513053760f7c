/** Practical tasks' hand-ins (issue 7: L5): the response shape and the server's URLs. */

/** A file handed in for a practical task, as the server lists it in the item's response. */
export interface HandInFile {
  id: string;
  name: string;
  kind: string;
  size: number;
  type?: string;
}

export interface PracticalResponse {
  text: string;
  files: HandInFile[];
}

/** A practical item's response: `{text, files}`; an older plain string is the text alone. */
export function practicalResponse(value: unknown): PracticalResponse {
  if (typeof value === 'string') return { text: value, files: [] };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const raw = value as { text?: unknown; files?: unknown };
    const files = Array.isArray(raw.files)
      ? raw.files.filter((f): f is HandInFile => Boolean(f) && typeof f === 'object' && typeof (f as HandInFile).id === 'string')
      : [];
    return { text: typeof raw.text === 'string' ? raw.text : '', files };
  }
  return { text: '', files: [] };
}

/** Django views of cms/questions/attempt_urls.py. */
export const filesUrl = (attemptId: string, questionId: string) =>
  `/questions/attempts/${encodeURIComponent(attemptId)}/items/${encodeURIComponent(questionId)}/files`;
export const handInUrl = (attemptId: string, questionId: string, fileId: string) => `${filesUrl(attemptId, questionId)}/${encodeURIComponent(fileId)}`;

/** What each kind takes (the server sniffs the bytes again; these are hints for the picker). */
export const KIND_ACCEPT: Record<string, string> = {
  photo: 'image/jpeg,image/png,image/webp,image/heic,.heic,.jpg,.jpeg,.png,.webp',
  video: 'video/mp4,video/quicktime,video/webm,.mp4,.mov,.webm',
  file: '.pdf,.docx,.xlsx,.pptx,.zip,.txt,application/pdf,application/zip,text/plain',
};
export const MAX_FILES = 10;
