import { FileAddOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../hooks/use-upload-queue';

// Directory entries of a drop (the File and Directory Entries API, in every current browser).
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  fullPath: string;
  file?: (ok: (file: File) => void, fail: (error: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, fail: (error: unknown) => void) => void };
}

async function entryFiles(entry: Entry): Promise<PickedFile[]> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file?.(resolve, reject));
    return [{ file, relativePath: entry.fullPath.replace(/^\/+/, '') }];
  }
  if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    const children: Entry[] = [];
    // readEntries answers in pages (100 in Chrome) until it answers an empty one.
    for (;;) {
      const page = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (!page.length) break;
      children.push(...page);
    }
    return (await Promise.all(children.map(entryFiles))).flat();
  }
  return [];
}

/** What was dropped: files, and folders walked with their paths (like webkitRelativePath). */
async function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? (item.webkitGetAsEntry?.() as Entry | null) : null))
    .filter((entry): entry is Entry => Boolean(entry));
  if (entries.length) return (await Promise.all(entries.map(entryFiles))).flat();
  return [...transfer.files].map((file) => ({ file, relativePath: file.name }));
}

/** Files picked in an <input>, with the folder path of a folder pick. */
function inputFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }));
}

/**
 * Where files come in: a drop zone (files and whole folders) and buttons for files (several at once
 * when `multiple`) and for a whole folder (`folder`). Zips are files like any other: the server unpacks them.
 */
export function FilePicker({
  multiple,
  folder,
  onPick,
  hint,
  accept,
  testId = 'file-picker',
}: {
  multiple: boolean;
  /** File name endings or types the file dialog offers (`.srt,.vtt`); drops are not filtered. */
  accept?: string;
  folder: boolean;
  onPick: (files: PickedFile[]) => void;
  hint?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const files = useRef<HTMLInputElement>(null);
  const folders = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (picked: PickedFile[]) => {
    const usable = picked.filter((p) => !p.file.name.startsWith('.'));
    if (usable.length) onPick(multiple ? usable : usable.slice(0, 1));
  };

  const onDrop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(await droppedFiles(event.dataTransfer));
  };

  return (
    <div
      className={`zyk-studio__drop${over ? ' zyk-studio__drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => void onDrop(event)}
      data-testid={testId}
    >
      <InboxOutlined className="zyk-studio__drop-icon" aria-hidden />
      <p className="zyk-studio__drop-text">{multiple ? t('studio.picker.dropMany') : t('studio.picker.dropOne')}</p>
      {hint ? <p className="zyk-muted zyk-studio__drop-hint">{hint}</p> : null}
      <div className="zyk-studio__drop-buttons">
        <Button icon={<FileAddOutlined />} onClick={() => files.current?.click()}>
          {multiple ? t('studio.picker.chooseFiles') : t('studio.picker.chooseFile')}
        </Button>
        {folder ? (
          <Button icon={<FolderOpenOutlined />} onClick={() => folders.current?.click()}>
            {t('studio.picker.chooseFolder')}
          </Button>
        ) : null}
      </div>
      <input
        ref={files}
        type="file"
        multiple={multiple}
        accept={accept}
        className="zyk-studio__file-input"
        aria-label={multiple ? t('studio.picker.chooseFiles') : t('studio.picker.chooseFile')}
        data-testid={`${testId}-files`}
        onChange={(event) => {
          take(inputFiles(event.target.files));
          event.target.value = '';
        }}
      />
      {folder ? (
        <input
          ref={folders}
          type="file"
          className="zyk-studio__file-input"
          aria-label={t('studio.picker.chooseFolder')}
          data-testid={`${testId}-folder`}
          // Not in React's types: picks a whole folder; each file keeps its path (webkitRelativePath).
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(event) => {
            take(inputFiles(event.target.files));
            event.target.value = '';
          }}
        />
      ) : null}
    </div>
  );
}
