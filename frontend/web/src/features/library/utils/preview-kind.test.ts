import { previewKind } from './preview-kind';

const file = (mime: string, extension: string) => ({ mime, extension });
const kind = (type: Parameters<typeof previewKind>[0]['type'], f: ReturnType<typeof file> | null, previewUrl: string | null = '/resources/1/file') =>
  previewKind({ type, file: f, previewUrl });

describe('previewKind', () => {
  it('picks the viewer from the type and the file', () => {
    expect(kind('IMAGE', file('image/png', 'png'))).toBe('image');
    expect(kind('VIDEO', file('video/mp4', 'mp4'))).toBe('video');
    expect(kind('AUDIO', file('audio/mpeg', 'mp3'))).toBe('audio');
    expect(kind('DOCUMENT', file('application/pdf', 'pdf'))).toBe('pdf');
    expect(kind('PRESENTATION', file('application/pdf', 'pdf'))).toBe('pdf');
    expect(kind('DOCUMENT', file('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'))).toBe('office');
    expect(kind('SPREADSHEET', file('application/vnd.ms-excel', 'xls'))).toBe('office');
    expect(kind('SIMULATION', file('application/zip', 'zip'))).toBe('simulation');
    expect(kind('ANIMATION', file('image/gif', 'gif'))).toBe('image');
    expect(kind('ANIMATION', file('video/mp4', 'mp4'))).toBe('video');
    expect(kind('TEXT', null, null)).toBe('text');
    expect(kind('LINK', null, null)).toBe('link');
  });

  it('shows nothing for a file type without a file to show', () => {
    expect(kind('VIDEO', null, null)).toBe('none');
    expect(kind('IMAGE', file('image/png', 'png'), null)).toBe('none');
  });
});
