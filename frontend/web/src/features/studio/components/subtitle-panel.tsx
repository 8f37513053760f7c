import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Segmented, Tag, type ButtonProps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { ApiError } from '@/lib/graphql-client';
import { MutationFailed, type MutationProblem } from '@/lib/mutation-result';
import type { ResourceDraft } from '../api/drafts';
import { SUBTITLE_LANGUAGES, useSubtitleAttach, useSubtitleRemove, type SubtitleLanguage } from '../api/subtitles';
import { useUploadQueue, type UploadItem } from '../hooks/use-upload-queue';
import { FilePicker } from './file-picker';
import { UploadList } from './upload-list';
import './subtitle-panel.css';

/** What the server converts to WebVTT; anything else is refused here, before a byte is sent. */
const SUBTITLE_EXTENSIONS = ['.srt', '.vtt'];

const isSubtitleFile = (name: string) => SUBTITLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

function problemOf(error: unknown, fallback: string): MutationProblem {
  if (error instanceof MutationFailed) return error.problems[0];
  if (error instanceof ApiError) return { code: String(error.code), message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : fallback };
}

/**
 * 字幕 of a video or animation: the attached tracks (one per language) with 删除, and a new one from an
 * .srt / .vtt file → resumable upload with progress → resourceSubtitleAttach. A refusal (sensitive words,
 * a broken SRT…) shows the server's reason and leaves the attached tracks as they were.
 */
export function SubtitlePanel({ resource, maxBytes }: { resource: ResourceDraft; maxBytes: number | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tracks = resource.media?.subtitles ?? [];
  const [language, setLanguage] = useState<SubtitleLanguage>('zh-CN');
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  // The language chosen when each file was picked (switching while it uploads does not move it).
  const languageOf = useRef(new Map<string, SubtitleLanguage>());
  const attach = useSubtitleAttach();
  const remove = useSubtitleRemove();

  const onUploaded = async (item: UploadItem) => {
    const chosen = languageOf.current.get(item.key) ?? 'zh-CN';
    try {
      await attach.mutateAsync({ id: resource.id, uploadId: item.uploadId ?? '', language: chosen });
      void message.success(t('studio.subtitles.attached', { language: t(`studio.subtitles.languageName.${chosen}`) }));
    } catch (error) {
      setProblem(problemOf(error, t('errors.unknown')));
    } finally {
      // The upload is used up either way: a new try picks the file again.
      queue.clear();
      languageOf.current.clear();
    }
  };
  const queue = useUploadQueue({ maxBytes, onDone: (item) => void onUploaded(item) });

  const onPick = (file: File) => {
    setProblem(null);
    if (!isSubtitleFile(file.name)) {
      setProblem({ code: 'UNSUPPORTED_TYPE', message: t('studio.subtitles.wrongType', { name: file.name }) });
      return;
    }
    queue.clear();
    languageOf.current.clear();
    const [item] = queue.add([{ file }]);
    if (item) languageOf.current.set(item.key, language);
  };

  const onRemove = async (removed: string) => {
    setProblem(null);
    try {
      await remove.mutateAsync({ id: resource.id, language: removed });
      void message.success(t('studio.subtitles.removed'));
    } catch (error) {
      setProblem(problemOf(error, t('errors.unknown')));
    }
  };

  const replaces = tracks.some((track) => track.language === language);
  const busy = attach.isPending || queue.summary.busy;

  return (
    <div className="zyk-studio__subtitles" data-testid="subtitle-panel">
      {tracks.length ? (
        <ul className="zyk-studio__subtitle-list" aria-label={t('studio.subtitles.listLabel')}>
          {tracks.map((track) => (
            <li key={track.language} className="zyk-studio__subtitle" data-testid="subtitle-track" data-language={track.language}>
              <span className="zyk-studio__subtitle-name">
                <Tag color="blue">{track.language}</Tag>
                <a href={track.url} target="_blank" rel="noreferrer">
                  {track.label}
                </a>
              </span>
              <Popconfirm
                title={t('studio.subtitles.confirmRemove', { label: track.label })}
                okText={t('studio.subtitles.remove')}
                cancelText={t('studio.common.cancel')}
                okButtonProps={{ danger: true, 'data-testid': 'subtitle-remove-confirm' } as ButtonProps}
                onConfirm={() => onRemove(track.language)}
              >
                <Button
                  size="small"
                  danger
                  type="text"
                  icon={<DeleteOutlined />}
                  loading={remove.isPending && remove.variables?.language === track.language}
                  aria-label={t('studio.subtitles.removeNamed', { label: track.label })}
                  data-testid="subtitle-remove"
                >
                  {t('studio.subtitles.remove')}
                </Button>
              </Popconfirm>
            </li>
          ))}
        </ul>
      ) : (
        <p className="zyk-muted zyk-studio__small" data-testid="subtitle-empty">
          {t('studio.subtitles.none')}
        </p>
      )}
      <div className="zyk-studio__subtitle-add">
        <span className="zyk-studio__subtitle-label" id="subtitle-language-label">
          {t('studio.subtitles.languageLabel')}
        </span>
        <Segmented<SubtitleLanguage>
          value={language}
          onChange={setLanguage}
          disabled={busy}
          options={SUBTITLE_LANGUAGES.map((value) => ({ value, label: t(`studio.subtitles.language.${value}`) }))}
          aria-labelledby="subtitle-language-label"
          data-testid="subtitle-language"
        />
      </div>
      {replaces ? (
        <Alert
          type="info"
          showIcon
          className="zyk-studio__note"
          message={t('studio.subtitles.replaces', { language: t(`studio.subtitles.languageName.${language}`) })}
          data-testid="subtitle-replaces"
        />
      ) : null}
      <FilePicker
        multiple={false}
        folder={false}
        accept=".srt,.vtt"
        hint={t('studio.subtitles.hint')}
        onPick={(files) => (files[0] ? onPick(files[0].file) : undefined)}
        testId="subtitle-picker"
      />
      <UploadList items={queue.items} onPause={queue.pause} onResume={queue.resume} onCancel={queue.cancel} />
      {attach.isPending ? (
        <p className="zyk-muted zyk-studio__small" data-testid="subtitle-attaching">
          {t('studio.subtitles.attaching')}
        </p>
      ) : null}
      <FormAlert problem={problem} onClose={() => setProblem(null)} />
    </div>
  );
}
