import { csrfToken } from '@/lib/graphql-client';

export const BATCH_DOWNLOAD_URL = '/resources/download.zip';

/**
 * 打包下载: the server streams one zip (names kept in Chinese). A hidden form posts the ids and the CSRF
 * token into a hidden frame, so the browser saves the stream as it arrives (nothing is held in memory)
 * and the page stays. When the server refuses instead (text, not a download), the frame loads that text
 * and `onRefused` gets it.
 */
export function downloadZip(ids: string[], onRefused: (message: string) => void) {
  const name = `zyk-download-${Date.now()}`;
  const frame = document.createElement('iframe');
  frame.name = name;
  frame.title = name;
  frame.hidden = true;
  frame.addEventListener('load', () => {
    // A download never fires `load`; an answer that is a page (a refusal) does.
    let text = '';
    try {
      text = frame.contentDocument?.body?.textContent?.trim() ?? '';
    } catch {
      text = '';
    }
    if (text) onRefused(text.slice(0, 300));
  });
  document.body.appendChild(frame);

  const form = document.createElement('form');
  form.method = 'POST';
  form.action = BATCH_DOWNLOAD_URL;
  form.target = name;
  form.hidden = true;
  const field = (fieldName: string, value: string) => {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = fieldName;
    input.value = value;
    form.appendChild(input);
  };
  field('csrfmiddlewaretoken', csrfToken());
  for (const id of ids) field('ids', id);
  document.body.appendChild(form);
  form.submit();
  form.remove();
  // The frame stays long enough for a big zip to start; then it goes.
  window.setTimeout(() => frame.remove(), 10 * 60_000);
}
